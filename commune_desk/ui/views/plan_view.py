"""The "Plan" area: the plan in force, its targets and report deadlines, every imported version, the import button."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from commune_desk.ui.language import fmt_date, period_name
from commune_desk.ui.views.home_view import fmt_value


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def _fill(table: QTableWidget, rows: list[list[str]], stretch: int | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


class PlanView(QWidget):
    """`service`: the plan use cases of the open database (app_services.PlanService); `plans`, `office_certs`, `profiles`: its PlanRepository,
    OfficeCertRepository and ProfileRepository (the last for the import dialog); `volumes`: removable drives for the
    import dialog."""

    planImported = Signal(object)

    def __init__(self, service, *, plans, office_certs, profiles, today: Callable[[], date] = date.today,
                 volumes=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._plans, self._office_certs, self._profiles = plans, office_certs, profiles
        self._today = today
        self._volumes = volumes
        self.dialog = None
        self.plan = None
        self.signature_state = ""
        heading = QLabel(self.tr("Plan"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.import_button = QPushButton(self.tr("Import plan…"))
        self.import_button.setMinimumHeight(34)
        self.import_button.clicked.connect(self.import_plan)
        self.office_button = QPushButton(self.tr("Register the office certificate…"))
        self.office_button.setObjectName("registerOffice")
        self.office_button.setMinimumHeight(34)
        self.office_button.clicked.connect(lambda: self.register_office())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.office_button)
        top.addWidget(self.import_button)
        self.in_force = QLabel()
        self.in_force.setObjectName("planInForce")
        self.in_force.setWordWrap(True)
        self.in_force.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.targets = _table([self.tr("Code"), self.tr("Target (as worded in the plan)"), self.tr("Indicator"),
                               self.tr("Target value"), self.tr("Period")], "planTargets")
        self.deadlines = _table([self.tr("Report"), self.tr("Due"), self.tr("Days left"), self.tr("Data from"),
                                 self.tr("Data to")], "planDeadlines")
        self.versions = _table([self.tr("Year"), self.tr("Plan"), self.tr("Version"), self.tr("Title"),
                                self.tr("In force from"), self.tr("Imported"), self.tr("File")], "planVersions")
        self.targets.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.targets.setColumnWidth(2, 300)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.deadlines, self.tr("Report deadlines"))
        self.tabs.addTab(self.versions, self.tr("All imported versions"))
        self.tabs.currentChanged.connect(lambda *_: self._fit_rows())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.in_force)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        from commune_desk.domain.indicators import CATALOGUE
        from commune_desk.domain.plans import all_deadlines
        repo = self._plans
        today = self._today()
        self.plan = plan = repo.active_for(today)
        versions = repo.versions()
        if plan is None:
            self.in_force.setText(self.tr("No plan is in force for %1. Import the plan sent by the superior "
                                          "office.").replace("%1", str(today.year)))
            _fill(self.targets, [])
            _fill(self.deadlines, [])
        else:
            lines = [f"<b>{plan.title}</b>",
                     self.tr("Plan %1, version %2 — issued by %3%4; reports go to %5.")
                     .replace("%1", plan.plan_id).replace("%2", str(plan.version)).replace("%3", plan.issuing_office)
                     .replace("%4", f" ({plan.document_number})" if plan.document_number else "")
                     .replace("%5", plan.receiving_office)]
            lines.append(self.signature_line(plan))
            self.in_force.setText("<br>".join(lines))
            sign = {">=": "≥", "<=": "≤"}
            scopes = {"year": self.tr("year"), "half": self.tr("6 months"), "quarter": self.tr("quarter")}
            _fill(self.targets, [[t.code, t.text, f"{CATALOGUE[t.indicator].label} ({t.indicator})"
                                  if t.indicator in CATALOGUE else t.indicator,
                                  f"{sign.get(t.comparison, t.comparison)} {fmt_value(t.value, t.unit)}"
                                  + (self._office_words(t, sign) if t.is_office else ""),
                                  scopes.get(t.period_scope, t.period_scope)] for t in plan.targets], stretch=1)
            _fill(self.deadlines, [[period_name(d.period), fmt_date(d.due), str(d.days_left),
                                    fmt_date(d.data_window[0]), fmt_date(d.cutoff or d.data_window[1])]
                                   for d in all_deadlines(plan, today, scheme=repo.scheme())])
        self._show_office(lines if plan is not None else None)
        _fill(self.versions, [[str(v.year), v.plan_id, str(v.version), v.title, fmt_date(v.valid_from),
                               v.imported_at.strftime("%d/%m/%Y %H:%M"), v.source_name]
                              for v in reversed(versions)], stretch=3)

    def signature_line(self, plan) -> str:
        """The signature state of the plan in force, coloured: signed by the registered office or not."""
        from html import escape

        from commune_desk.domain.loop import PLAN_OTHER, PLAN_REGISTERED, PLAN_UNSIGNED
        record = self._service.signature_of(plan)
        if record is None:
            text, colour = self.tr("Signature: not checked (imported before signed plans)"), "#8a5a00"
        elif record.status == PLAN_REGISTERED:
            text, colour = self.tr("Signature: signed by the registered superior office (%1)").replace(
                "%1", record.signer), "#1b5e20"
        elif record.status == PLAN_UNSIGNED:
            text, colour = self.tr("Signature: unsigned — not signed by the superior office"), "#b71c1c"
        elif record.status == PLAN_OTHER:
            text, colour = self.tr("Signature: signed by someone else (%1), not the registered superior "
                                   "office").replace("%1", record.signer), "#b71c1c"
        else:
            text, colour = record.status, "#b71c1c"
        self.signature_state = record.status if record else ""
        return f'<span style="color: {colour}; font-weight: bold;">{escape(text)}</span>'

    def _office_words(self, t, sign) -> str:
        """A superior-level target: whose it is, and the commune's own share when the plan gives one."""
        if t.commune_quota is None:
            return "\n" + self.tr("(superior office's target)")
        return "\n" + self.tr("(superior office's target; this commune's share: %1)").replace(
            "%1", f"{sign.get(t.comparison, t.comparison)} {fmt_value(t.commune_quota, t.unit)}")

    def _show_office(self, lines: list[str] | None) -> None:
        """Add the registered superior office (or that none is) under the plan in force."""
        from commune_desk.services.packages.signing_keys import group_fingerprint
        active = [o for o in self._office_certs.all() if o.status == "active"]
        office = (self.tr("Superior office certificate: %1 — SHA-256 %2").replace("%1", active[-1].common_name)
                  .replace("%2", group_fingerprint(active[-1].fingerprint)) if active else
                  self.tr("No superior office certificate registered: signed plans and receipts cannot be "
                          "recognised yet."))
        base = "<br>".join(lines) if lines else self.in_force.text()
        self.in_force.setText(base + "<br><small>" + office + "</small>")

    def register_office(self, path: str | None = None, **kwargs):
        """Register the superior office's certificate (fingerprint shown, confirmed); see office_cert_dialog."""
        from commune_desk.ui.dialogs.office_cert_dialog import register_office_certificate

        office = register_office_certificate(self, self._service, path, **kwargs)
        if office is not None:
            self.refresh()
        return office

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override: row heights follow the final column widths
        super().showEvent(event)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        for table in (self.targets, self.deadlines, self.versions):
            table.resizeRowsToContents()

    def import_plan(self) -> None:
        """Open the import dialog (non-modal use in tests: `self.dialog` is kept until it closes)."""
        from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog

        self.dialog = PlanImportDialog(self._service, profiles=self._profiles, volumes=self._volumes,
                                       parent=self)
        self.dialog.imported.connect(self._imported)
        self.dialog.open()
        return self.dialog

    def _imported(self, result) -> None:
        self.refresh()
        self.planImported.emit(result)
