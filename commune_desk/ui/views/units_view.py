"""Residential units: the list from the profile, and renames or mergers with their effective date (history)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from commune_desk.ui.views.master_detail_view import MasterDetailView

C = "UnitsView"


def tr(text: str) -> str:  # for texts declared with QT_TRANSLATE_NOOP in this module
    return QCoreApplication.translate(C, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


HEADERS = (QT_TRANSLATE_NOOP("UnitsView", "Code"), QT_TRANSLATE_NOOP("UnitsView", "Name"), QT_TRANSLATE_NOOP("UnitsView", "Kind"),
           QT_TRANSLATE_NOOP("UnitsView", "In use"))


class UnitsModel(QAbstractTableModel):
    """Every residential unit of the profile, retired ones last."""

    def __init__(self, units=(), parent=None) -> None:
        super().__init__(parent)
        self.units: list = []
        self.set_units(units)

    def set_units(self, units) -> None:
        self.beginResetModel()
        self.units = sorted(units, key=lambda u: not u.active)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        u = self.units[index.row()]
        in_use = self.tr("yes") if u.active else self.tr("no (merged or dissolved)")
        return (u.code, u.name, u.kind, in_use)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < 4:
            return tr(HEADERS[section])
        return super().headerData(section, orientation, role)


class UnitsList(QWidget):
    """The register side of the units screen (shaped like a RecordView for MasterDetailView)."""

    changed = Signal()

    def __init__(self, units, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnitsModel(units, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 80), (2, 110), (3, 200)):
            self.table.setColumnWidth(col, width)
        heading = QLabel(self.tr("Residential units"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        hint = QLabel(self.tr("Add or remove units in the unit profile. Select a unit to rename, merge, split or "
                              "dissolve it with an effective date: its records and their history stay attached; "
                              "from that date it leaves the shares of units and takes no new records."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def selected_record(self):
        index = self.table.currentIndex()
        return self.model.units[index.row()] if index.isValid() else None

    def select_id(self, unit_id) -> None:
        for row, u in enumerate(self.model.units):
            if u.id == unit_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))

    def set_units(self, units) -> None:
        current = self.selected_record()
        self.model.set_units(units)
        if current is not None:
            self.select_id(current.id)

    def reload(self) -> None:
        pass


class UnitsView(MasterDetailView):
    """`events`: a RecordView of residential_unit_event with parent_field "unit_code"; `profiles` saves names."""

    profileChanged = Signal(object)

    def __init__(self, profiles, events, parent: QWidget | None = None) -> None:
        self._profiles = profiles
        super().__init__(UnitsList(profiles.get().residential_units), events, label=lambda u: u.name,
                         parent=parent)
        events.saved.connect(self.apply_event)

    def apply_event(self, event) -> None:
        """A rename gives the unit its new name; a merger retires it. Records keep pointing at the unit."""
        profile = self._profiles.get()
        units = [u for u in profile.residential_units if u.active]
        if event.kind == "renamed" and event.new_name:
            units = [replace(u, name=event.new_name) if u.code == event.unit_code else u for u in units]
        elif event.kind in ("merged", "split", "dissolved"):
            units = [u for u in units if u.code != event.unit_code]
        else:
            return
        saved = self._profiles.save(replace(profile, residential_units=tuple(units)))
        self.set_units(saved.residential_units)
        self.profileChanged.emit(saved)

    def set_units(self, units) -> None:
        self.master.set_units(units)
        self.detail.set_units(units)
