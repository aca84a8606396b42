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


_ENVIRONMENT_MARKERS = (
    ("database is locked", "the database is in use by another program; close it and try again"),
    ("readonly", "the database file or its folder is read-only"),
    ("read-only", "the database file or its folder is read-only"),
    ("disk is full", "the disk is full; free some space and try again"),
    ("disk i/o error", "the disk could not be read or written (was a USB stick removed?)"),
    ("unable to open database", "the database file cannot be opened (missing folder or no permission)"),
)


def classify(exc: BaseException) -> StorageError | None:
    """Turn a driver error into an expected StorageError when it is the environment's fault, else None (a bug)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for marker, message in _ENVIRONMENT_MARKERS:
        if marker in text:
            return DatabaseUnavailable(message)
    return None
