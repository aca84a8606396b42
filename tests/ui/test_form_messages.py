"""Item 4 of issue 18: validation messages wrap to their full height, state the allowed range, go as soon as the
field is valid; an amber warning never blocks saving and never says "you can still save" beside a refusal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from commune_desk.domain.records.types import Training, TrainingLine
from commune_desk.ui.dialogs.number_field import NumberField
from commune_desk.ui.language import fmt_int
from tests.ui.layout_checks import squeezed
from tests.ui.test_record_screens import make_view


def _shown(label: QLabel, dialog) -> bool:
    return label.isVisibleTo(dialog) and bool(label.text())


def _fits(dialog, width: int = 740, height: int = 650) -> list[str]:
    dialog.resize(width, height)
    QApplication.processEvents()
    QApplication.processEvents()
    return squeezed(dialog)


def test_a_number_message_wraps_to_full_height_states_the_range_and_goes_when_valid(qtbot, repos, vietnamese):
    view, _repo = make_view(qtbot, repos, "penalty_decision")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fine: NumberField = dialog.fields["fine"]
    fine.edit.setText("-5.000.000")
    message = fine.message
    assert _shown(message, dialog)
    assert fmt_int(fine.minimum()) in message.text() and fmt_int(fine.maximum()) in message.text()
    assert message.wordWrap() and _fits(dialog) == []  # its full height, nothing cut
    assert message.height() >= message.heightForWidth(message.width())
    dialog.save()
    assert dialog.saved is None and _shown(dialog.errors.general, dialog)
    fine.edit.setText("1.500.000")
    assert not _shown(message, dialog)  # the field is valid: its message goes
    qtbot.waitUntil(lambda: not _shown(dialog.errors.general, dialog), timeout=3000)  # and the refusal on top


@pytest.mark.parametrize("text", ["-3", "mười", "99999999999"])
def test_every_number_refusal_states_the_limits(qtbot, text):
    field = NumberField(150_000_000, 500_000)
    qtbot.addWidget(field)
    field.edit.setText(text)
    assert field.value() is None
    assert fmt_int(500_000) in field.problem() and fmt_int(150_000_000) in field.problem()


def test_domain_messages_go_field_by_field_as_soon_as_each_is_valid(qtbot, repos):
    view, repo = make_view(qtbot, repos, "business")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._set("name", "Karaoke Hoa Hồng")
    dialog._set("kind_code", "karaoke")
    dialog._set("workers", 3)
    dialog._set("workers_committed", 5)
    dialog.save()
    assert dialog.saved is None and repo.count() == 0
    committed, code = dialog.errors.labels["workers_committed"], dialog.errors.labels["code"]
    assert _shown(committed, dialog) and _shown(code, dialog)
    dialog._set("workers_committed", 2)  # now valid: that message goes at once
    qtbot.waitUntil(lambda: not _shown(committed, dialog), timeout=3000)
    assert _shown(code, dialog)  # the other one stays until its field is
    dialog._set("workers_committed", 7)  # wrong again: back, with the same words
    qtbot.waitUntil(lambda: _shown(committed, dialog), timeout=3000)
    dialog._set("workers_committed", 2)
    dialog._set("code", "CS07")
    qtbot.waitUntil(lambda: not _shown(code, dialog) and not _shown(committed, dialog), timeout=3000)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and repo.count() == 1


def test_an_amber_warning_never_blocks_and_never_contradicts_a_refusal(qtbot, repos, vietnamese):
    view, repo = make_view(qtbot, repos, "training")
    for day, n in ((3, 10), (4, 20), (5, 15)):
        repo.add(
            Training(
                date(2025, 4, day),
                "nghiep_vu",
                "Lớp",
                unit_code="T02",
                participants=(TrainingLine("can_bo", "xa", n, 0),),
            )
        )
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(QLabel, "plausibilityWarning")
    f = dialog.fields
    f["training_date"].setDate(QDate(2026, 4, 1))
    f["topic_code"].set_value("nghiep_vu")
    f["unit_code"].set_value("T02")
    f["participants"].set_value((TrainingLine("can_bo", "xa", 90, 0),))  # far above last year's numbers
    assert _shown(warning, dialog) and warning.text().endswith("Cảnh báo này không ngăn việc lưu.")
    dialog.save()  # no title: refused, in red
    assert dialog.saved is None and _shown(dialog.errors.labels["title"], dialog)
    assert _shown(warning, dialog) and "không ngăn việc lưu" not in warning.text()  # no contradiction
    assert _fits(dialog) == []
    f["title"].setText("Lớp nghiệp vụ")  # the refusal goes …
    qtbot.waitUntil(lambda: not _shown(dialog.errors.labels["title"], dialog), timeout=3000)
    assert warning.text().endswith("Cảnh báo này không ngăn việc lưu.")  # … and the warning says so again
    dialog.save()  # the warning alone never blocks
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved.participant_total == 90


def test_a_date_refusal_states_the_allowed_range(qtbot, repos, vietnamese):
    view, repo = make_view(qtbot, repos, "tipoff")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["received_date"].setDate(QDate(2026, 12, 24))  # after today (20/11/2026)
    dialog.save()
    text = dialog.problem_text("received_date")
    assert "hôm nay" in text and any(ch.isdigit() for ch in text), text  # from the first day allowed to today
