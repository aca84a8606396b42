"""Home page (dashboard): the unit, the plan in force with each target's figures and status, deadlines, chart."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.ui.language import fmt_date, fmt_int, is_vietnamese, period_name
from commune_desk.ui.views.home_missing import MissingFigures

STATUS_KEYS = ("met", "on_track", "at_risk", "missed", "no_data")


def fmt_value(value: float | None, unit: str) -> str:
    """A figure in the interface language: 12,5% / 1.350 in Vietnamese, 12.5% / 1,350 in English."""
    from commune_desk.domain.indicators import PERCENT, format_vi

    if value is None:
        return "—"
    if is_vietnamese():
        return format_vi(value, unit)
    text = f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.1f}"
    return text + ("%" if unit == PERCENT else "")


def figure_text(value, achieved: float | None, unit: str, not_entered: str) -> str:
    """"62,5% (5/8)": the figure in the target's unit with the numerator and denominator it comes from."""
    if not value.entered:
        return not_entered
    num = fmt_value(value.numerator, "count")
    if value.denominator is None:
        return fmt_value(achieved, unit) if unit != "count" or achieved is not None else num
    den = fmt_value(value.denominator, "count")
    return f"{fmt_value(achieved, unit)} ({num}/{den})"


class ChartView(QWidget):
    """Shows the targets chart scaled to the available width, keeping its proportions.

    The image is drawn when first needed (painted or asked for): at start-up the chart usually sits below the
    fold, and drawing it would only delay the first paint of the home screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list = []
        self._size = (0, 0)
        self._image: QImage | None = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list) -> None:
        from commune_desk.services.reports.chart_data import chart_size

        self._bars = list(bars)
        self._size = chart_size(len(self._bars)) if self._bars else (0, 0)
        self._image = None if self._bars else QImage()
        self.updateGeometry()
        self.update()

    def image(self) -> QImage:
        if self._image is None:
            from commune_desk.render.charts import render_chart

            self._image = render_chart(self._bars)
        return self._image

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        w, h = self._size
        return round(width * h / w) if w else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(800, self.heightForWidth(800))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._size[0]:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        w = self.width()
        h = self.heightForWidth(w)
        painter.drawImage(self.rect().adjusted(0, 0, 0, h - self.height()), self.image())
        painter.end()


class HomeView(QWidget):
    """`load()` returns the services.targets.home_figures.HomeFigures to show; called again on every refresh (the start-up
    path passes figures read before SQLAlchemy loads, the full application a reader over the open database)."""

    addPropagandaRequested = Signal()
    areaRequested = Signal(str)
    importPlanRequested = Signal()
    enterPopulationRequested = Signal(str, int)     # a missing base figure: (population kind, year)
    enterValueRequested = Signal(str)               # a hand-entered indicator without a value: its code

    def __init__(self, load: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._stale = False
        self.figures = None
        self.dashboard = None
        self.office_comments: dict = {}
        self.status_names = {"met": self.tr("Met"), "on_track": self.tr("On track"),
                             "at_risk": self.tr("At risk"), "missed": self.tr("Missed"),
                             "no_data": self.tr("No data yet"), "office": self.tr("Superior office's target")}

        self.unit_name = QLabel()
        self.unit_name.setObjectName("homeUnitName")
        self.unit_name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.unit_name.setWordWrap(True)
        self.unit_detail = QLabel()
        self.unit_detail.setWordWrap(True)
        from commune_desk.ui.views.profile_reminder import ProfileReminder

        self.reminder = ProfileReminder()        # what reports still need from the profile, until it is there
        self.reminder.openProfile.connect(lambda: self.areaRequested.emit("profile"))
        self.year_heading = QLabel()
        self.counts: dict[str, QLabel] = {}
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.year_heading)
        for key, label in (("activities", self.tr("propaganda activities")),
                           ("participants", self.tr("participants reached")),
                           ("materials", self.tr("materials handed out"))):
            value = QLabel("0")
            value.setObjectName(f"count_{key}")
            value.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1a5fb4;")
            counts_row.addSpacing(14)
            counts_row.addWidget(value)
            counts_row.addWidget(QLabel(label))
            self.counts[key] = value
        counts_row.addStretch(1)

        self.add_button = QPushButton(self.tr("Record a propaganda activity…"))
        self.list_button = QPushButton(self.tr("Open the propaganda list"))
        self.profile_button = QPushButton(self.tr("Unit profile"))
        self.plan_button = QPushButton(self.tr("Open the plan"))
        self.add_button.clicked.connect(self.addPropagandaRequested)
        self.list_button.clicked.connect(lambda: self.areaRequested.emit("propaganda"))
        self.profile_button.clicked.connect(lambda: self.areaRequested.emit("profile"))
        self.plan_button.clicked.connect(lambda: self.areaRequested.emit("plan"))
        quick = QHBoxLayout()
        for button in (self.add_button, self.list_button, self.plan_button, self.profile_button):
            button.setMinimumHeight(32)
            quick.addWidget(button)
        quick.addStretch(1)

        self.plan_title = QLabel()
        self.plan_title.setObjectName("dashboardPlanTitle")
        self.plan_title.setWordWrap(True)
        self.plan_title.setStyleSheet("font-size: 12pt; font-weight: bold; margin-top: 8px;")
        self.empty_state = self._empty_state()
        self.missing = MissingFigures()
        self.missing.populationRequested.connect(self.enterPopulationRequested)
        self.missing.valueRequested.connect(self.enterValueRequested)
        self.targets = QTableWidget(0, 5)
        self.targets.setObjectName("dashboardTargets")
        self.targets.setHorizontalHeaderLabels([self.tr("Target"), self.tr("Period"), self.tr("This period"),
                                                self.tr("Year to date"), self.tr("Status")])
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets.setWordWrap(True)
        self.targets.verticalHeader().setVisible(False)
        self.targets.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        # A stretched column widens without sectionResized when the window is first laid out: refit on resize.
        self.targets.viewport().installEventFilter(self)
        self.deadlines = QLabel()
        self.deadlines.setObjectName("dashboardDeadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ChartView()
        self.chart.setObjectName("dashboardChart")
        self.chart_heading = QLabel(self.tr("Targets and results"))
        self.chart_heading.setStyleSheet("font-size: 12pt; font-weight: bold; margin-top: 8px;")
        self.deadlines_heading = QLabel(self.tr("Next report deadlines"))
        self.deadlines_heading.setStyleSheet("font-size: 12pt; font-weight: bold; margin-top: 8px;")

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.unit_name)
        layout.addWidget(self.unit_detail)
        layout.addWidget(self.reminder)
        layout.addLayout(counts_row)
        layout.addLayout(quick)
        layout.addWidget(self.plan_title)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.deadlines_heading)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.missing)
        layout.addWidget(self.targets)
        layout.addWidget(self.chart_heading)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def _empty_state(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("noPlan")
        frame.setStyleSheet("QFrame#noPlan { background: #eef4fb; border: 1px solid #b6cce6; border-radius: 6px; }")
        self.empty_text = QLabel(self.tr(
            "No plan imported yet. Import the yearly plan sent by the superior office (usually on a USB stick) "
            "to see its targets, your results and the report deadlines here."))
        self.empty_text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import plan…"))
        self.import_button.setMinimumHeight(34)
        self.import_button.clicked.connect(self.importPlanRequested)
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 12, 14, 12)
        row.addWidget(self.empty_text, 1)
        row.addWidget(self.import_button)
        return frame

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override: records may have changed elsewhere
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._stale = True

    # ---- refreshing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.figures = self._load()
        self._stale = False
        self._refresh_unit(self.figures)
        self._refresh_plan(self.figures)

    def _refresh_unit(self, figures) -> None:
        profile = figures.profile
        self.reminder.set_profile(profile)
        if profile.is_set:
            self.unit_name.setText(profile.official_name or profile.name)
            details = [self.tr("Unit code: %1").replace("%1", profile.unit_code)]
            if profile.province:
                details.append(self.tr("Province: %1").replace("%1", profile.province))
            details.append(self.tr("%1 residential units").replace(
                "%1", fmt_int(sum(1 for u in profile.residential_units if u.active))))
            self.unit_detail.setText(" · ".join(details))
        else:
            self.unit_name.setText(self.tr("Unit profile not set"))
            self.unit_detail.setText(self.tr("Open “Unit profile” to describe your commune."))
        self.year_heading.setText(self.tr("Year %1 so far:").replace("%1", str(figures.year)))
        self.counts["activities"].setText(fmt_int(figures.activities))
        self.counts["participants"].setText(fmt_int(figures.participants))
        self.counts["materials"].setText(fmt_int(figures.materials))

    def _refresh_plan(self, figures) -> None:
        self.dashboard = figures.dashboard
        has_plan = self.dashboard.plan is not None
        self.empty_state.setVisible(not has_plan)
        for widget in (self.plan_title, self.targets, self.deadlines, self.deadlines_heading, self.chart,
                       self.chart_heading):
            widget.setVisible(has_plan)
        if not has_plan:
            self.missing.setVisible(False)
            self.targets.setRowCount(0)
            self.chart.set_bars([])
            return
        plan = self.dashboard.plan
        self.plan_title.setText(self.tr("Plan in force: %1 (version %2, %3)").replace("%1", plan.title)
                                .replace("%2", str(plan.version)).replace("%3", plan.issuing_office))
        self.office_comments = figures.comments
        self._fill_targets(self.dashboard.results)
        self.missing.fill(self.dashboard.results)
        self._fill_deadlines(self.dashboard.deadlines, getattr(self.dashboard, "sent", ()))
        from commune_desk.services.reports.chart_data import bars_from_results

        self.chart.set_bars(bars_from_results(self.dashboard.results))

    def _fill_targets(self, results) -> None:
        not_entered, target_word = self.tr("not entered"), self.tr("Target")
        self.targets.setRowCount(len(results))
        for row, r in enumerate(results):
            sign = {">=": "≥", "<=": "≤"}.get(r.target.comparison, r.target.comparison)
            text = (f"{r.target.code}. {r.target.text}\n"
                    f"{target_word}: {sign} {fmt_value(r.target.value, r.target.unit)}")
            if r.target.is_office:
                text += " — " + (self.tr("the superior office's; this commune's share: %1").replace(
                    "%1", f"{sign} {fmt_value(r.target.commune_quota, r.target.unit)}")
                    if r.target.commune_quota is not None else
                    self.tr("the superior office's target: this commune's contribution is shown"))
            cells = [text, period_name(r.period),
                     self._figure(r.value, r.achieved, r.target.unit, not_entered),
                     self._figure(r.ytd, r.ytd_achieved, r.target.unit, not_entered),
                     self.status_names.get(r.status, r.status)]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 4:
                    self._chip(item, r.status)
                elif col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, r.target.code)
                self.targets.setItem(row, col, item)
            self._mark_comments(row, r)
        self._fit_rows()

    def _figure(self, value, achieved, unit: str, not_entered: str) -> str:
        """The figure, or what is missing for it: a share over a population nobody entered is never shown as 0."""
        if value.entered and value.missing_population:
            return f"{fmt_value(value.numerator, 'count')} / ? — " + self.tr("base figure not entered")
        return figure_text(value, achieved, unit, not_entered)

    def _mark_comments(self, row: int, result) -> None:
        """The office's remarks on this target's indicator: a marker line, a tint and the full text as tooltip."""
        from commune_desk.ui.views.office_comments import (
            COMMENT_BACKGROUND, MARKER, comments_within, tooltip_text,
        )

        found = [(period_name(p), c.text) for p, by_code in comments_within(
            getattr(self, "office_comments", {}), result.period) for c in by_code.get(result.target.indicator, ())]
        if not found:
            return
        title = self.tr("Comment of the superior office")
        tip = tooltip_text(title, found)
        for col in (0, 2):
            item = self.targets.item(row, col)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole + 2, tip)
            if col == 0:
                item.setText(item.text() + f"\n{MARKER} {title} ({found[-1][0]}): {found[-1][1]}")
                item.setBackground(QBrush(QColor(COMMENT_BACKGROUND)))
            else:
                item.setText(f"{MARKER} " + item.text())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and obj is self.targets.viewport():
            if event.size().width() != event.oldSize().width():
                QTimer.singleShot(0, self._fit_rows)  # after the header has stretched its sections
        return super().eventFilter(obj, event)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text, the table as tall as its rows (the page scrolls, not the table)."""
        self.targets.resizeRowsToContents()
        height = self.targets.horizontalHeader().height() + 2 * self.targets.frameWidth()
        height += sum(self.targets.rowHeight(i) for i in range(self.targets.rowCount()))
        self.targets.setFixedHeight(height)

    @staticmethod
    def _chip(item: QTableWidgetItem, status: str) -> None:
        from commune_desk.services.reports.chart_data import STATUS_COLOURS

        item.setBackground(QBrush(QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["no_data"]))))
        item.setForeground(QBrush(QColor("white")))
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setData(Qt.ItemDataRole.UserRole + 1, status)

    def _fill_deadlines(self, deadlines, sent=()) -> None:
        if not deadlines and not sent:
            self.deadlines.setText(self.tr("No more report deadlines this year."))
            return
        lines, due = [], self.tr("due")
        for d in deadlines:
            if d.days_left < 0:
                left = (self.tr("overdue by 1 day") if d.days_left == -1 else
                        self.tr("overdue by %1 days").replace("%1", str(-d.days_left)))
                colour = "#c62828"
            elif d.days_left == 0:
                left, colour = self.tr("due today"), "#c62828"
            else:
                left = (self.tr("1 day left") if d.days_left == 1 else
                        self.tr("%1 days left").replace("%1", str(d.days_left)))
                colour = "#ef6c00" if d.days_left <= 7 else "#202020"
            lines.append(f"• {period_name(d.period)} — {due} {fmt_date(d.due)} "
                         f"<b style='color:{colour}'>({left})</b>")
        # Sent = packaged; acknowledged = the office's receipt imported. The newest first, at most three.
        for d, acknowledged in sorted(sent, key=lambda x: x[0].due, reverse=True)[:3]:
            text = self.tr("sent on %1").replace("%1", fmt_date(d.sent_on))
            if d.status == "late":
                text += " " + self.tr("(late)")
            text += "; " + (self.tr("receipt from the office imported on %1").replace("%1", fmt_date(acknowledged))
                            if acknowledged else self.tr("no receipt from the office yet"))
            lines.append(f"• {period_name(d.period)} — <span style='color:#2e7d32'>{text}</span>")
        self.deadlines.setText("<br>".join(lines))
