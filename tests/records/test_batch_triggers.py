"""A batch import fills the trigram index and the stored sums once (storage/batch_triggers.py, issue 20 item 10):
the database it leaves is, table for table and column for column, the one row-by-row triggers leave, and the
triggers themselves are exactly as before, whatever happens (success, a refusal mid-write, a killed process).

The comparison is generic: every table of sqlite_master (the FTS shadow tables too) in a database written with
the batch path against one written by the same inserts with the triggers firing per row, so a trigger-filled
column added by a later migration is compared without this test knowing it.
"""

from __future__ import annotations

import contextlib
import functools
import random
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.domain.periods import PeriodScheme
from commune_desk.services.demo_data.demo import demo_profile, demo_propaganda
from commune_desk.services.demo_data.demo_community import demo_community
from commune_desk.services.demo_data.demo_records import demo_records
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage import batch_triggers
from commune_desk.storage.database import open_database
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.storage.repos import bulk
from commune_desk.storage.repos.bulk import ImportBatch, apply_import
from tests.records.test_stored_totals import RECOUNTS

UNTIL = date(2026, 11, 30)
PARENTS = ("residential_unit_event", "team", "business", "hotspot", "community_model")
# A trigger of a replayable form the schema does not have, and one that is not: both must give the same database.
EXTRA = (
    "CREATE TRIGGER unit_participants AFTER INSERT ON propaganda_activity BEGIN UPDATE residential_unit "
    "SET sort_order = sort_order + (CASE WHEN new.form_code = 'loa' THEN 1000 ELSE new.participants % 7 END) "
    "WHERE id = new.unit_id; END",
    "CREATE TRIGGER inspection_note AFTER INSERT ON inspection WHEN new.id % 3 = 0 BEGIN "
    "UPDATE business SET note = coalesce(note, '') || 'x' WHERE id = new.business_id; END",
)


@functools.lru_cache(maxsize=4)
def _demo(seed: int) -> dict:
    profile = demo_profile(seed)
    catalogues = default_catalogues()
    records = demo_records(profile, 2026, seed, UNTIL, catalogues)
    records["propaganda"] = demo_propaganda(profile, 2026, seed, UNTIL)
    records.update(demo_community(profile, 2026, seed, UNTIL, catalogues, records, PeriodScheme.uniform(None)))
    return records


def _batches(seed: int, split: int, keep: int) -> tuple[dict, dict]:
    """Two successive imports from the demo commune of `seed`: parents all in the first; of every other kind a
    random part, cut between the two (the second then adds children to parents already stored)."""
    rng = random.Random(split * 1000 + keep)
    records = _demo(seed)
    teams = [t.code for t in records["team"]] + [""]
    first: dict = {}
    second: dict = {}
    for entity, items in records.items():
        if entity in PARENTS:
            first[entity] = list(items)
            continue
        chosen = [r for r in items if rng.random() < keep / 10]
        if entity in ("propaganda", "reintegration_support", "tipoff"):
            chosen = [replace(r, team_code=rng.choice(teams)) for r in chosen]
        cut = len(chosen) * split // 10
        first[entity], second[entity] = chosen[:cut], chosen[cut:]
    return first, second


def _tables(path: Path) -> dict[str, list]:
    """Every table's rows (date-time stamps and the audit log's time-chained rows left out: they differ by run).

    A trigram index is compared by what it holds, every (term, row, column, offset) through fts5vocab, not by its
    segments (`_data`, `_idx`): how FTS5 cuts its b-tree into segments depends on when it flushed, not on what
    it indexes."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        indexes = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'")]
        segments = {f"{n}_{part}" for n in indexes for part in ("data", "idx")}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            if name in ("audit_log", "import_log") or name in segments:
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")') if r[2].upper() != "DATETIME"]
            names = ", ".join(f'"{c}"' for c in columns)
            out[name] = sorted(conn.execute(f'SELECT {names} FROM "{name}"').fetchall(), key=repr)
        for index in indexes:
            conn.execute(f"CREATE VIRTUAL TABLE temp.v_{index} USING fts5vocab(main, {index}, instance)")
            out[f"{index} terms"] = conn.execute(f"SELECT * FROM temp.v_{index} ORDER BY 1, 2, 3, 4").fetchall()
        return out
    finally:
        conn.close()


def triggers(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


@functools.lru_cache(maxsize=1)
def _template() -> bytes:
    """A new database at head, made once (migrations take most of a second) and copied for each database."""
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "t.db").dispose()
        return (Path(tmp) / "t.db").read_bytes()


def _write(path: Path, seed: int, batches, *, extra: bool) -> None:
    path.write_bytes(_template())
    db = open_database(path)
    try:
        if extra:
            with db.write() as s:
                for sql in EXTRA:
                    s.connection().exec_driver_sql(sql)
                assert "unit_participants" in {t.name for t in batch_triggers.replayable(s)}
        ProfileRepository(db, "t").save(demo_profile(seed))
        for records in batches:
            apply_import(db, "t", ImportBatch(source="test", records=records), default_catalogues())
    finally:
        db.dispose()


real_replay = batch_triggers._replay


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(1, 3), split=st.integers(0, 10), keep=st.integers(1, 10), extra=st.booleans())
def test_batch_path_leaves_the_database_row_by_row_triggers_leave(
    tmp_path_factory, monkeypatch, seed, split, keep, extra
):
    tmp = tmp_path_factory.mktemp("batch")
    batches = _batches(seed, split, keep)
    replayed = []
    with monkeypatch.context() as m:  # the batch path really does the triggers' work itself
        m.setattr(batch_triggers, "_replay", lambda s, t, last: replayed.append(t.name) or real_replay(s, t, last))
        _write(tmp / "batch.db", seed, batches, extra=extra)
    assert {"propaganda_activity_fts_insert", "team_member_total_from_team_member_insert"} <= set(replayed)
    assert ("unit_participants" in replayed) == extra
    with monkeypatch.context() as m:  # the same inserts, every trigger firing per row
        m.setattr(bulk, "batch_inserts", lambda s, tables=None: contextlib.nullcontext())
        _write(tmp / "rows.db", seed, batches, extra=extra)
    batch, rows = _tables(tmp / "batch.db"), _tables(tmp / "rows.db")
    assert batch.keys() == rows.keys()
    for table in batch:
        assert batch[table] == rows[table], table
    assert triggers(tmp / "batch.db") == triggers(tmp / "rows.db")
    conn = sqlite3.connect(tmp / "batch.db")
    try:
        # the stored sums equal a recount from the child rows (written in test_stored_totals, not the migration's)
        for (table, column), recount in RECOUNTS.items():
            wrong = conn.execute(f"SELECT p.id FROM {table} p WHERE p.{column} != ({recount})").fetchall()
            assert wrong == [], (table, column)
        # the index finds exactly the rows whose text holds the words, for words taken from the rows themselves
        rng = random.Random(seed * 100 + keep)
        fts = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%\\_fts' ESCAPE '\\'")]
        assert fts, "no trigram index in this schema"
        for index in fts:
            table = index.removesuffix("_fts")
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            texts = [t for (t,) in conn.execute(f"SELECT search_text FROM {table}") if len(t) >= 3]
            for text in rng.sample(texts, min(3, len(texts))):
                start = rng.randrange(len(text) - 2)
                word = text[start : start + rng.randint(3, 8)]
                phrase = '"' + word.replace('"', '""') + '"'
                found = {r for (r,) in conn.execute(f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (phrase,))}
                expected = {r for (r,) in conn.execute(f"SELECT id FROM {table} WHERE instr(search_text, ?)", (word,))}
                assert found == expected, (index, word)
    finally:
        conn.close()


def test_every_trigger_of_the_schema_that_keeps_an_index_or_a_sum_is_done_per_batch(tmp_path):
    # Otherwise the batch path would quietly fall back to row by row (correct, slow: the 3 s of item 10 lost).
    db = open_database(tmp_path / "x.db")
    try:
        with db.read() as s:
            lifted = {t.name for t in batch_triggers.replayable(s)}
            every = {name for name, _table, sql in batch_triggers._triggers(s, "sql LIKE '%AFTER INSERT%'")}
    finally:
        db.dispose()
    assert lifted == every, (
        f"insert triggers a batch import still fires per row: {sorted(every - lifted)} (write them in a form "
        "storage/batch_triggers.py replays, or teach it the new form: the equivalence test above then proves it)"
    )
    assert any(n.endswith("_fts_insert") for n in lifted) and len(lifted) >= 20


@pytest.mark.parametrize(
    "body",
    [
        "UPDATE team SET member_total = member_total + (count) WHERE id = new.team_id",  # bare column: the parent's
        "UPDATE team SET member_total = member_total + ((SELECT 1)) WHERE id = new.team_id",
        "UPDATE team SET member_total = member_total + (old.count) WHERE id = new.team_id",
        "UPDATE team SET member_total = 3 WHERE id = new.team_id",
        "UPDATE team SET member_total = member_total + (new.count) WHERE id = new.team_id; SELECT 1",
        "INSERT INTO team_fts(rowid, search_text) VALUES (new.id, (SELECT max(id) FROM team))",
        "DELETE FROM team WHERE id = new.team_id",
    ],
)
def test_a_trigger_of_another_form_keeps_firing_row_by_row(body):
    sql = f"CREATE TRIGGER t AFTER INSERT ON team_member BEGIN {body}; END"
    assert batch_triggers._parse("t", "team_member", sql) is None
    assert batch_triggers._parse("t", "team_member", sql.replace(body, body.replace("new.team_id", "new.id"))) is None


def _stored(path: Path) -> tuple:
    return triggers(path), _tables(path)


def test_a_refusal_mid_write_leaves_rows_and_triggers_as_they_were(tmp_path, monkeypatch):
    first, second = _batches(2, 5, 6)
    _write(tmp_path / "x.db", 2, [first], extra=False)
    before = _stored(tmp_path / "x.db")
    calls = []
    real = bulk.bulk_insert

    def failing(s, actor, kind, *args, **kwargs):
        calls.append(kind.entity)
        if len(calls) == 3:  # after two tables written with their triggers lifted
            raise RuntimeError("disk gone")
        return real(s, actor, kind, *args, **kwargs)

    monkeypatch.setattr(bulk, "bulk_insert", failing)
    db = open_database(tmp_path / "x.db")
    try:
        with pytest.raises(RuntimeError, match="disk gone"), db.one_transaction():
            apply_import(db, "t", ImportBatch(source="test", records=second), default_catalogues())
    finally:
        db.dispose()
    assert len(calls) == 3
    assert _stored(tmp_path / "x.db") == before


def test_triggers_come_back_even_for_a_caller_that_swallows_the_error(tmp_path):
    db = open_database(tmp_path / "x.db")
    before = triggers(tmp_path / "x.db")
    try:
        with db.write() as s:
            with contextlib.suppress(ZeroDivisionError), batch_triggers.batch_inserts(s):
                inside = batch_triggers._triggers(s, "name LIKE '%fts_insert'")
                assert inside == []  # lifted while the block runs
                1 / 0  # noqa: B018
    finally:
        db.dispose()
    assert triggers(tmp_path / "x.db") == before


TEAM = (
    "INSERT INTO team (id, code, name, kind_code, formed_date, note, catalogue_version, created_at, updated_at, "
    "search_text) VALUES ({id}, 'T{id}', 'Đội', 'doi', '2026-01-01', '', '2026.3', '2026-01-01 00:00:00', "
    "'2026-01-01 00:00:00', 'doi {id}')"
)


@pytest.mark.parametrize(
    ("change", "refused"),
    [
        ("UPDATE team_member SET count = 9 WHERE id = 1", True),  # a share the sum reads
        ("UPDATE team_member SET team_id = 1 WHERE id = 1", True),  # which parent it counts for
        ("UPDATE team SET search_text = 'x' WHERE id = 2", True),  # what the index holds
        ("DELETE FROM team_member WHERE id = 1", True),
        ("UPDATE team SET note = 'ghi chú' WHERE id = 2", False),  # nothing a lifted trigger reads
        ("UPDATE team SET search_text = 'x' WHERE id = 1", False),  # a row from before the batch
        (TEAM.format(id=0), True),  # below the largest rowid: the batch would not see it
    ],
)
def test_inside_the_batch_a_row_it_added_changes_only_where_no_lifted_trigger_reads(tmp_path, change, refused):
    db = open_database(tmp_path / "x.db")
    try:
        with db.write() as s:
            s.connection().exec_driver_sql(TEAM.format(id=1))
        with contextlib.ExitStack() as stack:
            if refused:
                stack.enter_context(pytest.raises(Exception, match="batch"))
            with db.write() as s, batch_triggers.batch_inserts(s, {"team", "team_member"}):
                conn = s.connection()
                conn.exec_driver_sql(TEAM.format(id=2))
                conn.exec_driver_sql("INSERT INTO team_member (id, team_id, role_code, count) VALUES (1, 2, 'a', 4)")
                conn.exec_driver_sql(change)
        with db.read() as s:
            totals = s.connection().exec_driver_sql("SELECT id, member_total FROM team ORDER BY id").all()
            found = s.connection().exec_driver_sql("SELECT rowid FROM team_fts WHERE team_fts MATCH 'doi'").all()
    finally:
        db.dispose()
    assert [tuple(r) for r in totals] == ([(1, 0)] if refused else [(1, 0), (2, 4)])
    assert len(found) == (1 if refused else 2 if "id = 1" not in change else 1)


KILL = """
import os, sys
from commune_desk.storage.repos import bulk
from commune_desk.storage.database import open_database
from tests.records.test_batch_triggers import _batches, default_catalogues, ImportBatch
real = bulk.bulk_insert
done = []
def dying(*args, **kwargs):
    result = real(*args, **kwargs)
    done.append(1)
    if len(done) == 2:
        os._exit(9)   # killed with the triggers dropped and rows written, before the commit
    return result
bulk.bulk_insert = dying
db = open_database(sys.argv[1])
bulk.apply_import(db, "t", ImportBatch(source="test", records=_batches(2, 5, 6)[1]), default_catalogues())
"""


def test_a_killed_import_leaves_rows_and_triggers_as_they_were(tmp_path):
    first, _second = _batches(2, 5, 6)
    _write(tmp_path / "x.db", 2, [first], extra=False)
    before = _stored(tmp_path / "x.db")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", KILL, str(tmp_path / "x.db")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == 9, done.stderr
    assert _stored(tmp_path / "x.db") == before


def _scratch(nullable: bool):
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine("sqlite://")
    s = Session(engine)
    conn = s.connection()
    conn.exec_driver_sql(
        f"CREATE TABLE p (id INTEGER PRIMARY KEY, total INTEGER {'' if nullable else 'NOT NULL'} DEFAULT 0)"
    )
    conn.exec_driver_sql("CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER, share INTEGER)")
    conn.exec_driver_sql(
        "CREATE TRIGGER c_total AFTER INSERT ON c BEGIN "
        "UPDATE p SET total = total + (new.share * 2) WHERE id = new.pid; END"
    )
    conn.exec_driver_sql("INSERT INTO p (id) VALUES (1), (2), (3)")
    return s


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(st.sampled_from([None, 1, 2, 3, 9]), st.none() | st.integers(-5, 5)), max_size=8),
    nullable=st.booleans(),
)
def test_a_sum_ends_as_row_by_row_triggers_end_it_null_shares_included(rows, nullable):
    outcomes = []
    for batched in (False, True):
        s = _scratch(nullable)
        conn = s.connection()
        try:
            with batch_triggers.batch_inserts(s) if batched else contextlib.nullcontext():
                conn.exec_driver_sql("INSERT INTO c (pid, share) VALUES (?, ?)", rows) if rows else None
            outcomes.append(conn.exec_driver_sql("SELECT id, total FROM p ORDER BY id").all())
        except Exception as exc:  # noqa: BLE001 - the same refusal either way
            outcomes.append(type(exc.orig if hasattr(exc, "orig") else exc).__name__)
        finally:
            s.close()
    assert outcomes[0] == outcomes[1]
