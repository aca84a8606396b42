"""A listing remembers for a few seconds whether a search word is rare: one filter change probes each word once
(not once per statement), the memory expires, and a stale answer changes only the path, never the records found."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import event, insert

from commune_desk.domain.text import fold
from commune_desk.storage.models import PropagandaRow
from commune_desk.storage.repos import KINDS, list_search
from commune_desk.storage.repos.listing import ListFilter, RecordListing

NOW = datetime(2026, 1, 1)


def _add(db, titles: list[str], first: int) -> None:
    with db.write() as s:
        s.execute(
            insert(PropagandaRow),
            [
                {
                    "id": first + i,
                    "activity_date": date(2026, 1, 1 + i % 28),
                    "form_code": "loa",
                    "title": t,
                    "search_text": fold(t),
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i, t in enumerate(titles)
            ],
        )


def _probes(db, action) -> int:
    """How many rarity probes (a count over the trigram index, stopped at RARE + 1) `action` issues."""
    seen: list[str] = []

    def capture(_conn, _cursor, statement, _parameters, _context, _many):
        flat = " ".join(statement.split())
        if flat.startswith("SELECT count(*) AS count_1 FROM (SELECT propaganda_activity_fts.rowid"):
            seen.append(statement)

    event.listen(db.read_engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(db.read_engine, "before_cursor_execute", capture)
    return len(seen)


def test_a_filter_change_probes_each_word_once(db):
    _add(db, ["Hội nghị thôn Đông", "Loa truyền thanh thôn Bắc"], 1)
    listing = RecordListing(db, KINDS["propaganda"])
    flt = ListFilter(text="thôn đông hội")

    def change():
        listing.counts_every_record(flt)
        listing.totals(flt)
        listing.page(flt, limit=200)

    assert _probes(db, change) == 3  # three words, each probed once for the three calls
    fresh = RecordListing(db, KINDS["propaganda"])
    assert _probes(db, lambda: (fresh.totals(flt), fresh.page(flt, limit=200))) == 3


def test_the_memory_expires(db):
    _add(db, ["Hội nghị thôn Đông"], 1)
    now = [0.0]
    listing = RecordListing(db, KINDS["propaganda"])
    listing._hints = list_search.Hints(seconds=5, clock=lambda: now[0])
    flt = ListFilter(text="thôn")
    assert _probes(db, lambda: listing.totals(flt)) == 1
    now[0] = 4.0
    assert _probes(db, lambda: listing.totals(flt)) == 0
    now[0] = 9.5
    assert _probes(db, lambda: listing.totals(flt)) == 1


def test_a_stale_answer_finds_the_same_records(db, monkeypatch):
    """'thôn' is rare (found through the index) when first asked; then it becomes common. While the listing still
    holds the old answer, and after, the list is exactly the records holding the word."""
    monkeypatch.setattr(list_search, "RARE", 3)
    _add(db, ["Hội nghị thôn Đông", "Loa truyền thanh"], 1)
    listing = RecordListing(db, KINDS["propaganda"])
    flt = ListFilter(text="thôn")
    assert listing.totals(flt)[0] == 1
    _add(db, [f"Thôn {i} họp" for i in range(10)] + ["chợ"], 100)
    expected = {1, *range(100, 110)}
    assert {r.id for r in listing.page(flt, limit=None)[0]} == expected  # the stale "rare" answer: index path
    assert listing.totals(flt)[0] == len(expected)
    listing._hints = list_search.Hints(seconds=0)  # forgotten: the word is now tested row by row
    assert {r.id for r in listing.page(flt, limit=None)[0]} == expected
    assert listing.totals(flt)[0] == len(expected)


def test_a_parent_word_is_probed_once_per_filter_change(db):
    """Whether a word finds few or many businesses is remembered like a record's own words: an inspection search
    probes business_fts once per word for the page, the count and the question whether to count later."""
    from commune_desk.storage.models_records import BusinessRow

    with db.write() as s:
        s.execute(
            insert(BusinessRow),
            [
                {
                    "id": 1,
                    "code": "B1",
                    "name": "Karaoke Đông",
                    "search_text": fold("Karaoke Đông"),
                    "kind_code": "karaoke",
                    "registered_date": date(2025, 1, 1),
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            ],
        )
    seen: list[str] = []

    def capture(_conn, _cursor, statement, _parameters, _context, _many):
        flat = " ".join(statement.split())
        if flat.startswith("SELECT count(*) AS count_1 FROM (SELECT business_fts.rowid"):
            seen.append(flat)

    listing = RecordListing(db, KINDS["inspection"])
    flt = ListFilter(text="karaoke dong")
    event.listen(db.read_engine, "before_cursor_execute", capture)
    try:
        listing.counts_every_record(flt)
        listing.totals(flt)
        listing.page(flt, limit=200)
    finally:
        event.remove(db.read_engine, "before_cursor_execute", capture)
    assert len(seen) == 2, seen  # two words, one probe each
