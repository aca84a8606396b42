"""The home page's note of what the plan's figures still lack, with a direct way to enter it: base figures (a
share over a population nobody entered is never shown as 0) and hand-entered values."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MissingFigures(QFrame):
    """Hidden while nothing is missing; `fill(results)` takes the dashboard's TargetResults."""

    populationRequested = Signal(str, int)     # (population kind, year)
    valueRequested = Signal(str)               # indicator code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingFigures")
        self.setStyleSheet("QFrame#missingFigures { background: #fff4e5; border: 1px solid #f0c36d; "
                           "border-radius: 6px; }")
        self.text = QLabel()
        self.text.setObjectName("missingText")
        self.text.setWordWrap(True)
        self.population_button = QPushButton(self.tr("Enter base figures…"))
        self.population_button.setObjectName("enterBaseFigures")
        self.population_button.clicked.connect(self._first_population)
        self.value_button = QPushButton(self.tr("Enter hand-entered values…"))
        self.value_button.setObjectName("enterHandValues")
        self.value_button.clicked.connect(self._first_value)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.text, 1)
        row.addWidget(self.population_button)
        row.addWidget(self.value_button)
        self.populations: list[tuple[str, int]] = []
        self.values: list[str] = []
        self.setVisible(False)

    def fill(self, results) -> None:
        from commune_desk.ui.dialogs.population_dialog import kind_label

        populations: dict = {}
        values: dict = {}
        for r in results:
            if r.value.missing_population:
                populations.setdefault((r.value.missing_population, r.period.year), []).append(r.target.code)
            elif not r.value.entered:
                values.setdefault(r.target.indicator, []).append(r.target.code)
        self.populations, self.values = list(populations), list(values)
        lines = []
        if populations:
            lines.append(self.tr("Base figure not entered: %1.").replace("%1", "; ".join(
                f"{kind_label(kind)} {year} ({', '.join(codes)})" for (kind, year), codes in populations.items())))
        if values:
            lines.append(self.tr("Hand-entered values not entered yet: %1.").replace(
                "%1", ", ".join(code for codes in values.values() for code in codes)))
        self.text.setText("\n".join(lines))
        self.population_button.setVisible(bool(populations))
        self.value_button.setVisible(bool(values))
        self.setVisible(bool(lines))

    def _first_population(self) -> None:
        if self.populations:
            self.populationRequested.emit(*self.populations[0])

    def _first_value(self) -> None:
        if self.values:
            self.valueRequested.emit(self.values[0])
