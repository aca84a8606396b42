"""A register above its history: businesses with their inspections, hotspots with their events, units with changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


class MasterDetailView(QWidget):
    """`master` lists the register; `detail` (a RecordView with `parent_field`) follows the selected entry.

    `label(record)` names the selected entry in the detail heading.
    """

    changed = Signal()

    def __init__(self, master, detail, *, label=lambda r: r.code, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.master = master
        self.detail = detail
        self._label = label
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(master)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        master.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        master.model.modelReset.connect(self._follow)
        detail.changed.connect(self._detail_changed)
        master.changed.connect(self.changed)
        self._follow()

    def _follow(self) -> None:
        rec = self.master.selected_record()
        code = rec.code if rec is not None else ""
        if code != self.detail.parent_code:
            self.detail.set_parent(code, self._label(rec) if rec is not None else "")

    def _detail_changed(self) -> None:
        """An inspection or event changed: the register's counts and current states follow."""
        rec = self.master.selected_record()
        self.master.reload()
        if rec is not None:
            self.master.select_id(rec.id)
        self.changed.emit()

    def set_units(self, units) -> None:
        self.master.set_units(units)
        self.detail.set_units(units)

    def reload(self) -> None:
        self.master.reload()
        self.detail.reload()
