"""Which data year a day belongs to and each period's data window, from the plans' cut-off rules (any Reader).

A thin reading of domain.periods.PeriodScheme (storage.home_reads.period_scheme): the same windows every figure
is counted in, so the checks that keep shares within 100 % look at exactly the days the figures do.
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.periods import Period, PeriodScheme
from commune_desk.storage.sql_reader import Reader


def _scheme(r: Reader) -> PeriodScheme:
    from commune_desk.storage.home_reads import period_scheme

    return period_scheme(r)


def period_window(r: Reader, period: Period) -> tuple[date, date]:
    """The data window of `period` under its year's cut-off rule (or the nearest known one)."""
    return _scheme(r).window(period)


def year_window(r: Reader, year: int) -> tuple[date, date]:
    return period_window(r, Period(year, "year"))


def data_year(r: Reader, day: date) -> int:
    """The report year a day's data belongs to (after the December cut-off: the next year)."""
    return _scheme(r).year_of(day)
