"""First-run and later editing of the unit profile, with its residential units; problems shown inline."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError, Problem, ValidationFailed
from commune_desk.domain.profile import RESIDENTIAL_KINDS, UNIT_KINDS, Profile, missing_problems
from commune_desk.ui.dialogs.field_errors import FieldErrors
from commune_desk.ui.errors import show_expected
from commune_desk.ui.problems import problem_text
from commune_desk.ui.fit import open_size

_UNIT_WHERE = re.compile(r"^residential_units\[(\d+)\]\.(\w+)$")


class ProfileDialog(QDialog):
    """`repo` is a ProfileRepository (its `save` is called); `profile` the current one (maybe not set)."""

    def __init__(self, repo, profile: Profile, *, first_run: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._original = profile
        self._first_run = first_run
        self.saved: Profile | None = None
        self.setWindowTitle(self.tr("Set up your unit") if first_run else self.tr("Unit profile"))
        self.errors = FieldErrors()

        self.role = QComboBox()
        self.role.addItem(self.tr("Commune-level unit"), "commune")
        self.role.addItem(self.tr("Receiving office"), "office")
        self.kind = QComboBox()
        for kind in UNIT_KINDS:
            self.kind.addItem(kind, kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Hòa Mỹ"))
        self.unit_code = QLineEdit()
        self.unit_code.setPlaceholderText(self.tr("official unit code, e.g. 10351"))
        self.province = QLineEdit()
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("used in “Xã Hòa Mỹ, ngày …”; empty = from kind and name"))
        self.receiving_office = QLineEdit()
        self.receiving_office.setPlaceholderText(self.tr("e.g. Sở Y tế tỉnh Thanh Hóa"))
        self.signer_name = QLineEdit()
        self.signer_title = QLineEdit()
        self.signer_authority = QPlainTextEdit()
        self.signer_authority.setTabChangesFocus(True)
        self.signer_authority.setFixedHeight(60)

        unit_form = QFormLayout()
        for name, label, widget in (
            ("role", self.tr("Role:"), self.role), ("kind", self.tr("Kind:"), self.kind),
            ("name", self.tr("Name:"), self.name), ("unit_code", self.tr("Unit code:"), self.unit_code),
            ("province", self.tr("Province:"), self.province),
            ("place_name", self.tr("Place name in documents:"), self.place_name),
            ("receiving_office", self.tr("Receiving office:"), self.receiving_office),
        ):
            unit_form.addRow(label, self.errors.wrap(name, widget))
        signer_form = QFormLayout()
        for name, label, widget in (
            ("signer.name", self.tr("Signer's name:"), self.signer_name),
            ("signer.title", self.tr("Signer's title:"), self.signer_title),
            ("signer.authority", self.tr("Signing authority:"), self.signer_authority),
        ):
            signer_form.addRow(label, self.errors.wrap(name, widget))

        self.units = QTableWidget(0, 3)
        self.units.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind")])
        self.units.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.units.setColumnWidth(0, 90)
        self.units.setColumnWidth(2, 140)
        self.units.verticalHeader().setVisible(False)
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_unit = QPushButton(self.tr("Add unit"))
        remove_unit = QPushButton(self.tr("Remove unit"))
        add_unit.clicked.connect(self.new_unit)
        self.add_unit_button = add_unit
        remove_unit.clicked.connect(self.remove_selected_unit)
        unit_buttons = QHBoxLayout()
        unit_buttons.addWidget(add_unit)
        unit_buttons.addWidget(remove_unit)
        unit_buttons.addStretch(1)
        units_box = QGroupBox(self.tr("Residential units (thôn, tổ dân phố …)"))
        units_layout = QVBoxLayout(units_box)
        units_layout.addWidget(self.errors.wrap("residential_units", self.units))
        units_layout.addLayout(unit_buttons)

        unit_box = QGroupBox(self.tr("Unit"))
        unit_box.setLayout(unit_form)
        signer_box = QGroupBox(self.tr("Signer"))
        signer_box.setLayout(signer_form)
        left = QVBoxLayout()
        left.addWidget(unit_box)
        left.addWidget(signer_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(units_box, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(self.tr("Welcome to CommuneDesk. Describe the unit this database belongs to; "
                                   "you can change it later under “Unit profile”."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addWidget(self.errors.general)
        layout.addLayout(columns, 1)
        # The first run asks for what reports need (signer, receiving office, a residential unit) unless the
        # officer defers it; the home then keeps a reminder until the profile has them.
        self.later = QCheckBox(self.tr("Complete later: the signer, the receiving office and the residential units "
                                       "(the home page reminds you until they are filled in)"))
        self.later.setObjectName("completeLater")
        self.later.setVisible(first_run)
        bottom = QVBoxLayout()              # with the buttons: always in view, never scrolled away
        bottom.addWidget(self.later)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        open_size(self, 1040, 600)      # never more than the screen has
        from commune_desk.ui.fit import fit_dialog

        fit_dialog(self, keep_top=layout.indexOf(self.errors.general) + 1)  # the fields scroll, Save stays
        self._load(profile)
        from commune_desk.ui.dialogs.search_combo import searchable

        for combo in (self.role, self.kind):
            searchable(combo)

    def _load(self, p: Profile) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(p.role)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.name.setText(p.name)
        self.unit_code.setText(p.unit_code)
        self.province.setText(p.province)
        self.place_name.setText(p.place_name)
        self.receiving_office.setText(p.receiving_office)
        self.signer_name.setText(p.signer.name)
        self.signer_title.setText(p.signer.title)
        self.signer_authority.setPlainText(p.signer.authority)
        for unit in p.residential_units:
            if unit.active:
                self.add_unit_row(unit.code, unit.name, unit.kind)

    def add_unit_row(self, code: str = "", name: str = "", kind: str = "") -> int:
        row = self.units.rowCount()
        self.units.insertRow(row)
        self.units.setItem(row, 0, QTableWidgetItem(code))
        self.units.setItem(row, 1, QTableWidgetItem(name))
        combo = QComboBox()
        for k in RESIDENTIAL_KINDS:
            combo.addItem(k, k)
        default = "tổ dân phố" if self.kind.currentData() == "phường" else "thôn"
        combo.setCurrentIndex(max(0, combo.findData(kind or default)))
        self.units.setCellWidget(row, 2, combo)
        return row

    def new_unit(self) -> int:
        """"Add unit": a new row whose code cell takes the cursor, ready to type."""
        row = self.add_unit_row()
        self.units.setFocus()
        self.units.setCurrentCell(row, 0)
        self.units.editItem(self.units.item(row, 0))
        return row

    def remove_selected_unit(self) -> None:
        row = self.units.currentRow()
        if row >= 0:
            self.units.removeRow(row)

    def to_json(self) -> dict:
        units = []
        for row in range(self.units.rowCount()):
            code = self.units.item(row, 0).text() if self.units.item(row, 0) else ""
            name = self.units.item(row, 1).text() if self.units.item(row, 1) else ""
            if not code.strip() and not name.strip():
                continue  # an empty row left over from "Add unit"
            units.append({"code": code, "name": name, "kind": self.units.cellWidget(row, 2).currentData()})
        data = {
            "role": self.role.currentData(), "kind": self.kind.currentData(), "name": self.name.text(),
            "unit_code": self.unit_code.text(), "province": self.province.text(),
            "place_name": self.place_name.text(), "receiving_office": self.receiving_office.text(),
            "signer": {"name": self.signer_name.text(), "title": self.signer_title.text(),
                       "authority": self.signer_authority.toPlainText()},
            "residential_units": units, "is_demo": self._original.is_demo,
        }
        o = self._original
        if (o.name, o.kind) == (data["name"].strip(), data["kind"]):
            # Unchanged name: keep the document header lines as they were (they may have been hand-edited).
            data.update(official_name=o.official_name, issuing_body=o.issuing_body)
        return data

    def _unit_problem(self, problem: Problem) -> Problem:
        m = _UNIT_WHERE.match(problem.where)
        if not m:
            return problem
        column = {"code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind")}.get(m.group(2),
                                                                                              m.group(2))
        text = self.tr("Row %1, %2: %3").replace("%1", m.group(1)).replace("%2", column).replace(
            "%3", problem_text(problem))
        return Problem("residential_units", text)

    def save(self) -> None:
        self.errors.clear()
        try:
            profile = Profile.from_json(self.to_json())
        except ValidationFailed as exc:
            self.errors.show([self._unit_problem(p) for p in exc.problems])
            return
        if self._first_run and not self.later.isChecked() and missing_problems(profile):
            self.errors.show(missing_problems(profile))
            return
        try:
            self.saved = self._repo.save(profile)
        except ExpectedError as exc:
            show_expected(self, exc)
            return
        self.accept()
