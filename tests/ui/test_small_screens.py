"""Item 1 of issue 18: every page and dialog fits a 1366×768 and a 1280×720 laptop screen (also 1920×1080 at
150 %): no minimum taller than 700 pixels, nothing squeezed over its neighbour, Save / Cancel always in view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidget

from commune_desk.ui.fit import MAX_MINIMUM_HEIGHT, available_height
from tests.ui.layout_checks import squeezed, visible_inside

# Window client areas: 1366×768 and 1280×720 less a taskbar (40) and a title bar (30).
SCREENS = ((1366, 698), (1280, 650))


@pytest.fixture
def tour(demo_tour):
    """The demo window in Vietnamese (its texts are longer than the English ones: the penalty form fitted in
    English and needed 1370 pixels in Vietnamese)."""
    return demo_tour(SCREENS[0])


def _pages(tour):
    return list(tour.pages())


def test_every_page_fits_both_laptop_screens(tour):
    failures = []
    window = tour.window
    for width, height in SCREENS:
        window.resize(width, height)
        for name, build in tour.pages():
            build()
            QApplication.processEvents()
            least = window.minimumSizeHint()
            if least.height() > MAX_MINIMUM_HEIGHT or least.width() > width:
                failures.append(f"{name} at {width}×{height}: the window needs {least.width()}×{least.height()}")
            failures += [f"{name} at {width}×{height}: {problem}" for problem in squeezed(window)]
    assert failures == []


def test_visiting_the_reports_page_leaves_the_window_small(tour):
    """Once built, a tall page no longer sets the window's minimum (it was 828 pixels after Reports)."""
    tour.window.show_area("reports")
    QApplication.processEvents()
    tour.window.show_area("home")
    QApplication.processEvents()
    assert tour.window.minimumSizeHint().height() <= MAX_MINIMUM_HEIGHT
    tour.window.resize(1366, 698)
    tour.window.show_area("reports")
    QApplication.processEvents()
    assert tour.window.height() == 698 and squeezed(tour.window) == []


@pytest.mark.parametrize("limit", [height for _w, height in SCREENS])
def test_every_dialog_fits_with_its_buttons_in_view(tour, limit):
    failures = []
    for name, build in tour.dialogs():
        dialog = build()
        dialog.show()
        QApplication.processEvents()
        least = dialog.minimumSizeHint()
        if least.height() > MAX_MINIMUM_HEIGHT or least.width() > SCREENS[1][0]:
            failures.append(f"{name}: needs {least.width()}×{least.height()}")
        # It opens no larger than the screen (this one: 800×800 offscreen) lets a window be, nor wider than 1280.
        if dialog.height() > available_height(dialog) or dialog.width() > SCREENS[1][0]:
            failures.append(f"{name}: opens {dialog.width()}×{dialog.height()}, more than the screen has")
        if dialog.height() > limit:
            dialog.resize(dialog.width(), limit)
            QApplication.processEvents()
        failures += [f"{name} ({dialog.height()} high): {problem}" for problem in squeezed(dialog)]
        for box in dialog.findChildren(QDialogButtonBox):
            if box.isVisibleTo(dialog) and not visible_inside(dialog, box):
                failures.append(f"{name}: its buttons are cut off")
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    assert failures == []


def test_every_screen_in_a_state_fits(tour):
    """A signed period and its checked package, a locked record, history: still no squeeze at 1366×698."""
    tour.window.resize(*SCREENS[0])
    failures = []
    for name, build in tour.states():
        widget = build()
        top = tour.window if widget.window() is tour.window else widget
        top.show()
        QApplication.processEvents()
        if top.height() > SCREENS[0][1]:
            top.resize(top.width(), SCREENS[0][1])
            QApplication.processEvents()
        failures += [f"{name}: {problem}" for problem in squeezed(top)]
        if top.minimumSizeHint().height() > MAX_MINIMUM_HEIGHT:
            failures.append(f"{name}: needs {top.minimumSizeHint().height()} pixels of height")
        if top is not tour.window:
            top.close()
            top.deleteLater()
            QApplication.processEvents()
    assert failures == []


def test_no_dialog_scrolls_inside_a_scrolling_body(tour):
    """One scroll bar per form: the penalty form at 1280×720 showed two side by side (its own and fit_dialog's)."""
    from PySide6.QtWidgets import QScrollArea

    nested = []
    for name, build in tour.dialogs():
        dialog = build()
        for outer in dialog.findChildren(QScrollArea):
            inner = [a.objectName() or type(a).__name__ for a in outer.widget().findChildren(QScrollArea)]
            if inner:
                nested.append(f"{name}: {outer.objectName()} holds {inner}")
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    assert nested == []


@pytest.mark.parametrize("size", SCREENS)
def test_the_hand_values_table_needs_no_sideways_scrolling(tour, size):
    """Its evidence column sized to its contents pushed "Người nhập" and "Chỉ tiêu" off a 1366-pixel screen."""
    tour.window.resize(*size)
    for name, build in tour.pages():
        if name == "page_hand_values":
            page = build()
    QApplication.processEvents()
    table = page.findChild(QTableWidget, "handTable")
    assert table.rowCount() > 0
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(table.columnCount())) <= table.viewport().width()


# ---- the mechanism, and the checker, on their own ---------------------------------------------------------------
def _long_form(rows: int):
    from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    banner = QLabel("Biểu mẫu dài")
    layout.addWidget(banner)
    form = QFormLayout()
    for i in range(rows):
        form.addRow(f"Trường {i}:", QLineEdit())
    layout.addLayout(form)
    message = QLabel()
    message.setWordWrap(True)
    layout.addWidget(message)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel))
    return dialog, message


def test_a_squeezed_form_is_caught_by_the_checker(qtbot):
    dialog, _message = _long_form(40)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().height() > MAX_MINIMUM_HEIGHT  # what fit_dialog is for
    dialog.setMinimumSize(0, 0)
    dialog.setFixedHeight(400)  # forced smaller than its layout needs
    QApplication.processEvents()
    assert squeezed(dialog)


def test_fit_dialog_scrolls_the_body_and_keeps_the_buttons(qtbot):
    from commune_desk.ui.fit import FittingScroll, fit_dialog

    dialog, message = _long_form(40)
    qtbot.addWidget(dialog)
    scroll = fit_dialog(dialog, keep_top=1)
    assert isinstance(scroll, FittingScroll) and dialog.layout().itemAt(0).widget().text() == "Biểu mẫu dài"
    dialog.show()
    assert dialog.minimumSizeHint().height() <= MAX_MINIMUM_HEIGHT
    dialog.resize(dialog.width(), 500)
    QApplication.processEvents()
    box = dialog.findChild(QDialogButtonBox)
    assert visible_inside(dialog, box) and squeezed(dialog) == []
    assert scroll.verticalScrollBar().maximum() > 0  # the fields scroll, the buttons do not
    # a long message under the fields after showing: the body takes its new height, nothing is cut
    message.setText("Không được để trống. " * 40)
    qtbot.waitUntil(lambda: squeezed(dialog) == [], timeout=2000)
    assert visible_inside(dialog, box)


def test_a_window_opens_no_larger_than_its_screen(qtbot):
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    from commune_desk.ui.fit import available_width, open_size

    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Ghép cột"))
    open_size(dialog, 5000, 5000)
    assert dialog.height() == available_height(dialog) and dialog.width() == available_width(dialog)
    open_size(dialog, 300, 200)  # room to spare: the size asked for
    assert (dialog.width(), dialog.height()) == (300, 200)
    dialog.setMinimumSize(400, 300)
    open_size(dialog, 300, 200)  # never less than its layout needs
    assert dialog.width() >= 400 and dialog.height() >= 300


def test_a_message_grows_the_dialog_while_the_screen_has_room(qtbot):
    from commune_desk.ui.fit import available_height, fit_dialog

    dialog, message = _long_form(3)
    qtbot.addWidget(dialog)
    fit_dialog(dialog)
    dialog.show()
    before = dialog.height()
    message.setText("Số tiền phạt ngoài khung: nhập số từ 500.000 đến 1.000.000 đồng. " * 6)
    qtbot.waitUntil(lambda: dialog.height() > before, timeout=2000)
    assert dialog.height() <= available_height(dialog) and squeezed(dialog) == []
