"""Generic table model of one record kind, driven by a column declaration; rows appear in pages of 200."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # the raw value the column sorts by
ROW_ROLE = Qt.ItemDataRole.UserRole + 2      # the frozen domain record of the row
HEADER_CONTEXT = "RecordColumns"


class RecordTableModel(QAbstractTableModel):
    """`listing` gives `query(flt, sort=, descending=, labels=)` -> ListResult; `env` renders codes as labels.

    Every column is a `Col` (ui.views.record_specs): header, display(rec, env), sort(rec, env), numeric.
    The whole filtered result is counted and totalled at once; the view receives it page by page.
    """

    def __init__(self, listing, columns, flt, env, *, sums: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self._sums = sums
        self._listing = listing
        self.columns = tuple(columns)
        self._filter = flt
        self.env = env
        self._result = None
        self._shown = 0
        self._sort_column = 0
        self._descending = True
        self.refresh()

    # ---- loading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-run the query under the current filter and sort; shows the first page."""
        col = self.columns[self._sort_column]
        env = self.env
        self.beginResetModel()
        self._result = self._listing.query(self._filter, sort=lambda r: col.sort_value(r, env),
                                           descending=self._descending, labels=env.labels, sums=self._sums)
        self.env.extras = self._result.extras
        self._shown = min(PAGE_SIZE, self._result.count)
        self.endResetModel()

    def set_filter(self, flt) -> None:
        self._filter = flt
        self.refresh()

    @property
    def filter(self):
        return self._filter

    @property
    def count(self) -> int:
        return self._result.count

    @property
    def totals(self) -> dict:
        return self._result.totals

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._shown < self._result.count

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        more = min(PAGE_SIZE, self._result.count - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ---- Qt model API -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown or index.column() >= len(self.columns):
            return None
        rec = self._result.records[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.display(rec, self.env)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            value = col.sort_value(rec, self.env)
            return value.isoformat() if hasattr(value, "isoformat") else value
        if role == ROW_ROLE:
            return rec
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(HEADER_CONTEXT, self.columns[section].header)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting re-runs the query: every filtered row takes part, text in Vietnamese order."""
        if not 0 <= column < len(self.columns):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # ---- helpers for views ------------------------------------------------------------------------------------
    def record(self, row: int):
        return self._result.records[row]

    def row_of(self, record_id: int) -> int:
        for i, rec in enumerate(self._result.records):
            if rec.id == record_id:
                if i >= self._shown:
                    while self._shown <= i:
                        self.fetchMore()
                return i
        return -1

    def visible_table(self) -> tuple[list[str], list[list]]:
        """Headers and the display text of every filtered row (not only the loaded pages), for export."""
        headers = [QCoreApplication.translate(HEADER_CONTEXT, c.header) for c in self.columns]
        rows = [[c.export_value(r, self.env) for c in self.columns] for r in self._result.records]
        return headers, rows
