"""Restoring a backup: the guard, the seal, the instance lock, then storage's verified swap.

A backup comes back from a USB stick like any other incoming file: it passes the guard (a regular file, whole
pages, not too large), its seal is checked (a changed byte is refused; an unsealed backup needs `unverified`), and
the database it replaces must not be open in a window (the instance lock), or a write the window confirmed
afterwards would be lost.
"""

from __future__ import annotations

import os
from pathlib import Path

from commune_desk.domain.errors import ExpectedError


class UnverifiedBackup(ExpectedError):
    """The backup carries no seal this database can check; restoring it needs an explicit choice."""


def check_backup(
    db_path: os.PathLike | str, source: os.PathLike | str, *, unverified: bool = False, secret: str | None = None
):
    """Guard + format + seal for `source` about to replace `db_path`; returns the SealCheck (BackupTampered on a
    mismatch). A file that is no backup at all is told so before its missing seal (`secret`: the password the
    backup would open with)."""
    from commune_desk.services.safe_input import BACKUP, check_backup_file
    from commune_desk.storage.backup import check_backup_format
    from commune_desk.storage.backup_seal import check_seal
    from commune_desk.storage.keys import key_file_path

    source = check_backup_file(source, max_bytes=BACKUP.max_file_bytes)
    check_backup_format(source, secret)
    keys = key_file_path(source)
    check = check_seal(db_path, source, keys if keys.exists() else None)
    if not check.verified and not unverified:
        raise UnverifiedBackup(
            f"{source.name}: {check.reason}; restore it only if you are sure where it comes from: add --unverified"
        )
    return check


def preview_backup(
    db_path: os.PathLike | str, source: os.PathLike | str, secret: str | None, *, unverified: bool = False
):
    """(BackupSummary, SealCheck) of a backup, after the guard and the seal check; nothing is changed."""
    from commune_desk.storage.backup import inspect_backup

    check = check_backup(db_path, source, unverified=unverified, secret=secret)
    return inspect_backup(source, secret), check


def restore(
    db_path: os.PathLike | str,
    source: os.PathLike | str,
    secret: str | None,
    *,
    current_secret: str | None = None,
    unverified: bool = False,
    take_lock: bool = True,
) -> Path | None:
    """Replace the database with the checked backup; the current file is kept aside first (returns where).

    `take_lock`: hold the database's instance lock meanwhile (the command line); a window restoring its own
    database already holds it and passes False.
    """
    from commune_desk.storage.backup import restore_backup
    from commune_desk.storage.instance_lock import InstanceLock

    check_backup(db_path, source, unverified=unverified, secret=secret)
    if not take_lock:
        return restore_backup(db_path, source, secret, current_secret=current_secret)
    with InstanceLock(db_path, purpose="restore"):
        check_backup(
            db_path, source, unverified=unverified, secret=secret
        )  # again, under the lock: the stick may have changed
        return restore_backup(db_path, source, secret, current_secret=current_secret)
