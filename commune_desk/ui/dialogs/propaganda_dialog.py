"""Keyboard-first form to add or edit one propaganda activity; domain problems appear next to their fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError, Locked, ValidationFailed
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records.rules import MAX_COUNT
from commune_desk.ui.dialogs.field_errors import FieldErrors
from commune_desk.ui.dialogs.form_widgets import keep_order
from commune_desk.ui.dialogs.number_field import NumberField
from commune_desk.ui.errors import show_expected


class PropagandaDialog(QDialog):
    """`repo` saves (add/update); `forms` and `groups` are catalogues; `units` the active residential units."""

    def __init__(self, repo, *, forms, groups, units, record: PropagandaActivity | None = None,
                 today: date | None = None, lock_reason: str | None = None, teams=(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._forms = forms
        self._record = record
        self.saved: PropagandaActivity | None = None
        self.setWindowTitle(self.tr("Edit propaganda activity") if record else self.tr("New propaganda activity"))
        self.errors = FieldErrors()

        from commune_desk.domain.propaganda import MIN_DATE
        from commune_desk.ui.dialogs.form_widgets import date_edit

        self.date = date_edit(latest=today or date.today(), earliest=MIN_DATE)
        self.form = QComboBox()
        self.form.addItem(self.tr("— choose a form —"), "")
        for entry in forms.entries:
            if entry.active or (record and entry.code == record.form_code):
                self.form.addItem(entry.label, entry.code)
        self.title = QLineEdit()
        self.title.setMaxLength(600)
        self.title.setPlaceholderText(self.tr("What was communicated, e.g. talk on the law on prostitution"))
        # The domain's limit: the form refuses, with the range, what the rules would refuse; never clamps.
        self.participants = NumberField(MAX_COUNT)
        self.materials = NumberField(MAX_COUNT)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Whole commune"), "")
        for u in units:
            self.unit.addItem(u.name, u.code)
        self.groups = QListWidget()
        for entry in groups.entries:
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        # Tall enough for every group: no scrolling to reach the last one.
        rows = max(1, self.groups.count())
        self.groups.setFixedHeight(self.groups.sizeHintForRow(0) * rows + 2 * self.groups.frameWidth() + 4)
        self.organiser = QLineEdit()
        self.team = QComboBox()          # the team or group that carried it out (teams: (code, name) pairs)
        self.team.addItem(self.tr("(none)"), "")
        for code, name in teams:
            self.team.addItem(name, code)
        self.note = QLineEdit()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            ("activity_date", self.tr("&Date:"), self.date),
            ("form_code", self.tr("&Form:"), self.form),
            ("title", self.tr("&Title:"), self.title),
            ("participants", self.tr("&Participants:"), self.participants),
            ("materials", self.tr("&Materials handed out:"), self.materials),
            ("unit_code", self.tr("&Residential unit:"), self.unit),
            ("target_groups", self.tr("Target &groups:"), self.groups),
            ("organiser", self.tr("&Organiser:"), self.organiser),
            ("team_code", self.tr("Carried out &by:"), self.team),
            ("note", self.tr("&Note:"), self.note),
        )
        for name, label, widget in rows:
            form.addRow(label, self.errors.wrap(name, widget))
            form.labelForField(self.errors.labels[name].parentWidget()).setBuddy(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("background: #f8d7da; color: #842029; padding: 6px;")
        self.lock_banner.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        from commune_desk.ui.fit import fit_dialog

        fit_dialog(self, keep_top=2)      # the fields scroll; the lock banner, errors and buttons stay in view
        from commune_desk.ui.dialogs.search_combo import searchable

        for combo in self.findChildren(QComboBox):      # type to search, diacritics optional
            searchable(combo)
        self._load(record, today or date.today())
        if lock_reason is None and record is not None and hasattr(repo, "edit_decision"):
            decision = repo.edit_decision(record.activity_date)
            from commune_desk.ui.problems import decision_text

            lock_reason = "" if decision.allowed else decision_text(decision)
        if lock_reason:
            self.set_locked(lock_reason)
        if hasattr(repo, "problems"):       # once a save was refused, its messages follow the fields live
            known = self._forms.codes() + ([record.form_code] if record is not None else [])
            self.errors.recheck_with(lambda: repo.problems(self.record_from_fields(), form_codes=known),
                                     (self.date, self.form, self.title, self.participants, self.materials, self.unit,
                                      self.groups, self.organiser, self.note))

    def set_locked(self, reason: str) -> None:
        """Read-only: every field disabled, no Save button, the reason on top (a signed period locks it)."""
        self.lock_banner.setText(self.tr("This record cannot be changed: %1").replace("%1", reason))
        self.lock_banner.setVisible(True)
        for w in (self.date, self.form, self.title, self.participants, self.materials, self.unit, self.groups,
                  self.organiser, self.team, self.note):
            w.setEnabled(False)
        self.save_button.setVisible(False)
        self.save_button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    @property
    def locked(self) -> bool:
        return self.lock_banner.isVisibleTo(self) and not self.save_button.isVisibleTo(self)

    def _load(self, rec: PropagandaActivity | None, today: date) -> None:
        day = rec.activity_date if rec else today
        self.date.setDate(QDate(day.year, day.month, day.day))
        if rec is None:
            return
        index = self.form.findData(rec.form_code)
        if index < 0 and rec.form_code:  # a form no longer in the catalogue still shows, by its code
            self.form.addItem(rec.form_code, rec.form_code)
            index = self.form.count() - 1
        self.form.setCurrentIndex(max(0, index))
        self.title.setText(rec.title)
        self.participants.setValue(rec.participants)
        self.materials.setValue(rec.materials)
        index = self.unit.findData(rec.unit_code)
        if index < 0:  # a retired unit still shows on its old records
            self.unit.addItem(rec.unit_code, rec.unit_code)
            index = self.unit.count() - 1
        self.unit.setCurrentIndex(index)
        chosen = set(rec.target_groups)
        known = {self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())}
        for code in rec.target_groups:
            if code not in known:  # a group no longer in the catalogue: kept, shown by its code
                item = QListWidgetItem(code)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.groups.addItem(item)
        rows = max(1, self.groups.count())
        self.groups.setFixedHeight(self.groups.sizeHintForRow(0) * rows + 2 * self.groups.frameWidth() + 4)
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self.organiser.setText(rec.organiser)
        index = self.team.findData(rec.team_code)
        if index < 0:  # a team no longer listed still shows on its old records
            self.team.addItem(rec.team_code, rec.team_code)
            index = self.team.count() - 1
        self.team.setCurrentIndex(index)
        self.note.setText(rec.note)

    def record_from_fields(self) -> PropagandaActivity:
        d = self.date.date()
        groups = keep_order(self._record.target_groups if self._record else (), (
            self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ))
        rec = PropagandaActivity(
            activity_date=date(d.year(), d.month(), d.day()),
            form_code=self.form.currentData() or "",
            title=self.title.text(),
            participants=self.participants.value(),
            materials=self.materials.value(),
            unit_code=self.unit.currentData() or "",
            target_groups=groups,
            organiser=self.organiser.text(),
            note=self.note.text(),
            catalogue_version=self._record.catalogue_version if self._record else self._forms.version,
            team_code=self.team.currentData() or "",
        )
        return replace(rec, id=self._record.id) if self._record else rec

    def save(self) -> None:
        """Validate through the repository; close only when the record was stored."""
        self.errors.clear()
        for field in (self.participants, self.materials):
            if field.problem():      # the field says what is wrong and the range it takes; nothing is saved
                field.setFocus()
                return
        rec = self.record_from_fields()
        try:
            if self._record is None:
                self.saved = self._repo.add(rec, form_codes=self._forms.codes())
            else:
                known = self._forms.codes() + [self._record.form_code]
                self.saved = self._repo.update(rec, form_codes=known)
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            self._focus_first_problem(exc.problems)
            return
        except (Locked, ExpectedError) as exc:
            show_expected(self, exc)
            return
        self.accept()

    def _focus_first_problem(self, problems) -> None:
        for problem in problems:
            label = self.errors.labels.get(problem.where)
            if label is not None:
                field = label.parentWidget().layout().itemAt(0).widget()
                field.setFocus()
                return
