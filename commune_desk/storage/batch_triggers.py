"""Triggers lifted inside a writer's transaction and put back word for word: for `demo --force` (no-delete guards)
and for batch inserts, whose row-by-row trigger work is done once per batch instead.

A batch of 50,000 records spent most of its write in SQLite's AFTER INSERT triggers (migration 0017: the trigram
index of every record table, the sums stored on parents): an FTS insert and an UPDATE of the parent per row. Inside
`batch_inserts` those triggers are dropped (SQLite's DDL is part of the transaction: a failure, a rollback or a
killed process leaves them as they were), the rows are inserted, and the triggers' statements run once over the
rows the batch added (rowid above the table's largest before it): an `INSERT … SELECT` in rowid order, and one
UPDATE per parent adding the sum of its new children's shares. Then the triggers are created again from their own
text in sqlite_master. Only triggers of three exact forms are lifted (one `INSERT … VALUES (new.…)`, one
`INSERT … SELECT DISTINCT new.id, … FROM json_each(new.…) WHERE …` (the parts of a ';'-joined column, migration
0020), or one `UPDATE … SET c = c + (share of new.…) WHERE key = new.fk`); any other keeps firing row by row, so a
trigger added later is never skipped. tests/records/test_batch_triggers.py proves the result equal to row-by-row triggers.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

_TRIGGER = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+(\w+)\s+AFTER\s+INSERT\s+ON\s+(\w+)\s+(?:FOR\s+EACH\s+ROW\s+)?BEGIN\s+([^;]*);\s*END\s*$",
    re.I | re.S,
)
_INSERT = re.compile(r"^INSERT\s+INTO\s+(\w+)\s*\(([\w\s,]+)\)\s*VALUES\s*\((.*)\)$", re.I | re.S)
# The parts of a value of the new row, one target row each (json_each's `value`); DISTINCT within one new row, and
# across the batch's rows too when `new.id` is selected: that is what makes the replay over every row at once equal.
_SPLIT = re.compile(
    r"^INSERT\s+INTO\s+(\w+)\s*\(([\w\s,]+)\)\s*SELECT\s+DISTINCT\s+(.*?)\s+FROM\s+json_each\s*\((.*)\)\s+WHERE\s+(.*)$",
    re.I | re.S,
)
_UPDATE = re.compile(r"^UPDATE\s+(\w+)\s+SET\s+(.*?)\s+WHERE\s+(\w+)\s*=\s*new\.(\w+)$", re.I | re.S)
_ADD = re.compile(r"^(\w+)\s*=\s*(\w+)\s*\+\s*\((.*)\)$", re.S)
_TOKEN = re.compile(r"\s+|'(?:[^']|'')*'|\d+(?:\.\d+)?|(\w+)(\s*\.\s*\w+)?(\s*\()?|[(),]|[-+*/%<>=!|&~]+")
_ON_INSERT = re.compile(r"\b(?:BEFORE|AFTER|INSTEAD\s+OF)\s+INSERT\s+ON\b", re.I)
_WORDS = {"case", "when", "then", "else", "end", "and", "or", "not", "is", "null", "in", "between"}


@dataclass(frozen=True)
class _Lifted:
    name: str
    table: str  # the table whose inserts fire it
    sql: str  # its text in sqlite_master, created again word for word
    replay: str  # "insert", "split" or "update"
    target: str = ""
    columns: tuple[str, ...] = ()  # insert: the target's columns; update: the parent's summed columns
    values: tuple[str, ...] = ()  # insert: the values list; update: each column's share
    key: str = ""  # update: the parent's column matched ...
    fk: str = ""  # ... by this column of the new row
    source: str = ""  # split: the JSON array json_each reads ...
    where: str = ""  # ... and which of its parts become rows


def _split(text: str) -> list[str] | None:
    """`text` cut at its top-level commas (None if parentheses do not balance)."""
    parts, depth, start = [], 0, 0
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token.startswith("'"):
            continue
        depth += token.count("(") - token.count(")")
        if depth < 0:
            return None
        if token == "," and depth == 0:
            parts.append(text[start : match.start()].strip())
            start = match.end()
    if depth:
        return None
    parts.append(text[start:].strip())
    return parts


def _of_new_row_only(expression: str, also: frozenset[str] = frozenset()) -> bool:
    """True when `expression` reads only the new row (`new.column`), literals, functions and CASE: it then gives
    the same value whenever it is computed, so it can be computed after the batch over its rows."""
    position = 0
    for match in _TOKEN.finditer(expression):
        if match.start() != position:
            return False  # a character no token covers
        position = match.end()
        word, dotted, call = match.group(1), match.group(2), match.group(3)
        if word is None or word.isdigit():
            continue
        if word.lower() == "select" or (dotted and (word.lower() != "new" or call)):
            return False  # a query, or another table's column: it could read what the batch changes
        if not dotted and not call and word.lower() not in _WORDS | also:
            return False  # a bare column would name the parent's column in the trigger, the child's here
    return position == len(expression)


def _parse(name: str, table: str, sql: str) -> _Lifted | None:
    """The replayable form of one trigger's text, or None to leave it firing row by row."""
    head = _TRIGGER.match(sql)
    if head is None or head.group(1) != name or head.group(2) != table:
        return None
    body = head.group(3).strip()
    insert = _INSERT.match(body)
    if insert is not None:
        columns = tuple(c.strip() for c in insert.group(2).split(","))
        values = _split(insert.group(3))
        if values is None or len(values) != len(columns) or not all(_of_new_row_only(v) for v in values):
            return None
        return _Lifted(name, table, sql, "insert", insert.group(1), columns, tuple(values))
    split = _SPLIT.match(body)
    if split is not None:
        columns = tuple(c.strip() for c in split.group(2).split(","))
        values, source = _split(split.group(3)), _split(split.group(4))
        part = frozenset({"value"})
        if (
            values is None
            or len(values) != len(columns)
            or "new.id" not in [v.replace(" ", "").lower() for v in values]
            or source is None
            or len(source) != 1
            or not all(_of_new_row_only(e, part) for e in (*values, source[0], split.group(5)))
        ):
            return None
        return _Lifted(
            name, table, sql, "split", split.group(1), columns, tuple(values), source=source[0], where=split.group(5)
        )
    update = _UPDATE.match(body)
    if update is None:
        return None
    assignments = _split(update.group(2)) or []
    added = [_ADD.match(a) for a in assignments]
    if not assignments or any(a is None or a.group(1) != a.group(2) or not _of_new_row_only(a.group(3)) for a in added):
        return None
    summed = tuple(a.group(1) for a in added if a is not None)
    shares = tuple(a.group(3) for a in added if a is not None)
    return _Lifted(name, table, sql, "update", update.group(1), summed, shares, update.group(3), update.group(4))


def _triggers(s: Session, condition: str) -> list[tuple[str, str, str]]:
    """(name, table, text) of the triggers meeting `condition` (SQL over sqlite_master), in sqlite_master order."""
    sql = f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND {condition} ORDER BY rowid"
    return [(r[0], r[1], r[2]) for r in s.connection().exec_driver_sql(sql).all()]


@contextlib.contextmanager
def triggers_lifted(s: Session, triggers: Iterable[tuple[str, str, str]]) -> Iterator[None]:
    """Drop `triggers` ((name, table, text) from sqlite_master) for the block, then create them again from their
    own text, in the caller's transaction. On an error they are put back too (the rollback that follows would
    restore them anyway; this keeps them whoever catches the error)."""
    lifted = list(triggers)
    conn = s.connection()
    for name, _table, _sql in lifted:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            present = {r[0] for r in _triggers(s, "1")}
            for name, _table, sql in lifted:
                if name not in present:
                    conn.exec_driver_sql(sql)
        raise
    for _name, _table, sql in lifted:
        conn.exec_driver_sql(sql)


def no_delete_guards(s: Session) -> list[tuple[str, str, str]]:
    """The triggers that keep imported plans and figures from being deleted (the audit log's excepted)."""
    return _triggers(s, "name LIKE '%no_delete' AND tbl_name != 'audit_log'")


def replayable(s: Session, tables: Iterable[str] | None = None) -> list[_Lifted]:
    """The AFTER INSERT triggers (on `tables`, or on every table) whose work a batch can do once."""
    found: list[_Lifted] = []
    kept: list[str] = []
    wanted = None if tables is None else set(tables)
    for name, table, sql in _triggers(s, "sql LIKE '%INSERT%'"):
        if wanted is not None and table not in wanted:
            continue
        lifted = _parse(name, table, sql)
        if lifted is None and _ON_INSERT.search(sql.split(" BEGIN ", 1)[0]):
            kept.append(sql)
        elif lifted is not None:
            found.append(lifted)
    # Not lifted: a sum whose parent has UPDATE triggers that could fire on the summed columns (they would fire
    # once per parent, not once per row), and anything a trigger still firing per row may read.
    every_update = _triggers(s, "sql LIKE '%UPDATE%ON%'")
    read = {w.lower() for sql in kept for w in re.findall(r"\w+", sql)}
    return [
        t
        for t in found
        if t.target.lower() not in read and (t.replay != "update" or not _fires_on_update(every_update, t))
    ]


def _reads(t: _Lifted) -> set[str]:
    """The columns of the new row that trigger `t` reads."""
    words = re.findall(r"\bnew\s*\.\s*(\w+)", " ".join((*t.values, t.source, t.where)), re.I)
    return {w.lower() for w in words} | ({t.fk.lower()} if t.fk else set())


def _fires_on_update(triggers: list[tuple[str, str, str]], lifted: _Lifted) -> bool:
    for _name, table, sql in triggers:
        if table != lifted.target:
            continue
        event = re.search(r"\b(?:BEFORE|AFTER|INSTEAD\s+OF)\s+UPDATE\b(?:\s+OF\s+([\w\s,]+?))?\s+ON\b", sql, re.I)
        if event is None:
            continue
        columns = {c.strip() for c in (event.group(1) or "").split(",") if c.strip()}
        if not columns or columns & set(lifted.columns):
            return True
    return False


@contextlib.contextmanager
def batch_inserts(s: Session, tables: Iterable[str] | None = None) -> Iterator[None]:
    """Inside the block, rows are INSERTed into `tables` (None: any table); their replayable insert triggers are
    lifted and their work is done once over the added rows at the end, before the triggers come back.

    Deleting a row the block added, or changing a column of it that a lifted trigger reads, raises (guards of the
    connection's own, dropped after), and so does an insert below a table's largest rowid: the rows the triggers
    must see are exactly those above it, as they were inserted.
    """
    lifted = replayable(s, tables)
    conn = s.connection()
    subjects = sorted({t.table for t in lifted})
    before = {t: conn.exec_driver_sql(f'SELECT coalesce(max(rowid), 0), count(*) FROM "{t}"').one() for t in subjects}
    guards = []
    for table in subjects:
        read = sorted(set().union(*(_reads(t) for t in lifted if t.table == table)))
        for event in (f"UPDATE OF {', '.join(read)}", "DELETE"):
            guard = f"batch_guard_{table}_{event.split()[0].lower()}"
            conn.exec_driver_sql(
                f'CREATE TEMP TRIGGER "{guard}" BEFORE {event} ON main."{table}" '
                f"WHEN old.rowid > {int(before[table][0])} "
                "BEGIN SELECT RAISE(ABORT, 'a row added by a batch insert changes only after the batch'); END"
            )
            guards.append(guard)
    with triggers_lifted(s, [(t.name, t.table, t.sql) for t in lifted]):
        try:
            yield
        finally:
            with contextlib.suppress(Exception):  # the replay below updates parents the batch added
                for guard in guards:
                    conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS temp."{guard}"')
        for table in subjects:
            last, count = before[table]
            total, added = conn.exec_driver_sql(
                f'SELECT count(*), coalesce(sum(rowid > ?), 0) FROM "{table}"', (last,)
            ).one()
            if total != count + added:
                raise RuntimeError(f"a batch insert into {table} went below its largest rowid")
        for trigger in lifted:
            _replay(s, trigger, int(before[trigger.table][0]))


def _replay(s: Session, t: _Lifted, last: int) -> None:
    """Do what trigger `t` did per row, once for the rows of its table above rowid `last`."""
    conn = s.connection()
    if t.replay == "insert":
        conn.exec_driver_sql(
            f'INSERT INTO "{t.target}" ({", ".join(t.columns)}) SELECT {", ".join(t.values)} '
            f'FROM "{t.table}" AS new WHERE new.rowid > ? ORDER BY new.rowid',
            (last,),
        )
        return
    if t.replay == "split":
        conn.exec_driver_sql(
            f'INSERT INTO "{t.target}" ({", ".join(t.columns)}) SELECT DISTINCT {", ".join(t.values)} '
            f'FROM "{t.table}" AS new, json_each({t.source}) WHERE new.rowid > ? AND ({t.where}) ORDER BY new.rowid',
            (last,),
        )
        return
    # Per parent: the sum of the shares, or NULL when a share is NULL (the trigger would have made the total NULL).
    sums = ", ".join(f"CASE WHEN count(*) = count({v}) THEN sum({v}) END" for v in t.values)
    rows = conn.exec_driver_sql(
        f'SELECT {sums}, new.{t.fk} FROM "{t.table}" AS new WHERE new.rowid > ? AND new.{t.fk} IS NOT NULL '
        f"GROUP BY new.{t.fk}",
        (last,),
    ).all()
    if rows:
        sets = ", ".join(f"{c} = {c} + (?)" for c in t.columns)
        conn.exec_driver_sql(f'UPDATE "{t.target}" SET {sets} WHERE {t.key} = ?', [tuple(r) for r in rows])
