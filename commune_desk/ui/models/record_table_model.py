"""Generic table model of one record kind, driven by a column declaration; rows come from SQL in pages of 200."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

PAGE_SIZE = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # the raw value the column sorts by
ROW_ROLE = Qt.ItemDataRole.UserRole + 2      # the frozen domain record of the row
HEADER_CONTEXT = "RecordColumns"


class RecordTableModel(QAbstractTableModel):
    """`listing` (storage.repos.listing.RecordListing) gives `totals(flt, labels=, sums=)` -> (count, sums) and
    `page(flt, offset=, limit=, sort=, descending=, labels=)` -> (records, extras); `env` renders codes as labels.

    Every column is a `Col` (ui.views.record_specs): header, display(rec, env), sort(rec, env), numeric; sorting
    by a column asks the listing again with the column's key, so every filtered row takes part.
    """

    counted = Signal()   # count and totals known (again): at once, or when counted in the background

    def __init__(self, listing, columns, flt, env, *, sums: tuple[str, ...] = (), parent=None,
                 counter=None) -> None:
        super().__init__(parent)
        # counter(job, done): runs job() off the GUI thread and calls done(result) on it. Given, a list whose count
        # and totals read every record (a common search word at 100k) shows its first page at once and its count
        # and totals when they arrive; without it (tests, the bench) everything is read before the page shows.
        self._counter = counter
        self._generation = 0     # a count started for an older filter or sort is dropped when it arrives
        self.counting = False
        self._more = False       # while counting: the last page read was full, so there may be more
        self._sums = tuple(sums)
        self._listing = listing
        self.columns = tuple(columns)
        self._filter = flt
        self.env = env
        self._rows: list = []
        self._labels: dict = {}
        self._busy = False       # a reset or an insertion is being announced: no fetching meanwhile
        self._count = 0
        self._totals: dict = {}
        self._sort_column = 0
        self._descending = True
        self.refresh()

    # ---- loading ----------------------------------------------------------------------------------------------
    def _page(self, offset: int, limit: int | None = PAGE_SIZE) -> list:
        records, extras = self._listing.page(self._filter, offset=offset, limit=limit,
                                             sort=self.columns[self._sort_column].key,
                                             descending=self._descending, labels=self._labels)
        self.env.extras.update(extras)
        return records

    def refresh(self) -> None:
        """Re-count and re-total under the current filter and sort, and show the first page."""
        # A view (or Qt's model tester) may ask for more rows while the reset is being announced; inserting rows
        # inside a reset is invalid (the tester aborts), so fetching waits until the reset is over (main's fix of
        # the propaganda model, seen once the demo held more than one page of activities).
        self._busy = True
        try:
            self.beginResetModel()
            self.env.extras = {}
            self._labels = self.env.labels_for(self.columns)      # units may have been renamed since
            self._generation += 1
            later = self._counter is not None and self._listing.counts_every_record(self._filter)
            if not later:
                self._count, self._totals = self._listing.totals(self._filter, labels=self._labels, sums=self._sums)
            self._rows = self._page(0)
            self.counting = later
            if later:
                self._more = len(self._rows) == PAGE_SIZE
                self._count, self._totals = len(self._rows), {}
            self.endResetModel()
        finally:
            self._busy = False
        if later:
            generation, flt, labels = self._generation, self._filter, self._labels
            self._counter(lambda: self._listing.totals(flt, labels=labels, sums=self._sums),
                          lambda result: self._arrived(generation, result))
        else:
            self.counted.emit()

    def _arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return                               # the filter or sort changed since: a newer count is coming
        self._count, self._totals = result
        self.counting = self._more = False
        self.counted.emit()

    def set_filter(self, flt) -> None:
        self._filter = flt
        self.refresh()

    @property
    def filter(self):
        return self._filter

    @property
    def count(self) -> int:
        return self._count

    @property
    def totals(self) -> dict:
        return self._totals

    def _unread(self) -> bool:
        return self._more if self.counting else len(self._rows) < self._count

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._busy and self._unread()

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._busy or not self._unread():
            return
        more = self._page(len(self._rows))
        if self.counting:
            self._more = len(more) == PAGE_SIZE
        if not more:
            self._count = len(self._rows)      # the table shrank under us (another writer): stop asking
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
        """Sorting re-runs the page's query in SQL: every filtered row takes part, text in natural Vietnamese order."""
        if not 0 <= column < len(self.columns):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reorder()

    def _reorder(self) -> None:
        """The same records in a new order: the first page again. Count and totals do not depend on the order, so
        they stay, and a count still running for this filter still arrives (re-counting on every header click cost
        a common-word search at 100,000 records 50-120 ms more per click)."""
        self._busy = True
        try:
            self.beginResetModel()
            self.env.extras = {}
            self._rows = self._page(0)
            if self.counting:
                self._more = len(self._rows) == PAGE_SIZE
            self.endResetModel()
        finally:
            self._busy = False

    # ---- helpers for views ------------------------------------------------------------------------------------
    def record(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: int, *, more_pages: int = 25) -> int:
        """The row showing `record_id`, loading up to `more_pages` further pages until it appears (-1 when it is
        not among them: a record deep in a list of 100,000 is not worth 500 queries to select)."""
        for _ in range(more_pages + 1):
            for i, rec in enumerate(self._rows):
                if rec.id == record_id:
                    return i
            if not self.canFetchMore():
                return -1
            self.fetchMore()
        return -1

    def visible_table(self) -> tuple[list[str], list[list]]:
        """Headers and every filtered row in the shown order (not only the loaded pages), for export: dates stay
        dates, counts stay numbers, the rest as shown."""
        headers = [QCoreApplication.translate(HEADER_CONTEXT, c.header) for c in self.columns]
        records = self._rows + self._page(len(self._rows), None) if self.canFetchMore() else self._rows
        return headers, [[c.export_value(r, self.env) for c in self.columns] for r in records]
