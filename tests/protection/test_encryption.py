"""Encryption at rest: no plaintext on disk, wrong passwords open nothing, re-key/encrypt/recovery keep all data."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from commune_desk.storage import errors, keys
from commune_desk.storage.backup import _counts, write_backup
from commune_desk.storage.database import open_database

from .helpers import NEW_PASSWORD, PASSWORD, add_sensitive, leaks, titles


def _plain_with_records(path: Path) -> list[str]:
    db = open_database(path)
    try:
        add_sensitive(db)
        return titles(db)
    finally:
        db.dispose()


def test_plain_database_does_show_the_marker(tmp_path):
    # The scan itself must be able to fail: an unprotected database holds the marker in clear.
    path = tmp_path / "plain.db"
    _plain_with_records(path)
    assert leaks(path)


@pytest.mark.parametrize("mode", ["password", "key-file"])
def test_no_plaintext_in_db_wal_backup_or_log(tmp_path, mode):
    from commune_desk.logging_setup import setup_logging, teardown_logging

    log_file = setup_logging(logging.DEBUG, folder=tmp_path / "logs")
    try:
        path = tmp_path / "secret.db"
        if mode == "password":
            open_database(path, PASSWORD).dispose()
        else:
            open_database(path).dispose()
            keys.encrypt_plain_database(path, PASSWORD)
        db = open_database(path, PASSWORD)
        try:
            logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # even a careless echo must not leak
            add_sensitive(db)
            wal = Path(str(path) + "-wal")
            assert wal.exists() and wal.stat().st_size > 0
            assert leaks(wal) == []
            backup = write_backup(db, tmp_path / "backups" / "b.db")
            assert leaks(backup) == []
            assert titles(db)[0].startswith("Gặp Nguyễn Thị Bí Mật")
            logging.getLogger("commune_desk.test").info("saved %s", {"title": titles(db)[0], "id_number":
                                                                     "079123456789"})
        finally:
            db.dispose()
            logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"
        assert leaks(path) == []
        logging.shutdown()
        text = log_file.read_text(encoding="utf-8")
        assert "saved" in text  # the event was logged ...
        assert leaks(log_file) == []  # ... without its contents
    finally:
        teardown_logging()


@pytest.mark.parametrize("mode", ["password", "key-file"])
def test_wrong_or_missing_password_opens_nothing(tmp_path, mode):
    path = tmp_path / "secret.db"
    if mode == "password":
        open_database(path, PASSWORD).dispose()
    else:
        _plain_with_records(path)
        keys.encrypt_plain_database(path, PASSWORD)
    with pytest.raises(errors.WrongPassword):
        open_database(path, "not the password")
    with pytest.raises(errors.PasswordRequired):
        open_database(path)
    with pytest.raises(errors.WrongPassword):
        open_database(path, PASSWORD.upper())


def test_password_change_rekeys_and_keeps_everything(tmp_path):
    path = tmp_path / "secret.db"
    db = open_database(path, PASSWORD)
    add_sensitive(db, 5)
    before, before_titles = _counts(db), titles(db)
    db.dispose()
    assert keys.change_password(path, PASSWORD, NEW_PASSWORD) is None
    with pytest.raises(errors.WrongPassword):
        open_database(path, PASSWORD)
    db = open_database(path, NEW_PASSWORD)
    try:
        assert _counts(db) == before and titles(db) == before_titles
    finally:
        db.dispose()
    assert keys.protection(path).mode == "password"


def test_password_change_with_key_file_rotates_key_and_recovery(tmp_path):
    path = tmp_path / "secret.db"
    expected = _plain_with_records(path)
    keys.encrypt_plain_database(path, PASSWORD)
    recovery = keys.create_recovery_key(path, PASSWORD)
    old_file = keys.key_file_path(path).read_bytes()
    new_recovery = keys.change_password(path, PASSWORD, NEW_PASSWORD)
    assert new_recovery and new_recovery != recovery
    assert keys.key_file_path(path).read_bytes() != old_file
    for stale in (PASSWORD, recovery):
        with pytest.raises(errors.WrongPassword):
            open_database(path, stale)
    for good in (NEW_PASSWORD, new_recovery):
        db = open_database(path, good)
        try:
            assert titles(db) == expected
        finally:
            db.dispose()
    # The old key file together with the old password no longer opens the re-keyed database.
    keys.key_file_path(path).write_bytes(old_file)
    with pytest.raises(errors.WrongPassword):
        open_database(path, PASSWORD)


def test_too_short_or_same_password_is_refused(tmp_path):
    from commune_desk.domain.errors import ValidationFailed

    path = tmp_path / "secret.db"
    open_database(path, PASSWORD).dispose()
    with pytest.raises(ValidationFailed, match="at least"):
        keys.change_password(path, PASSWORD, "short")
    with pytest.raises(ValidationFailed, match="same"):
        keys.change_password(path, PASSWORD, PASSWORD)
    with pytest.raises(errors.WrongPassword):
        keys.change_password(path, "wrong password!", NEW_PASSWORD)


def test_encrypt_plain_leaves_no_plaintext_file(tmp_path):
    path = tmp_path / "commune.db"
    expected = _plain_with_records(path)
    assert leaks(path)
    keys.encrypt_plain_database(path, PASSWORD)
    for name in os.listdir(tmp_path):
        assert leaks(tmp_path / name) == [], name
    assert sorted(os.listdir(tmp_path)) == ["commune.db", "commune.db.keys.json"]
    assert keys.protection(path).mode == "key-file"
    db = open_database(path, PASSWORD)
    try:
        assert titles(db) == expected
    finally:
        db.dispose()
    data = json.loads(keys.key_file_path(path).read_text())
    assert set(data["slots"]) == {"password"} and data["slots"]["password"]["kdf"] == "scrypt"


def test_encrypt_then_decrypt_round_trip(tmp_path):
    path = tmp_path / "commune.db"
    expected = _plain_with_records(path)
    keys.encrypt_plain_database(path, PASSWORD)
    keys.decrypt_database(path, PASSWORD)
    assert keys.protection(path).mode == "plain" and not keys.key_file_path(path).exists()
    db = open_database(path)
    try:
        assert titles(db) == expected
    finally:
        db.dispose()


def test_recovery_key_opens_a_password_database_and_is_normalised(tmp_path):
    path = tmp_path / "secret.db"
    db = open_database(path, PASSWORD)
    add_sensitive(db)
    expected = titles(db)
    db.dispose()
    recovery = keys.create_recovery_key(path, PASSWORD)
    assert len(recovery) == 29 and recovery.count("-") == 5
    assert keys.protection(path) == keys.Protection(True, "key-file", True)
    typed = recovery.lower().replace("-", " ")
    for secret in (PASSWORD, recovery, typed):
        db = open_database(path, secret)
        try:
            assert titles(db) == expected
        finally:
            db.dispose()
    # A forgotten password: sign in with the recovery key and set a new password.
    fresh = keys.change_password(path, recovery, NEW_PASSWORD)
    assert fresh is not None
    with pytest.raises(errors.WrongPassword):
        open_database(path, recovery)
    open_database(path, NEW_PASSWORD).dispose()


def test_key_file_damaged_or_missing_means_no_access(tmp_path):
    path = tmp_path / "secret.db"
    _plain_with_records(path)
    keys.encrypt_plain_database(path, PASSWORD)
    kf = keys.key_file_path(path)
    good = kf.read_bytes()
    data = json.loads(good)
    blob = bytearray(data["slots"]["password"]["ciphertext"].encode())
    blob[5] = ord("A") if blob[5] != ord("A") else ord("B")
    data["slots"]["password"]["ciphertext"] = blob.decode()
    kf.write_text(json.dumps(data))
    with pytest.raises(errors.WrongPassword):
        open_database(path, PASSWORD)
    kf.unlink()
    with pytest.raises(errors.WrongPassword):
        open_database(path, PASSWORD)
    kf.write_bytes(good)
    open_database(path, PASSWORD).dispose()


def test_pending_key_file_from_an_interrupted_rekey_is_used_and_promoted(tmp_path):
    # Simulate a crash after the database was re-keyed but before the new key file replaced the old one.
    path = tmp_path / "secret.db"
    expected = _plain_with_records(path)
    keys.encrypt_plain_database(path, PASSWORD)
    db = open_database(path, PASSWORD)
    old_key = db.secret
    db.dispose()
    raw = keys.new_raw_key()
    keys.write_key_file(keys.pending_key_file_path(path), raw, NEW_PASSWORD)
    keys._rekey_in_place(path, old_key, raw)
    db = open_database(path, NEW_PASSWORD)
    try:
        assert titles(db) == expected
        assert db.key_file == keys.key_file_path(path)
    finally:
        db.dispose()
    assert not keys.pending_key_file_path(path).exists()


def test_backup_of_key_file_database_opens_with_password_and_restores(tmp_path):
    from commune_desk.storage.backup import inspect_backup, restore_backup

    path = tmp_path / "secret.db"
    _plain_with_records(path)
    keys.encrypt_plain_database(path, PASSWORD)
    db = open_database(path, PASSWORD)
    backup = write_backup(db, tmp_path / "copy" / "b.db")
    counts = _counts(db)
    db.dispose()
    assert keys.key_file_path(backup).exists() and leaks(backup) == []
    assert inspect_backup(backup, PASSWORD).counts == counts
    with pytest.raises(errors.WrongPassword):
        inspect_backup(backup, NEW_PASSWORD)
    keys.change_password(path, PASSWORD, NEW_PASSWORD)
    restore_backup(path, backup, PASSWORD, current_secret=NEW_PASSWORD)  # the backup's key file comes along: the old password opens it
    db = open_database(path, PASSWORD)
    try:
        assert _counts(db) == counts
    finally:
        db.dispose()


def test_cli_password_set_change_and_recovery_key(tmp_path, cli):
    path = tmp_path / "c.db"
    _plain_with_records(path)
    first, second = tmp_path / "p1.txt", tmp_path / "p2.txt"
    first.write_text(PASSWORD + "\n", encoding="utf-8")
    second.write_text(NEW_PASSWORD + "\n", encoding="utf-8")
    r = cli("password", "status", "--db", path)
    assert r.returncode == 0 and "unprotected" in r.stdout
    r = cli("password", "set", "--db", path, "--new-password-file", first)
    assert r.returncode == 0, r.stderr
    r = cli("password", "status", "--db", path)
    assert "encrypted" in r.stdout
    r = cli("recovery-key", "--db", path, "--db-password-file", first)
    assert r.returncode == 0, r.stderr
    recovery = next(line.strip() for line in r.stdout.splitlines() if line.startswith("    "))
    r = cli("password", "change", "--db", path, "--db-password-file", first, "--new-password-file", second)
    assert r.returncode == 0, r.stderr
    assert "RECOVERY KEY" in r.stdout and recovery not in r.stdout
    r = cli("password", "change", "--db", path, "--db-password-file", first, "--new-password-file", second)
    assert r.returncode == 2 and "password" in r.stderr.lower()
    r = cli("backup", str(tmp_path / "b.db"), "--db", path, "--db-password-file", second)
    assert r.returncode == 0, r.stderr
