"""What the command line does with a failure: expected ones become one line and exit 2, bugs exit 3 with a log.

A script must tell "your input was refused" (2) from "something was found invalid" (1) and from "CommuneDesk
failed" (3). Driver errors the environment causes (full disk, locked or damaged file) and OSErrors on paths the
user gave are expected; anything else is a bug, whose traceback goes to the log file, never to the terminal.
"""

from __future__ import annotations

import errno
import logging
import sys

EXIT_BUG = 3
log = logging.getLogger("commune_desk.cli")

# OSErrors on files the user named: their fault or their machine's, not ours.
_USER_ERRNOS = {
    errno.ENOENT,
    errno.EEXIST,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.EACCES,
    errno.EPERM,
    errno.ENOSPC,
    errno.EROFS,
    errno.EIO,
    errno.ENAMETOOLONG,
    errno.EFBIG,
    errno.EXDEV,
    errno.ENXIO,
    getattr(errno, "EDQUOT", -1),
    getattr(errno, "ENODEV", -2),
    getattr(errno, "ELOOP", -3),
}


def expected_message(exc: BaseException) -> str | None:
    """One line for an exception that is not a bug (environment, damaged file, bad path); None for a bug."""
    from commune_desk.storage import errors

    mapped = errors.classify(exc) if _is_driver_error(exc) else None
    if mapped is not None:
        return str(mapped)
    if isinstance(exc, OSError) and exc.errno in _USER_ERRNOS:
        from commune_desk.storage.files import describe_os_error

        where = exc.filename if exc.filename is not None else "a file"
        return f"{where}: {describe_os_error(exc)}"
    if isinstance(exc, MemoryError):
        return errors.NO_MEMORY
    return None


def _is_driver_error(exc: BaseException) -> bool:
    inner = getattr(exc, "orig", None) or exc
    return type(inner).__module__.split(".")[0] in ("sqlite3", "sqlcipher3", "pysqlcipher3")


def report_bug(exc: BaseException, command: str, err) -> int:
    """Log the traceback (redacted) to the log file and print one line naming the file; returns EXIT_BUG."""
    try:
        from commune_desk.logging_setup import setup_logging

        path = setup_logging()
        log.error("unexpected failure in `%s`", command, exc_info=(type(exc), exc, exc.__traceback__))
        for handler in logging.getLogger().handlers:
            handler.flush()
        where = f"the details are in {path}"
    except Exception as log_failure:  # noqa: BLE001 - even a failing log must not print a traceback
        where = f"the details could not be written to the log ({type(log_failure).__name__})"
    err.write(
        f"commune-desk: unexpected failure ({type(exc).__name__}) in `{command}`; this is a fault in "
        f"CommuneDesk, not in your input: {where}\n"
    )
    return EXIT_BUG


def quiet_unraisable() -> None:
    """Errors Python can only "ignore" (a finaliser on a full disk, a closed pipe at exit) go to the log only.

    Otherwise one clean message on a full disk is followed by a page of "Exception ignored in …" tracebacks.
    """
    logging.raiseExceptions = False

    def hook(unraisable) -> None:
        try:
            log.debug("ignored in %r: %s", unraisable.object, unraisable.exc_type.__name__)
        except Exception:  # noqa: BLE001
            pass

    sys.unraisablehook = hook
