"""Report periods (2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07): parsing, Vietnamese names and data windows."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
KINDS = ("month", "quarter", "half", "nine_months", "year")

_PATTERNS = [
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-9M$"), "nine_months"),
    (re.compile(r"^(\d{4})-M(0[1-9]|1[0-2])$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
]


class PeriodError(ValueError):
    """A period code that cannot be understood."""


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period of one calendar year; `index` is the quarter, half or month number (0 otherwise)."""

    year: int
    kind: str
    index: int = 0

    @classmethod
    def parse(cls, text: str) -> "Period":
        code = (text or "").strip().upper()
        for pattern, kind in _PATTERNS:
            m = pattern.match(code)
            if m:
                year = int(m.group(1))
                if not 1990 <= year <= 2100:
                    raise PeriodError(f"year out of range: {text!r}")
                index = int(m.group(2)) if m.lastindex and m.lastindex > 1 else 0
                return cls(year, kind, index)
        raise PeriodError(f"unknown period {text!r}; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07")

    @property
    def code(self) -> str:
        if self.kind == "quarter":
            return f"{self.year}-Q{self.index}"
        if self.kind == "half":
            return f"{self.year}-H{self.index}"
        if self.kind == "nine_months":
            return f"{self.year}-9M"
        if self.kind == "month":
            return f"{self.year}-M{self.index:02d}"
        return f"{self.year}"

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.code

    @property
    def first_month(self) -> int:
        return {"quarter": 3 * self.index - 2, "half": 6 * self.index - 5, "month": self.index}.get(self.kind, 1)

    @property
    def last_month(self) -> int:
        return {"quarter": 3 * self.index, "half": 6 * self.index, "nine_months": 9, "month": self.index}.get(
            self.kind, 12
        )

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.last_month, calendar.monthrange(self.year, self.last_month)[1])

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def year_to_date_window(self, cutoff: "CutoffRule | None" = None) -> tuple[date, date]:
        """Data window from the start of the year to this period's end (the "lũy kế" figures)."""
        rule = cutoff or CALENDAR
        first, _ = rule.window(Period(self.year, "month", 1))
        _, last = rule.window(self)
        return first, last

    def name_vi(self) -> str:
        """Vietnamese name as used in report titles: "quý III năm 2026", "6 tháng đầu năm 2026"."""
        if self.kind == "quarter":
            return f"quý {ROMAN[self.index]} năm {self.year}"
        if self.kind == "half":
            return f"6 tháng đầu năm {self.year}" if self.index == 1 else f"6 tháng cuối năm {self.year}"
        if self.kind == "nine_months":
            return f"9 tháng năm {self.year}"
        if self.kind == "month":
            return f"tháng {self.index:02d} năm {self.year}"
        return f"năm {self.year}"

    def name_en(self) -> str:
        if self.kind == "quarter":
            return f"Q{self.index} {self.year}"
        if self.kind == "half":
            return f"{'first' if self.index == 1 else 'second'} half of {self.year}"
        if self.kind == "nine_months":
            return f"first nine months of {self.year}"
        if self.kind == "month":
            return f"{calendar.month_name[self.index]} {self.year}"
        return f"year {self.year}"

    def data_window(self, cutoff: "CutoffRule | None" = None) -> tuple[date, date]:
        """Inclusive (first day, last day) of the data the period reports, under a plan's cut-off rule."""
        return (cutoff or CALENDAR).window(self)


@dataclass(frozen=True)
class CutoffRule:
    """Where a period's data window starts and ends.

    `start_day` is None for calendar periods; with a day D (NĐ 09/2019 uses 15) the window runs from day D of
    the month before the period's first month to day D-1 of its last month.
    """

    start_day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> "CutoffRule":
        value = (text or "").strip().lower()
        if value in ("", "calendar", "lich"):
            return CALENDAR
        m = re.match(r"^(?:day[- ]?)?(\d{1,2})$", value)
        if not m or not 2 <= int(m.group(1)) <= 28:
            raise PeriodError(f"unknown cut-off rule {text!r}; expected 'calendar' or a day 2..28 such as '15'")
        return cls(int(m.group(1)))

    @property
    def code(self) -> str:
        return "calendar" if self.start_day is None else str(self.start_day)

    def window(self, period: Period) -> tuple[date, date]:
        if self.start_day is None:
            return period.start, period.end
        first = period.start.replace(day=1) - timedelta(days=1)  # last day of the month before
        start = first.replace(day=self.start_day)
        end = date(period.year, period.last_month, self.start_day - 1)
        return start, end


CALENDAR = CutoffRule(None)
ND09_2019 = CutoffRule(15)  # NĐ 09/2019: the 15th of the month before to the 14th


def periods_of_year(year: int) -> list[Period]:
    """Every standard report period of a year, in report order."""
    return [
        Period(year, "quarter", 1),
        Period(year, "half", 1),
        Period(year, "quarter", 3),
        Period(year, "nine_months"),
        Period(year, "year"),
    ]


def period_containing(day: date, kind: str) -> Period:
    if kind == "quarter":
        return Period(day.year, "quarter", (day.month - 1) // 3 + 1)
    if kind == "half":
        return Period(day.year, "half", 1 if day.month <= 6 else 2)
    if kind == "month":
        return Period(day.year, "month", day.month)
    if kind == "year":
        return Period(day.year, "year")
    raise PeriodError(f"unknown period kind {kind!r}")
