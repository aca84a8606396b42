"""The storage factory: pragmas, migrations (fresh and from the stored first schema), refusals, backup/restore."""

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from commune_desk.domain.errors import Locked, ValidationFailed
from commune_desk.domain.period_state import SIGNED, PeriodState
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.storage import errors, schema
from commune_desk.storage.backup import inspect_backup, restore_backup, write_backup
from commune_desk.storage.database import integrity_ok, open_database, read_revision
from commune_desk.storage.period_repo import PeriodStateRepository
from commune_desk.storage.repos.listing import ListFilter, restore_deleted
from tests.propaganda import propaganda_repo, totals

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _rec(**kw):
    base = dict(activity_date=date(2026, 5, 4), form_code="hoi_nghi", title="Hội nghị tuyên truyền tại Thôn Đông",
                participants=50, materials=10)
    base.update(kw)
    return PropagandaActivity(**base)


def test_pragmas_are_set_on_every_connection(db):
    with db.write_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    with db.read_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # 64 MiB of pages per connection (in KiB when negative): a list's search index at 100,000 records stays
        # in memory between filter changes instead of being re-read (and, encrypted, re-decrypted) every time
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -65536


def test_fresh_database_is_at_head(db):
    assert read_revision(db.read_engine) == schema.HEAD
    assert integrity_ok(db)


def test_schema_constant_matches_alembic_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(schema.__file__).parent / "migrations"))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [schema.HEAD]
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == schema.REVISIONS


def test_first_schema_fixture_upgrades_with_backup_and_keeps_records(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema_0001.db", path)
    db = open_database(path)
    try:
        assert read_revision(db.read_engine) == schema.HEAD
        count, participants, _materials = totals(db)
        assert count == 190 and participants == 13095
        if schema.HEAD != "0001":
            assert db.backup_made is not None and db.backup_made.exists()
            assert inspect_backup(db.backup_made, None).revision == "0001"
        assert integrity_ok(db)
    finally:
        db.dispose()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    db = open_database(db_path)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(errors.SchemaTooNew):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_not_taken_over(tmp_path):
    import sqlite3  # building a foreign file for the test, not opening a project database

    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(errors.NotADatabase):
        open_database(path)


def test_random_bytes_are_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(errors.PasswordRequired):
        open_database(path)  # could be an encrypted database: ask for a password
    with pytest.raises(errors.WrongPassword):
        open_database(path, "x")


def test_encrypted_database_needs_its_password(tmp_path):
    path = tmp_path / "enc.db"
    db = open_database(path, "mật khẩu đúng")
    propaganda_repo(db, "t").add(_rec(title="Bí mật Thôn Đông"))
    db.dispose()
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    assert "Bí mật".encode() not in path.read_bytes()
    with pytest.raises(errors.PasswordRequired):
        open_database(path)
    with pytest.raises(errors.WrongPassword):
        open_database(path, "sai")
    db = open_database(path, "mật khẩu đúng")
    assert totals(db)[0] == 1
    db.dispose()


def test_plain_database_refuses_a_password(db_path):
    open_database(db_path).dispose()
    with pytest.raises(errors.NotEncrypted):
        open_database(db_path, "x")


def test_missing_file_without_create(tmp_path):
    with pytest.raises(errors.DatabaseUnavailable):
        open_database(tmp_path / "nope.db", create=False)


def test_backup_and_restore_round_trip(db, db_path, tmp_path):
    repo = propaganda_repo(db, "t")
    repo.add(_rec())
    dest = write_backup(db, tmp_path / "b" / "copy.db")
    repo.add(_rec(title="Sau khi sao lưu"))
    assert totals(db)[0] == 2
    summary = inspect_backup(dest, None)
    assert summary.counts["propaganda_activity"] == 1 and summary.integrity == "ok"
    db.dispose()
    saved = restore_backup(db_path, dest, None)
    assert saved is not None and saved.exists()
    db2 = open_database(db_path)
    try:
        assert totals(db2)[0] == 1
    finally:
        db2.dispose()
    assert inspect_backup(saved, None).counts["propaganda_activity"] == 2  # nothing lost: the old state is kept


def test_validation_names_fields_and_changes_nothing(db):
    repo = propaganda_repo(db, "t", today=lambda: date(2026, 6, 1))
    with pytest.raises(ValidationFailed) as info:
        repo.add(_rec(title=" ", participants=-1, activity_date=date(2027, 1, 1), unit_code="X9"))
    wheres = {p.where for p in info.value.problems}
    assert wheres == {"title", "participants", "activity_date", "unit_code"}
    assert totals(db)[0] == 0


def test_search_folds_diacritics_and_filters(db):
    repo = propaganda_repo(db, "t")
    repo.add(_rec())
    repo.add(_rec(title="Loa phát thanh xóm Bắc", form_code="loa", participants=0, activity_date=date(2026, 8, 1)))
    assert totals(db, ListFilter(text="thon dong"))[0] == 1
    assert totals(db, ListFilter(text="BAC"))[0] == 1
    assert totals(db, ListFilter(date_from=date(2026, 7, 1)))[0] == 1
    assert totals(db, ListFilter(kind_code="hoi_nghi"))[1] == 50
    assert totals(db, ListFilter(text="100%"))[0] == 0  # LIKE wildcards are escaped


def test_signed_period_locks_records_inside_its_window_only(db):
    repo = propaganda_repo(db, "t")
    inside = repo.add(_rec(activity_date=date(2026, 8, 10)))
    outside = repo.add(_rec(activity_date=date(2026, 10, 2)))
    PeriodStateRepository(db, "t").set(PeriodState("2026-Q3", SIGNED, 1, "ab" * 32, date(2026, 7, 1),
                                                   date(2026, 9, 30)))
    with pytest.raises(Locked):
        repo.update(_rec(id=inside.id, activity_date=date(2026, 8, 10), participants=1))
    with pytest.raises(Locked):
        repo.delete(inside.id)
    with pytest.raises(Locked):  # moving a record into a signed window is refused too
        repo.update(_rec(id=outside.id, activity_date=date(2026, 9, 1)))
    with pytest.raises(Locked):
        repo.add(_rec(activity_date=date(2026, 9, 30)))
    repo.update(_rec(id=outside.id, activity_date=date(2026, 10, 3), participants=7))
    assert repo.get(outside.id).participants == 7


def test_delete_can_be_undone_under_the_same_id(db):
    repo = propaganda_repo(db, "t")
    rec = repo.add(_rec())
    gone = repo.delete(rec.id)
    assert totals(db)[0] == 0
    back = restore_deleted(db, "t", repo.kind, gone, repo.catalogues)
    assert back.id == rec.id and repo.get(rec.id).title == rec.title
