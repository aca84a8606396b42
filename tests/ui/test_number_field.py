"""Number fields hold every legal amount exactly and refuse, with a message stating the range, what they cannot."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from commune_desk.domain.records.rules import MAX_COUNT, MAX_FINE
from commune_desk.domain.records.types import Penalty, TrainingLine
from commune_desk.ui.dialogs.number_field import NumberField, parse_whole
from tests.ui.conftest import TODAY
from tests.ui.test_record_screens import make_view


@pytest.fixture(autouse=True)
def english_numbers(qapp):
    """English number style ("1,000,000") unless a test installs Vietnamese; the C locale has no separators."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def field(qtbot, maximum=MAX_COUNT) -> NumberField:
    widget = NumberField(maximum)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_stored_value_beyond_the_range_is_shown_exactly_and_refused_not_cut(qtbot):
    f = field(qtbot, maximum=10_000_000)
    f.setValue(15_000_000)
    assert f.text() == QLocale().toString(15_000_000)
    assert f.value() is None
    assert f.problem() == "Out of range: enter a number from 0 to 10,000,000."
    assert f.message.isVisibleTo(f)


def test_typing_a_billion_participants_is_refused_with_the_range(qtbot):
    f = field(qtbot)
    f.edit.clear()
    qtbot.keyClicks(f.edit, "1000000000")
    assert f.value() is None
    assert f.problem() == "Out of range: enter a number from 0 to 1,000,000."
    assert f.message.isVisibleTo(f)
    f.edit.clear()
    qtbot.keyClicks(f.edit, "1000000")
    assert f.value() == MAX_COUNT and f.problem() == "" and not f.message.isVisibleTo(f)


def test_a_minus_sign_gets_a_message(qtbot):
    f = field(qtbot)
    f.edit.clear()
    qtbot.keyClicks(f.edit, "-5")
    assert f.value() is None
    assert f.problem() == "A negative number is not allowed here: enter a number from 0 to 1,000,000."
    f.edit.clear()
    qtbot.keyClicks(f.edit, "12a")
    assert f.problem() == "Not a whole number: enter a number from 0 to 1,000,000."


def test_messages_in_vietnamese(qtbot, vietnamese):
    f = field(qtbot)
    f.edit.setText("2000000")
    assert f.problem() == "Vượt quá giới hạn: chỉ nhập số từ 0 đến 1.000.000."
    f.edit.setText("-1")
    assert f.problem() == "Không được nhập số âm: chỉ nhập số từ 0 đến 1.000.000."
    f.edit.setText("1,5")
    assert f.problem() == "Không phải số nguyên: chỉ nhập số từ 0 đến 1.000.000."


def test_group_separators_are_read_and_written_back(qtbot):
    f = field(qtbot, maximum=MAX_FINE)
    for typed in ("15000000", "15,000,000", "15.000.000", "15 000 000"):
        f.edit.setText(typed)
        assert f.value() == 15_000_000, typed
    f.edit.setText("15000000")
    f.edit.editingFinished.emit()
    assert f.text() == "15,000,000"
    for bad in ("1.5", "1,50", "1.500,000", "12.3456"):     # not groups of three: never guessed
        assert parse_whole(bad) is None, bad


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["en", "vi"]))
def test_any_value_set_reads_back_exactly_or_is_refused(qapp, value, lang):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
    try:
        f = NumberField(MAX_FINE)
        f.setValue(value)
        assert parse_whole(f.text()) == value                    # the text always says the stored number
        assert f.value() == (value if value <= MAX_FINE else None)
        assert (f.problem() == "") == (value <= MAX_FINE)
        f.deleteLater()
    finally:
        QLocale.setDefault(previous)


def test_a_15_million_fine_survives_editing_the_note(qtbot, repos):
    """The reported data loss: a 15.000.000 đ fine, note edited in the form, must stay 15.000.000."""
    view, repo = make_view(qtbot, repos, "penalty_decision")
    stored = repo.add(Penalty("07/QĐ-XPHC", date(2026, 8, 3), "nd282_d34_k3", 15_000_000, sex="nu",
                              age_group_code="18_30", act_date=date(2026, 8, 1)))
    dialog = view.make_dialog(stored)
    qtbot.addWidget(dialog)
    assert dialog.fields["fine"].value() == 15_000_000
    dialog.fields["note"].setText("Đã nộp phạt")
    dialog.save()
    assert dialog.saved is not None
    assert repo.get(stored.id).fine == 15_000_000
    last = repos.audit.entries("penalty_decision", stored.id)[-1]
    assert last.action == "update"
    assert {k for k in last.after if last.before.get(k) != last.after[k]} == {"note"}


def test_every_legal_fine_can_be_typed_and_a_larger_one_is_refused(qtbot, repos):
    view, repo = make_view(qtbot, repos, "penalty_decision")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    fine = dialog.fields["fine"]
    fine.edit.clear()
    qtbot.keyClicks(fine.edit, str(MAX_FINE))
    assert fine.value() == 150_000_000 and fine.problem() == ""
    fine.edit.clear()
    qtbot.keyClicks(fine.edit, str(MAX_FINE + 1))
    assert fine.problem() == "Out of range: enter a number from 0 to 150,000,000."
    dialog._set("number", "01/QĐ-XPHC")
    dialog.save()
    assert dialog.saved is None and repo.count() == 0
    assert dialog.errors.general.isVisibleTo(dialog)
    assert "correct it before saving" in dialog.errors.general.text()


def test_participants_beyond_the_limit_are_refused_in_the_training_form(qtbot, repos):
    view, repo = make_view(qtbot, repos, "training")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog._set("topic_code", "nghiep_vu")
    dialog._set("title", "Tập huấn")
    spin, persons = dialog.fields["participants"].rows[("can_bo", "xa")]
    spin.edit.setText("1000000000")
    assert spin.problem() == "Out of range: enter a number from 0 to 1,000,000."
    dialog.save()
    assert dialog.saved is None and repo.count() == 0
    spin.edit.setText("12")
    persons.edit.setText("-2")
    dialog.save()
    assert dialog.saved is None and repo.count() == 0
    persons.edit.setText("9")
    dialog.save()
    assert dialog.saved is not None
    assert repo.get(dialog.saved.id).participants == (TrainingLine("can_bo", "xa", 12, 9),)


def test_propaganda_form_refuses_and_keeps(qtbot, repos):
    from commune_desk.domain.propaganda import PropagandaActivity
    from commune_desk.ui.dialogs.record_form import RecordDialog
    from tests.propaganda import activities

    stored = repos.propaganda.add(PropagandaActivity(date(2026, 5, 2), "loa", "Phát thanh", participants=MAX_COUNT,
                                                     target_groups=("thanh_nien", "nguoi_dan")))
    units = repos.profiles.get().residential_units
    dialog = RecordDialog("propaganda", repos.propaganda, catalogues=repos.propaganda.catalogues, units=units,
                          record=stored, today=TODAY)
    qtbot.addWidget(dialog)
    participants = dialog.fields["participants"]
    assert participants.value() == MAX_COUNT
    participants.edit.setText("-3")
    assert participants.problem().startswith("A negative number is not allowed")
    dialog.save()
    assert dialog.saved is None
    participants.edit.setText(str(MAX_COUNT))
    dialog.save()
    assert dialog.saved is not None
    assert activities(repos.db)[0] == replace(stored)


def test_lists_give_back_what_they_were_given(qtbot):
    """Codes no longer in the catalogue stay (shown by code), stored order and stored zeros are kept."""
    from commune_desk.ui.dialogs.form_widgets import CheckList, CountsTable

    checks = CheckList([("a", "A"), ("b", "B"), ("c", "C")])
    qtbot.addWidget(checks)
    checks.set_value(("c", "retired", "a"))
    assert checks.value() == ("c", "retired", "a")
    assert checks.boxes["retired"].text() == "retired"
    checks.boxes["b"].setChecked(True)
    checks.boxes["c"].setChecked(False)
    assert checks.value() == ("retired", "a", "b")

    counts = CountsTable([("x", "X"), ("y", "Y")], "Total:")
    qtbot.addWidget(counts)
    counts.set_value((("y", 3), ("old_role", 2), ("x", 0)))
    assert counts.value() == (("y", 3), ("old_role", 2), ("x", 0))
    assert counts.total.text() == "5"
    fresh = CountsTable([("x", "X"), ("y", "Y")], "Total:")
    qtbot.addWidget(fresh)
    fresh.spins["y"].setValue(4)
    assert fresh.value() == (("y", 4),)
