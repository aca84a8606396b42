"""Reads of the parents (businesses, hotspots, models, teams, units) that one form or one record names, never all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from commune_desk.domain.text import fold
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.models import ResidentialUnitRow
from commune_desk.storage.repos.list_search import full_text_tables

if TYPE_CHECKING:
    from commune_desk.storage.database import Database
    from commune_desk.storage.repos.kinds import Kind

# lookup name (as load_lookups names it) -> its table
TABLES: dict[str, Any] = {
    "units": ResidentialUnitRow,
    "businesses": m.BusinessRow,
    "hotspots": m.HotspotRow,
    "models": mc.CommunityModelRow,
    "teams": mc.TeamRow,
}
# the parents a form's reference field picks from -> the column that names one beside its code
NAMES: dict[str, Any] = {
    "businesses": m.BusinessRow.name,
    "hotspots": m.HotspotRow.location,
    "models": mc.CommunityModelRow.name,
    "teams": mc.TeamRow.name,
}
FEW = 500  # up to this many rows, their parents are read by id; beyond, the whole (needed) code table once
OFFERED = 50  # parents a reference field offers for what was typed
RARE = 2_000  # words the full-text index finds in at most this many parents are looked up there, not scanned
TRIGRAM = 3  # letters a trigram index needs to find a word


def label(code: str, name: str) -> str:
    """How a form shows a parent: "CS01 · Nhà nghỉ Hương Đồng"."""
    return f"{code} · {name}"


class ParentRefs:
    """The parents a form's reference field offers: the matches of what was typed (a page, in code order) and the
    label of one code. Plain (code, label) values; each call opens its own read."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._indexed: set[str] | None = None  # the full-text tables of this database, read once

    def find(self, name: str, text: str, limit: int = OFFERED) -> list[tuple[str, str]]:
        """Up to `limit` parents of `name` ("businesses" …) whose code and name hold every word of `text`,
        diacritics and case aside ("nha nghi" finds "Nhà nghỉ"), in natural code order; all words empty: the first."""
        row, named = NAMES[name].class_, NAMES[name]
        words = fold(text.replace("·", " ")).split()  # a label typed or pasted whole: "CS01 · Karaoke …"
        # search_text is fold(code + " " + name + " " + further fields…) (Kind.search_fields put code and name
        # first), so its head as long as code and name holds their folded text: matching there keeps an address
        # or a note from offering a parent whose label does not show the word. Folding keeps NFC text's length.
        head = func.substr(row.search_text, 1, func.length(row.code) + 1 + func.length(named))
        query = select(row.code, named).order_by(row.sort_key, row.id).limit(limit)
        for word in words:
            query = query.where(func.instr(head, word) > 0)
        with self._db.read() as s:
            ids = self._rare(s, row.__tablename__, words)
            if ids is not None:
                query = query.where(row.id.in_(ids))
            found = s.execute(query).all()
        # checked again in Python: text stored in another normal form folds to another length
        return [
            (code, label(code, text_of))
            for code, text_of in found
            if all(w in fold(f"{code} {text_of}") for w in words)
        ]

    def _rare(self, s: Session, table: str, words: list[str]) -> list[int] | None:
        """The ids of the parents whose search text holds every word of 3+ letters, when the full-text index says
        they are few; else None. Walking the code order stops at the first page when a word is common (~0.1 ms at
        100,000 businesses) but reads every row when it is rare or absent (~60-100 ms): those are the index's."""
        if self._indexed is None:
            self._indexed = full_text_tables(s)
        long = [w for w in words if len(w) >= TRIGRAM]
        if not long or f"{table}_fts" not in self._indexed:
            return None
        phrase = " AND ".join('"' + w.replace('"', '""') + '"' for w in long)
        query = sql_text(f"SELECT rowid FROM {table}_fts WHERE search_text MATCH :q LIMIT {RARE + 1}")
        ids = [int(i) for i in s.scalars(query, {"q": phrase})]
        return ids if len(ids) <= RARE else None

    def label(self, name: str, code: str) -> str | None:
        """The label of parent `code`, None when no parent of `name` has that code."""
        column = NAMES[name]
        with self._db.read() as s:
            found = s.scalar(select(column).where(column.class_.code == code))
        return None if found is None else label(code, found)


def codes_for(s: Session, kind: Kind, rows: list[Any]) -> dict[str, dict[int, str]]:
    """id -> code of the parents `rows` (of `kind`'s table) refer to: by id for a few rows (a form's record), the
    needed tables whole for many; never a business table of 100,000 read to show one inspection."""
    out: dict[str, dict[int, str]] = {}
    for column, lookup in kind.refs.values():
        table = TABLES[lookup]
        query = select(table.id, table.code)
        if len(rows) <= FEW:
            ids = {getattr(r, column) for r in rows} - {None}
            query = query.where(table.id.in_(ids))
        out.setdefault(lookup, {}).update(s.execute(query).all())
    return out


def lookups_for(s: Session, kind: Kind, records: list[Any]) -> dict[str, dict[str, int]]:
    """code -> id maps holding the codes `records` name (those that exist), as load_lookups gives them for every
    code: what checking and storing one record needs. Residential units come whole (a commune has tens, and the
    unit rules compare them with each other)."""
    wanted: dict[str, set[str]] = {name: set() for name in TABLES}
    for rec in records:
        for name, (_column, lookup) in kind.refs.items():
            wanted[lookup].add(getattr(rec, name) or "")
    out: dict[str, dict[str, int]] = {}
    for name, table in TABLES.items():
        query = select(table.code, table.id)
        if name != "units":
            query = query.where(table.code.in_(wanted[name] - {""}))
        out[name] = dict(s.execute(query).all())
    return out
