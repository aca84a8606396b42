"""Form for one population figure of a year: kind (staff by role and level), number, the day it refers to, source."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError, ValidationFailed
from commune_desk.domain.populations import KINDS, MAX_POPULATION, STAFF, PopulationEntry
from commune_desk.ui.dialogs.field_errors import FieldErrors
from commune_desk.ui.dialogs.form_widgets import CodeCombo, date_edit, from_qdate, to_qdate
from commune_desk.ui.dialogs.number_field import NumberField
from commune_desk.ui.errors import show_expected


def kind_label(kind: str) -> str:
    """A population's name in the interface language."""
    return QCoreApplication.translate("Populations", KINDS[kind][1]) if kind in KINDS else kind


class PopulationDialog(QDialog):
    """`repo`: a PopulationRepository; `preset` (kind, role, level) fixes what is entered; `year` the default."""

    def __init__(self, repo, catalogues, *, year: int, preset: tuple[str, str, str] | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a base figure"))
        self._repo = repo
        self.saved = None
        self.errors = FieldErrors()
        today = today or date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(year)
        self.kind = CodeCombo(self.tr("— choose —"), [(k, kind_label(k)) for k in KINDS])
        self.role = CodeCombo(self.tr("(all staff together)"),
                              [(e.code, e.label) for e in catalogues["training_roles"].entries if e.active])
        self.level = CodeCombo(self.tr("(all levels)"),
                               [(e.code, e.label) for e in catalogues["staff_levels"].entries if e.active])
        self.value = NumberField(MAX_POPULATION)
        self.as_of = date_edit()
        self.as_of.setDate(to_qdate(date(year, 1, 1) if year <= today.year else today))
        self.source = QLineEdit()
        self.source.setMaxLength(300)
        self.source.setPlaceholderText(self.tr("e.g. Report no. 12/BC-CA of 05/01/2026 of the commune police"))
        self.note = QLineEdit()
        hint = QLabel(self.tr("A figure of the same kind and date replaces the earlier one, which stays in the "
                              "history. Shares of people are taken of the figure in force at the end of each "
                              "report period."))
        hint.setWordWrap(True)
        form = QFormLayout()
        for name, label, widget in (
                ("year", self.tr("&Year:"), self.year), ("kind", self.tr("&Population:"), self.kind),
                ("role", self.tr("&Role (staff):"), self.role), ("level", self.tr("&Level (staff):"), self.level),
                ("value", self.tr("&Number:"), self.value), ("as_of", self.tr("Figure as of &date:"), self.as_of),
                ("source", self.tr("&Source:"), self.source), ("note", self.tr("N&ote:"), self.note)):
            widget.setObjectName(f"population_{name}")
            form.addRow(label, self.errors.wrap(name, widget))
            form.labelForField(self.errors.labels[name].parentWidget()).setBuddy(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.kind.currentIndexChanged.connect(self._staff_only)
        if preset is not None:
            kind, role, level = preset
            self.kind.set_value(kind)
            self.role.set_value(role)
            self.level.set_value(level)
        self._staff_only()
        (self.value if preset else self.kind).setFocus()

    def _staff_only(self) -> None:
        staff = self.kind.value() == STAFF
        for combo in (self.role, self.level):
            combo.setEnabled(staff)
            if not staff:
                combo.set_value("")

    def entry(self) -> PopulationEntry:
        value = self.value.value()
        return PopulationEntry(self.year.value(), self.kind.value(), -1 if value is None else value,
                               from_qdate(self.as_of.date()), self.source.text(), self.role.value(),
                               self.level.value(), self.note.text())

    def save(self) -> None:
        self.errors.clear()
        if self.value.problem():
            return
        try:
            self.saved = self._repo.set(self.entry())
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except ExpectedError as exc:
            show_expected(self, exc)
            return
        self.accept()
