"""The date field of every form: dd/mm/yyyy, Tab goes to the next field (Left/Right move between day, month and
year, Up/Down change them), and its calendar greys out the days the rules refuse (after today, before the first
day records may have). It never moves a date by itself: a stored date outside the range is shown as it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

REFUSED_BACKGROUND = QColor("#eeeeee")
REFUSED_TEXT = QColor("#a0a0a0")


class RefusingCalendar(QCalendarWidget):
    """A month calendar that draws the days outside [earliest, latest] greyed, with a tooltip saying why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.earliest: date | None = None
        self.latest: date | None = None
        # Further refused days, e.g. those of a signed period: `rule(day)` gives the reason, "" when allowed.
        self.rule: Callable[[date], str] | None = None
        self.setGridVisible(False)

    def refused(self, day: QDate | date) -> bool:
        d = date(day.year(), day.month(), day.day()) if isinstance(day, QDate) else day
        if (self.latest is not None and d > self.latest) or (self.earliest is not None and d < self.earliest):
            return True
        return self.rule is not None and bool(self.rule(d))

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:  # noqa: N802 - Qt's name
        if not self.refused(day):
            super().paintCell(painter, rect, day)
            return
        painter.save()
        painter.fillRect(rect, REFUSED_BACKGROUND)
        painter.setPen(REFUSED_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day()))
        painter.restore()


class DateEdit(QDateEdit):
    """dd/mm/yyyy with a calendar; `latest` / `earliest` only grey the calendar, they never clamp the value."""

    def __init__(
        self, parent: QWidget | None = None, *, latest: date | None = None, earliest: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.calendar = RefusingCalendar()
        self.setCalendarWidget(self.calendar)
        self.set_allowed(earliest, latest)

    def set_allowed(self, earliest: date | None, latest: date | None) -> None:
        self.calendar.earliest, self.calendar.latest = earliest, latest
        self.calendar.setToolTip(
            self.tr("Grey days are refused: a record cannot be dated after today.") if latest is not None else ""
        )
        self.calendar.update()

    def refuse_also(self, rule: Callable[[date], str] | None) -> None:
        """Grey the days `rule` gives a reason for (the days of a signed period); the value is never changed."""
        self.calendar.rule = rule
        if rule is not None:
            self.calendar.setToolTip(
                self.tr(
                    "Grey days are refused: after today, or in a period already signed "
                    "(amend that period to change its records)."
                )
            )
        self.calendar.update()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # QDateTimeEdit moves Tab from day to month to year; officers expect Tab to reach the next field.
        return QWidget.focusNextPrevChild(self, forward)
