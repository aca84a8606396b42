"""The mapping dialog: choose a file, the match is suggested, the dry run finds a problem, fix it, import."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select

from commune_desk.storage.models import PropagandaRow
from tests.records.test_sheet_mapping import HEADERS, ROWS, officer_workbook
from tests.ui.conftest import TODAY
from commune_desk.app_wiring import Stores


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(PropagandaRow))


def open_dialog(qtbot, repos, path):
    from commune_desk.ui.dialogs.mapping_dialog import MappingDialog

    dialog = MappingDialog(Stores(repos.db, "lan").services.records, profiles=Stores(repos.db, "lan").profiles, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.header_row.setValue(3)
    assert dialog.load()
    return dialog


def cell(dialog, row: int, header: str):
    model = dialog.preview_model
    col = next(c for c in range(model.columnCount()) if model.horizontalHeaderItem(c).text() == header)
    return model.item(row, col)


def run(qtbot, dialog, action):
    action()
    qtbot.waitUntil(lambda: not dialog.progress.isVisibleTo(dialog) and dialog.check_button.isEnabled(),
                    timeout=20000)


def test_choose_file_suggested_match_dry_run_problem_fix_and_import(qtbot, repos, tmp_path):
    path = officer_workbook(tmp_path / "so-tuyen-truyen.xlsx")
    dialog = open_dialog(qtbot, repos, path)
    assert dialog.sheet.currentText() == "Tuyên truyền 2026"
    assert [dialog.mapping_table.item(i, 1).text() for i in range(len(HEADERS))] == HEADERS
    assert dialog.mapping() == {1: "unit_code", 2: "activity_date", 3: "title", 4: "form_code", 6: "participants",
                                7: "materials", 8: "note"}
    assert "Suggested" in dialog.mapping_note.text()
    assert dialog.preview_model.rowCount() == 3                          # the total row is not data
    assert cell(dialog, 1, "Ngày thực hiện").text() == "12/04/2026"    # their text date, read as the import will
    assert cell(dialog, 1, "Số người tham dự").text() == "1200" and cell(dialog, 0, "Hình thức").text() == "Hội nghị, buổi nói chuyện"

    # The officer picks the wrong column for the participants: their "Người báo cáo" (F) holds names.
    dialog.set_field(6, "")
    dialog.set_field(5, "participants")
    bad = cell(dialog, 0, "Số người tham dự")                            # shown red before any dry run
    assert bad.text() == "Lan" and "number" in bad.toolTip() and bad.background().color().name() == "#f8d7da"
    run(qtbot, dialog, dialog.check)
    rejected = [line for line in dialog.model.lines if line[4] and line[3].startswith("F (participants)")]
    assert {(line[1], line[2]) for line in rejected} == {("Tuyên truyền 2026", "4"), ("Tuyên truyền 2026", "5"),
                                                         ("Tuyên truyền 2026", "6")}
    assert not dialog.import_button.isEnabled() and count(repos.db) == 0

    # Fix the match, check again, import.
    dialog.set_field(5, "")
    dialog.set_field(6, "participants")
    assert not dialog.import_button.isEnabled()                            # a changed match needs a new dry run
    run(qtbot, dialog, dialog.check)
    assert dialog.errors == 0 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as done:
        dialog.run_import()
    assert done.args[0] == {"propaganda": 3} and count(repos.db) == 3
    with repos.db.read() as s:
        assert s.scalar(select(func.sum(PropagandaRow.participants))) == 45 + 1200 + 30
        assert s.scalar(select(func.min(PropagandaRow.activity_date))) == date(2026, 3, 5)

    # Next month: a file with the same headers maps itself, the officer's correction included.
    again = open_dialog(qtbot, repos, officer_workbook(tmp_path / "thang-sau.xlsx", ROWS[:1]))
    assert again.mapping() == dialog.mapping() and "matched before" in again.mapping_note.text()


def test_a_file_that_is_not_a_workbook_says_why(qtbot, repos, tmp_path):
    from commune_desk.ui.dialogs.mapping_dialog import MappingDialog

    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    dialog = MappingDialog(Stores(repos.db, "lan").services.records, profiles=Stores(repos.db, "lan").profiles, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    assert not dialog.load()
    assert "cannot be read" in dialog.status.text() and not dialog.check_button.isEnabled()
    assert dialog.findChildren(QComboBox)


def test_the_records_import_dialog_opens_the_mapping_step(qtbot, repos):
    from commune_desk.ui.dialogs.import_dialog import ImportDialog
    from commune_desk.ui.dialogs.mapping_dialog import MappingDialog

    dialog = ImportDialog(Stores(repos.db, "lan").services.records, profiles=Stores(repos.db, "lan").profiles, today=TODAY)
    qtbot.addWidget(dialog)
    seen = []
    dialog.imported.connect(seen.append)
    dialog.own_button.click()
    mapping = dialog.findChild(MappingDialog)
    assert mapping is not None and mapping.isVisible()
    mapping.imported.emit({"propaganda": 2})                 # its import refreshes the same screens
    assert seen == [{"propaganda": 2}]
    mapping.reject()
