"""The import dialog's progress bar moves through the check and the write, and its Cancel button still works while
the records are written: nothing is imported, the database is as it was (issue 20 item 10)."""

from __future__ import annotations


from commune_desk.app_wiring import Stores
from tests.records.test_import_phases import _snapshot, hold_first_write
from tests.ui.conftest import TODAY


def test_cancel_while_the_records_are_written_imports_nothing(qtbot, demo_repos, tmp_path, monkeypatch):
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database
    from commune_desk.storage.repos import base
    from commune_desk.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(base, "CHUNK", 100)
    path = tmp_path / "all.xlsx"
    export_records(demo_repos.db, path)
    target = open_database(tmp_path / "target.db")
    writing, clicked = hold_first_write(monkeypatch)  # the worker waits at its first table for the click
    try:
        before = _snapshot(tmp_path / "target.db")
        dialog = ImportDialog(
            Stores(target, "user").services.records, profiles=Stores(target, "user").profiles, today=TODAY
        )
        qtbot.addWidget(dialog)
        shown: list[tuple[int, int]] = []
        dialog.progress.valueChanged.connect(lambda v: shown.append((v, dialog.progress.maximum())))
        dialog.path.setText(str(path))
        dialog.run_import()
        qtbot.waitUntil(writing.is_set, timeout=30000)
        qtbot.waitUntil(lambda: any(v >= 2 * m // 3 and m > 1 for v, m in shown), timeout=10000)
        assert dialog.cancel_button.isEnabled()
        dialog.cancel_button.click()
        clicked.set()
        qtbot.waitUntil(lambda: not dialog.progress.isVisibleTo(dialog), timeout=30000)
        assert dialog.status.text() == "Cancelled; nothing was imported."
        assert _snapshot(tmp_path / "target.db") == before
    finally:
        clicked.set()
        target.dispose()
