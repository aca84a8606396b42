"""Parts every list screen shares: the bar that confirms a saved file ("Đã lưu …" with "Mở thư mục"), the
"Xuất Excel…" action behind it, and the history pane's show/hide button, remembered between sessions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STATE_FILE = "ui-state.json"


class SavedBar(QFrame):
    """Hidden until a file is saved; then names it, with a button that opens its folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedBar")
        self.setStyleSheet("#savedBar { background: #d1e7dd; border-radius: 4px; }")
        self.label = QLabel()
        self.label.setObjectName("savedFile")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton("✕")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(lambda: self.setVisible(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.path: Path | None = None
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests put their own
        self.setVisible(False)

    def show_saved(self, path) -> None:
        self.path = Path(path)
        self.label.setText(self.tr("Saved: %1").replace("%1", str(self.path)))
        self.setVisible(True)

    def open_folder(self) -> None:
        if self.path is not None:
            self.opener(QUrl.fromLocalFile(str(self.path.parent)))


def over_under(upper: QWidget, lower: list[QWidget], stretch: tuple[int, int] = (3, 1)) -> QWidget:
    """A list above, what belongs to its selected row below, with a handle between them the officer can drag."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter, QVBoxLayout

    box = QWidget()
    box_layout = QVBoxLayout(box)
    box_layout.setContentsMargins(0, 0, 0, 0)
    for widget in lower:
        box_layout.addWidget(widget)
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(upper)
    split.addWidget(box)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    return split


def inform_saved(parent: QWidget | None, title: str, text: str, path) -> None:
    """A message that a file was written (`text` names it) with "Mở thư mục" beside OK, for writes made from a
    menu, where no screen has a place for the saved bar."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    open_button = box.addButton(SavedBar.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def saved_bar_under(owner: QWidget, anchor: QWidget) -> SavedBar:
    """The saved bar of `owner`, put just under `anchor` (a status line) the first time it is asked for: screens
    that write a file (a report, a package, the office's summary) end like every list's export does."""
    bar = getattr(owner, "_saved_bar_under", None)
    if bar is None:
        bar = SavedBar()
        owner._saved_bar_under = bar  # type: ignore[attr-defined]
        layout = _layout_holding(anchor.parentWidget().layout(), anchor)
        layout.insertWidget(layout.indexOf(anchor) + 1, bar)
    return bar


def _layout_holding(layout, widget: QWidget):
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        found = _layout_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None


def export_list(view, title: str, table: Callable[[], tuple[list, list]], bar: SavedBar, path=None):
    """ "Xuất Excel…": every filtered row as shown into an .xlsx file chosen by the officer (or `path`), then the
    bar names it. Returns the path, or None when cancelled; a refused write is told and changes nothing."""
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.ui.errors import show_expected
    from commune_desk.ui.export import export_rows

    if path is None:
        from PySide6.QtCore import QCoreApplication

        path, _ = QFileDialog.getSaveFileName(
            view,
            QCoreApplication.translate("ListParts", "Export the list"),
            f"{title}.xlsx",
            QCoreApplication.translate("ListParts", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return None
    headers, rows = table()
    try:
        saved = export_rows(path, title, headers, rows)
    except ExpectedError as exc:
        show_expected(view, exc)
        return None
    except OSError as exc:  # a full or read-only drive: told, nothing half-written (atomic)
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            view,
            QCoreApplication.translate("ListParts", "Not saved"),
            QCoreApplication.translate("ListParts", "The file could not be saved: %1").replace(
                "%1", f"{path} ({exc.strerror or exc})"
            ),
        )
        return None
    bar.show_saved(saved)
    return saved


# ---- the history pane: shown or hidden, as the officer left it -------------------------------------------------
def _state_path() -> Path:
    from commune_desk.paths import data_dir

    return data_dir() / STATE_FILE


def load_state() -> dict:
    try:
        value = json.loads(_state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save_state(**changes) -> None:
    from commune_desk.storage.files import write_bytes_atomic

    state = {**load_state(), **changes}
    try:
        _state_path().parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(_state_path(), json.dumps(state, indent=1).encode("utf-8"))
    except OSError:
        pass  # a read-only data folder: the pane just is not remembered


def history_toggle(history: QWidget, parent: QWidget | None = None) -> QPushButton:
    """A checkable "Lịch sử thay đổi" button that shows or hides `history`; every list follows the last choice."""
    from PySide6.QtCore import QCoreApplication

    button = QPushButton(QCoreApplication.translate("ListParts", "History"), parent)
    button.setToolTip(QCoreApplication.translate("ListParts", "Show or hide the history of changes"))
    button.setObjectName("historyToggle")
    button.setCheckable(True)
    shown = bool(load_state().get("history_shown", True))
    button.setChecked(shown)
    history.setVisible(shown)

    def toggled(on: bool) -> None:
        history.setVisible(on)
        save_state(history_shown=on)

    button.toggled.connect(toggled)
    return button
