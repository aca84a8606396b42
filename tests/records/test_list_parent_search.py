"""A word found in what a record refers to finds the record: an inspection by its business's text. However the
parents are looked up (their trigram index as a subquery, a lookup per visited row for a page, a scan), the list
finds exactly the records whose every word is in their own folded text or in their business's."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from commune_desk.domain.text import fold
from commune_desk.storage.models_records import BusinessRow, InspectionRow
from commune_desk.storage.repos import KINDS, list_search
from commune_desk.storage.repos.listing import ListFilter, RecordListing

ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợĐĂÂÔƠƯ 0123456789\"*():^-+.,'"
texts = st.text(alphabet=ALPHABET, min_size=0, max_size=20)
NOW = datetime(2026, 1, 1)


def _fill(db, businesses: list[str], inspections: list[tuple[str, int]]) -> None:
    with db.write() as s:
        s.execute(delete(InspectionRow))
        s.execute(delete(BusinessRow))
        s.execute(
            insert(BusinessRow),
            [
                {
                    "id": i + 1,
                    "code": f"B{i}",
                    "name": name,
                    "search_text": fold(name),
                    "kind_code": "karaoke",
                    "registered_date": date(2025, 1, 1),
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i, name in enumerate(businesses)
            ],
        )
        s.execute(
            insert(InspectionRow),
            [
                {
                    "id": i + 1,
                    "business_id": parent % len(businesses) + 1,
                    "findings": findings,
                    "search_text": fold(findings),
                    "inspection_date": date(2026, 1, 1 + i % 28),
                    "outcome_code": "x",
                    "handling_code": "y",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i, (findings, parent) in enumerate(inspections)
            ],
        )


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@pytest.mark.parametrize("listed", [list_search.LISTED_IDS, 0], ids=["few-parents-subquery", "many-parents"])
@given(data=st.data())
def test_search_through_the_parent_finds_exactly_the_records_holding_every_word(db, data, listed, monkeypatch):
    monkeypatch.setattr(list_search, "LISTED_IDS", listed)  # 0: every parent word takes the many-parents path
    businesses = data.draw(st.lists(texts, min_size=1, max_size=6))
    inspections = data.draw(st.lists(st.tuples(texts, st.integers(0, 5)), min_size=1, max_size=12))
    _fill(db, businesses, inspections)
    own = {i + 1: fold(t) for i, (t, _p) in enumerate(inspections)}
    parent = {i + 1: fold(businesses[p % len(businesses)]) for i, (_t, p) in enumerate(inspections)}
    pool = [*businesses, *(t for t, _p in inspections)]
    listing = RecordListing(db, KINDS["inspection"])
    for _ in range(4):
        source = data.draw(st.sampled_from(pool))
        i = data.draw(st.integers(0, len(source)))
        query = data.draw(
            st.sampled_from(
                [source[i : i + 5], f"{source[i : i + 4]} {data.draw(texts)}", source[i : i + 2], data.draw(texts)]
            )
        )
        words = fold(query).split()
        expected = {r for r in own if all(w in own[r] or w in parent[r] for w in words)}
        flt = ListFilter(text=query)
        assert {r.id for r in listing.query(flt).records} == expected, query  # count's conditions
        page, _extras = listing.page(flt, limit=1000)  # a page's conditions
        assert {r.id for r in page} == expected, query
        assert listing.totals(flt)[0] == len(expected), query


def test_many_parents_are_read_from_their_index_for_a_count_and_looked_up_per_row_for_a_page(db):
    from sqlalchemy import select

    with db.read() as s:
        indexed = list_search.full_text_tables(s)
    row = KINDS["inspection"].row
    counted = str(
        select(row.id)
        .where(list_search._many_parents(row, "business_id", BusinessRow, "thon", indexed, False))
        .compile()
    )
    paged = str(
        select(row.id)
        .where(list_search._many_parents(row, "business_id", BusinessRow, "thon", indexed, True))
        .compile()
    )
    assert "business_fts" in counted and "MATCH" in counted
    assert "EXISTS" in paged and "business_fts" not in paged
    short = str(
        select(row.id).where(list_search._many_parents(row, "business_id", BusinessRow, "th", indexed, False)).compile()
    )
    assert "instr" in short and "business_fts" not in short


def test_a_parent_word_reaches_the_statements_as_a_subquery_not_as_listed_ids(db):
    """300 businesses hold "karaoke": the count and the page name them through their index in SQL. Listing their
    ids in the statements (as before) bound 300 parameters per word per statement, fetched, bound and compiled in
    Python on every filter change."""
    from sqlalchemy import event

    _fill(db, [f"Karaoke {i}" for i in range(300)] + ["Nhà nghỉ"], [("kiểm tra", p) for p in range(0, 301, 3)])
    listing = RecordListing(db, KINDS["inspection"])
    flt = ListFilter(text="karaoke kiem")
    sizes: list[int] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        flat = " ".join(statement.split())  # the count and the page's search (not the reads of the page's own rows)
        if flat.startswith("SELECT count(*) AS count_1 FROM inspection") or flat.startswith(
            "SELECT inspection.id FROM"
        ):
            sizes.append(len(parameters))

    event.listen(db.read_engine, "before_cursor_execute", capture)
    try:
        count = listing.totals(flt)[0]
        page, _extras = listing.page(flt, limit=200)
    finally:
        event.remove(db.read_engine, "before_cursor_execute", capture)
    expected = {i + 1 for i, p in enumerate(range(0, 301, 3)) if p < 300}
    assert count == len(expected) and {r.id for r in page} == expected
    assert len(sizes) == 2 and max(sizes) < 20, sizes  # the words and a few limits, whatever the number of parents
