"""Turns expected errors into translated messages and unexpected ones into a logged crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("commune_desk")


def _messages() -> tuple[tuple[type[BaseException], str, str], ...]:
    """(error type, title, explanation) for each expected error with its own words, most specific first; the
    types are imported here, not at module top, because the window shows before storage is loaded."""
    from commune_desk.domain.errors import Cancelled, Locked, NotFound
    from commune_desk.storage.errors import (
        DatabaseUnavailable, NotABackup, NotADatabase, NotEncrypted, PasswordRequired, SchemaTooNew, WrongPassword,
    )

    return (
        (PasswordRequired, QT_TRANSLATE_NOOP("ErrorMessages", "Password needed"),
         QT_TRANSLATE_NOOP("ErrorMessages", "This database is encrypted. Enter its password to open it.")),
        (WrongPassword, QT_TRANSLATE_NOOP("ErrorMessages", "Wrong password"),
         QT_TRANSLATE_NOOP("ErrorMessages", "The password does not open this database. Try again.")),
        (NotEncrypted, QT_TRANSLATE_NOOP("ErrorMessages", "Database is not encrypted"),
         QT_TRANSLATE_NOOP("ErrorMessages", "This database is stored without a password; "
                                            "open it without the password file.")),
        (SchemaTooNew, QT_TRANSLATE_NOOP("ErrorMessages", "Newer database"),
         QT_TRANSLATE_NOOP("ErrorMessages", "This database was written by a newer version of CommuneDesk. "
                                            "Install the newer version to open it; nothing was changed.")),
        (NotABackup, QT_TRANSLATE_NOOP("ErrorMessages", "Not a CommuneDesk backup"),
         QT_TRANSLATE_NOOP("ErrorMessages", "The chosen file is not a CommuneDesk backup: it is no database, and "
                                            "no key file lies beside it as beside an encrypted backup. Choose "
                                            "another backup; nothing was changed.")),
        (NotADatabase, QT_TRANSLATE_NOOP("ErrorMessages", "Not a CommuneDesk database"),
         QT_TRANSLATE_NOOP("ErrorMessages", "The chosen file is not a CommuneDesk database.")),
        (DatabaseUnavailable, QT_TRANSLATE_NOOP("ErrorMessages", "Database unavailable"),
         QT_TRANSLATE_NOOP("ErrorMessages", "The database cannot be used right now: it may be open in "
                                            "another program, read-only, or on a removed USB stick, "
                                            "or the disk is full.")),
        (Locked, QT_TRANSLATE_NOOP("ErrorMessages", "Period is signed"),
         QT_TRANSLATE_NOOP("ErrorMessages", "This record lies in a signed report period and cannot be "
                                            "changed. Amend the period first.")),
        (NotFound, QT_TRANSLATE_NOOP("ErrorMessages", "Record not found"),
         QT_TRANSLATE_NOOP("ErrorMessages", "The record no longer exists; the list has been refreshed.")),
        (Cancelled, QT_TRANSLATE_NOOP("ErrorMessages", "Cancelled"),
         QT_TRANSLATE_NOOP("ErrorMessages", "The operation was stopped as you asked.")),
    )


def explain(exc: BaseException) -> tuple[str, str]:
    """(title, explanation) for an expected error, in the interface language, naming what to do; recognised by
    its type (a subclass gets its parent's words), never by its class name."""
    for kind, title, text in _messages():
        if isinstance(exc, kind):
            return (QCoreApplication.translate("ErrorMessages", title),
                    QCoreApplication.translate("ErrorMessages", text))
    return (QCoreApplication.translate("ErrorMessages", "Cannot continue"),
            QCoreApplication.translate("ErrorMessages", "The operation could not be completed."))


def show_expected(parent: QWidget | None, exc: BaseException) -> None:
    """A warning box: translated explanation, the technical detail below it."""
    title, text = explain(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    from commune_desk.ui.problems import error_text

    detail = error_text(exc)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def install_excepthook(log_path: Path) -> None:
    """Unexpected exceptions: write the traceback to the log (redacted by logging_setup) and say where it is."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        sys.__stderr__.write(text) if sys.__stderr__ else None
        if QApplication.instance() is None:
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("ErrorMessages", "Unexpected error"),
            QCoreApplication.translate(
                "ErrorMessages", "CommuneDesk ran into an unexpected error. Your saved data is safe. "
                      "The details were written to:\n%1\nPlease send this file to your support contact."
            ).replace("%1", str(log_path)),
        )

    sys.excepthook = hook
