"""Every record list filters, searches (diacritics folded) and sorts in SQL, and gives what plain Python gives
from the same records: counted, summed, ordered and searched the long way for comparison."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records.legacy import legacy_encoding
from commune_desk.domain.records.types import Training, TrainingLine
from commune_desk.domain.text import fold, natural_key
from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from tests.propaganda import propaganda_repo

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "migrations"
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợúùủũụíìỉĩịĐĂÂÔƠƯ 0123456789"
# Titles the rules take: not blank, and not read as text in a legacy Vietnamese encoding (refused on save).
titles = st.text(alphabet=LETTERS, min_size=1, max_size=14).filter(lambda t: t.strip() and not legacy_encoding(t))


def _unit_db(db):
    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "t").save(
        Profile(
            name="Hòa Mỹ",
            unit_code="10351",
            residential_units=(
                ResidentialUnit("T01", "Thôn Đông"),
                ResidentialUnit("T02", "Thôn 10"),
                ResidentialUnit("T03", "Thôn 9"),
            ),
        )
    )
    return db


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(titles, min_size=1, max_size=12), word=titles)
def test_search_and_title_order_in_sql_agree_with_python(db, names, word):
    """Property: the folded word finds exactly the titles that contain it folded; titles sort by natural_key."""
    repo = propaganda_repo(db, "t", today=lambda: date(2026, 11, 20))
    for rec in repo.list():
        repo.delete(rec.id)
    for i, name in enumerate(names):
        repo.add(PropagandaActivity(date(2026, 1, 1 + i), "loa", name))
    listing = RecordListing(db, KINDS["propaganda"])
    stored = [r.title for r in repo.list()]  # as normalised on the way in
    found = {r.title for r in listing.query(ListFilter(text=word)).records}
    words = fold(word).split()
    assert found == {t for t in stored if all(w in fold(t) for w in words)}
    ordered = [r.title for r in listing.query(sort="title", descending=False).records]
    assert [natural_key(t) for t in ordered] == sorted(natural_key(t) for t in stored)


def test_labels_per_field_find_and_order_codes_and_units(db):
    _unit_db(db)
    repo = propaganda_repo(db, "t", today=lambda: date(2026, 11, 20))
    for title, form, unit in (
        ("Một", "loa", "T01"),
        ("Hai", "hoi_nghi", "T02"),
        ("Ba", "an_pham", "T03"),
        ("Bốn", "loa", ""),
    ):
        repo.add(PropagandaActivity(date(2026, 3, 1), form, title, unit_code=unit))
    forms = {e.code: e.label for e in repo.catalogues["activity_forms"].entries}
    labels = {"form_code": forms, "unit_code": {"T01": "Thôn Đông", "T02": "Thôn 10", "T03": "Thôn 9"}}
    listing = RecordListing(db, KINDS["propaganda"])
    assert {r.title for r in listing.query(ListFilter(text="thon dong"), labels=labels).records} == {"Một"}
    word = fold(forms["hoi_nghi"]).split()[-1]
    hits = {r.title for r in listing.query(ListFilter(text=word), labels=labels).records}
    assert "Hai" in hits and hits <= {
        t for t, f in (("Một", "loa"), ("Hai", "hoi_nghi"), ("Ba", "an_pham"), ("Bốn", "loa")) if word in fold(forms[f])
    }
    by_unit = [r.title for r in listing.query(sort="unit_code", descending=False, labels=labels).records]
    assert by_unit == ["Bốn", "Ba", "Hai", "Một"]  # whole commune, Thôn 9, Thôn 10, Thôn Đông
    by_form = [forms[r.form_code] for r in listing.query(sort="form_code", descending=False, labels=labels).records]
    assert [natural_key(f) for f in by_form] == sorted(natural_key(f) for f in by_form)


def test_training_totals_come_from_the_participant_lines(db):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import RecordRepository

    _unit_db(db)
    repo = RecordRepository(
        db, "t", KINDS["training"], today=lambda: date(2026, 11, 20), catalogues=default_catalogues()
    )
    lines = (
        (TrainingLine("can_bo", "xa", 5, 2), TrainingLine("tinh_nguyen_vien", "thon", 20, 7)),
        (TrainingLine("can_bo", "xa", 3, 0),),
        (TrainingLine("can_bo", "xa", 9, 1),),
    )
    for i, parts in enumerate(lines):
        repo.add(Training(date(2026, 2, 1 + i), "nghiep_vu", f"Lớp {i}", unit_code="T01", participants=parts))
    listing = RecordListing(db, KINDS["training"], sums=("participants", "persons"))
    records = repo.list()
    count, sums = listing.totals(ListFilter(date_from=date(2026, 2, 1)))
    assert count == 3
    assert sums == {
        "participants": sum(r.participant_total for r in records),
        "persons": sum(r.persons_total for r in records),
    }
    top = listing.page(sort="participants", descending=True, limit=1)[0][0]
    assert top.participant_total == max(r.participant_total for r in records)


def test_an_older_database_gets_search_text_and_sort_keys_of_its_records(tmp_path):
    from commune_desk.storage.database import open_database

    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "0014.db", path)
    con = sqlite3.connect(path)
    before = con.execute("SELECT id, title FROM propaganda_activity").fetchall()
    codes = con.execute("SELECT id, code, name, address, owner_name, note FROM business").fetchall()
    con.close()
    open_database(path).dispose()
    con = sqlite3.connect(path)
    try:
        after = dict(
            ((i, (s, k)) for i, s, k in con.execute("SELECT id, search_text, sort_key FROM propaganda_activity"))
        )
        for rid, title in before:
            assert after[rid][1] == natural_key(title or "")  # its search_text was there before: kept
        stored = dict(((i, (s, k)) for i, s, k in con.execute("SELECT id, search_text, sort_key FROM business")))
        for rid, code, *texts in codes:
            assert stored[rid] == (fold(" ".join(v or "" for v in (code, *texts))), natural_key(code or ""))
    finally:
        con.close()
