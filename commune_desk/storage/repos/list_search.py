"""Free-text search of record lists: every word folded (no diacritics), found in the record's stored search text
through the trigram full-text index (migration 0017), in the labels its list shows, or in what it refers to."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, exists, or_, select, text
from sqlalchemy import column as sql_column
from sqlalchemy import func
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session

from commune_desk.domain.text import fold
from commune_desk.storage.repos.kinds import Kind
from commune_desk.storage.models_community import CommunityModelUnitRow
from commune_desk.storage.repos.list_sql import Labels, parent_table, unit_codes_shown, unit_names

TRIGRAM = 3  # characters a trigram index needs to find a substring
LISTED_IDS = 500  # parents a word may find for a page to read them once as a set (more: looked up per record visited)


def full_text_tables(s: Session) -> set[str]:
    """The full-text indexes this database has (migration 0017 makes them where SQLite has the trigram
    tokenizer; without them search falls back to scanning)."""
    found = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"))
    return {name for (name,) in found}


def _phrase(word: str) -> str:
    """`word` as an FTS5 phrase: quoted, so that * ( ) : ^ - AND OR NEAR are plain text."""
    return '"' + word.replace('"', '""') + '"'


def _indexed(row: Any, words: list[str], indexed: set[str]) -> Any:
    """Records whose search text holds every word (3+ characters each), found through the index: the trigram
    tokenizer (case-sensitive, over text folded by Python) matches a quoted phrase exactly where it is a substring."""
    name = f"{row.__tablename__}_fts"
    fts = sql_table(name, sql_column("rowid"), sql_column("search_text"))
    query = " AND ".join(_phrase(w) for w in words)
    return row.id.in_(select(fts.c.rowid).where(fts.c.search_text.op("MATCH")(query)))


def usable(row: Any, word: str, indexed: set[str]) -> bool:
    """Whether the index can answer `word` for `row`'s table (it has one, and the word has 3 characters)."""
    return len(word) >= TRIGRAM and f"{row.__tablename__}_fts" in indexed


def contains(row: Any, word: str, indexed: set[str]) -> Any:
    """The record's folded search text holds `word` (a substring test): through the index when it can answer,
    else by scanning; the same records either way (tests/records/test_list_index.py)."""
    if usable(row, word, indexed):
        return _indexed(row, [word], indexed)
    return func.instr(row.search_text, word) > 0


def _fts_ids(table: Any, word: str) -> Any:
    """The ids of `table`'s records whose search text holds `word`, as a subquery on its trigram index."""
    fts = sql_table(f"{table.__tablename__}_fts", sql_column("rowid"), sql_column("search_text"))
    return select(fts.c.rowid).where(fts.c.search_text.op("MATCH")(_phrase(word)))


def _found(s: Session, row: Any, word: str, indexed: set[str], limit: int, hints: Hints | None = None) -> int | None:
    """How many records of `row`'s table the index finds holding `word`, counted up to `limit` + 1 inside SQLite
    (None when the index cannot answer). Fetching the rowids into Python to count them (2,001 per common word, for
    the page and again for the count) cost a four-word search ~45 ms of its ~125 ms at 100,000 records. `hints`
    keeps the answer for a few seconds: it only chooses between ways that find the same records (the index or a
    substring test; a subquery or a lookup per record), so an answer made stale by a write meanwhile costs speed,
    never a wrong list."""
    if not usable(row, word, indexed):
        return None
    key = (row.__tablename__, word, limit)
    if hints is not None and (known := hints.get(key)) is not None:
        return known
    found = _fts_ids(row, word).limit(limit + 1).subquery()
    answer = int(s.scalar(select(func.count()).select_from(found)) or 0)
    if hints is not None:
        hints.put(key, answer)
    return answer


def _rare(s: Session, row: Any, word: str, indexed: set[str], limit: int, hints: Hints | None = None) -> bool:
    """Whether the index finds `word` in at most `limit` records of `row`'s table."""
    found = _found(s, row, word, indexed, limit, hints)
    return found is not None and found <= limit


class Hints:
    """How many records of a table the index finds a word in (up to a limit), remembered for `seconds` by one
    listing: a filter change asks it for the page, for the count and for whether to count later (3 x 4 statements
    for a four-word search, 1-4 ms each over a common word's trigrams at 100,000 records)."""

    def __init__(self, seconds: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._seconds, self._clock = seconds, clock
        self._known: dict[tuple[str, str, int], tuple[float, int]] = {}

    def get(self, key: tuple[str, str, int]) -> int | None:
        found = self._known.get(key)
        if found is None or self._clock() - found[0] > self._seconds:
            return None
        return found[1]

    def put(self, key: tuple[str, str, int], answer: int) -> None:
        if len(self._known) > 256:  # a listing searched for a long time: forget, do not grow
            self._known.clear()
        self._known[key] = (self._clock(), answer)


def _many_parents(row: Any, column: str, parent: Any, word: str, indexed: set[str], page: bool) -> Any:
    """The record refers to one of the many parents whose search text holds `word`. For a page (read until 200
    rows pass) each record visited looks its own parent up; for count and totals (every record) the parents are
    listed once from their trigram index, a scan of the parent table only where the index cannot answer (a
    100,000-row parent table scanned for every word of every statement made the worst lists last 0.5-1.7 s)."""
    fk = getattr(row, column)
    if page:
        return exists().where(parent.id == fk, func.instr(parent.search_text, word) > 0)
    if usable(parent, word, indexed):
        return fk.in_(_fts_ids(parent, word))
    return fk.in_(select(parent.id).where(func.instr(parent.search_text, word) > 0))


def _alternatives(
    s: Session, kind: Kind, word: str, labels: Labels, indexed: set[str], page: bool, hints: Hints | None = None
) -> list[Any]:
    """Conditions other than the record's own text under which `word` finds it: a code whose shown label holds
    it, a residential unit whose shown name does (for a model, one of the units it covers), a team, business,
    hotspot or model whose search text does."""
    row: Any = kind.row
    out = []
    for name in kind.code_fields:
        found = [c for c, label in labels.get(name, {}).items() if word in fold(label)]
        if found:
            out.append(getattr(row, name).in_(found))
    for name, (column, lookup) in kind.refs.items():
        if lookup == "units":
            ids = [i for i, shown in unit_names(s, labels.get(name, {})).items() if word in fold(shown)]
            if ids:
                out.append(getattr(row, column).in_(ids))
            continue
        parent = parent_table(lookup)
        matched = _found(s, parent, word, indexed, LISTED_IDS, hints)
        if matched is None or matched > LISTED_IDS:  # many (or the index cannot tell)
            out.append(_many_parents(row, column, parent, word, indexed, page))
        elif matched:
            # A subquery SQLite reads once into a lookup table, not the ids listed in the statement: 4 words x 500
            # bound ids cost ~8 ms of Python (fetch, bind, compile) per statement, twice per filter change.
            out.append(getattr(row, column).in_(_fts_ids(parent, word)))
    if "unit_codes" in row.__table__.c:  # a model: a unit it covers whose shown name holds the word (migration 0020)
        shown = unit_codes_shown(s, labels.get("unit_codes", {}))
        codes = [code for code, name in shown.items() if word in fold(name)]
        if codes:
            covered = CommunityModelUnitRow
            out.append(row.id.in_(select(covered.model_id).where(covered.unit_code.in_(codes))))
    return out


def search(
    s: Session, kind: Kind, text: str, labels: Labels, *, page: bool = False, hints: Hints | None = None
) -> list[Any]:
    """The conditions for a list's free-text search: every word of `text` (diacritics and case folded) is in the
    record's text fields, in a label its list shows for one of its codes, or in what it refers to.

    Rare words found only in the record's own text are looked up together in the index (one statement gives the
    few candidate rows); the other words are tested on those rows by substring. Without such a word, a rare word
    with labels or parents is still looked up in the index, a common one is tested on every row. `page`: the
    conditions serve a page (rows read until it is full), not a count over every record."""
    words = fold(text).split()
    if not words:
        return []
    row: Any = kind.row
    indexed = full_text_tables(s)
    others = {w: _alternatives(s, kind, w, labels, indexed, page, hints) for w in dict.fromkeys(words)}
    rare = {w for w in others if _rare(s, row, w, indexed, RARE, hints)}
    own = [w for w, alts in others.items() if not alts and w in rare]
    conds = [_indexed(row, own, indexed)] if own else []
    # The order SQLite tests them in, which a count of every record pays for (the result is the same in any order):
    # words with the fewest other ways to match first (they rule the most records out: "thôn" names every unit and
    # matches nearly every record, so it goes last); within a word, the lists of codes, units and parents (a lookup)
    # before the substring test, except for a page, where a parent is a subquery per record. Measured at 100,000
    # records, "thon dong hoc sinh": 45 -> 34 ms, then 65 -> 56 ms (another load) with "thon" last.
    for word, alts in sorted(others.items(), key=lambda item: len(item[1])):
        if word in own:
            continue
        scan = func.instr(row.search_text, word) > 0
        mine = _indexed(row, [word], indexed) if word in rare and not own else scan
        conds.append((or_(mine, *alts) if page else or_(*alts, mine)) if alts else mine)
    return [and_(*conds)]


def row_by_row(s: Session, kind: Kind, text: str, hints: Hints | None = None) -> bool:
    """Whether some word of `text` is tested on every record (common, or too short for the index)."""
    indexed = full_text_tables(s)
    return any(not _rare(s, kind.row, w, indexed, RARE, hints) for w in dict.fromkeys(fold(text).split()))


RARE = 2_000  # records a word may find through the index before testing it row by row is the cheaper way
