"""Report periods (2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07): parsing, Vietnamese names and data windows.

A `PeriodScheme` gives every year its cut-off rule (from the plan in force, or the nearest known one) and cuts
the time line into months so that every day belongs to exactly one month, quarter, half and year.
"""

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


class PeriodScheme:
    """The cut-off rule of every year, and the data windows it gives.

    `rules` holds the rules the plans state (year -> rule). A year without a plan takes the rule of the latest
    earlier year that has one ("the last known rule goes on"), or before the first plan the earliest later one,
    or the calendar when no plan is known. The windows are built from month ends: month m of year y ends on the
    last day of m (calendar) or on day D-1 of m (cut-off day D), and each month starts the day after the month
    before it ends, across year boundaries too. So months tile the time line with no gap and no overlap even
    where two years follow different rules (the earlier year keeps its end; the later year starts the day
    after), and quarters, halves, nine months and years are unions of whole months.
    """

    __slots__ = ("_rules", "_years", "default")

    def __init__(self, rules: dict[int, CutoffRule] | None = None, default: CutoffRule | None = None) -> None:
        self._rules = dict(sorted((rules or {}).items()))
        self._years = tuple(self._rules)
        self.default = default or CALENDAR

    @classmethod
    def uniform(cls, rule: CutoffRule | None = None) -> "PeriodScheme":
        """One rule for every year (a single plan's rule, or the calendar)."""
        return cls({}, rule or CALENDAR)

    @property
    def rules(self) -> dict[int, CutoffRule]:
        return dict(self._rules)

    def with_rule(self, year: int, rule: CutoffRule) -> "PeriodScheme":
        """This scheme with `year` following `rule` (a plan being evaluated governs its own year)."""
        return PeriodScheme({**self._rules, year: rule}, self.default)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PeriodScheme) and (self._rules, self.default) == (other._rules, other.default)

    def __hash__(self) -> int:
        return hash((tuple(self._rules.items()), self.default))

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"PeriodScheme({ {y: r.code for y, r in self._rules.items()} }, default={self.default.code})"

    def rule_for(self, year: int) -> CutoffRule:
        if year in self._rules:
            return self._rules[year]
        earlier = [y for y in self._years if y < year]
        if earlier:
            return self._rules[earlier[-1]]
        later = [y for y in self._years if y > year]
        return self._rules[later[0]] if later else self.default

    def month_end(self, year: int, month: int) -> date:
        """The last day of the data of month `month` of `year`."""
        day = self.rule_for(year).start_day
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day - 1)

    def month_start(self, year: int, month: int) -> date:
        before = self.month_end(year - 1, 12) if month == 1 else self.month_end(year, month - 1)
        return before + timedelta(days=1)

    def window(self, period: Period) -> tuple[date, date]:
        """Inclusive (first day, last day) of the data `period` reports."""
        return self.month_start(period.year, period.first_month), self.month_end(period.year, period.last_month)

    def year_to_date(self, period: Period) -> tuple[date, date]:
        """From the first day of the period's year to the period's last day (the "lũy kế" figures)."""
        return self.month_start(period.year, 1), self.month_end(period.year, period.last_month)

    def year_of(self, day: date) -> int:
        """The report year a day's data belongs to (a day after the December cut-off belongs to the next)."""
        return day.year if day <= self.month_end(day.year, 12) else day.year + 1

    def period_of(self, day: date, kind: str) -> Period:
        """The period of `kind` (month, quarter, half, year) whose window holds `day`."""
        year = self.year_of(day)
        month = next(m for m in range(1, 13) if day <= self.month_end(year, m))
        if kind == "month":
            return Period(year, "month", month)
        if kind == "quarter":
            return Period(year, "quarter", (month - 1) // 3 + 1)
        if kind == "half":
            return Period(year, "half", 1 if month <= 6 else 2)
        if kind == "year":
            return Period(year, "year")
        raise PeriodError(f"unknown period kind {kind!r}")


CALENDAR_SCHEME = PeriodScheme.uniform(CALENDAR)


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
