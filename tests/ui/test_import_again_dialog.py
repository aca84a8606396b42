"""The window's records import: the same workbook again asks first, naming the first import (No changes nothing,
"Import again" adds it twice); an import a crash cut short is told at the next start."""

from __future__ import annotations

from tests.ui.conftest import TODAY
from commune_desk.app_wiring import Stores


def _propaganda_only(db, dest):
    """The demo's propaganda in a workbook of its own (no unique codes, so a second import doubles it)."""
    from openpyxl import load_workbook

    from commune_desk.services.records.records_workbook import export_records

    export_records(db, dest)
    wb = load_workbook(dest)
    for name in wb.sheetnames:
        if name not in ("_profile", "residential_units", "propaganda"):
            del wb[name]
    ws = wb["propaganda"]
    column = [c.value for c in ws[1]].index("team_code") + 1
    for row in range(3, ws.max_row + 1):
        ws.cell(row, column).value = None
    wb.save(dest)
    return dest


def _count(db) -> int:
    from sqlalchemy import text

    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM propaganda_activity")).scalar()


def test_the_same_workbook_again_asks_first_and_no_changes_nothing(qtbot, demo_repos, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from commune_desk.ui.dialogs.import_dialog import ImportDialog

    book = _propaganda_only(demo_repos.db, tmp_path / "tuyen-truyen.xlsx")
    before = _count(demo_repos.db)
    dialog = ImportDialog(
        Stores(demo_repos.db, "user").services.records, profiles=Stores(demo_repos.db, "user").profiles, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.path.setText(str(book))
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"), timeout=30000)
    once = _count(demo_repos.db)
    assert once > before

    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(parent, title, text, *args):
        asked.append((title, text))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.run_import()
    qtbot.waitUntil(lambda: len(asked) == 1 and "nothing was changed" in dialog.status.text(), timeout=30000)
    assert asked[0][0] == "Already imported"
    assert "tuyen-truyen.xlsx was already imported on" in asked[0][1] and "Import it again anyway?" in asked[0][1]
    assert _count(demo_repos.db) == once  # No: nothing added

    dialog.run_import()  # asked again; this time "Yes"
    qtbot.waitUntil(lambda: len(asked) == 2 and dialog.status.text().startswith("Imported"), timeout=30000)
    assert _count(demo_repos.db) == once + (once - before)  # the records a second time, on purpose
