"""Faults: full disk, read-only or vanished folder, locked database, second instance — clear message, no loss."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from commune_desk.domain.errors import ExpectedError
from commune_desk.storage import errors, files
from commune_desk.storage.backup import _counts, write_backup
from commune_desk.storage.database import open_database
from commune_desk.storage.instance_lock import AlreadyOpen, InstanceLock, lock_path_for

from .helpers import add_sensitive


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_enospc_in_the_middle_of_a_write_leaves_no_partial_file(tmp_path):
    dest = tmp_path / "report.docx"
    dest.write_bytes(b"the previous, complete report")

    def writer(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            fh.write(b"half of the new rep")
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(files.FileWriteFailed, match="disk is full") as info:
        files.write_with(dest, writer)
    assert isinstance(info.value, ExpectedError)
    assert "report.docx" in str(info.value)
    assert dest.read_bytes() == b"the previous, complete report"
    assert _leftovers(tmp_path) == []


def test_enospc_at_fsync_of_a_new_file_leaves_nothing(tmp_path, monkeypatch):
    def no_space(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(files.FileWriteFailed, match="disk is full"):
        files.write_bytes_atomic(tmp_path / "new.json", b"{}")
    assert list(tmp_path.iterdir()) == []


def test_enospc_during_backup_keeps_database_and_leaves_no_partial_backup(db, tmp_path, monkeypatch):
    add_sensitive(db, 2)
    before = _counts(db)
    real_fsync = os.fsync
    calls = {"n": 0}

    def fail_first_file_fsync(fd):
        calls["n"] += 1
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", fail_first_file_fsync)
    folder = tmp_path / "backups"
    with pytest.raises(files.FileWriteFailed, match="disk is full"):
        write_backup(db, folder / "b.db")
    monkeypatch.setattr(files.os, "fsync", real_fsync)
    assert calls["n"] >= 1
    assert not folder.exists()  # not even the folder the backup made for itself is left
    assert _counts(db) == before


def test_full_disk_reported_by_sqlite_is_an_expected_error(db, tmp_path):
    # SQLite's own "database or disk is full" (what VACUUM INTO raises on a full stick) maps to a clear message.
    mapped = errors.classify(Exception("database or disk is full"))
    assert isinstance(mapped, errors.DatabaseUnavailable) and "full" in str(mapped)


def test_read_only_or_vanished_folder_gives_a_clear_message(tmp_path, monkeypatch):
    dest = tmp_path / "out.xlsx"
    real_replace = os.replace

    def read_only(src, dst):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.os, "replace", read_only)
    with pytest.raises(files.FileWriteFailed, match="read-only"):
        files.write_bytes_atomic(dest, b"x")
    monkeypatch.setattr(files.os, "replace", real_replace)
    assert not dest.exists() and _leftovers(tmp_path) == []
    (tmp_path / "not-a-folder").write_bytes(b"")  # the target folder cannot be made: a clear message too
    with pytest.raises(files.FileWriteFailed, match=r"cannot write .*x\.bin"):
        files.write_bytes_atomic(tmp_path / "not-a-folder" / "x.bin", b"x")


def test_vanished_database_is_a_clear_message(tmp_path):
    with pytest.raises(errors.DatabaseUnavailable, match="does not exist"):
        open_database(tmp_path / "stick" / "gone.db", create=False)


def test_locked_database_gives_a_clear_message_and_loses_nothing(db_path, monkeypatch):
    from sqlalchemy import text

    from commune_desk.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    first = open_database(db_path)
    other = open_database(db_path)
    try:
        add_sensitive(first, 1)
        started = time.monotonic()
        with other.write() as holder:  # another program holds the write lock longer than the busy timeout
            holder.execute(text("INSERT INTO setting(key, value) VALUES ('holder', 'x')"))
            with pytest.raises(errors.DatabaseUnavailable, match="in use by another program"):
                add_sensitive(first, 1)
        assert time.monotonic() - started < 5
        assert _counts(first)["propaganda_activity"] == 1
        add_sensitive(first, 1)  # once released, writing works again
        assert _counts(first)["propaganda_activity"] == 2
    finally:
        first.dispose()
        other.dispose()


def test_second_instance_in_another_process_gets_a_clear_message(tmp_path):
    db_path = tmp_path / "c.db"
    code = textwrap.dedent(f"""
        import sys, time
        from commune_desk.storage.instance_lock import InstanceLock
        lock = InstanceLock({str(db_path)!r}).acquire()
        print("locked", flush=True)
        sys.stdin.readline()
    """)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    with subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                          env=env) as child:
        try:
            assert child.stdout.readline().strip() == "locked"
            with pytest.raises(AlreadyOpen,
                               match=rf"c\.db is already open in another CommuneDesk \(process {child.pid}"):
                InstanceLock(db_path).acquire()
            child.kill()  # killed, not closed: the operating system drops its lock
            child.wait(10)
            assert lock_path_for(db_path).exists()  # a stale lock file stays behind ...
            with InstanceLock(db_path) as lock:  # ... and is simply taken over
                assert lock.held
            assert not lock_path_for(db_path).exists()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(10)


def test_instance_lock_in_the_same_process_and_release(tmp_path):
    first = InstanceLock(tmp_path / "c.db").acquire()
    with pytest.raises(AlreadyOpen):
        InstanceLock(tmp_path / "c.db").acquire()
    first.release()
    first.release()  # twice is harmless
    with InstanceLock(tmp_path / "c.db"):
        pass


def test_secure_delete_overwrites_before_unlinking(tmp_path, monkeypatch):
    path = tmp_path / "plain.db"
    path.write_bytes(b"Nguyen secret " * 1000)
    keep = tmp_path / "hardlink"
    os.link(path, keep)  # a second name lets us look at the inode after the unlink
    assert files.secure_delete(path) is True
    assert not path.exists() and keep.read_bytes() == bytes(14000)
    assert files.secure_delete(path) is False
