"""The list search through the trigram index finds exactly what the plain substring search finds, whatever was
inserted, edited or deleted before (the triggers keep the index); words under 3 characters fall back to scanning."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import and_, delete, insert, select, text, update

from commune_desk.domain.text import fold
from commune_desk.storage.models import PropagandaRow
from commune_desk.storage.repos import KINDS, list_search
from commune_desk.storage.repos.listing import ListFilter, RecordListing

# Vietnamese letters, digits, spaces and the characters FTS5 reads as query syntax (they must stay plain text).
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợĐĂÂÔƠƯ 0123456789\"*():^-+.,'"
KIND = KINDS["propaganda"]
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=24)


def _row(title: str, day: int) -> dict:
    now = datetime(2026, 1, 1)
    return {
        "activity_date": date(2026, 1, 1 + day % 28),
        "form_code": "loa",
        "title": title,
        "search_text": fold(title),
        "created_at": now,
        "updated_at": now,
    }


def _scanned(db, query: str) -> set[int]:
    """The ids the substring test finds (every word in the folded text), the index left out on purpose."""
    words = fold(query).split()
    with db.read() as s:
        conds = [list_search.contains(PropagandaRow, w, set()) for w in words]
        return set(s.scalars(select(PropagandaRow.id).where(and_(*conds)) if conds else select(PropagandaRow.id)))


def _queries(data, titles: list[str]) -> list[str]:
    """Pieces of the stored titles (so that there are hits), short ones included, and text from anywhere."""
    out = []
    for _ in range(data.draw(st.integers(1, 5))):
        title = data.draw(st.sampled_from(titles))
        i = data.draw(st.integers(0, len(title)))
        j = data.draw(st.integers(i, min(len(title), i + 8)))
        other = data.draw(texts)
        out.append(data.draw(st.sampled_from([title[i:j], other, f"{title[i:j]} {other}", title[i : i + 2]])))
    return out


def test_the_index_is_made_and_used(db):
    with db.read() as s:
        indexed = list_search.full_text_tables(s)
    assert {f"{k.row.__tablename__}_fts" for k in KINDS.values()} <= indexed
    long_word = str(list_search.contains(PropagandaRow, "thon", indexed).compile())
    assert "propaganda_activity_fts" in long_word and "MATCH" in long_word
    assert "instr" in str(list_search.contains(PropagandaRow, "th", indexed).compile())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@pytest.mark.parametrize("rare", [list_search.RARE, 0], ids=["through-the-index", "common-words-scanned"])
@given(data=st.data())
def test_index_search_finds_exactly_what_the_substring_search_finds(db, data, rare, monkeypatch):
    monkeypatch.setattr(list_search, "RARE", rare)  # 0: every word counts as common, tested row by row
    titles = data.draw(st.lists(texts, min_size=1, max_size=15))
    with db.write() as s:
        s.execute(delete(PropagandaRow))
        s.execute(insert(PropagandaRow), [_row(t, i) for i, t in enumerate(titles)])
        ids = list(s.scalars(select(PropagandaRow.id).order_by(PropagandaRow.id)))
        for rid in data.draw(st.lists(st.sampled_from(ids), max_size=4, unique=True)):  # edits and deletes
            new = data.draw(st.one_of(st.none(), texts))
            if new is None:
                s.execute(delete(PropagandaRow).where(PropagandaRow.id == rid))
            else:
                s.execute(update(PropagandaRow).where(PropagandaRow.id == rid).values(title=new, search_text=fold(new)))
                titles.append(new)
        s.execute(
            text("INSERT INTO propaganda_activity_fts(propaganda_activity_fts, rank) VALUES ('integrity-check', 1)")
        )  # raises when the index and the table disagree
        stored = dict(s.execute(select(PropagandaRow.id, PropagandaRow.search_text)).all())
    listing = RecordListing(db, KIND)
    for query in _queries(data, titles):
        words = fold(query).split()
        expected = {rid for rid, folded in stored.items() if all(w in folded for w in words)}
        found = {r.id for r in listing.query(ListFilter(text=query)).records}
        assert found == expected == _scanned(db, query), query
        assert listing.totals(ListFilter(text=query))[0] == len(expected)
