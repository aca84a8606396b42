"""Table model of propaganda activities: frozen domain rows fetched in pages of 200; sorting re-queries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from commune_desk.ui.language import fmt_date, fmt_int

PAGE_SIZE = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # the raw value the column sorts by
ROW_ROLE = Qt.ItemDataRole.UserRole + 2      # the frozen domain record of the row


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Column:
    """One column, declared once: header, how to show and sort a record, and the repository's sort key."""

    key: str
    header: str
    display: Callable
    raw: Callable
    sort_key: str | None = None
    numeric: bool = False


class PropagandaTableModel(QAbstractTableModel):
    """Holds only `PropagandaActivity` rows; `repo` gives `page(...)` and `totals(...)`."""

    def __init__(self, repo, flt, *, form_labels: dict[str, str], unit_names: dict[str, str],
                 team_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.team_names = dict(team_names or {})
        self._repo = repo
        self._filter = flt
        self._form_labels = dict(form_labels)
        self._unit_names = dict(unit_names)
        self._rows: list = []
        self._totals = None
        self._sort_column = 0
        self._descending = True
        self.columns = (
            Column("activity_date", QT_TRANSLATE_NOOP("PropagandaTableModel", "Date"),
                   lambda r: fmt_date(r.activity_date), lambda r: r.activity_date.isoformat(), "activity_date"),
            Column("form", QT_TRANSLATE_NOOP("PropagandaTableModel", "Form"),
                   lambda r: self._form_labels.get(r.form_code, r.form_code), lambda r: r.form_code, "form_code"),
            Column("title", QT_TRANSLATE_NOOP("PropagandaTableModel", "Title"),
                   lambda r: r.title, lambda r: r.title, "title"),
            Column("unit", QT_TRANSLATE_NOOP("PropagandaTableModel", "Residential unit"),
                   self._unit_text, lambda r: r.unit_code, "unit_code"),
            Column("participants", QT_TRANSLATE_NOOP("PropagandaTableModel", "Participants"),
                   lambda r: fmt_int(r.participants), lambda r: r.participants, "participants", True),
            Column("materials", QT_TRANSLATE_NOOP("PropagandaTableModel", "Materials"),
                   lambda r: fmt_int(r.materials), lambda r: r.materials, "materials", True),
            Column("organiser", QT_TRANSLATE_NOOP("PropagandaTableModel", "Organiser"),
                   lambda r: r.organiser, lambda r: r.organiser, None),
            Column("team", QT_TRANSLATE_NOOP("PropagandaTableModel", "Carried out by"),
                   lambda r: self.team_names.get(r.team_code, r.team_code), lambda r: r.team_code, None),
        )
        self.refresh()

    def _unit_text(self, rec) -> str:
        if not rec.unit_code:
            return QCoreApplication.translate("PropagandaTableModel", "Whole commune")
        return self._unit_names.get(rec.unit_code, rec.unit_code)

    # ---- loading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the totals and the first page under the current filter and sort."""
        # A view (or Qt's model tester) may ask for more rows while the reset is being announced; inserting rows
        # inside a reset is invalid (the tester aborts), so fetching waits until the reset is over. Seen once the
        # demo held more than one page (PAGE_SIZE) of activities.
        self._busy = True
        try:
            self.beginResetModel()
            self._totals = self._repo.totals(self._filter)
            self._rows = self._query(0)
            self.endResetModel()
        finally:
            self._busy = False

    def _query(self, offset: int) -> list:
        sort_key = self.columns[self._sort_column].sort_key or "activity_date"
        return self._repo.page(self._filter, offset=offset, limit=PAGE_SIZE, sort=sort_key,
                               descending=self._descending)

    def set_filter(self, flt) -> None:
        self._filter = flt
        self.refresh()

    def set_labels(self, *, form_labels: dict[str, str], unit_names: dict[str, str]) -> None:
        self._form_labels = dict(form_labels)
        self._unit_names = dict(unit_names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    @property
    def filter(self):
        return self._filter

    @property
    def totals(self):
        return self._totals

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        if parent.isValid() or self._totals is None or getattr(self, "_busy", False):
            return False
        return len(self._rows) < self._totals.count

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or getattr(self, "_busy", False):
            return
        more = self._query(len(self._rows))
        if not more:
            # The table shrank under us (another writer): stop asking.
            self._totals = type(self._totals)(len(self._rows), self._totals.participants, self._totals.materials)
            return
        # The same guard while rows are inserted: a listener asking for more then would fetch this page again.
        self._busy = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._busy = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ---- Qt model API -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(rec)
        if role == Qt.ItemDataRole.ToolTipRole and col.key == "title":
            return rec.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return col.raw(rec)
        if role == ROW_ROLE:
            return rec
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("PropagandaTableModel", self.columns[section].header)
        return super().headerData(section, orientation, role)

    def visible_table(self) -> tuple[list[str], list[list]]:
        """Headers and every filtered row in the shown order (all pages), for "Xuất Excel…": dates stay dates,
        counts stay numbers, the rest as shown."""
        self.fetch_all()
        headers = [QCoreApplication.translate("PropagandaTableModel", c.header) for c in self.columns]

        def cell(column: Column, rec):
            if column.key == "activity_date":
                return rec.activity_date
            return column.raw(rec) if column.numeric else column.display(rec)

        return headers, [[cell(c, r) for c in self.columns] for r in self._rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting asks the repository again (all rows, not only the loaded pages, take part)."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # ---- helpers for views ------------------------------------------------------------------------------------
    def record(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        for i, rec in enumerate(self._rows):
            if rec.id == record_id:
                return i
        return -1
