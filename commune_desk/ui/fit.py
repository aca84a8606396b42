"""Fitting dialogs to a laptop screen: the body scrolls inside, the buttons stay in view, nothing asks for more
than a 1366×768 (or 1280×720, or 1920×1080 at 150 %) screen has.

`fit_dialog(dialog)` is called at the end of a dialog's constructor. It moves everything of the dialog's layout
above its button row into a scroll area that shows the whole body when the screen has room and scrolls when not,
so Save / Cancel are always on screen and a growing message (errors under fields) never pushes them off it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The tallest minimum any window may have: a 768-pixel screen less a taskbar and a title bar, and 720 pixels
# (1280×720, or 1920×1080 at 150 %) less the same. Tests hold every page and dialog to it.
MAX_MINIMUM_HEIGHT = 700
# What a scrolling body asks for at least: a few rows of a form stay visible however small the screen.
MIN_BODY_HEIGHT = 220
# Room kept free on the screen for the title bar, the window frame and a taskbar.
SCREEN_RESERVE = 90


def available_height(widget: QWidget | None = None) -> int:
    """The height a window may take on the screen `widget` is on (the primary screen otherwise)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    height = screen.availableGeometry().height() if screen is not None else 768
    return max(MIN_BODY_HEIGHT * 2, height - SCREEN_RESERVE)


class FittingScroll(QScrollArea):
    """A scroll area that shows its whole content when there is room and asks for little when there is not."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)
        # A timer of its own (not QTimer.singleShot): it dies with the scroll area, so a closed dialog is left alone.
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.timeout.connect(self._refit)
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A message appeared or went under a field: the body's need changed. QScrollArea only looks again when
        # it is resized itself, so the body would keep its old height and the new lines would be cut off.
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self._refit_timer.start(0)
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The first layout pass sizes the body before its own layout settled (messages set before showing).
        super().showEvent(event)
        self._refit_timer.start(0)

    def _refit(self) -> None:
        self.updateGeometry()
        self.setWidgetResizable(True)  # the body gets its new height (scrolling if it must)
        window = self.window()
        if window is not self and window.isVisible():  # the window grows to show it all, if the screen has room
            want = min(window.sizeHint().height(), available_height(window))
            if window.height() < want:
                window.resize(window.width(), want)

    def _extra_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.widget().sizeHint()
        return QSize(
            hint.width() + self._extra_width(), min(hint.height() + 2 * self.frameWidth(), available_height(self))
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        body = self.widget()
        least = body.minimumSizeHint().expandedTo(body.minimumSize())
        return QSize(least.width() + self._extra_width(), min(least.height(), MIN_BODY_HEIGHT))


def _is_button_row(item) -> bool:
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = item.layout()
    return layout is not None and any(
        isinstance(layout.itemAt(i).widget(), QDialogButtonBox) for i in range(layout.count())
    )


def fit_dialog(dialog: QDialog, *, keep_top: int = 0) -> FittingScroll | None:
    """Put what lies between the first `keep_top` items and the button row of `dialog`'s layout in a scroll area.

    The button row is the last item holding a QDialogButtonBox (else the last item). Returns the scroll area, or
    None when the dialog's layout is not a vertical box (then nothing is changed).
    """
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() != QBoxLayout.Direction.TopToBottom:
        return None
    last = layout.count() - 1
    buttons_at = next((i for i in range(last, -1, -1) if _is_button_row(layout.itemAt(i))), last)
    body = QWidget()
    body.setObjectName("fitBody")
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    # What each item holds, taken first: a layout item must not be touched once it left its layout.
    moved = []
    for index in range(keep_top, buttons_at):
        item = layout.itemAt(index)
        moved.append((layout.stretch(index), item.widget(), item.layout(), item.spacerItem()))
    for _ in range(keep_top, buttons_at):
        taken = layout.takeAt(keep_top)
        if taken.layout() is not None:
            taken.layout().setParent(None)
    for stretch, widget, inner, spacer in moved:
        if widget is not None:
            body_layout.addWidget(widget, stretch)
        elif inner is not None:
            body_layout.addLayout(inner, stretch)
        elif spacer is not None:
            body_layout.addStretch(max(stretch, 1))
    scroll = FittingScroll(body)
    layout.insertWidget(keep_top, scroll, 1)
    return scroll


def available_width(widget: QWidget | None = None) -> int:
    """The width a window may take on the screen `widget` is on (the primary screen otherwise)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry().width() if screen is not None else 1366


def open_size(window: QWidget, width: int, height: int) -> None:
    """Give `window` the size it opens with, `width`×`height` at most: never more than its screen has (a dialog
    opening 860 pixels high put its buttons below a 768-pixel screen), never less than its layout needs."""
    least = window.minimumSizeHint()
    window.resize(
        max(min(width, available_width(window)), least.width()),
        max(min(height, available_height(window)), least.height()),
    )


def fit_to_screen(window: QWidget) -> None:
    """A window bigger than the screen it is on is made to fit it (its layout's minimum permitting)."""
    height = available_height(window)
    if window.height() > height:
        window.resize(window.width(), max(height, window.minimumSizeHint().height()))
