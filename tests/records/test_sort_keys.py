"""Every sortable column of every record list sorts in SQL without calling Python per row (a stored key, a column,
a figure or a ranked code), and a listed text column sorts in natural order through its stored key."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import text

from commune_desk.domain.records import Business
from commune_desk.domain.text import natural_key
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.storage import records_repos as rr
from commune_desk.storage.database import NATURAL_SQL
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.storage.repos import KINDS, list_sql
from commune_desk.storage.repos.kinds import KEY_CHARS, text_key
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from commune_desk.ui.views.record_specs import SPECS, Env

TODAY = date(2026, 11, 20)


def test_no_list_column_sorts_through_a_python_call_per_row(db):
    env = Env(default_catalogues(), demo_profile(4).residential_units)
    with db.read() as s:
        for entity, spec in SPECS.items():
            labels = env.labels_for(spec.columns)
            for col in spec.columns:
                terms = list_sql.order_by(s, KINDS[entity], col.key, True, labels)
                sql = " ".join(str(t.compile(db.read_engine)) for t in terms)
                assert NATURAL_SQL not in sql, (entity, col.key, sql)


def test_every_stored_key_column_belongs_to_a_listed_text_field():
    for kind in KINDS.values():
        keyed = {
            c.name[: -len("_key")] for c in kind.row.__table__.c if c.name.endswith("_key") and c.name != "sort_key"
        }
        assert keyed == set(kind.text_sorts), kind.entity


def test_names_sort_in_natural_order_and_keys_follow_edits(db):
    ProfileRepository(db, "t").save(demo_profile(4))
    repo = rr.BusinessRepository(db, "t", today=lambda: TODAY, catalogues=default_catalogues())
    names = ["Quán 10", "quán 2", "Quán 1", "Nhà nghỉ Đông", "Nhà nghỉ Dương", "Karaoke Ánh"]
    saved = [repo.add(Business(f"CS{i:03d}", name, "nha_nghi", date(2026, 3, 1))) for i, name in enumerate(names)]
    listing = RecordListing(db, KINDS["business"])
    ordered = [r.name for r in listing.query(ListFilter(), sort="name", descending=False).records]
    assert ordered == sorted(names, key=natural_key)
    assert ordered[-3:] == ["Quán 1", "quán 2", "Quán 10"]
    repo.update(replace(saved[0], name="Ánh Dương " + "x" * (KEY_CHARS + 50)))
    with db.read() as s:
        stored = dict(s.execute(text("SELECT code, name_key FROM business")).all())
    assert stored["CS000"] == text_key("Ánh Dương " + "x" * (KEY_CHARS + 50)) == natural_key("Ánh Dương " + "x" * 190)
    assert [r.name for r in listing.query(ListFilter(), sort="name", descending=False).records][0].startswith(
        "Ánh Dương"
    )
