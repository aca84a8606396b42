"""The propaganda form (the generic record form of kind "propaganda") driven with the keyboard: save, inline
problems, cancel, edit, locked periods."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from commune_desk.domain.period_state import PeriodState
from commune_desk.ui.dialogs.record_form import RecordDialog
from tests.propaganda import activities, totals
from tests.ui.conftest import TODAY


def make_dialog(qtbot, repos, record=None) -> RecordDialog:
    units = repos.profiles.get().residential_units
    dialog = RecordDialog(
        "propaganda", repos.propaganda, catalogues=repos.propaganda.catalogues, units=units, record=record, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog, *, title="Nói chuyện phòng, chống mại dâm ở thôn Đông", form="hoi_nghi", groups=None):
    f = dialog.fields
    f["activity_date"].setDate(QDate(2026, 10, 5))
    f["form_code"].set_value(form)
    # QTest cannot type characters outside Latin-1, so Vietnamese text is set, ASCII text is typed.
    f["title"].setText(title)
    f["participants"].setValue(1350)
    f["materials"].setValue(40)
    f["unit_code"].set_value("T01")
    if groups:
        f["target_groups"].boxes[groups].setChecked(True)
    qtbot.keyClicks(f["organiser"], "Doan Thanh nien")


def test_enter_saves_the_record(qtbot, repos):
    dialog = make_dialog(qtbot, repos)
    group = repos.groups.entries[1].code
    fill(qtbot, dialog, groups=group)
    qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = activities(repos.db)
    assert len(rows) == 1
    rec = rows[0]
    assert (rec.activity_date, rec.form_code, rec.participants, rec.materials, rec.unit_code) == (
        date(2026, 10, 5),
        "hoi_nghi",
        1350,
        40,
        "T01",
    )
    assert rec.title == "Nói chuyện phòng, chống mại dâm ở thôn Đông"
    assert rec.target_groups == (group,)
    assert rec.organiser == "Doan Thanh nien"
    assert dialog.saved.id == rec.id
    assert [e.action for e in repos.audit.entries("propaganda", rec.id)] == ["create"]


def test_bad_input_shows_inline_problems_and_saves_nothing(qtbot, repos):
    dialog = make_dialog(qtbot, repos)
    dialog.fields["activity_date"].setDate(QDate(2027, 1, 1))  # after "today"
    qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text("title") == "is required"
    assert dialog.errors.text("form_code") == "is required"
    assert "today" in dialog.errors.text("activity_date")
    assert dialog.errors.labels["title"].isVisible()
    assert dialog.errors.text("participants") == ""
    assert not dialog.errors.labels["participants"].isVisible()
    assert totals(repos.db)[0] == 0
    # The first field with a problem gets the focus, so the user can type the fix at once.
    assert dialog.focusWidget() is dialog.fields["activity_date"]
    # Fixing the input and saving again clears the problems and stores the record.
    fill(qtbot, dialog)
    dialog.fields["activity_date"].setDate(QDate(2026, 3, 1))
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert totals(repos.db)[0] == 1


def test_escape_cancels_without_saving(qtbot, repos):
    dialog = make_dialog(qtbot, repos)
    fill(qtbot, dialog)
    qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert totals(repos.db)[0] == 0


def test_edit_loads_the_record_and_updates_it(qtbot, repos):
    dialog = make_dialog(qtbot, repos)
    group = repos.groups.entries[1].code
    fill(qtbot, dialog, groups=group)
    dialog.save_button.click()
    saved = dialog.saved
    edit = make_dialog(qtbot, repos, record=saved)
    assert edit.fields["title"].text() == saved.title
    assert edit.fields["unit_code"].value() == "T01"
    assert edit.fields["participants"].value() == 1350
    assert edit.fields["target_groups"].boxes[group].isChecked()
    edit.fields["participants"].setValue(1400)
    qtbot.keyClick(edit.fields["note"], Qt.Key.Key_Enter)
    assert edit.result() == QDialog.DialogCode.Accepted
    assert repos.propaganda.get(saved.id).participants == 1400
    last = repos.audit.entries("propaganda", saved.id)[-1]
    assert (last.action, last.before, last.after) == ("update", {"participants": 1350}, {"participants": 1400})


def test_locked_period_is_reported_and_nothing_changes(qtbot, repos, monkeypatch):
    shown = []
    monkeypatch.setattr("commune_desk.ui.dialogs.record_form.show_expected", lambda parent, exc: shown.append(exc))
    repos.periods.set(PeriodState("2026-Q4", "signed", 1, "abc", date(2026, 10, 1), date(2026, 12, 31)))
    dialog = make_dialog(qtbot, repos)
    fill(qtbot, dialog)
    dialog.fields["activity_date"].setDate(QDate(2026, 11, 2))
    dialog.save_button.click()
    assert [type(e).__name__ for e in shown] == ["Locked"]
    assert dialog.isVisible()
    assert totals(repos.db)[0] == 0


def test_inline_problem_is_translated(qtbot, repos, vietnamese):
    dialog = make_dialog(qtbot, repos)
    dialog.save_button.click()
    assert dialog.errors.text("title") == "không được để trống"
    assert dialog.errors.text("form_code") == "không được để trống"
