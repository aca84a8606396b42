"""Exit codes 0/1/2/3, no database by accident, sealed backups and a restore that respects the open window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from commune_desk.storage import errors

ROOT = Path(__file__).resolve().parents[2]


def _one_clear_line(r) -> str:
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr, r.stderr
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.fixture
def demo(cli, tmp_path):
    db = tmp_path / "c.db"
    r = cli("--db", db, "demo", "--seed", "5", "--year", "2026")
    assert r.returncode == 0, r.stderr
    return db


# ---- no database by accident ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["profile", "show"],
        ["records", "export", "x.xlsx"],
        ["backup", "b.db"],
        ["report", "2026-Q3", "--out", "out"],
        ["plan", "show"],
        ["records", "import", "x.xlsx"],
        ["password", "status"],
    ],
)
def test_a_mistyped_db_is_refused_and_nothing_is_created(cli, tmp_path, args):
    db = tmp_path / "typo" / "comune.db"
    r = cli("--db", db, *args, cwd=tmp_path)
    if args == ["password", "status"]:  # says "no database", changes nothing
        assert r.returncode == 0 and "no database" in r.stdout
    else:
        assert r.returncode == 2, r.stdout + r.stderr
        assert "no database at" in _one_clear_line(r) or "no such file" in r.stderr
    assert not db.exists() and not db.parent.exists()


@pytest.mark.parametrize("where", ["folder", "devnull", "under a file"])
def test_a_db_that_is_no_database_file_gives_one_line_and_exit_2(cli, tmp_path, where):
    if where == "folder":
        db = tmp_path / "folder.db"
        db.mkdir()
    elif where == "devnull":
        db = Path(os.devnull)
    else:
        (tmp_path / "file").write_text("x")
        db = tmp_path / "file" / "c.db"
    for args in (["profile", "show"], ["demo"]):
        r = cli("--db", db, *args)
        assert r.returncode == 2, r.stdout + r.stderr
        _one_clear_line(r)


def test_bad_arguments_exit_2(cli, demo, tmp_path):
    (tmp_path / "afile").write_text("x")
    for args in (
        ["demo", "--year", "-5"],
        ["demo", "--year", "99999", "--force"],
        ["report", "2026-Q3", "--out", tmp_path / "afile"],
    ):
        r = cli("--db", demo, *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
    assert cli("--db", demo, "profile", "show").returncode == 0  # still the demo, untouched


# ---- a bug exits 3, its traceback only in the log --------------------------------------------------------------
def test_an_unexpected_failure_exits_3_with_the_log_path_and_no_traceback(tmp_path):
    home = tmp_path / "home"
    code = (
        "import sys; import commune_desk.commands.profile_cmd as m\n"
        "def boom(args, ctx):\n    raise ZeroDivisionError('079123456789 secret detail')\n"
        "m.show = boom\nfrom commune_desk.cli import main\nsys.exit(main(['profile', 'show', '--db', sys.argv[1]]))"
    )
    db = tmp_path / "x.db"
    sqlite3.connect(db).close()
    r = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, COMMUNE_DESK_HOME=str(home), PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert r.returncode == 3
    line = _one_clear_line(r)
    assert "ZeroDivisionError" in line and "not in your input" in line
    log = home / "logs" / "commune_desk.log"
    assert str(log) in line
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "boom" in text and "079123456789" not in text  # redacted


# ---- SQLite errors by result code ------------------------------------------------------------------------------
def test_driver_errors_are_classified_by_code(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        sqlite3.connect(junk).execute("select * from sqlite_master").fetchall()
    assert isinstance(errors.classify(notadb.value), errors.NotADatabase)
    with pytest.raises(sqlite3.OperationalError) as cantopen:
        sqlite3.connect(tmp_path / "nope" / "x.db")
    assert "cannot be opened" in str(errors.classify(cantopen.value))
    ro = tmp_path / "ro.db"
    sqlite3.connect(ro).execute("create table t(x)").connection.commit()
    with pytest.raises(sqlite3.OperationalError) as readonly:
        conn = sqlite3.connect(f"file:{ro}?mode=ro", uri=True)
        conn.execute("insert into t values (1)")
    assert "read-only" in str(errors.classify(readonly.value))
    busy = sqlite3.connect(ro, timeout=0)
    holder = sqlite3.connect(ro, isolation_level=None)
    holder.execute("begin exclusive")
    with pytest.raises(sqlite3.OperationalError) as locked:
        busy.execute("insert into t values (2)")
    holder.execute("rollback")
    assert "in use by another program" in str(errors.classify(locked.value))
    assert errors.classify(ValueError("database disk image is malformed")) is not None  # no code: fixed texts
    assert errors.classify(ValueError("something else")) is None


def test_a_damaged_database_says_restore_a_backup(cli, demo):
    data = bytearray(demo.read_bytes())
    page = 4096
    for at in range(page * 3, min(len(data), page * 12)):  # trash pages holding tables and indexes
        data[at] = 0x5A
    demo.write_bytes(bytes(data))
    r = cli("--db", demo, "records", "export", demo.with_suffix(".xlsx"))
    assert r.returncode == 2, r.stdout + r.stderr
    assert "damaged" in _one_clear_line(r) and "backup" in r.stderr


# ---- backups: no overwrite by accident, other databases' key files untouched -----------------------------------
def test_backup_refuses_an_existing_file_unless_overwrite(cli, demo, tmp_path):
    dest = tmp_path / "b.db"
    assert cli("--db", demo, "backup", dest).returncode == 0
    assert (tmp_path / "b.db.seal").is_file()
    r = cli("--db", demo, "backup", dest)
    assert r.returncode == 2 and "exists already" in _one_clear_line(r)
    assert cli("--db", demo, "backup", dest, "--overwrite").returncode == 0


def test_backup_never_replaces_another_encrypted_database(cli, demo, tmp_path):
    from commune_desk.storage.database import open_database
    from commune_desk.storage.keys import encrypt_plain_database, key_file_path

    other = tmp_path / "other.db"
    open_database(other).dispose()
    encrypt_plain_database(other, "mật khẩu đủ dài 9")
    before, keys_before = other.read_bytes(), key_file_path(other).read_bytes()
    for extra in ([], ["--overwrite"]):
        r = cli("--db", demo, "backup", other, *extra)
        assert r.returncode == 2, r.stdout
        _one_clear_line(r)
    assert other.read_bytes() == before and key_file_path(other).read_bytes() == keys_before


# ---- restore: the guard, the seal, the lock --------------------------------------------------------------------
def test_a_tampered_plain_backup_is_refused(cli, demo, tmp_path):
    backup = tmp_path / "b.db"
    assert cli("--db", demo, "backup", backup).returncode == 0
    data = bytearray(backup.read_bytes())
    at = data.find("Tổ dân phố".encode()) if "Tổ dân phố".encode() in data else data.find(b"demo")
    assert at > 0
    data[at] ^= 0x01  # one changed byte: SQLite's integrity_check would not see it
    backup.write_bytes(bytes(data))
    before = demo.read_bytes()
    r = cli("--db", demo, "restore", backup)
    assert r.returncode == 2
    assert "changed after it was written" in _one_clear_line(r)
    r = cli("--db", demo, "restore", backup, "--unverified")
    assert r.returncode == 2 and "changed after it was written" in r.stderr
    assert demo.read_bytes() == before


def test_an_unsealed_backup_needs_unverified(cli, demo, tmp_path):
    backup = tmp_path / "b.db"
    assert cli("--db", demo, "backup", backup).returncode == 0
    (tmp_path / "b.db.seal").unlink()
    r = cli("--db", demo, "restore", backup)
    assert r.returncode == 2 and "--unverified" in _one_clear_line(r)
    r = cli("--db", demo, "restore", backup, "--unverified")
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("kind", ["empty", "truncated", "directory", "garbage", "missing"])
def test_damaged_backups_exit_2_with_one_line(cli, demo, tmp_path, kind):
    backup = tmp_path / "b.db"
    assert cli("--db", demo, "backup", backup).returncode == 0
    data = backup.read_bytes()
    if kind == "empty":
        backup.write_bytes(b"")
    elif kind == "truncated":
        backup.write_bytes(data[: len(data) // 2 + 100])
    elif kind == "directory":
        backup.unlink()
        backup.mkdir()
    elif kind == "garbage":
        backup.write_bytes(data[:100] + os.urandom(len(data) - 100))
    else:
        backup.unlink()
    before = demo.read_bytes()
    r = cli("--db", demo, "restore", backup, "--unverified")
    assert r.returncode == 2, r.stdout + r.stderr
    _one_clear_line(r)
    assert demo.read_bytes() == before


def test_restore_refuses_while_a_window_has_the_database_open(cli, demo, tmp_path):
    from commune_desk.storage.instance_lock import InstanceLock

    backup = tmp_path / "b.db"
    assert cli("--db", demo, "backup", backup).returncode == 0
    before = demo.read_bytes()
    with InstanceLock(demo, purpose="window"):
        r = cli("--db", demo, "restore", backup)
    assert r.returncode == 2 and "already open" in _one_clear_line(r)
    assert demo.read_bytes() == before
    assert cli("--db", demo, "restore", backup).returncode == 0


def test_a_backup_failing_at_its_seal_leaves_the_old_backup_seal_and_key_as_they_were(demo, tmp_path, monkeypatch):
    """The backup, its seal (and key file) are one group: a failure (or a kill) between them never leaves a new
    backup beside an old seal, which would read as "changed after it was written"."""
    from commune_desk.storage import backup_seal
    from commune_desk.storage.backup import write_backup
    from commune_desk.storage.backup_seal import check_seal
    from sqlalchemy import text

    from commune_desk.storage.database import open_database
    from commune_desk.storage.files import FileWriteFailed

    dest = tmp_path / "b.db"
    db = open_database(demo, create=False)
    try:
        write_backup(db, dest)
        old, old_seal = dest.read_bytes(), (tmp_path / "b.db.seal").read_bytes()
        with db.write() as s:  # the next backup would differ
            s.execute(text("INSERT INTO setting (key, value) VALUES ('test.marker', 'x')"))

        def broken(*a, **k):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backup_seal, "_mac", broken)
        with pytest.raises(FileWriteFailed, match="the disk is full"):
            write_backup(db, dest, overwrite=True)
        assert dest.read_bytes() == old and (tmp_path / "b.db.seal").read_bytes() == old_seal
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.db")) == ["b.db", "b.db.seal"]
        monkeypatch.undo()
        assert check_seal(demo, dest).verified
    finally:
        db.dispose()


@pytest.mark.parametrize("size", [8192, 5000], ids=["whole-pages", "odd-size"])
def test_random_bytes_are_not_a_communedesk_backup(cli, demo, tmp_path, size):
    """A file of random bytes is told to be no CommuneDesk backup, with or without --unverified, never "a password
    is needed" nor "add --unverified" (which would send the officer after a password or a checksum it never had)."""
    junk = tmp_path / "sao-luu.db"
    junk.write_bytes(os.urandom(size))
    before = demo.read_bytes()
    for extra in ([], ["--unverified"]):
        r = cli("--db", demo, "restore", junk, *extra)
        assert r.returncode == 2, r.stdout + r.stderr
        line = _one_clear_line(r)
        assert "sao-luu.db" in line and "not a CommuneDesk backup" in line, line
        assert "password is needed" not in line and "--unverified" not in line, line
    said = cli("--db", demo, "restore", junk, "--lang", "vi")
    assert said.returncode == 2 and "không phải là bản sao lưu CommuneDesk" in _one_clear_line(said)
    assert demo.read_bytes() == before


def test_random_bytes_with_a_password_are_not_a_backup_either(tmp_path):
    from commune_desk.services.protection.restore import preview_backup

    junk = tmp_path / "b.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(errors.NotABackup, match="not a CommuneDesk backup, or not encrypted with this password"):
        preview_backup(tmp_path / "c.db", junk, "mật khẩu dài 2026", unverified=True)
