"""The register of issued report numbers as a read-only list on the Reports page (year by year)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from commune_desk.domain.doc_format import vn_date


class IssuedNumbersPanel(QWidget):
    """`load(year)` lists what `numbers` (a storage.number_register.NumberRegister) holds for the year: number, date,
    period, subject."""

    def __init__(self, numbers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._numbers = numbers
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("issuedNumbers")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Period"), self.tr("Subject")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)

    def load(self, year: int) -> None:
        from commune_desk.ui.language import period_name

        from commune_desk.domain.periods import Period, PeriodError

        self.tree.clear()
        entries = self._numbers.issued(year)
        for e in entries:
            try:
                period = period_name(Period.parse(e.period)) if e.period else ""
            except PeriodError:
                period = e.period
            self.tree.addTopLevelItem(
                QTreeWidgetItem([f"{e.number:02d}/{e.kind}-UBND", vn_date(e.issued_on), period, e.subject])
            )
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.note.setText(
            self.tr(
                "Numbers given to reports dated in %1 (a number is used once per year; a report "
                "written again keeps its number): %2."
            )
            .replace("%1", str(year))
            .replace("%2", str(len(entries)))
        )

    def rows(self) -> list[list[str]]:
        """The list as shown (for tests and for copying)."""
        return [[self.tree.topLevelItem(i).text(c) for c in range(4)] for i in range(self.tree.topLevelItemCount())]
