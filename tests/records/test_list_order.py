"""A list's first page in its default order is read from an index in that order (migration 0018), never by sorting
every record of the unit or parent: the plans SQLite makes for the screens' own statements say so."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import SHAPES, ListFilter, RecordListing
from commune_desk.ui.views.record_specs import SPECS

UNIT_KINDS = [e for e, spec in SPECS.items() if spec.has_unit and "unit_code" in KINDS[e].refs]
PARENT_KINDS = [e for e, (_d, _k, parent) in SHAPES.items() if parent and parent != "unit_code"]


def _cuts_the_page(statement: str) -> bool:
    """The statement that sorts the records and cuts the page (not the reads of the page's rows and extras)."""
    flat = " ".join(statement.split())
    return flat.startswith("SELECT") and ".id FROM" in flat.split(" WHERE ")[0] and flat.endswith("LIMIT ? OFFSET ?")


def _plans(db, entity: str, flt: ListFilter) -> list[tuple[str, str]]:
    """(statement, its query plan) of every SELECT a first page, its count and its totals issue for `flt`."""
    listing = RecordListing(db, KINDS[entity], sums=SPECS[entity].sums)
    seen: list = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT") and KINDS[entity].row.__tablename__ in statement:
            seen.append((statement, parameters))

    event.listen(db.read_engine, "before_cursor_execute", capture)
    try:
        listing.totals(flt)
        listing.page(flt, limit=200, sort=SPECS[entity].columns[0].key, descending=True)
    finally:
        event.remove(db.read_engine, "before_cursor_execute", capture)
    raw = db.read_engine.raw_connection()
    try:
        return [
            (st, " | ".join(r[3] for r in raw.cursor().execute("EXPLAIN QUERY PLAN " + st, p).fetchall()))
            for st, p in seen
        ]
    finally:
        raw.close()


@pytest.mark.parametrize("entity", UNIT_KINDS)
def test_a_unit_page_walks_the_unit_index_in_order(db, entity):
    table = KINDS[entity].row.__tablename__
    plans = _plans(db, entity, ListFilter(unit_code="T01"))
    page = [plan for st, plan in plans if _cuts_the_page(st)]
    assert page and all(f"ix_{table}_ordered" in plan for plan in page), plans
    assert not any("TEMP B-TREE FOR ORDER BY" in plan for plan in page), page
    counted = [plan for st, plan in plans if st.lstrip().startswith("SELECT count(")]
    assert counted and all("COVERING INDEX" in plan for plan in counted), counted


@pytest.mark.parametrize("entity", PARENT_KINDS)
def test_a_parent_page_walks_the_parent_index_in_order(db, entity):
    table = KINDS[entity].row.__tablename__
    plans = _plans(db, entity, ListFilter(parent_code="X1"))
    page = [plan for st, plan in plans if _cuts_the_page(st)]
    assert page and all(f"ix_{table}_ordered" in plan for plan in page), plans
    assert not any("TEMP B-TREE FOR ORDER BY" in plan for plan in page), page  # ties of a date may be sorted


@pytest.mark.parametrize("entity", [e for e in SPECS if KINDS[e].date_field])
def test_a_list_sorted_by_its_date_needs_no_sort(db, entity):
    """Sorted by the date column, nothing is sorted: the date index is walked as it is (the date is not repeated)."""
    date_field = KINDS[entity].date_field
    column = next((c.key for c in SPECS[entity].columns if c.key == date_field), None)
    if column is None:
        pytest.skip("no column shows the date itself")
    listing = RecordListing(db, KINDS[entity])
    seen: list = []
    event.listen(
        db.read_engine,
        "before_cursor_execute",
        lambda _c, _cu, st, p, _x, _m: seen.append((st, p)) if _cuts_the_page(st) else None,
    )
    listing.page(ListFilter(), limit=200, sort=column, descending=True)
    raw = db.read_engine.raw_connection()
    try:
        plan = " | ".join(r[3] for st, p in seen for r in raw.cursor().execute("EXPLAIN QUERY PLAN " + st, p))
    finally:
        raw.close()
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("entity", list(SPECS))
def test_an_unfiltered_list_in_its_default_order_sorts_no_record(db, entity):
    """The list as it opens (first column, newest first) is read in index order, whatever the kind."""
    page = [plan for st, plan in _plans(db, entity, ListFilter()) if _cuts_the_page(st)]
    assert page and not any("TEMP B-TREE FOR ORDER BY" in plan for plan in page), page


SEARCHED = [e for e in SPECS if "search_text" in KINDS[e].row.__table__.c]


@pytest.mark.parametrize("entity", SEARCHED)
def test_a_search_tested_on_every_record_counts_from_the_search_index(db, entity):
    """A word the trigram index cannot answer (under 3 characters, or found in thousands of records) is tested on
    every record: the count and totals read the narrow search index (migration 0019), never the records, and a
    kind with such a word reads only that kind's range of it."""
    table = KINDS[entity].row.__tablename__
    kind_field = SHAPES[entity][1]
    filters = [ListFilter(text="xa")]
    if kind_field:
        filters.append(ListFilter(text="xa", kind_code="k1"))
    for flt in filters:
        counted = [plan for st, plan in _plans(db, entity, flt) if st.lstrip().startswith("SELECT count(")]
        assert counted and all(f"COVERING INDEX ix_{table}_search" in plan for plan in counted), (flt, counted)
        if flt.kind_code:
            assert all(f"ix_{table}_search (" in plan for plan in counted), counted  # a range, not a scan


@pytest.mark.parametrize("entity", [e for e in SEARCHED if SHAPES[e][1]])
def test_a_kind_with_a_word_reads_its_first_page_in_order(db, entity):
    """Filtered by a kind, the first page in the list's default order is read from the search index in that order
    (kind, then the default sort column): never a sort of every record of the kind."""
    table = KINDS[entity].row.__tablename__
    page = [plan for st, plan in _plans(db, entity, ListFilter(text="xa", kind_code="k1")) if _cuts_the_page(st)]
    assert page and all(f"ix_{table}_search" in plan for plan in page), page
    assert not any("TEMP B-TREE FOR ORDER BY" in plan for plan in page), page  # ties may be: RIGHT PART


@pytest.mark.parametrize("entity", list(SPECS))
def test_a_page_sorts_its_keys_not_whole_records(db, entity):
    """Whatever column a list is sorted by, the statement that sorts and cuts the page selects the record ids only;
    the page's rows are read by id afterwards. A sort that carried every column of every record through SQLite's
    sorter to keep 200 took 217 ms for 100,000 teams by activities, 39 ms sorting their ids."""
    table = KINDS[entity].row.__tablename__
    listing = RecordListing(db, KINDS[entity])
    for column in SPECS[entity].columns:
        seen: list[str] = []

        def capture(_conn, _cursor, statement, _parameters, _context, _many, seen=seen):
            if " LIMIT " in " ".join(statement.split()) and f"FROM {table}" in statement:
                seen.append(" ".join(statement.split()))

        event.listen(db.read_engine, "before_cursor_execute", capture)
        try:
            listing.page(ListFilter(), limit=200, sort=column.key, descending=False)
        finally:
            event.remove(db.read_engine, "before_cursor_execute", capture)
        cut = [st for st in seen if st.startswith("SELECT") and " ORDER BY " in st and st.endswith("LIMIT ? OFFSET ?")]
        assert cut and all(st.startswith(f"SELECT {table}.id FROM") for st in cut), (column.key, cut)
