"""The office's "Aggregation" area: who reported for a period (on time, late, missing, rejected) and the roll-up."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.ui.language import fmt_date, period_code_name
from commune_desk.ui.problems import translate_reason
from commune_desk.ui.views.home_view import fmt_value
from commune_desk.ui.views.list_parts import over_under, saved_bar_under


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


UNIT_STATUS = {
    "on_time": QT_TRANSLATE_NOOP("OfficeCompletenessView", "On time"),
    "late": QT_TRANSLATE_NOOP("OfficeCompletenessView", "Late"),
    "submitted": QT_TRANSLATE_NOOP("OfficeCompletenessView", "Submitted"),
    "missing": QT_TRANSLATE_NOOP("OfficeCompletenessView", "Missing"),
    "rejected": QT_TRANSLATE_NOOP("OfficeCompletenessView", "Rejected"),
}
STATUS_COLOURS = {"on_time": "#1e7e34", "late": "#b35c00", "submitted": "#1e7e34", "missing": "#b02a37",
                  "rejected": "#b02a37"}


RULES = {
    "sum": QT_TRANSLATE_NOOP("OfficeCompletenessView", "numerators and denominators summed"),
    "share_meeting": QT_TRANSLATE_NOOP("OfficeCompletenessView", "share of units meeting the target"),
}


def rule_label(rule: str) -> str:
    return QCoreApplication.translate("OfficeCompletenessView", RULES.get(rule, rule))


def unit_status_label(status: str) -> str:
    return QCoreApplication.translate("OfficeCompletenessView", UNIT_STATUS.get(status, status))


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _tile(title: str, name: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(f"QFrame#{name} {{ border: 1px solid #c8d3e0; border-radius: 6px; background: #f7f9fc; }}")
    value = QLabel("—")
    value.setObjectName(name + "Value")
    value.setStyleSheet("font-size: 18pt; font-weight: bold; border: none;")
    caption = QLabel(title)
    caption.setStyleSheet("color: #44546a; border: none;")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.addWidget(value)
    layout.addWidget(caption)
    return frame, value


class OfficeCompletenessView(QWidget):
    """`service`: the office use cases of the office database (app_services.OfficeService); `ledger`: its
    IntakeLedger; `today`: for the default period. `aggregated(paths)`
    after the outputs are written."""

    aggregated = Signal(object)

    def __init__(self, service, *, ledger, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ledger = ledger
        self._today = today
        self.completeness = None
        self.operation = None
        self._busy = False
        self.outputs: tuple[Path, Path] | None = None
        self.figures = []
        heading = QLabel(self.tr("Completeness and aggregation"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.setMinimumWidth(160)
        self.period_combo.currentIndexChanged.connect(lambda *_: self.show_period())
        self.period_combo.activated.connect(lambda *_: setattr(self, "_chosen", True))
        self._chosen = False
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.aggregate_button = QPushButton(self.tr("Aggregate and write the report…"))
        self.aggregate_button.setMinimumHeight(32)
        self.aggregate_button.clicked.connect(lambda: self.aggregate_to())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period_combo)
        top.addWidget(self.refresh_button)
        top.addWidget(self.aggregate_button)

        tiles = QGridLayout()
        self.tile_values: dict[str, QLabel] = {}
        for col, (key, title) in enumerate((
                ("expected", self.tr("Units expected")), ("submitted", self.tr("Submitted (reporting rate)")),
                ("on_time", self.tr("On time (on-time rate)")), ("late", self.tr("Late")),
                ("missing", self.tr("Missing")), ("rejected", self.tr("Rejected only")))):
            frame, value = _tile(title, f"tile_{key}")
            self.tile_values[key] = value
            tiles.addWidget(frame, 0, col)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineLabel")
        self.deadline.setWordWrap(True)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All units"), None)
        for status in UNIT_STATUS:
            self.status_filter.addItem(unit_status_label(status), status)
        self.status_filter.currentIndexChanged.connect(lambda *_: self._fill_units())
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show:")))
        filter_row.addWidget(self.status_filter)
        filter_row.addStretch(1)
        self.units = _table([self.tr("Unit code"), self.tr("Unit name"), self.tr("Status"), self.tr("Submitted on"),
                             self.tr("Revision"), self.tr("Reasons")], "completenessTable", 5)
        self.figures_table = _table([self.tr("Indicator"), self.tr("Rule"), self.tr("Numerator"),
                                     self.tr("Denominator"), self.tr("Result"), self.tr("Units"),
                                     self.tr("Target met")], "figuresTable", 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setObjectName("aggregateResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = over_under(self.units, [self.progress, self.result, self.figures_table], (3, 2))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.deadline)
        layout.addLayout(filter_row)
        layout.addWidget(split, 1)
        self.refresh()

    # ---- completeness -------------------------------------------------------------------------------------------
    def _default_period(self) -> str:
        from commune_desk.domain.periods import period_containing

        return period_containing(self._today(), "quarter").code

    def refresh(self) -> None:
        """Reload the periods that have packages (newest first) and show the chosen one."""
        current = self.period_combo.currentData()
        periods = sorted(set(self._ledger.periods()) | {self._default_period()},
                         reverse=True)
        blocked = self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in periods:
            self.period_combo.addItem(period_code_name(p), p)
        received = [p for p in periods if p != self._default_period()]
        newest = received[0] if received else self._default_period()
        wanted = current if current in periods and self._chosen else newest
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(wanted), 0))
        self.period_combo.blockSignals(blocked)
        self.show_period()

    def set_period(self, code: str) -> None:
        self._chosen = True
        if self.period_combo.findData(code) < 0:
            self.period_combo.addItem(period_code_name(code), code)
        self.period_combo.setCurrentIndex(self.period_combo.findData(code))
        self.show_period()

    def period(self) -> str:
        return self.period_combo.currentData() or self._default_period()

    def show_period(self) -> None:
        comp = self.completeness = self._service.period_completeness(self.period())
        rate = lambda v: fmt_value(v, "%") if v is not None else "—"  # noqa: E731
        self.tile_values["expected"].setText(str(comp.expected))
        self.tile_values["submitted"].setText(f"{len(comp.submitted)} ({rate(comp.reporting_rate)})")
        self.tile_values["on_time"].setText(f"{len(comp.on_time)} ({rate(comp.on_time_rate)})")
        self.tile_values["late"].setText(str(len(comp.late)))
        self.tile_values["missing"].setText(str(len(comp.missing)))
        self.tile_values["rejected"].setText(str(len(comp.rejected)))
        if comp.due is None:
            text = self.tr("No deadline is known for this period: import the plan in force to judge timeliness.")
        else:
            text = self.tr("Deadline: %1 (plan in force).").replace("%1", fmt_date(comp.due))
        if comp.unexpected:
            text += " " + self.tr("Reported without being expected: %1.").replace("%1", ", ".join(comp.unexpected))
        self.deadline.setText(text)
        self._fill_units()

    def _fill_units(self) -> None:
        wanted = self.status_filter.currentData()
        rows = [r for r in (self.completeness.rows if self.completeness else ()) if not wanted or r.status == wanted]
        self.units.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = r.unit_name + ("" if r.expected else " " + self.tr("(not expected)"))
            notes = [translate_reason(x) for x in r.reasons]
            if r.flags:   # impossible figures of an accepted package: shown here, never summed
                notes.insert(0, self.tr("Impossible figures, not summed: %1").replace("%1", "; ".join(r.flags)))
            cells = [r.unit_code, name, unit_status_label(r.status), fmt_date(r.submitted_on),
                     str(r.revision or ""), "; ".join(notes)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setData(Qt.ItemDataRole.UserRole, r.status)
                    item.setForeground(QColor(STATUS_COLOURS.get(r.status, "#000000")))
                if c == 5:
                    item.setToolTip(text)
                self.units.setItem(i, c, item)

    def units_with_status(self, status: str) -> list[str]:
        """Unit codes whose row in the table shows `status` (what the officer sees)."""
        return [self.units.item(r, 0).text() for r in range(self.units.rowCount())
                if self.units.item(r, 2).data(Qt.ItemDataRole.UserRole) == status]

    # ---- aggregation --------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True from the start of a job until its result has been shown (the worker may end a moment earlier)."""
        return self._busy

    def aggregate_to(self, out_dir: str | Path | None = None) -> bool:
        """Roll up the period and write Tong-hop_<period>.docx/.xlsx into `out_dir` (asked for when None)."""
        from commune_desk.ui.operations import run_in_background

        if self.running:
            return False
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the office report"),
                                                       str(Path.home()))
            if not out_dir:
                return False
        service, period = self._service, self.period()

        def job(progress, cancelled):
            agg = service.aggregate(period)
            return agg, service.write_outputs(agg, out_dir)

        self.progress.setVisible(True)
        self.aggregate_button.setEnabled(False)
        self.result.setText(self.tr("Aggregating %1…").replace("%1", period))
        self._busy = True
        self.operation = run_in_background(job, on_success=self._aggregated, on_failure=self._failed, parent=self)
        return True

    def _aggregated(self, result) -> None:
        self._busy = False
        agg, paths = result
        self.outputs = paths
        self.figures = agg.figures
        self.progress.setVisible(False)
        self.aggregate_button.setEnabled(True)
        self.result.setText(self.tr("Written: %1 and %2").replace("%1", str(paths[0])).replace("%2", str(paths[1])))
        saved_bar_under(self, self.result).show_saved(paths[0])  # with "Mở thư mục"
        yes, no = self.tr("yes"), self.tr("no")
        self.figures_table.setRowCount(len(agg.figures))
        for i, f in enumerate(agg.figures):
            unit = "%" if f.denominator else ""
            left = sum(f.left_out_counts().values())
            result = (fmt_value(f.percent, "%") if f.denominator else fmt_value(f.numerator, unit)) \
                if f.has_data else self.tr("no data")
            units = str(f.units) + (" " + self.tr("(%1 left out)").replace("%1", str(left)) if left else "")
            cells = [f"{f.code} — {f.label}", rule_label(f.rule), fmt_value(f.numerator, ""),
                     fmt_value(f.denominator, "") if f.denominator is not None else "—",
                     result, units, "" if f.achieved is None else (yes if f.achieved else no)]
            for c, text in enumerate(cells):
                self.figures_table.setItem(i, c, QTableWidgetItem(text))
        self.show_period()
        self.aggregated.emit(paths)

    def _failed(self, exc, trace: str) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.ui.errors import show_expected

        self._busy = False
        self.progress.setVisible(False)
        self.aggregate_button.setEnabled(True)
        if isinstance(exc, ExpectedError):
            self.result.setText(str(exc))
            show_expected(self, exc)
            return
        raise exc

    def wait(self, timeout: float = 60.0) -> bool:
        return self.operation is None or self.operation.wait(timeout)
