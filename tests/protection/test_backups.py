"""Automatic rotating backups: naming, rotation, verification, second folder, encryption."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from commune_desk.services.protection import backups
from commune_desk.storage import keys
from commune_desk.storage.backup import _counts, inspect_backup
from commune_desk.storage.database import open_database

from .helpers import PASSWORD, add_sensitive, leaks


def test_rotation_keeps_the_newest_of_each_kind(db, tmp_path):
    add_sensitive(db, 1)
    start = datetime(2026, 11, 1, 17, 0, 0)
    policy = backups.BackupPolicy(keep_daily=3, keep_exit=4)
    for i in range(6):
        backups.backup_now(db, "exit", policy, now=start + timedelta(hours=i))
        backups.backup_now(db, "daily", policy, now=start + timedelta(days=i))
    backups.backup_now(db, "manual", policy, now=start)
    exits = backups.list_backups(db.path, kinds=("exit",))
    dailies = backups.list_backups(db.path, kinds=("daily",))
    assert [e.when.hour for e in exits] == [22, 21, 20, 19]
    assert [e.when.day for e in dailies] == [6, 5, 4]
    assert len(backups.list_backups(db.path, kinds=("manual",))) == 1
    files = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(files) == 16 and sum(name.endswith(".seal") for name in files) == 8   # each kept one has its seal


def test_backup_names_and_same_second_collisions(db):
    now = datetime(2026, 11, 20, 8, 30, 5)
    a = backups.backup_now(db, "exit", now=now).written[0]
    b = backups.backup_now(db, "exit", now=now).written[0]
    assert a.name == "test.exit-20261120-083005.db"
    assert b.name == "test.exit-20261120-083005-2.db"


def test_each_backup_is_verified_and_holds_the_same_counts(db):
    add_sensitive(db, 4)
    run = backups.backup_now(db, "daily")
    assert run.ok
    summary = inspect_backup(run.written[0], None)
    assert summary.integrity == "ok" and summary.counts == _counts(db)


def test_daily_backup_only_once_a_day(db):
    day = datetime(2026, 11, 20, 9, 0)
    assert backups.daily_backup_if_due(db, now=day) is not None
    assert backups.daily_backup_if_due(db, now=day.replace(hour=17)) is None
    assert backups.daily_backup_if_due(db, now=day + timedelta(days=1)) is not None


def test_on_exit_also_writes_the_daily_when_due(db):
    run = backups.backup_on_exit(db, now=datetime(2026, 11, 20, 17, 0))
    assert sorted(p.name.split(".")[1].split("-")[0] for p in run.written) == ["daily", "exit"]


def test_second_folder_gets_a_copy_and_its_absence_is_only_a_warning(db, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    policy = backups.BackupPolicy(second_folder=stick, keep_exit=2)
    for minute in range(3):
        run = backups.backup_now(db, "exit", policy, now=datetime(2026, 11, 20, 17, minute))
        assert len(run.written) == 2 and run.ok
    assert len(list(stick.iterdir())) == 4   # two backups and their seals
    gone = backups.BackupPolicy(second_folder=tmp_path / "pulled-out")
    run = backups.backup_now(db, "exit", gone, now=datetime(2026, 11, 20, 18, 0))
    assert len(run.written) == 1 and not run.ok
    assert "USB" in run.problems[0]


def test_second_folder_setting_is_stored_in_the_database(db, tmp_path):
    backups.save_second_folder(db, tmp_path / "usb", "tester")
    assert backups.load_policy(db).second_folder == tmp_path / "usb"
    backups.save_second_folder(db, None, "tester")
    assert backups.load_policy(db).second_folder is None


@pytest.mark.parametrize("mode", ["password", "key-file"])
def test_backups_of_an_encrypted_database_are_encrypted_and_rotate_their_key_files(tmp_path, mode):
    path = tmp_path / "secret.db"
    if mode == "password":
        db = open_database(path, PASSWORD)
    else:
        open_database(path).dispose()
        keys.encrypt_plain_database(path, PASSWORD)
        db = open_database(path, PASSWORD)
    try:
        add_sensitive(db, 2)
        policy = backups.BackupPolicy(keep_exit=1)
        for minute in range(3):
            run = backups.backup_now(db, "exit", policy, now=datetime(2026, 11, 20, 17, minute))
        backup = run.written[0]
        assert leaks(backup) == []
        assert inspect_backup(backup, PASSWORD).counts == _counts(db)
        names = sorted(p.name for p in (tmp_path / "backups").iterdir())
        expected = ["secret.exit-20261120-170200.db", "secret.exit-20261120-170200.db.seal"]
        if mode == "key-file":
            expected.append("secret.exit-20261120-170200.db.keys.json")
        assert names == sorted(expected)
    finally:
        db.dispose()
