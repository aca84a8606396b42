"""Storage errors the user can act on, sorted apart from bugs (after qutebrowser's misc/sql.py)."""

from __future__ import annotations

from commune_desk.domain.errors import ExpectedError


class StorageError(ExpectedError):
    """Base of every expected storage problem."""


class PasswordRequired(StorageError):
    """The file is encrypted and no password was given."""


class WrongPassword(StorageError):
    """The password does not open the file (or the file is not a database at all)."""


class NotEncrypted(StorageError):
    """A password was given for a database that is stored without encryption."""


class SchemaTooNew(StorageError):
    """The database was written by a newer CommuneDesk; opening it could damage it."""


class NeedsUpgrade(StorageError):
    """The database has an older schema and was opened without permission to migrate."""


class DatabaseUnavailable(StorageError):
    """Environment trouble: locked by another program, read-only, disk full, vanished medium."""


class NotADatabase(StorageError):
    """The file exists but is not a CommuneDesk database."""


class NotABackup(NotADatabase):
    """A file offered as a backup is none: no database, nor an encrypted backup (key file or password)."""


class DatabaseDamaged(StorageError):
    """The database file is damaged (SQLite says CORRUPT): restore it from a backup."""


# SQLite's primary result codes (https://sqlite.org/rescode.html); Python 3.11's sqlite3 and sqlcipher3 put the
# extended code on the exception as `sqlite_errorcode` (the primary code is its low byte).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOLFS, SQLITE_AUTH, SQLITE_NOTADB = (
    10, 11, 13, 14, 22, 23, 26)

IN_USE = "the database is in use by another program; close it and try again"
READ_ONLY = "the database file or its folder is read-only; copy the database to a writable folder or allow writing"
FULL = "the disk is full; free some space and try again"
IO_ERROR = "the disk could not be read or written (was a USB stick removed?); put it back and try again"
CANT_OPEN = "the database file cannot be opened (a missing folder, a folder in its place, or no permission)"
DAMAGED = ("the database file is damaged; restore the latest backup (commune-desk restore FILE, or Tệp → Khôi phục "
           "in the window)")
NOT_A_DB = "the file is not a CommuneDesk database, or it is encrypted and the password is wrong"
NO_PERMISSION = "no permission to read or write the database file"
NO_MEMORY = "the computer ran out of memory; close other programs and try again"

_BY_CODE = {
    SQLITE_BUSY: (DatabaseUnavailable, IN_USE), SQLITE_LOCKED: (DatabaseUnavailable, IN_USE),
    SQLITE_READONLY: (DatabaseUnavailable, READ_ONLY), SQLITE_FULL: (DatabaseUnavailable, FULL),
    SQLITE_IOERR: (DatabaseUnavailable, IO_ERROR), SQLITE_CANTOPEN: (DatabaseUnavailable, CANT_OPEN),
    SQLITE_PERM: (DatabaseUnavailable, NO_PERMISSION), SQLITE_AUTH: (DatabaseUnavailable, NO_PERMISSION),
    SQLITE_NOLFS: (DatabaseUnavailable, "the file is too large for this disk's file system"),
    SQLITE_NOMEM: (DatabaseUnavailable, NO_MEMORY),
    SQLITE_CORRUPT: (DatabaseDamaged, DAMAGED), SQLITE_NOTADB: (NotADatabase, NOT_A_DB),
}
# Drivers without codes (older Pythons) are recognised by SQLite's own fixed English texts (sqlite3_errstr).
_BY_TEXT = (
    ("database is locked", SQLITE_BUSY), ("database table is locked", SQLITE_LOCKED),
    ("readonly", SQLITE_READONLY), ("read-only", SQLITE_READONLY), ("disk is full", SQLITE_FULL),
    ("disk i/o error", SQLITE_IOERR), ("unable to open database", SQLITE_CANTOPEN),
    ("disk image is malformed", SQLITE_CORRUPT), ("file is not a database", SQLITE_NOTADB),
)


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a driver error (also inside SQLAlchemy's wrapper), or None."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(inner).lower()
    return next((c for marker, c in _BY_TEXT if marker in text), None)


def classify(exc: BaseException) -> StorageError | None:
    """The expected StorageError a driver error stands for (by SQLite's result code), else None (a bug).

    Each message says what to do: close the other program, free space, put the stick back, restore a backup.
    """
    found = _BY_CODE.get(sqlite_code(exc))
    if found is None:
        return None
    cls, message = found
    return cls(message)
