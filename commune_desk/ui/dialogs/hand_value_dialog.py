"""Form for one hand-entered indicator value, shaped as its catalogue entry says: yes/no, count, persons of a
population (shown with the population in force, or a way to enter it), or a share with its denominator."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError, ValidationFailed
from commune_desk.domain.hand_values import MAX_VALUE, ManualValue
from commune_desk.domain.indicators import COUNT_SHAPE, PERSONS, SHARE, YES_NO
from commune_desk.ui.dialogs.field_errors import FieldErrors
from commune_desk.ui.dialogs.form_widgets import CodeCombo
from commune_desk.ui.dialogs.number_field import NumberField
from commune_desk.ui.dialogs.population_dialog import kind_label
from commune_desk.ui.errors import show_expected
from commune_desk.ui.language import actor_label, fmt_date, fmt_int, period_name

LOCK_STYLE = "background: #f8d7da; color: #842029; padding: 6px; font-weight: bold;"


class HandValueDialog(QDialog):
    """`row`: a services.targets.hand_entry.HandRow; `enter_population(kind, year)` opens the base figures' form."""

    def __init__(self, repo, row, *, enter_population: Callable | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo, self.row, self.saved = repo, row, None
        d, value = row.definition, row.value
        self.setWindowTitle(self.tr("Indicator entered by hand"))
        self.errors = FieldErrors()
        title = QLabel(f"<b>{d.label}</b> ({d.code})<br>" + self.tr("Period: %1 (data %2 – %3)").replace(
            "%1", period_name(row.period)).replace("%2", fmt_date(row.window[0])).replace("%3", fmt_date(row.window[1])))
        title.setWordWrap(True)
        form = QFormLayout()
        self.numerator = self.denominator = None
        if d.shape == YES_NO:
            self.numerator = CodeCombo(self.tr("— choose —"), [("1", self.tr("Yes")), ("0", self.tr("No"))])
            if value is not None and value.numerator is not None:
                self.numerator.set_value(str(int(value.numerator)))
            label = self.tr("&Done?")
        else:
            self.numerator = NumberField(MAX_VALUE)
            if value is not None and value.numerator is not None:
                self.numerator.setValue(int(value.numerator))
            label = {COUNT_SHAPE: self.tr("&Number:"), PERSONS: self.tr("&Persons:"),
                     SHARE: self.tr("&Value:")}[d.shape]
        self.numerator.setObjectName("handNumerator")
        form.addRow(label, self.errors.wrap("numerator", self.numerator))
        if d.shape == SHARE:
            self.denominator = NumberField(MAX_VALUE)
            self.denominator.setObjectName("handDenominator")
            if value is not None and value.denominator is not None:
                self.denominator.setValue(int(value.denominator))
            form.addRow(self.tr("&Out of:"), self.errors.wrap("denominator", self.denominator))
        self.population_line = None
        if d.shape == PERSONS:
            form.addRow(self.tr("Population:"), self._population(row, enter_population))
        self.evidence = QLineEdit(value.evidence if value else "")
        self.evidence.setObjectName("handEvidence")
        self.evidence.setMaxLength(300)
        self.evidence.setPlaceholderText(self.tr("e.g. Plan no. 05/KH-UBND of 10/01/2026"))
        self.note = QLineEdit(value.note if value else "")
        form.addRow(self.tr("&Evidence (document):"), self.errors.wrap("evidence", self.evidence))
        form.addRow(self.tr("N&ote:"), self.errors.wrap("note", self.note))
        if value is not None and value.entered_at is not None:
            form.addRow(self.tr("Entered:"),
                        QLabel(f"{actor_label(value.entered_by)}, {value.entered_at:%d/%m/%Y %H:%M}"))
        self.lock_banner = QLabel(self.tr("This value cannot be changed: %1").replace("%1", row.locked))
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(LOCK_STYLE)
        self.lock_banner.setVisible(bool(row.locked))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close") if row.locked
                                                                        else self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(title)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        if row.locked:
            for w in (self.numerator, self.denominator, self.evidence, self.note):
                if w is not None:
                    w.setEnabled(False)
            self.save_button.setVisible(False)

    def _population(self, row, enter_population) -> QWidget:
        kind, entry = row.definition.population, row.population
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        if entry is not None:
            text = self.tr("of %1 %2 (%3, as of %4)").replace("%1", fmt_int(entry.value)).replace(
                "%2", kind_label(kind).lower()).replace("%3", entry.source).replace("%4", fmt_date(entry.as_of))
        else:
            text = "<span style='color:#b00020'>" + self.tr("%1: base figure not entered").replace(
                "%1", kind_label(kind)) + "</span>"
        self.population_line = QLabel(text)
        self.population_line.setObjectName("handPopulation")
        self.population_line.setWordWrap(True)
        line.addWidget(self.population_line, 1)
        if entry is None and enter_population is not None:
            button = QPushButton(self.tr("Enter it now…"))
            button.setObjectName("enterPopulation")
            button.clicked.connect(lambda: enter_population(kind, row.period.year))
            line.addWidget(button)
        return box

    def value(self) -> ManualValue:
        d = self.row.definition
        if d.shape == YES_NO:
            code = self.numerator.value()
            number = int(code) if code else None
        else:
            number = self.numerator.value()
        den = self.denominator.value() if self.denominator is not None else None
        return ManualValue(d.code, self.row.period.code, number, den, self.note.text(), self.evidence.text())

    def save(self) -> None:
        if self.row.locked:
            return
        self.errors.clear()
        if any(isinstance(w, NumberField) and w.problem() for w in (self.numerator, self.denominator)):
            return
        try:
            self.saved = self._repo.set(self.value())
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except ExpectedError as exc:
            show_expected(self, exc)
            return
        self.accept()
