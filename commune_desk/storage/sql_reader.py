"""Plain-SQL reads that run the same on a SQLAlchemy session and on a bare DB-API connection (start-up path).

The home screen is painted before SQLAlchemy is imported (issue 11): its figures are read with these readers from
a read-only stdlib connection first, then from the ORM session once the full application is loaded. Both run the
very same SQL (storage/home_reads.py, storage/indicator_queries.py), so the two paths cannot disagree.
Dates are bound as ISO text, the form SQLAlchemy's Date type stores in SQLite.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol, Sequence, TypeVar

if TYPE_CHECKING:  # types only: this module is read before SQLAlchemy is imported
    import sqlite3

    from sqlalchemy.orm import Session

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"


class Reader(Protocol):
    """Runs one SELECT with qmark parameters and returns every row as a tuple."""

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


def scalar(reader: Reader, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    rows = reader.rows(sql, params)
    return rows[0][0] if rows else None


class SessionReader:
    """A Reader over an open SQLAlchemy Session (the statement goes to the driver unchanged)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self._session.connection().exec_driver_sql(sql, tuple(params)).all()]


class ConnectionReader:
    """A Reader over a DB-API connection (sqlite3 or sqlcipher3)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._connection.execute(sql, tuple(params)).fetchall()
        return rows


def is_plain_sqlite(path: os.PathLike[str] | str) -> bool:
    """True when the file starts with SQLite's own header (an encrypted file looks random)."""
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def open_plain_read_only(path: os.PathLike[str] | str, head_revision: str) -> sqlite3.Connection | None:
    """A query-only stdlib connection to an unencrypted database whose schema is at `head_revision`; else None.

    Used only to paint the home screen before the full storage layer is loaded: anything unusual (missing,
    encrypted, older or newer schema, locked, damaged) returns None and the normal path (open_database, which
    migrates, backs up and explains problems) takes over. Never writes, never creates the file.
    """
    import sqlite3

    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0 or not is_plain_sqlite(path):
            return None
        # uri=True with mode=rw: never create; query_only refuses writes even by mistake.
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=1.0,
                              isolation_level=None, check_same_thread=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        con.execute("PRAGMA query_only = ON")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head_revision:
            con.close()
            return None
    except sqlite3.Error:
        con.close()
        return None
    return con


def read_plain_snapshot(path: os.PathLike[str] | str, head_revision: str, read: Callable[[Reader], T]) -> T | None:
    """`read(reader)` in one read transaction of a plain database at `head_revision` (open_plain_read_only);
    None when the file cannot be read that way or the read meets a database error."""
    import sqlite3

    con = open_plain_read_only(path, head_revision)
    if con is None:
        return None
    try:
        con.execute("BEGIN")  # one snapshot for every figure, even if another process writes meanwhile
        result = read(ConnectionReader(con))
        con.execute("ROLLBACK")
        return result
    except sqlite3.Error:
        return None
    finally:
        con.close()

