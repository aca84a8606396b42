"""The plan import dialog: workbooks on removable drives, the diff against the plan in force, problems, import."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from commune_desk.domain.errors import Problem
from commune_desk.services.protection.removable import Volume
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog, problem_columns
from tests.plans.helpers import mutate, snapshot
from tests.ui.plan_fixtures import plan_for_year, retarget, write_plan
from commune_desk.app_wiring import Stores


@pytest.fixture
def stick(tmp_path):
    """A folder standing in for a USB stick: the 2026 plan, its revision, a misspelt one and a fake workbook."""
    root = tmp_path / "USB"
    (root / "KE HOACH" / "2026").mkdir(parents=True)
    plan = plan_for_year(2026)
    v1 = write_plan(root / "KE HOACH" / "2026" / "ke_hoach_v1.xlsx", plan)
    v2 = write_plan(root / "KE HOACH" / "2026" / "ke_hoach_v2.xlsx",
                    replace(retarget(plan, "CT10", 40.0), version=2))

    def misspell(wb):
        wb.create_sheet("targetz")                        # an extra, misspelt sheet
        wb["deadlines"]["B2"] = "ngày 40 tháng cuối quý"

    bad = mutate(v1, root / "sai_ten_trang.xlsx", misspell)
    fake = root / "not_a_workbook.xlsx"
    fake.write_bytes(b"this is not a zip file")
    (root / "ghi_chu.docx").write_bytes(b"x")
    return {"root": root, "plan": plan, "v1": v1, "v2": v2, "bad": bad, "fake": fake}


def _dialog(qtbot, db, stick):
    dialog = PlanImportDialog(Stores(db, "test").services.plans, profiles=Stores(db, "test").profiles, volumes=lambda: [Volume(str(stick["root"]), "/dev/sdb1", "USB", True)],
                              today=lambda: date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(qtbot, dialog, path):
    dialog.choose(path)
    checking = dialog.summary.text()                    # "Checking the workbook…" in the interface language
    qtbot.waitUntil(lambda: dialog.summary.text() != checking, timeout=20000)


def test_lists_the_workbooks_on_the_drive(qtbot, db, stick):
    dialog = _dialog(qtbot, db, stick)
    names = sorted(i.text(0) for i in dialog.workbook_items())
    assert names == ["KE HOACH/2026/ke_hoach_v1.xlsx", "KE HOACH/2026/ke_hoach_v2.xlsx", "not_a_workbook.xlsx",
                     "sai_ten_trang.xlsx"]
    assert "USB" in dialog.drives.topLevelItem(0).text(0)
    empty = PlanImportDialog(Stores(db, "test").services.plans, profiles=Stores(db, "test").profiles, volumes=lambda: [])
    qtbot.addWidget(empty)
    assert "No removable drive" in empty.drives.topLevelItem(0).text(0)


def test_new_plan_then_revision_shows_the_diff_and_imports(qtbot, db, stick):
    dialog = _dialog(qtbot, db, stick)
    item = next(i for i in dialog.workbook_items() if i.text(0).endswith("v1.xlsx"))
    dialog.drives.setCurrentItem(item)                   # picking it in the list starts the preview
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.diff.item(0).text().startswith("+ new plan LS-TPLS-217-2026 version 1 (12 targets")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        dialog.import_button.click()
    assert signal.args[0].status == "imported"
    assert PlanRepository(db, "test").active_for(date(2026, 11, 20)) == stick["plan"]

    again = _dialog(qtbot, db, stick)
    _preview(qtbot, again, stick["v2"])
    lines = [again.diff.item(i).text() for i in range(again.diff.count())]
    assert "~ settings: version: 1 → 2" in lines and "~ target CT10, target value: 30 → 40" in lines
    assert again.diff.item(lines.index("~ target CT10, target value: 30 → 40")).toolTip() == (
        "~ target CT10.value: 30 -> 40")                 # the exact line of the dry run, for the superior office
    assert "version 1 in force" in again.summary.text()
    assert again.warnings.isVisible() and "version 1" in again.warnings.text()     # it replaces the plan in force
    assert not again.import_button.isEnabled()
    again.warned.setChecked(True)
    assert again.import_button.isEnabled()
    _preview(qtbot, again, stick["v1"])                  # the one already imported: nothing to do
    assert "already imported" in again.summary.text() and not again.import_button.isEnabled()


def test_problems_name_sheet_row_column_and_nothing_changes(qtbot, db, stick):
    before = snapshot(db)
    dialog = _dialog(qtbot, db, stick)
    _preview(qtbot, dialog, stick["bad"])
    assert dialog.details.currentWidget() is dialog.problems
    rows = [[dialog.problems.item(r, c).text() for c in range(5)] for r in range(dialog.problems.rowCount())]
    unknown = next(r for r in rows if r[0] == "targetz")
    assert unknown[3].startswith("one of the sheets") and "did you mean 'targets'" in unknown[4]
    due = next(r for r in rows if r[0] == "deadlines")
    assert due[1] == "2" and due[2].startswith("due") and "ngày 40" in due[4]
    assert not dialog.import_button.isEnabled()
    _preview(qtbot, dialog, stick["fake"])
    assert dialog.problems.rowCount() == 1 and "not_a_workbook.xlsx" in dialog.problems.item(0, 0).text()
    assert "cannot be read" in dialog.summary.text() and not dialog.import_button.isEnabled()
    dialog.run_import()                                  # refused: nothing is valid
    assert snapshot(db) == before


def test_problem_columns_split_the_place_and_the_message():
    p = Problem("sheet 'targets', row 3, column 'value' (E3)", "expected {expected}; found {found}{hint}",
                args={"expected": "a number", "found": "'abc'", "hint": ""})
    assert problem_columns(p) == ("targets", "3", "value (E3)", "a number", "'abc'")
    q = Problem("sheet 'targetz'", "expected one of the sheets settings; found an unknown sheet (did you mean "
                                   "'targets'?)")
    assert problem_columns(q) == ("targetz", "", "", "one of the sheets settings",
                                  "an unknown sheet (did you mean 'targets'?)")


def test_vietnamese_diff_and_buttons(qtbot, db, stick, vietnamese):
    PlanRepository(db, "test").store(stick["plan"])
    dialog = _dialog(qtbot, db, stick)
    _preview(qtbot, dialog, stick["v2"])
    lines = [dialog.diff.item(i).text() for i in range(dialog.diff.count())]
    assert "~ chỉ tiêu CT10, mức chỉ tiêu: 30 → 40" in lines
    assert "~ thông tin chung (trang settings): phiên bản (version): 1 → 2" in lines     # the field by its name
    assert dialog.import_button.text() == "Nhập" and dialog.close_button.text() == "Đóng"
    assert dialog.problems.horizontalHeaderItem(3).text() == "Cần có"


def test_plan_area_shows_the_plan_in_force_and_every_version(qtbot, db, stick):
    from commune_desk.ui.views.plan_view import PlanView
    from tests.ui.conftest import TODAY

    view = PlanView(Stores(db, "test").services.plans, plans=Stores(db, "test").plans, office_certs=Stores(db, "test").office_certs,
                    profiles=Stores(db, "test").profiles, today=lambda: TODAY,
                    volumes=lambda: [Volume(str(stick["root"]), "/dev/sdb1", "USB", True)])
    qtbot.addWidget(view)
    assert "No plan is in force for 2026" in view.in_force.text() and view.versions.rowCount() == 0
    dialog = view.import_plan()
    _preview(qtbot, dialog, stick["v1"])
    with qtbot.waitSignal(view.planImported, timeout=20000):
        dialog.import_button.click()
    assert view.targets.rowCount() == 12 and view.targets.item(9, 0).text() == "CT10"
    assert "LS-TPLS-217-2026" in view.in_force.text() and view.versions.rowCount() == 1
    # Quarterly reports on day 10 of the quarter's last month, the half on 05/6 and the year on 15/11 (2026).
    dues = [view.deadlines.item(r, 1).text() for r in range(view.deadlines.rowCount())]
    assert dues == ["10/03/2026", "05/06/2026", "10/06/2026", "10/09/2026", "15/11/2026", "10/12/2026"]
