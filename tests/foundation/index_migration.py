"""Shared by the tests of migrations that only add indexes: a stored fixture upgraded by the app's own
open_database, its index columns read back, and every value of every table compared before and after."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from commune_desk.storage.database import integrity_ok, open_database, read_revision


def tables(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Table -> its rows sorted, FTS indexes left out (their shadow tables are the index, not data)."""
    names = [
        t
        for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in names}


def upgrade_keeps_values(fixture: Path, tmp: Path, revision: str, absent: str) -> Callable[[str], list[str]]:
    """Upgrade a copy of `fixture` (which has no index named LIKE `absent`) to at least `revision`, check every value
    is as it was, and return a reader of an index's columns in the upgraded file."""
    path = tmp / "old.db"
    shutil.copyfile(fixture, path)
    conn = sqlite3.connect(path)
    try:
        before = tables(conn)
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE ?", (absent,)).fetchall()
    finally:
        conn.close()
    db = open_database(path)
    try:
        assert read_revision(db.read_engine) >= revision and integrity_ok(db)
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        after = tables(conn)
        indexes = {
            name: [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
    finally:
        conn.close()
    assert sum(len(rows) for rows in before.values()) > 100
    assert {t: after[t] for t in before} == before
    return lambda name: indexes.get(name, [])
