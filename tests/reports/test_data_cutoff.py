"""Data cut-off: a report states figures to a day on or before its own date, with the labelled estimate for the
whole period when asked; reports that may not be made are refused (exit 2) with the reason."""

from __future__ import annotations

import json
from datetime import date, timedelta

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from commune_desk.domain.data_cutoff import ReportRefused, check_report, report_cutoff
from commune_desk.domain.periods import Period
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.report_content import ESTIMATE_LABEL
from tests.reports.helpers import docx_text, rows, table_by_header, vn

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@settings(max_examples=300, deadline=None)
@given(st.dates(date(2025, 1, 1), date(2027, 12, 31)), st.integers(0, 400), st.integers(-60, 400),
       st.one_of(st.none(), st.dates(date(2025, 6, 1), date(2027, 12, 31))),
       st.one_of(st.none(), st.integers(0, 400)))
def test_cutoff_never_after_the_report_date_nor_the_period(start, length, offset, plan_cutoff, requested):
    window = (start, start + timedelta(days=length))
    day = start + timedelta(days=offset)
    asked = None if requested is None else start + timedelta(days=requested)
    try:
        check_report("X", window, day, today=max(day, start), requested=asked)
    except ReportRefused:
        assert day < start or (asked is not None and not start <= asked <= day)
        return
    cut = report_cutoff(window, day, plan_cutoff=plan_cutoff, requested=asked)
    assert start <= cut <= min(day, window[1])                       # no data after its own date, or the period
    if asked is not None:
        assert cut == min(asked, window[1])
    elif plan_cutoff is not None and start <= plan_cutoff <= window[1]:
        assert cut == min(plan_cutoff, day)
    else:
        assert cut == min(day, window[1]) or plan_cutoff is not None


def test_refusals_name_the_reason():
    with pytest.raises(ReportRefused, match="has not started"):
        check_report("2027-Q2", (date(2027, 4, 1), date(2027, 6, 30)), date(2027, 6, 1), today=date(2026, 12, 5))
    with pytest.raises(ReportRefused, match="before its period starts on 01/07/2026"):
        check_report("2026-Q3", (date(2026, 7, 1), date(2026, 9, 30)), date(2026, 6, 30), today=date(2026, 12, 5))
    with pytest.raises(ReportRefused, match="after the report's date"):
        check_report("2026", YEAR, date(2026, 11, 14), today=date(2026, 12, 5), requested=date(2026, 11, 20))


@pytest.fixture
def late_record(demo_db):
    """An activity on 18/11/2026, after a 14/11 cut-off and before the demo's "today" (20/11)."""
    from tests.propaganda import propaganda_repo

    propaganda_repo(demo_db, "t", today=lambda: date(2026, 11, 20)).add(PropagandaActivity(
        activity_date=date(2026, 11, 18), form_code="loa", title="Phát thanh sau ngày chốt",
        participants=500))
    return demo_db


def _activities(db, first, last) -> tuple[int, int]:
    found = [r for r in rows(db, "SELECT activity_date, participants FROM propaganda_activity")
             if first <= date.fromisoformat(str(r[0])[:10]) <= last]
    return len(found), sum(r[1] for r in found)


def test_yearly_report_dated_14_11_counts_to_14_11_with_labelled_estimate(late_record, tmp_path):
    from commune_desk.services.reports.report_service import generate

    db = late_record
    files = generate(db, Period.parse("2026"), tmp_path, day=date(2026, 11, 14), number="21", actor="t",
                     estimate=True, today=date(2026, 12, 5))
    assert files.window == (date(2026, 1, 1), date(2026, 11, 14)) and files.estimated
    text = docx_text(files.docx)
    assert "(số liệu từ ngày 01/01/2026, tính đến ngày 14/11/2026)" in text
    count, people = _activities(db, date(2026, 1, 1), date(2026, 11, 14))
    assert f"Tổ chức {vn(count)} hoạt động tuyên truyền với {vn(people)} lượt người" in text
    assert count < _activities(db, date(2026, 1, 1), date(2026, 11, 20))[0]      # the 18/11 record is left out
    assert f"{ESTIMATE_LABEL} năm 2026 (số ước tính theo tiến độ thực hiện, không phải số liệu thực tế" in text
    estimated = round(count * 365 / 318)         # 318 days counted of 365: the documented linear projection
    table = table_by_header(files.docx, f"{ESTIMATE_LABEL} (ước tính)")
    assert table[0][2] == "Thực hiện đến ngày 14/11/2026"
    assert next(r for r in table if r[1] == "Số hoạt động tuyên truyền")[2:] == [vn(count), vn(estimated)]
    wb = openpyxl.load_workbook(files.xlsx)
    ws = wb[ESTIMATE_LABEL]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert f"{ESTIMATE_LABEL} năm 2026 (ước tính)".upper() in cells
    values = {r[1]: r for r in ws.iter_rows(values_only=True) if r[1]}
    assert values["Số hoạt động tuyên truyền"][2] == count and values["Số hoạt động tuyên truyền"][5] == estimated
    assert "Số liệu từ ngày 01/01/2026, tính đến ngày 14/11/2026" in [c for r in wb["Phụ lục I - Chỉ số"].iter_rows(
        values_only=True) for c in r]


def test_report_after_the_period_has_no_estimate(demo_db, tmp_path):
    from commune_desk.services.reports.report_service import generate

    files = generate(demo_db, Period.parse("2026-Q3"), tmp_path, day=date(2026, 10, 5), number="3", actor="t",
                     estimate=True, today=date(2026, 12, 5))
    assert files.window == (date(2026, 7, 1), date(2026, 9, 30)) and not files.estimated
    assert ESTIMATE_LABEL not in docx_text(files.docx)
    assert ESTIMATE_LABEL not in openpyxl.load_workbook(files.xlsx).sheetnames


def test_plan_cutoff_decides_when_the_report_is_later(late_record, tmp_path):
    """The plan says the yearly figures count to 14/11: a report dated 25/11 still stops there."""
    from commune_desk.domain.plans import DataCutoff
    from commune_desk.services.reports.report_data import collect
    from commune_desk.storage.plan_repo import PlanRepository
    from tests.reports.helpers import plan_2026

    plan = plan_2026()
    year_row = plan.deadlines[1]
    plan = plan.__class__(**{**plan.__dict__, "deadlines": (plan.deadlines[0], year_row.__class__(
        year_row.period_kind, year_row.due, DataCutoff.parse("14/11", 2026), year_row.note))})
    PlanRepository(late_record, "t").store(plan)
    content = collect(late_record, Period.parse("2026"), as_of=date(2026, 11, 25))
    assert content.window == (date(2026, 1, 1), date(2026, 11, 14)) and content.data_cutoff == date(2026, 11, 14)
    early = collect(late_record, Period.parse("2026"), as_of=date(2026, 11, 10))
    assert early.data_cutoff == date(2026, 11, 10)                 # never after the report's own date
    assert content.figures["PROP_ACTIVITIES"].period.numerator == _activities(
        late_record, date(2026, 1, 1), date(2026, 11, 14))[0]


def test_package_report_data_carries_cutoff_and_labelled_estimate(late_record, tmp_path):
    from commune_desk.services.packages.period_lifecycle import sign
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.profile_repo import ProfileRepository
    from tests.lifecycle.conftest import report_data

    profile = ProfileRepository(late_record, "t").get()
    identity = create_identity(profile.official_name, profile.unit_code)
    result = sign(late_record, Period.parse("2026"), tmp_path, identity, actor="t", day=date(2026, 11, 14),
                  number="30", estimate=True, today=date(2026, 12, 5))
    data = report_data(result.path)
    assert data["data_cutoff"] == "2026-11-14" and data["partial"] is True
    assert data["data_window"] == {"from": "2026-01-01", "to": "2026-11-14"}
    assert data["period_window"] == {"from": "2026-01-01", "to": "2026-12-31"}
    est = data["estimates"]
    assert est["estimate"] is True and est["label"] == ESTIMATE_LABEL and est["method"] == "linear"
    by_code = {i["code"]: i for i in est["indicators"]}
    count = _activities(late_record, date(2026, 1, 1), date(2026, 11, 14))[0]
    assert by_code["PROP_ACTIVITIES"]["numerator"] == round(count * 365 / 318)
    assert {i["code"]: i["numerator"] for i in data["indicators"]}["PROP_ACTIVITIES"] == count
    assert result.window == (date(2026, 1, 1), date(2026, 11, 14))   # the lock covers what was reported
    from commune_desk.services.reports import report_data_check as rdc

    assert rdc.problems(data) == []
    passed_off = json.loads(json.dumps(data))
    passed_off["estimates"]["estimate"] = False                    # an estimate never passes as a figure
    assert [p.field for p in rdc.problems(passed_off)] == ["estimates.estimate"]


def test_cli_refuses_reports_that_may_not_be_made(cli, tmp_path):
    db = tmp_path / "demo.db"
    assert cli("--db", str(db), "demo", "--year", "2026", "--no-plan").returncode == 0    # calendar periods
    r = cli("--db", str(db), "report", "2026-Q3", "--out", str(tmp_path / "o"), "--date", "2026-06-30")
    assert r.returncode == 2 and "before its period starts on 01/07/2026" in r.stderr
    r = cli("--db", str(db), "report", "2099-Q1", "--out", str(tmp_path / "o"), "--date", "2099-02-01")
    assert r.returncode == 2 and "has not started" in r.stderr
    r = cli("--db", str(db), "report", "2026-Q3", "--out", str(tmp_path / "o"), "--date", "2026-10-05",
            "--cutoff", "2026-10-06")
    assert r.returncode == 2 and "after the report's date" in r.stderr
    r = cli("--db", str(db), "report", "2026-Q3", "--out", str(tmp_path / "o"), "--date", "2026-09-20",
            "--cutoff", "2026-09-15", "--estimate")
    assert r.returncode == 0, r.stderr
    assert "figures from 01/07/2026 to 15/09/2026 (data cut-off); period ends 30/09/2026; with the labelled " \
           "estimate" in r.stdout
    assert not (tmp_path / "o" / "Bao-cao-2099-Q1.docx").exists()
