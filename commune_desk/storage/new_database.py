"""A new database built under a temporary name beside its destination and renamed into place whole, or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from commune_desk.storage import scratch
from commune_desk.storage.database import Database, open_database
from commune_desk.storage.files import fsync_dir, secure_delete


class NewDatabase:
    """The database being built (`db`) and `finish()`, which puts it in place; see `building`."""

    def __init__(self, dest: Path, tmp: Path, db: Database) -> None:
        self.dest, self.tmp, self.db = dest, tmp, db
        self._open = True

    def finish(self, exists: Callable[[], Exception]) -> Path:
        """Fold the write-ahead log into the file, close it and rename it into place; `exists()` is raised when
        the destination appeared meanwhile (it is never replaced)."""
        raw = self.db.connect_raw()  # autocommit: the WAL goes into the file before it is renamed
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        self.close()
        wal = Path(f"{self.tmp}-wal")
        if wal.exists() and wal.stat().st_size:
            raise RuntimeError("the new database's write-ahead log was not emptied")  # never rename half a database
        if self.dest.exists():
            raise exists()
        os.replace(self.tmp, self.dest)
        fsync_dir(self.dest.parent)
        return self.dest

    def close(self) -> None:
        if self._open:
            self._open = False
            self.db.dispose()


@contextlib.contextmanager
def building(dest: os.PathLike[str] | str, password: str | None) -> Iterator[NewDatabase]:
    """Open a new database (encrypted when `password` is given) under a hidden temporary name beside `dest`.

    Whatever happens inside the block, no temporary file is left: one that was not renamed into place is wiped (it
    may hold identities), and a kill leaves its name in the journal for the next start's wipe.
    """
    target = Path(dest).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = scratch.new_temp_name(target, ".creating")
    built: NewDatabase | None = None
    try:
        built = NewDatabase(target, tmp, open_database(tmp, password, create=True))
        yield built
    finally:
        if built is not None:
            with contextlib.suppress(Exception):
                built.close()
        for path in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            secure_delete(path)
        scratch.forget(tmp)
