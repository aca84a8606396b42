"""Migration 0017 on a database of schema 0016 with data (the stored fixture): every child sum is stored equal to
its recount, every listed text gets its natural sort key, and the full-text index holds every search text."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from commune_desk.storage.database import integrity_ok, open_database
from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.kinds import text_key
from tests.records.test_stored_totals import RECOUNTS

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "migrations" / "0016.db"


def test_0016_database_gets_sums_keys_and_index(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    db = open_database(path)
    try:
        assert integrity_ok(db)
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        for (table, column), recount in RECOUNTS.items():
            rows = conn.execute(f"SELECT p.id, p.{column}, ({recount}) FROM {table} p").fetchall()
            assert rows and all(stored == expected for _id, stored, expected in rows), (table, column, rows)
        assert any(v for (v,) in conn.execute("SELECT participant_total FROM training")), "the fixture has lines"
        keyed = 0
        for kind in KINDS.values():
            table = kind.row.__tablename__
            for field in kind.text_sorts:
                for value, key in conn.execute(f"SELECT {field}, {field}_key FROM {table}"):
                    assert key == text_key(value), (table, field, value)
                    keyed += 1
            fts = f"{table}_fts"
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            texts = dict(conn.execute(f"SELECT id, search_text FROM {table}").fetchall())
            word = next(t for t in texts.values() if t and len(t) >= 5)[1:5]  # some 4 characters of one text
            found = {r for (r,) in conn.execute(f"SELECT rowid FROM {fts} WHERE search_text MATCH ?", (f'"{word}"',))}
            assert found == {i for i, t in texts.items() if t and word in t}, (table, word)
        assert keyed > 0
    finally:
        conn.close()
