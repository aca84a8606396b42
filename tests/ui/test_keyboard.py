"""Item 7 of issue 18, keyboard: Tab leaves a date field (arrows move inside it), the calendar greys the days the
rules refuse, and combo boxes find an entry as the officer types, with or without diacritics."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from commune_desk.domain.text import fold
from commune_desk.ui.dialogs.date_field import DateEdit
from commune_desk.ui.dialogs.search_combo import best_match, searchable
from tests.ui.conftest import TODAY
from tests.ui.test_record_screens import make_view


def _pair(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    day = DateEdit(latest=TODAY)
    after = QLineEdit()
    layout.addWidget(day)
    layout.addWidget(after)
    host.show()
    qtbot.waitExposed(host)
    return host, day, after


def test_tab_leaves_the_date_field_and_arrows_move_inside_it(qtbot):
    host, day, after = _pair(qtbot)
    day.setDate(QDate(2026, 11, 20))
    day.setFocus()
    day.setCurrentSection(DateEdit.Section.DaySection)
    qtbot.keyClick(day, Qt.Key.Key_Right, delay=1)
    qtbot.keyClick(day, Qt.Key.Key_Right, delay=1)
    qtbot.keyClick(day, Qt.Key.Key_Right, delay=1)  # past "20/": into the month
    assert day.currentSection() == DateEdit.Section.MonthSection
    qtbot.keyClick(day, Qt.Key.Key_Up)
    assert day.date() == QDate(2026, 12, 20)  # Up changes the section the cursor is in
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # Tab: the next field, not the year


def test_the_calendar_greys_the_days_after_today_and_never_moves_the_date(qtbot):
    host, day, _after = _pair(qtbot)
    day.setDate(QDate(2026, 12, 24))  # a stored date after today stays as it is
    assert day.date() == QDate(2026, 12, 24)
    calendar = day.calendar
    assert calendar.refused(date(2026, 11, 21)) and not calendar.refused(TODAY)
    calendar.setSelectedDate(QDate(2026, 11, 1))
    calendar.resize(400, 300)
    image = QImage(calendar.size(), QImage.Format.Format_RGB32)
    calendar.render(image)
    greys = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).name() == "#eeeeee"
    )
    assert greys > 20  # the refused days are drawn grey
    day.calendar.latest = None
    image.fill(0)
    calendar.render(image)
    assert (
        sum(
            1
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if image.pixelColor(x, y).name() == "#eeeeee"
        )
        < greys
    )  # and only those


def test_a_record_form_greys_after_its_today(qtbot, repos):
    view, _repo = make_view(qtbot, repos, "tipoff")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    field = dialog.fields["received_date"]
    assert isinstance(field, DateEdit) and field.calendar.latest == TODAY


def test_combo_boxes_find_what_is_typed_without_diacritics(qtbot):
    combo = searchable(QComboBox())
    qtbot.addWidget(combo)
    for label in ("— chọn —", "Thôn Bắc", "Thôn Đông", "Tổ dân phố Tây"):
        combo.addItem(label)
    combo.show()
    qtbot.waitExposed(combo)
    combo.setFocus()
    qtbot.keyClicks(combo, "dong")
    assert combo.currentText() == "Thôn Đông"
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a pause starts a new search
    qtbot.keyClicks(combo, "tay")
    assert combo.currentText() == "Tổ dân phố Tây"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform's popup, not our code
def test_an_open_drop_down_searches_too_and_escape_changes_nothing(qtbot):
    """Issue 18 item 7: typing in the open list moves its highlight; Enter chooses, Esc keeps the stored choice."""
    combo = searchable(QComboBox())
    qtbot.addWidget(combo)
    for label in ("— chọn —", "Thôn Bắc", "Thôn Đông", "Tổ dân phố Tây"):
        combo.addItem(label)
    combo.show()
    qtbot.waitExposed(combo)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClicks(combo.view(), "tay")
    assert combo.view().currentIndex().row() == 3
    assert combo.currentIndex() == 0  # nothing chosen yet
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.currentIndex() == 0
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(combo.view(), "dong")
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == "Thôn Đông")


def test_the_propaganda_form_searches_its_combos(qtbot, repos):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.ui.dialogs.record_form import RecordDialog

    cats = default_catalogues()
    dialog = RecordDialog(
        "propaganda", repos.propaganda, catalogues=cats, units=repos.profiles.get().residential_units, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    unit = dialog.fields["unit_code"]
    unit.setFocus()
    qtbot.keyClicks(unit, "dong")
    assert "Đông" in unit.currentText()


words = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạéèẻẽẹóòỏõọ ", min_size=1, max_size=12)


@given(labels=st.lists(words, min_size=1, max_size=6), pick=st.integers(0, 5))
def test_typing_a_label_without_diacritics_finds_a_label_equal_to_it(labels, pick):
    """Property: the stripped form of any label finds a label that folds to the same start."""
    target = labels[pick % len(labels)]
    typed = fold(target)
    if not typed.strip():
        return
    index = best_match(labels, typed)
    assert index >= 0
    assert " ".join(fold(labels[index]).split()).find(" ".join(typed.split())) >= 0


def test_list_filters_search_as_typed(qtbot, repos):
    view, _repo = make_view(qtbot, repos, "training")
    view.unit.setFocus()
    qtbot.keyClicks(view.unit, "dong")
    assert "Đông" in view.unit.currentText()
