"""The forms warn (yellow, never blocking) when participants are far outside last year's range for the unit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from commune_desk.domain.propaganda import PropagandaActivity
from tests.ui.test_record_screens import make_view as make_record_view


def last_year(repos):
    for month, n in ((2, 30), (5, 50), (9, 40)):
        repos.propaganda.add(PropagandaActivity(date(2025, month, 3), "loa", "Phát loa", participants=n,
                                                unit_code="T01"))


def test_propaganda_form_warns_and_still_saves(qtbot, repos):
    last_year(repos)
    view, _repo = make_record_view(qtbot, repos, "propaganda")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(QLabel, "plausibilityWarning")
    assert warning is not None and not warning.isVisible()
    f = dialog.fields
    f["activity_date"].setDate(QDate(2026, 10, 5))
    f["form_code"].set_value("loa")
    f["title"].setText("Phát loa về tệ nạn mại dâm")
    f["unit_code"].set_value("T01")
    f["participants"].setValue(120)
    assert not warning.isVisible()
    f["participants"].setValue(1500)                       # > 3 × 50
    assert warning.isVisible()
    assert "1500" in warning.text().replace(".", "").replace(",", "") and "30–50" in warning.text()
    f["unit_code"].set_value("T02")   # no history for Thôn Tây: no opinion
    assert not warning.isVisible()
    f["unit_code"].set_value("T01")
    assert warning.isVisible()
    qtbot.keyClick(f["title"], Qt.Key.Key_Return)            # a warning never blocks saving
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved.participants == 1500


def test_training_form_warns_on_the_total_of_the_roles_and_still_saves(qtbot, repos):
    from commune_desk.domain.records.types import Training, TrainingLine

    view, repo = make_record_view(qtbot, repos, "training")
    for day, n in ((3, 10), (4, 20), (5, 15)):
        repo.add(Training(date(2025, 4, day), "nghiep_vu", "Lớp", unit_code="T02",
                          participants=(TrainingLine("can_bo", "xa", n, 0),)))
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(QLabel, "plausibilityWarning")
    dialog.fields["training_date"].setDate(QDate(2026, 4, 1))
    dialog.fields["topic_code"].set_value("nghiep_vu")
    dialog.fields["title"].setText("Lớp nghiệp vụ")
    dialog.fields["unit_code"].set_value("T02")
    dialog.fields["participants"].set_value((TrainingLine("can_bo", "xa", 40, 0),
                                             TrainingLine("cong_tac_vien", "xa", 21, 0)))
    assert warning.isVisible() and "61" in warning.text()
    dialog.fields["participants"].rows[("cong_tac_vien", "xa")][0].setValue(0)     # 40 <= 3 × 20
    assert not warning.isVisible()
    dialog.fields["participants"].rows[("cong_tac_vien", "xa")][0].setValue(21)
    assert warning.isVisible()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved.participant_total == 61
