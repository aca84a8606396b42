"""Turns expected errors into translated messages and unexpected ones into a logged crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("commune_desk")


def explain(exc: BaseException) -> tuple[str, str]:
    """(title, explanation) for an expected error, in the interface language, naming what to do."""
    name = type(exc).__name__
    if name == "PasswordRequired":
        return (QCoreApplication.translate("ErrorMessages", "Password needed"),
                QCoreApplication.translate("ErrorMessages", "This database is encrypted. Enter its password to open it."))
    if name == "WrongPassword":
        return (QCoreApplication.translate("ErrorMessages", "Wrong password"),
                QCoreApplication.translate("ErrorMessages", "The password does not open this database. Try again."))
    if name == "NotEncrypted":
        return (QCoreApplication.translate("ErrorMessages", "Database is not encrypted"),
                QCoreApplication.translate("ErrorMessages", "This database is stored without a password; "
                                                 "open it without the password file."))
    if name == "SchemaTooNew":
        return (QCoreApplication.translate("ErrorMessages", "Newer database"),
                QCoreApplication.translate("ErrorMessages", "This database was written by a newer version of CommuneDesk. "
                                                 "Install the newer version to open it; nothing was changed."))
    if name == "NotADatabase":
        return (QCoreApplication.translate("ErrorMessages", "Not a CommuneDesk database"),
                QCoreApplication.translate("ErrorMessages", "The chosen file is not a CommuneDesk database."))
    if name == "DatabaseUnavailable":
        return (QCoreApplication.translate("ErrorMessages", "Database unavailable"),
                QCoreApplication.translate("ErrorMessages", "The database cannot be used right now: it may be open in "
                                                 "another program, read-only, or on a removed USB stick, "
                                                 "or the disk is full."))
    if name == "Locked":
        return (QCoreApplication.translate("ErrorMessages", "Period is signed"),
                QCoreApplication.translate("ErrorMessages", "This record lies in a signed report period and cannot be "
                                                 "changed. Amend the period first."))
    if name == "NotFound":
        return (QCoreApplication.translate("ErrorMessages", "Record not found"),
                QCoreApplication.translate("ErrorMessages", "The record no longer exists; the list has been refreshed."))
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
