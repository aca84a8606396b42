"""A list's page reads back exactly the records written, for every kind: fields by position (Kind.records_of), child
lines as plain columns (load_children), extras partly from the page's own rows — checked against the records as
drawn and written, not against another path of the code under test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.records import community as cm
from commune_desk.domain.records.types import Business, Hotspot
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.repos import base
from commune_desk.storage.repos.kinds import CHILD_TABLES, KINDS, child_rows
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from tests.records.test_import_fast_paths import add_units, records_of

NOW = datetime(2026, 5, 4, 3, 2, 1)
CATALOGUES = default_catalogues()
FIRST = 100  # drawn records get ids from here; the parents every reference may name have id 1
PARENTS = {
    "team": cm.Team("T01", "Đội phản ứng nhanh", "doi", date(2020, 1, 1)),
    "business": Business("T02", "Karaoke Hoa Hồng", "karaoke", date(2020, 1, 1)),
    "hotspot": Hotspot("T03", "Bến xe"),
    "community_model": cm.CommunityModel("T01", "Câu lạc bộ", "clb", date(2020, 2, 3)),
}


def _stamp(kind) -> dict:
    return {"created_at": NOW, "updated_at": NOW} if hasattr(kind.row, "created_at") else {}


def _insert(s, kind, rid: int, rec, lookups: dict) -> None:
    s.add(kind.row(id=rid, **kind.to_columns(rec, lookups), **_stamp(kind)))
    s.flush()
    for row_cls, values in child_rows(kind, rec, rid, CATALOGUES):
        s.add(row_cls(**values))
    s.flush()


@pytest.fixture(scope="module")
def listed_db(tmp_path_factory):
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path_factory.mktemp("list_reads") / "lists.db")
    with db.write() as s:
        add_units(s)
        for entity, rec in PARENTS.items():
            _insert(s, KINDS[entity], 1, rec, base.load_lookups(s))
    yield db
    db.dispose()


KNOWN = {"units": "T01", "teams": "T01", "businesses": "T02", "hotspots": "T03", "models": "T01"}


def _writable(kind, records: list) -> list:
    """A reference the schema requires (an inspection's business, a status's model) names a parent that exists."""
    required = {
        name: KNOWN[lookup] for name, (column, lookup) in kind.refs.items() if not kind.row.__table__.c[column].nullable
    }
    return [replace(r, **required) for r in records]


def _unique(entity: str, records: list) -> list:
    """Values the schema keeps unique made unique (and unlike the parents' codes)."""
    if entity in PARENTS:
        return [replace(r, code=f"R{i}{r.code}") for i, r in enumerate(records)]
    if entity == "penalty_decision":
        return [replace(r, number=f"{r.number}/{i}") for i, r in enumerate(records)]
    if entity == "healthy_commune_assessment":
        return [replace(r, year=2000 + i) for i, r in enumerate(records)]
    if entity == "model_figures":
        return [replace(r, quarter=f"{2001 + i}-Q{i % 4 + 1}") for i, r in enumerate(records)]
    return records


def _as_stored(kind, rec, rid: int, lookups: dict):
    """The record a list should show for `rec` written under `rid`: a reference to nothing known reads as none,
    a served cell as "<sex>.<age group>" (a key without the separator is stored as sex alone), and a penalty's
    identity is not read for lists."""
    changes: dict = {"id": rid}
    for name, (_column, lookup) in kind.refs.items():
        if getattr(rec, name) not in lookups[lookup]:
            changes[name] = ""
    if kind.child == "served":
        changes["served"] = tuple(
            (f"{k.partition(cm.SERVED_SEP)[0]}{cm.SERVED_SEP}{k.partition(cm.SERVED_SEP)[2]}", n) for k, n in rec.served
        )
    if kind.child == "identity":
        changes["identity"] = None
    return replace(rec, **changes)


def _raw_extras(db, entity: str) -> dict:
    """What the list shows beside each team and model, recomputed from the raw tables."""
    with db.read() as s:
        if entity == "team":
            return {tid: (n,) for tid, n in s.execute(text("SELECT id, activity_count FROM team"))}
        if entity != "community_model":
            return {}
        out = {
            mid: ("operating", date.fromisoformat(day) if isinstance(day, str) else day)
            for mid, day in s.execute(text("SELECT id, set_up_date FROM community_model"))
        }
        changes = s.execute(text("SELECT model_id, status, status_date, id FROM community_model_status")).all()
        for mid, status, day, _id in sorted(changes, key=lambda c: (str(c[2]), c[3])):
            out[mid] = (status, date.fromisoformat(day) if isinstance(day, str) else day)
        return out


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@pytest.mark.parametrize("entity", sorted(KINDS))
@given(data=st.data())
def test_a_page_reads_back_exactly_the_records_written(listed_db, data, entity):
    kind = KINDS[entity]
    records = _writable(kind, _unique(entity, data.draw(st.lists(records_of(kind), max_size=6))))
    table = kind.row.__table__.name
    with listed_db.write() as s:
        if kind.child in CHILD_TABLES:
            child, parent = CHILD_TABLES[kind.child]
            s.execute(text(f"DELETE FROM {child.__table__.name} WHERE {parent} >= {FIRST}"))
        s.execute(text(f"DELETE FROM {table} WHERE id >= {FIRST}"))
        lookups = base.load_lookups(s)
        for rid, rec in enumerate(records, start=FIRST):
            _insert(s, kind, rid, rec, lookups)
    expected = {rid: _as_stored(kind, rec, rid, lookups) for rid, rec in enumerate(records, start=FIRST)}
    if entity in PARENTS:
        expected[1] = replace(PARENTS[entity], id=1)
    listing = RecordListing(listed_db, kind)
    found, extras = listing.page(ListFilter(), limit=None)
    assert {r.id: r for r in found} == expected
    assert len(found) == len(expected)
    if entity in ("team", "community_model"):
        assert extras == {i: v for i, v in _raw_extras(listed_db, entity).items() if i in expected}
    # a page of two from the middle is the same records as the whole list there
    middle, _extras = listing.page(ListFilter(), offset=1, limit=2)
    assert middle == found[1:3]
    # the repository (every record of the kind, identity included) reads the same through load_children
    stored = {r.id: r for r in base.RecordRepository(listed_db, "test", kind).list()}
    written = {rid: replace(rec, id=rid) for rid, rec in expected.items()}
    if kind.child == "identity":
        written = {rid: replace(rec, identity=records[rid - FIRST].identity) for rid, rec in written.items()}
    assert stored == written
