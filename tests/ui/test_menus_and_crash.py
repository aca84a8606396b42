"""File and Help menus (backup, About) and the crash path: unexpected errors are logged and explained."""

from __future__ import annotations

import sys

from commune_desk.app import backup_interactively
from commune_desk.ui.dialogs.about_dialog import AboutDialog
from commune_desk.logging_setup import setup_logging, teardown_logging
from commune_desk.ui.errors import install_excepthook


def test_backup_from_the_menu_writes_a_verified_copy(qtbot, repos, tmp_path, monkeypatch):
    from commune_desk.storage.database import open_database

    target = tmp_path / "copy.db"
    monkeypatch.setattr("commune_desk.app.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.session_helpers import ModalScript

    told, opened = [], []
    monkeypatch.setattr("commune_desk.ui.views.list_parts.QDesktopServices.openUrl", opened.append)

    def open_folder(box):
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == "Open folder").click()

    script = ModalScript([(QMessageBox, open_folder)])
    backup_interactively(None, repos.db)
    assert script.done and script.unexpected == []
    assert target.exists() and str(target) in told[0]
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]  # "Mở thư mục" opens where it went
    copy = open_database(target)
    try:
        from commune_desk.storage.profile_repo import ProfileRepository

        assert ProfileRepository(copy, "test").get().name == "Hòa Mỹ"
    finally:
        copy.dispose()


def test_about_dialog_names_version_data_folder_and_licence(qtbot):
    dialog = AboutDialog("0.1.0", "/data/folder", "/data/folder/x.db")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "0.1.0" in text and "/data/folder" in text and "MIT" in text


def test_unexpected_exception_is_logged_and_explained(qtbot, monkeypatch, _private_home):
    shown = []
    monkeypatch.setattr("commune_desk.ui.errors.QMessageBox.critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = setup_logging()
    try:
        install_excepthook(log_path)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        teardown_logging()
    assert log_path.is_relative_to(_private_home)
    assert "RuntimeError: boom in a slot" in log_path.read_text(encoding="utf-8")
    assert len(shown) == 1 and str(log_path) in shown[0]
