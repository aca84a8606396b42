"""Many rows into one table through the DB-API's executemany, each value bound as SQLAlchemy's insert() binds it.

A records import writes 50,000 rows in one transaction; SQLAlchemy's executemany spends most of its time in its
per-row statement machinery (bench/bench_records_import.py). Here the INSERT is compiled once by SQLAlchemy and
every value goes through its column type's own bind processor (a date becomes the same text the ORM stores), so a
row holds exactly what `session.execute(table.insert(), rows)` would have written, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from sqlalchemy.orm import Session


def insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT every dict of `rows` (all with the same keys, column keys of `table`) in the session's transaction."""
    if not rows:
        return
    width = len(rows[0])
    if any(len(r) != width for r in rows):
        s.execute(table.insert(), rows)
        return
    insert_columns(s, table, {k: [r[k] for r in rows] for k in rows[0]}, rows=rows)


def insert_columns(
    s: Session, table: Table, values: dict[str, list[Any]], *, rows: list[dict[str, Any]] | None = None
) -> None:
    """INSERT one row per position of the equally long lists of `values` ({column key: [value of each row]}).

    A column left out gets its Python-side scalar default, as SQLAlchemy's insert() would give it; a key that names
    no column is ignored, as insert() ignores it. A table with a callable default for a column left out goes
    through SQLAlchemy's own insert() instead (of `rows`, or the rows made from `values`).
    """
    count = len(next(iter(values.values()), []))
    if not count:
        return
    keys = [k for k in values if k in table.c]
    defaults = [(c, c.default) for c in table.columns if c.key not in keys and c.default is not None]
    conn = s.connection()
    dialect = conn.dialect
    if dialect.paramstyle != "qmark" or any(not isinstance(d, ScalarElementColumnDefault) for _c, d in defaults):
        s.execute(table.insert(), rows if rows is not None else [dict(zip(values, r)) for r in zip(*values.values())])
        return
    columns = [table.c[k] for k in keys] + [c for c, _d in defaults]
    fixed = [d.arg for _c, d in defaults if isinstance(d, ScalarElementColumnDefault)]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    names = ", ".join(dialect.identifier_preparer.format_column(c) for c in columns)
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    columns_values = [values[k] for k in keys] + [[value] * count for value in fixed]
    processed = [col if proc is None else _processed(col, proc) for col, proc in zip(columns_values, processors)]
    s.flush()  # what session.execute() would autoflush first (audit rows added before) goes first here too
    conn.exec_driver_sql(sql, list(zip(*processed)))


def _processed(values: list[Any], proc: Callable[[Any], Any]) -> list[Any]:
    """`proc` of every value (None too: the processor decides what None becomes, as in SQLAlchemy), computed once
    per distinct value: a column of dates holds a few hundred days, the timestamps of one import a single one."""
    done: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        key = (type(value), value)
        try:
            out.append(done[key])
        except KeyError:
            done[key] = result = proc(value)
            out.append(result)
        except TypeError:  # unhashable: no cache
            out.append(proc(value))
    return out
