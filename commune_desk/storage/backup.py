"""Hot backup (VACUUM INTO under the same key, key file alongside), verification, and restore with a preview."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.paths import backup_dir_for
from commune_desk.storage import errors
from commune_desk.storage.files import atomic_path, atomic_paths, copy_atomic, fsync_dir, secure_delete

COUNTED_TABLES = ("setting", "residential_unit", "audit_log", "period_state", "propaganda_activity")


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, shown before a restore."""

    path: Path
    revision: str | None
    unit_name: str
    unit_code: str
    counts: dict
    integrity: str


def _counts(db) -> dict:
    out = {}
    with db.read_engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in sorted(tables):
            if table.startswith("sqlite_") or table == "alembic_version":
                continue
            out[table] = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
    return out


def _vacuum_into(db, target: Path, shown: Path | None = None) -> None:
    """VACUUM INTO `target` (a temporary name); a failure names `shown`, the file the user asked for."""
    raw = db.connect_raw()
    try:
        # VACUUM INTO keeps the SQLCipher key of the source connection and is consistent under WAL.
        raw.cursor().execute("VACUUM INTO ?", (str(target),))
    except Exception as exc:  # the driver's OperationalError: full disk, read-only folder, vanished medium
        mapped = errors.classify(exc)
        if mapped is not None:
            raise errors.DatabaseUnavailable(f"cannot write the backup {shown or target}: {mapped}") from exc
        raise
    finally:
        raw.close()


def verify_backup(db, backup: os.PathLike | str) -> BackupSummary:
    """Check that `backup` opens with the database's key, passes integrity_check and holds the same counts."""
    summary = inspect_backup(backup, db.secret)
    if summary.integrity != "ok":
        raise errors.StorageError(f"the backup failed its integrity check: {summary.integrity}")
    if summary.counts != _counts(db):
        raise errors.StorageError("the backup does not hold the same records as the database")
    return summary


def write_backup(db, dest: os.PathLike | str, *, verify: bool = True, overwrite: bool = True) -> Path:
    """Copy the open database to `dest` atomically, encrypted like the original; verify the copy when asked.

    A database whose key lives in a key file gets that file copied beside the backup (`<dest>.keys.json`):
    the backup then opens with the password that was valid when it was written. Every backup gets a seal
    (`<dest>.seal`, storage/backup_seal.py). An existing `dest` is replaced only with `overwrite`, and never when
    a key file beside it belongs to another database (it would be lost, and that database with it).
    """
    from commune_desk.storage.backup_seal import seal_bytes, seal_path
    from commune_desk.storage.keys import key_file_path

    dest = Path(dest).absolute()
    if dest == Path(db.path).absolute():
        raise errors.StorageError("a backup cannot replace the database itself")
    if dest.exists() or dest.is_symlink():
        if not overwrite:
            raise errors.StorageError(f"{dest} exists already; choose another name (or replace it with --overwrite)")
        if not dest.is_file() or dest.is_symlink():
            raise errors.StorageError(f"{dest} is a folder or a link, not a backup file; choose another name")
    if key_file_path(dest).exists() and not sealed_by(db.path, dest):
        raise errors.StorageError(f"{dest} has a key file beside it that belongs to another database; a backup "
                                  "there would make that database unreadable: choose another name")
    # The backup, its key file and its seal are renamed into place as one group (storage/files.atomic_paths):
    # a kill never leaves a new backup beside an old seal (which would read as "changed") or an old key file.
    keyed = db.key_file is not None
    dests = [dest, seal_path(dest)] + ([key_file_path(dest)] if keyed else [])
    if not keyed:
        key_file_path(dest).unlink(missing_ok=True)  # ours (checked above): a stale one from an older backup
    with atomic_paths(dests) as tmps:
        _vacuum_into(db, tmps[0], dest)
        if verify:
            verify_backup(db, tmps[0])
        if keyed:
            tmps[2].write_bytes(key_file_path(db.path).read_bytes())
        tmps[1].write_bytes(seal_bytes(db.path, tmps[0], tmps[2] if keyed else None, name=dest.name))
    return dest


def sealed_by(db_path: os.PathLike | str, backup: os.PathLike | str) -> bool:
    """True when `backup` carries a seal made with this database's backup key (an earlier backup of ours)."""
    from commune_desk.storage.backup_seal import BackupTampered, check_seal

    try:
        return check_seal(db_path, backup).state == "ok"
    except BackupTampered:
        return True   # sealed by our key, content changed since: still our backup file, safe to replace


def check_backup_format(path: os.PathLike | str, secret: str | None) -> None:
    """NotABackup when `path` cannot be a CommuneDesk backup without even trying a key: it is no plain database, no
    key file lies beside it (as beside a backup of a key-file database) and no password was given for one that was
    encrypted with the password itself. Random bytes are told so, not "a password is needed"."""
    from commune_desk.storage.database import is_plain_sqlite
    from commune_desk.storage.keys import key_file_path

    path = Path(path)
    if secret is None and not is_plain_sqlite(path) and not key_file_path(path).exists():
        raise errors.NotABackup.of(
            QT_TRANSLATE_NOOP(
                "Problems",
                "{name}: not a CommuneDesk backup: it is no database, and no key file ({keys}) lies beside it as "
                "beside an encrypted backup; if it is a backup encrypted with a password, give that password "
                "(--db-password-file)",
            ),
            name=path.name,
            keys=key_file_path(path).name,
        )


def inspect_backup(path: os.PathLike | str, secret: str | None) -> BackupSummary:
    """Open a backup read-only-ish (no migration) and say what it holds."""
    from commune_desk.storage.database import open_database, read_revision
    from commune_desk.storage.keys import key_file_path

    from sqlalchemy.exc import DatabaseError

    path = Path(path)
    if not path.exists():
        raise errors.DatabaseUnavailable(f"{path} does not exist")
    check_backup_format(path, secret)
    try:
        db = open_database(path, secret, create=False, migrate=False, allow_older=True)
    except errors.WrongPassword as exc:
        if key_file_path(path).exists():
            raise
        raise errors.NotABackup.of(
            QT_TRANSLATE_NOOP(
                "Problems",
                "{name}: not a CommuneDesk backup, or not encrypted with this password; use another backup or give "
                "the password it was made with",
            ),
            name=path.name,
        ) from exc
    except (errors.NotADatabase, errors.DatabaseDamaged) as exc:
        raise errors.NotADatabase(f"{path.name}: not a CommuneDesk backup, or damaged ({exc}); use another "
                                  "backup") from exc
    try:
        revision = read_revision(db.read_engine)
        with db.read_engine.connect() as conn:
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar()
            rows = {k: v for k, v in conn.exec_driver_sql(
                "SELECT key, value FROM setting WHERE key IN ('unit_name','unit_code')")}
        return BackupSummary(path, revision, rows.get("unit_name", ""), rows.get("unit_code", ""), _counts(db),
                             integrity)
    except (DatabaseError, errors.StorageError) as exc:   # a damaged page, a table missing: the backup's fault
        mapped = errors.classify(exc) if isinstance(exc, DatabaseError) else exc
        if isinstance(mapped, errors.DatabaseUnavailable):
            raise mapped from exc
        raise errors.DatabaseDamaged(f"{path.name}: the backup is damaged and cannot be read "
                                     f"({type(exc).__name__}); use another backup") from exc
    finally:
        db.dispose()


def default_backup_path(db_path: Path, label: str = "manual") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir_for(db_path) / f"{Path(db_path).stem}.{label}-{stamp}.db"


def restore_backup(db_path: os.PathLike | str, source: os.PathLike | str, secret: str | None, *,
                   current_secret: str | None = None) -> Path | None:
    """Replace the (closed) database at `db_path` with a verified backup; the current file is kept aside first.

    `secret` opens the backup (the password valid when it was written); `current_secret` opens the current
    database when that differs (default: the same). A current file that cannot be opened (damaged, unknown
    password) is kept aside as raw bytes. Returns where the previous database was saved (None when none).
    """
    from commune_desk.storage.keys import copy_key_file

    db_path = Path(db_path).absolute()
    summary = inspect_backup(source, secret)
    if summary.integrity != "ok":
        raise errors.StorageError(f"the backup failed its integrity check: {summary.integrity}")
    saved = None
    if db_path.exists():
        from commune_desk.storage.database import open_database

        aside = default_backup_path(db_path, "before-restore")
        try:
            current = open_database(db_path, secret if current_secret is None else current_secret, create=False,
                                    migrate=False, allow_older=True)
        except errors.StorageError:
            copy_key_file(db_path, aside)
            saved = copy_atomic(db_path, aside)
        else:
            try:
                saved = write_backup(current, aside, verify=False)
            finally:
                current.dispose()
    from commune_desk.storage.keys import key_file_path, pending_key_file_path, settle_key_file

    source_keys = key_file_path(source)
    pending = pending_key_file_path(db_path)
    if source_keys.exists():
        # The key file goes in first as "pending": open_database tries it if a crash cuts the swap short.
        copy_atomic(source_keys, pending)
    with atomic_path(db_path) as tmp:
        shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        # A stale WAL of the old file would be replayed into the restored one.
        with contextlib.suppress(FileNotFoundError):
            secure_delete(Path(str(db_path) + suffix))
    if source_keys.exists():
        settle_key_file(db_path, pending)
    else:
        key_file_path(db_path).unlink(missing_ok=True)
    fsync_dir(db_path.parent)
    return saved
