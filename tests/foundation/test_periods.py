"""Periods: parsing, Vietnamese names, calendar ranges and NĐ 09/2019 cut-off windows."""

from datetime import date

import pytest

from commune_desk.domain.periods import CALENDAR, ND09_2019, CutoffRule, Period, PeriodError, period_containing


@pytest.mark.parametrize(
    "code,name,start,end",
    [
        ("2026-Q3", "quý III năm 2026", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-Q1", "quý I năm 2026", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-H1", "6 tháng đầu năm 2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-H2", "6 tháng cuối năm 2026", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026-9M", "9 tháng năm 2026", date(2026, 1, 1), date(2026, 9, 30)),
        ("2026", "năm 2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2024-M02", "tháng 02 năm 2024", date(2024, 2, 1), date(2024, 2, 29)),
    ],
)
def test_parse_name_and_range(code, name, start, end):
    p = Period.parse(code)
    assert p.code == code
    assert p.name_vi() == name
    assert (p.start, p.end) == (start, end)
    assert p.data_window() == (start, end)


def test_parse_is_lenient_about_case_and_spaces():
    assert Period.parse(" 2026-q4 ").code == "2026-Q4"


@pytest.mark.parametrize("bad", ["", "2026-Q5", "2026-H3", "26-Q1", "2026-M13", "2026-M00", "quý 3", "1800"])
def test_bad_codes_are_refused(bad):
    with pytest.raises(PeriodError):
        Period.parse(bad)


def test_nd09_cutoff_window_starts_on_15th_of_month_before():
    q3 = Period.parse("2026-Q3")
    assert q3.data_window(ND09_2019) == (date(2026, 6, 15), date(2026, 9, 14))
    q1 = Period.parse("2026-Q1")
    assert q1.data_window(ND09_2019) == (date(2025, 12, 15), date(2026, 3, 14))
    assert Period.parse("2026").data_window(ND09_2019) == (date(2025, 12, 15), date(2026, 12, 14))


def test_year_to_date_window():
    q3 = Period.parse("2026-Q3")
    assert q3.year_to_date_window() == (date(2026, 1, 1), date(2026, 9, 30))
    assert q3.year_to_date_window(ND09_2019) == (date(2025, 12, 15), date(2026, 9, 14))


def test_cutoff_rule_parsing():
    assert CutoffRule.parse("calendar") is CALENDAR
    assert CutoffRule.parse("15") == ND09_2019
    assert CutoffRule.parse("day 15") == ND09_2019
    with pytest.raises(PeriodError):
        CutoffRule.parse("31")


def test_period_containing():
    assert period_containing(date(2026, 8, 3), "quarter").code == "2026-Q3"
    assert period_containing(date(2026, 6, 30), "half").code == "2026-H1"
    assert period_containing(date(2026, 12, 31), "year").code == "2026"
