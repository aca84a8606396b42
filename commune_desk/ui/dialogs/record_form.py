"""Keyboard-first form for any record type, built from its FieldSpecs; domain problems show beside each field."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError, ValidationFailed
from commune_desk.domain.healthy_commune import assessment_result
from commune_desk.domain.records.rules import MAX_COUNT, MAX_DAYS, MAX_FINE
from commune_desk.domain.records.types import PersonIdentity
from commune_desk.ui.dialogs.field_errors import FieldErrors
from commune_desk.ui.dialogs.form_messages import WARNING_STYLE, set_soft
from commune_desk.ui.dialogs.form_widgets import (
    ActsTogether, CheckList, CodeCombo, CountsTable, GridCounts, OptionalDate, date_edit, from_qdate, to_qdate,
)
from commune_desk.ui.dialogs.number_field import NumberField
from commune_desk.ui.dialogs.ref_field import RefField, StaticRefs
from commune_desk.ui.dialogs.record_fields import CHOICES, FORMS, IDENTITY_FIELDS, TITLES, field_of
from commune_desk.ui.errors import show_expected
from commune_desk.ui.language import fmt_int

C = "RecordFields"
LOCK_STYLE = "background: #f8d7da; color: #842029; padding: 6px; font-weight: bold;"
# The largest number each whole-number field accepts: the domain rules' limits, so form and rules agree.
NUMBER_LIMITS = {"fine": MAX_FINE, "days": MAX_DAYS}


def ftr(text: str) -> str:
    """A label declared in record_fields, in the interface language."""
    return QCoreApplication.translate(C, text)


class RecordDialog(QDialog):
    """`repo`: a RecordRepository (add/update, `.kind.record` the dataclass). `refs`: where reference fields find
    parents (storage's ParentRefs: find/label), or name -> [(code, label)] lists held in memory.

    `preset` fixes fields of a new record (the business of an inspection); `lock_reason` makes it read-only;
    `duplicates(record) -> int` counts likely duplicates for a warning that never blocks saving.
    """

    def __init__(self, entity: str, repo, *, catalogues, units, refs=None, record=None,
                 preset: dict | None = None, today: date | None = None, lock_reason: str = "",
                 duplicates: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self._repo = repo
        self._cats = catalogues
        self._record = record
        self._duplicates = duplicates
        self.saved = None
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors()
        today = today or date.today()
        self._today = today
        new_title, edit_title = TITLES[entity]
        self.setWindowTitle(ftr(edit_title if record else new_title))

        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(LOCK_STYLE)
        self.lock_banner.setVisible(False)
        self.warning = QLabel()
        self.warning.setObjectName("duplicateWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.identity_box = None
        for spec in FORMS[entity]:
            if spec.kind == "identity":
                self.identity_box = self._identity_section()
                continue
            widget = self._make(spec, units, refs if hasattr(refs, "find") else StaticRefs(refs or {}), today, record)
            self.fields[spec.name] = widget
            form.addRow(ftr(spec.label), self.errors.wrap(spec.name, widget))
            form.labelForField(self.errors.labels[spec.name].parentWidget()).setBuddy(widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.warning)
        # The fields scroll, the banners and buttons stay: fit_dialog (below) puts the fields in the one scroll area
        # a long form (penalties) needs on a 768-pixel screen; a scroll area of its own here gave two scroll bars.
        layout.addLayout(form, 1)
        if self.identity_box is not None:
            layout.addWidget(self.identity_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)

        if record is not None:
            self._load(record)
        for name, value in (preset or {}).items():
            self._set(name, value)
            self.fields[name].setEnabled(False)
        self._wire_live_rules()
        if lock_reason:
            self.set_locked(lock_reason)
        exclude = record.id if record is not None else None
        if hasattr(repo, "problems"):       # once a save was refused, its messages follow the fields live
            self.errors.recheck_with(lambda: repo.problems(self.record_from_fields(), exclude_id=exclude),
                                     self.fields.values(), field_of)
        from commune_desk.ui.fit import fit_dialog

        fit_dialog(self, keep_top=3)      # the fields scroll; the banners, the errors and Save / Cancel stay in view
        from commune_desk.ui.dialogs.search_combo import searchable

        for combo in self.findChildren(QComboBox):      # type to search, diacritics optional
            searchable(combo)
        # An explicit minimum overrides the layout's: never narrower than the fields need (labels were cut off).
        self.setMinimumWidth(max(self.minimumWidth(), self.layout().totalMinimumSize().width()))

    # ---- building -----------------------------------------------------------------------------------------
    def _entries(self, catalogue: str, current=()):
        keep = set(current)
        if catalogue == "violation_types":   # the act with its article and decree: "Đ32 k1 · Mua dâm (NĐ 282/…)"
            from commune_desk.ui.dialogs.penalty_form import act_label

            return [(e.code, act_label(e)) for e in self._cats[catalogue].entries if e.active or e.code in keep]
        return [(e.code, e.label) for e in self._cats[catalogue].entries if e.active or e.code in keep]

    def _make(self, spec, units, refs, today, record) -> QWidget:
        current = getattr(record, spec.name, None) if record is not None else None
        kind = spec.kind
        if kind == "date":
            from commune_desk.domain.records.rules import MIN_DATE

            w = date_edit(latest=today, earliest=MIN_DATE)
            w.setDate(to_qdate(today))
        elif kind == "odate":
            w = OptionalDate(today)
            if spec.name in ("act_date", "counted_to") and record is None:
                # a new case needs the day the act ended; new figures are counted to today (a day past the quarter's
                # end means the whole quarter, domain figures_known_on): offered, not hidden
                w.set_value(today)
        elif kind == "text":
            w = QLineEdit()
            w.setMaxLength(4000)
            if spec.placeholder:
                w.setPlaceholderText(ftr(spec.placeholder))
        elif kind == "int":
            w = NumberField(NUMBER_LIMITS.get(spec.name, MAX_COUNT))
            if spec.name == "days":
                w.setValue(1)
        elif kind == "year":
            w = QSpinBox()
            w.setRange(2000, 2100)
            w.setValue(today.year)
        elif kind in ("code", "opt_code"):
            first = self.tr("— choose —") if kind == "code" else self.tr("(none yet)")
            w = CodeCombo(first, self._entries(spec.arg, [current] if current else []), whole=True)
            if spec.arg == "violation_types":
                w.setMinimumContentsLength(60)      # the act's article and decree must stay readable
        elif kind == "codes":
            w = CheckList(self._entries(spec.arg, current or ()))
        elif kind in ("unit", "unit_req"):
            first = self.tr("Whole commune") if kind == "unit" else self.tr("— choose —")
            if spec.name == "merged_into_code":
                first = self.tr("(not merged)")
            w = CodeCombo(first, [(u.code, u.name) for u in units])
        elif kind in ("ref", "opt_ref"):       # the parents are searched as typed, never all listed
            w = RefField(refs, spec.arg, self.tr("— choose —") if kind == "ref" else self.tr("(none)"))
        elif kind == "units":
            keep = set(current or ())
            w = CheckList([(u.code, u.name) for u in units if u.active or u.code in keep])
        elif kind == "choice":
            w = CodeCombo(self.tr("— choose —"), [(code, ftr(label)) for code, label in CHOICES[spec.arg]])
            default = {f.name: f.default for f in fields(self._repo.kind.record)}.get(spec.name)
            if record is None and isinstance(default, str) and default:
                w.set_value(default)        # a new case starts as the record type's default (individual, fine)
        elif kind == "acts":
            from commune_desk.ui.dialogs.penalty_form import more_act_choices

            choices = more_act_choices(self._cats, [c for c, _ in current or ()])
            w = ActsTogether(choices, limit=MAX_FINE)
        elif kind == "quarter":
            w = CodeCombo(self.tr("— choose —"), quarter_choices(today, current))
        elif kind == "grid":
            w = GridCounts(self._entries(spec.arg), self._entries("sexes"), self.tr("Total:"))
        elif kind == "counts":
            w = CountsTable(self._entries(spec.arg, [c for c, _ in current or ()]), self.tr("Total:"))
        elif kind == "lines":
            from commune_desk.ui.dialogs.training_lines import TrainingLinesTable

            w = TrainingLinesTable(self._entries("training_roles", [ln.role for ln in current or ()]),
                                   self._entries("staff_levels", [ln.level for ln in current or ()]))
        elif kind == "scores":
            entries = self._entries(spec.arg, [c for c, _ in current or ()])
            maxima = {e.code: int(e.extra.get("max_score", 100)) for e in self._cats[spec.arg].entries}
            w = CountsTable(entries, self.tr("Total score:"), {c: maxima[c] for c, _ in entries}, keep_zero=True)
        else:
            raise ValueError(f"unknown field kind {kind!r}")
        w.setObjectName(f"field_{spec.name}")
        return w

    def _identity_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identity of the person — sensitive, optional"))
        box.setObjectName("identitySection")
        box.setStyleSheet("QGroupBox#identitySection { border: 2px solid #b02a37; border-radius: 4px; "
                          "margin-top: 14px; padding: 8px; } QGroupBox#identitySection::title { "
                          "subcontrol-origin: margin; left: 8px; color: #b02a37; font-weight: bold; }")
        note = QLabel(self.tr("Leave empty unless needed. Kept apart from the decision: never shown in lists, "
                         "reports or report packages."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(note)
        for name, label in IDENTITY_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_identity_{name}")
            key = f"identity.{name}"
            self.fields[key] = edit
            form.addRow(ftr(label), self.errors.wrap(key, edit))
        box.setLayout(form)
        return box

    # ---- values -------------------------------------------------------------------------------------------
    def _set(self, name: str, value) -> None:
        w = self.fields[name]
        if isinstance(w, QDateEdit):
            w.setDate(to_qdate(value))
        elif isinstance(w, QLineEdit):
            w.setText(value or "")
        elif isinstance(w, (QSpinBox, NumberField)):
            w.setValue(int(value or 0))
        else:
            w.set_value(value)

    def _get(self, name: str):
        w = self.fields[name]
        if isinstance(w, QDateEdit):
            return from_qdate(w.date())
        if isinstance(w, QLineEdit):
            return w.text()
        return w.value()

    def _load(self, rec) -> None:
        for name in self.fields:
            if name.startswith("identity."):
                ident = rec.identity
                self._set(name, getattr(ident, name.split(".", 1)[1]) if ident else "")
            else:
                self._set(name, getattr(rec, name))

    def record_from_fields(self):
        values = {n: self._get(n) for n in self.fields if not n.startswith("identity.")}
        if self.identity_box is not None:
            ident = PersonIdentity(**{n: self._get(f"identity.{n}") for n, _ in IDENTITY_FIELDS})
            values["identity"] = None if ident.is_empty else ident
        if self.entity == "residential_unit_event" and self._record is None:
            values["old_name"] = self.fields["unit_code"].currentText() if values.get("unit_code") else ""
        if self._record is not None:
            return replace(self._record, **values)
        return self._repo.kind.record(**values)

    # ---- live rules: legal basis, totals, result, duplicates ---------------------------------------------
    def _wire_live_rules(self) -> None:
        for w in self.fields.values():
            for signal in ("currentIndexChanged", "dateChanged", "changed", "valueChanged"):
                if hasattr(w, signal):
                    getattr(w, signal).connect(lambda *_a: self._live())
                    break
        if "scores" in self.fields:
            self.fields["scores"].changed.connect(self._fill_result)
            from commune_desk.ui.dialogs.assessment_form import attach_assessment_notice

            self.assessment_notice = attach_assessment_notice(self, self._cats)
        if self.entity == "penalty_decision":
            from commune_desk.ui.dialogs.penalty_form import PenaltyFormRules

            self.penalty_rules = PenaltyFormRules(self, self._cats)
        self._live()

    def _fill_result(self) -> None:
        code = assessment_result(self.fields["scores"].value_total(), self._cats)
        self.fields["result"].set_value(code)

    def _live(self) -> None:
        if self._duplicates is None or self.lock_banner.isVisible():
            return
        try:
            n = self._duplicates(self.record_from_fields())
        except (TypeError, ValueError, AttributeError):
            n = 0
        set_soft(self.warning, self.tr("Possible duplicate: %1 record(s) with the same date, unit and kind "
                                       "already exist.").replace("%1", fmt_int(n)) if n > 0 else "")

    # ---- locking and saving -------------------------------------------------------------------------------
    def set_locked(self, reason: str) -> None:
        """Read-only: every field disabled, no Save button, the reason on top."""
        self.lock_banner.setText(self.tr("This record cannot be changed: %1").replace("%1", reason))
        self.lock_banner.setVisible(True)
        self.warning.setVisible(False)
        for w in self.fields.values():
            w.setEnabled(False)
        self.save_button.setVisible(False)
        self.save_button.setDefault(False)
        self.cancel_button.setText(self.tr("Close"))

    @property
    def locked(self) -> bool:
        return not self.save_button.isVisible() and self.lock_banner.text() != ""

    def save(self) -> None:
        """Validate through the repository; close only when the record was stored."""
        if self.locked:
            return
        self.errors.clear()
        bad_numbers = [w for w in self.findChildren(NumberField) if w.problem()]
        if bad_numbers:
            # The field itself says what is wrong and which range it takes; nothing is saved until corrected.
            self.errors.refuse(self.tr("A number is not acceptable (see the message under it); "
                                       "correct it before saving."))
            bad_numbers[0].setFocus()
            return
        rec = self.record_from_fields()
        try:
            self.saved = self._repo.add(rec) if self._record is None else self._repo.update(rec)
        except ValidationFailed as exc:
            self.errors.show(exc.problems, field_of)
            self._focus_first_problem(exc.problems)
            return
        except ExpectedError as exc:
            show_expected(self, exc)
            return
        self.accept()

    def _focus_first_problem(self, problems) -> None:
        for problem in problems:
            widget = self.fields.get(field_of(problem.where))
            if widget is not None:
                widget.setFocus()
                return

    def problem_text(self, name: str) -> str:
        return self.errors.text(name)


def quarter_choices(today: date, current: str | None = None) -> list[tuple[str, str]]:
    """The quarters of last year and this year that have begun, newest first (and the record's own)."""
    from commune_desk.domain.periods import Period
    from commune_desk.ui.language import period_name

    quarters = [Period(y, "quarter", i) for y in (today.year, today.year - 1) for i in (4, 3, 2, 1)]
    codes = [p.code for p in quarters if p.start <= today]
    if current and current not in codes:
        codes.insert(0, current)
    out = []
    for code in codes:
        try:
            out.append((code, period_name(Period.parse(code))))
        except ValueError:
            out.append((code, code))
    return out


def combo_labels(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]
