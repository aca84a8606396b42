"""A new database made from a records workbook (moving a commune to a new laptop): all of it, or no file at all."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.services.records.import_progress import Progress
from commune_desk.services.records.records_import import ImportResult, WorkbookRefused, import_records


def import_into_new_database(
    db_path: os.PathLike | str,
    password: str | None,
    workbook,
    actor: str,
    *,
    today: date | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Create `db_path` (encrypted when `password` is given) from the workbook, which must carry its profile.

    The database is built under a temporary name beside `db_path` and renamed into place only when the whole
    import succeeded; on any failure no file is left (the temporary one may hold identities: it is wiped).
    `dry_run` checks the workbook against an empty database and leaves no file either; `progress` as for
    import_records.
    """
    from commune_desk.storage.new_database import building

    dest = Path(db_path).absolute()
    if dest.exists():
        raise WorkbookRefused.of(
            QT_TRANSLATE_NOOP("Problems", "{path} exists already; import into it without --create"), path=str(dest)
        )
    with building(dest, password) as new:
        result = import_records(new.db, workbook, actor, today=today, dry_run=dry_run, progress=progress)
        if dry_run:
            return result
        if not result.adopted_profile:
            raise WorkbookRefused.of(
                QT_TRANSLATE_NOOP(
                    "Problems", "the workbook's _profile sheet does not describe a unit; a new database needs it"
                )
            )
        new.finish(
            lambda: WorkbookRefused.of(
                QT_TRANSLATE_NOOP("Problems", "{path} exists already; import into it without --create"), path=str(dest)
            )
        )
        return result
