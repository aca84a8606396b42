"""A new database made from a records workbook (moving a commune to a new laptop): all of it, or no file at all."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.services.records.records_import import ImportResult, WorkbookRefused, import_records


def import_into_new_database(
    db_path: os.PathLike | str,
    password: str | None,
    workbook,
    actor: str,
    *,
    today: date | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Create `db_path` (encrypted when `password` is given) from the workbook, which must carry its profile.

    The database is built under a temporary name beside `db_path` and renamed into place only when the whole
    import succeeded; on any failure no file is left (the temporary one may hold identities: it is wiped).
    `dry_run` checks the workbook against an empty database and leaves no file either.
    """
    from commune_desk.storage.database import open_database
    from commune_desk.storage.files import fsync_dir, secure_delete

    dest = Path(db_path).absolute()
    if dest.exists():
        raise WorkbookRefused.of(
            QT_TRANSLATE_NOOP("Problems", "{path} exists already; import into it without --create"), path=str(dest)
        )
    from commune_desk.storage import scratch

    tmp = scratch.new_temp_name(dest, ".creating")  # a kill leaves it to the next start's wipe
    leftovers = [tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")]
    db = None
    try:
        db = open_database(tmp, password, create=True)
        result = import_records(db, workbook, actor, today=today, dry_run=dry_run)
        if dry_run:
            return result
        if not result.adopted_profile:
            raise WorkbookRefused.of(
                QT_TRANSLATE_NOOP(
                    "Problems", "the workbook's _profile sheet does not describe a unit; a new database needs it"
                )
            )
        raw = db.connect_raw()  # autocommit: the WAL goes into the file before it is renamed
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        db.dispose()
        db = None
        wal = Path(f"{tmp}-wal")
        if wal.exists() and wal.stat().st_size:
            raise RuntimeError("the new database's write-ahead log was not emptied")  # never rename half a database
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
        return result
    finally:
        if db is not None:
            with contextlib.suppress(Exception):
                db.dispose()
        for path in leftovers:
            secure_delete(path)
        scratch.forget(tmp)
