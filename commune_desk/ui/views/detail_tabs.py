"""Several histories of one register entry in tabs (a model's status changes and its quarterly figures)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class DetailTabs(QWidget):
    """Shaped like a RecordView with `parent_field` for MasterDetailView: each tab follows the selected entry."""

    changed = Signal()

    def __init__(self, views, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = list(views)
        self.tabs = QTabWidget()
        for view in self.views:
            self.tabs.addTab(view, QCoreApplication.translate("RecordSpecs", view.spec.title))
            view.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def parent_code(self) -> str:
        return self.views[0].parent_code if self.views else ""

    def set_parent(self, code: str, label: str = "") -> None:
        for view in self.views:
            view.set_parent(code, label)

    def set_units(self, units) -> None:
        for view in self.views:
            view.set_units(units)

    def reload(self) -> None:
        for view in self.views:
            view.reload()
