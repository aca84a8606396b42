"""Target levels: an office-level target is the superior office's (the commune sees its contribution, never met or
missed for itself, unless the plan gives it a quota); `plan validate` warns, naming the cell, about targets one
commune can never meet."""

from __future__ import annotations

from datetime import date

import pytest

from commune_desk.domain import indicators as ind
from commune_desk.domain.errors import ValidationFailed
from commune_desk.domain.periods import Period
from commune_desk.domain.plans import Plan, Target
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.services.targets.indicators import evaluate_plan
from commune_desk.services.plans.plan_template import write_plan_workbook
from commune_desk.services.plans.plan_workbook import read_plan, read_plan_checked
from commune_desk.storage.plan_repo import PlanRepository
from tests.plans.helpers import SAMPLE_001, mutate, simple_plan

PROVINCE_60 = Target("CT4", "Đội kiểm tra liên ngành tỉnh kiểm tra 60 cơ sở", "PROP_ACTIVITIES", ">=", 60.0, "count",
                     "year", level="office")
QUOTA_5 = Target("CT5", "Toàn tỉnh tổ chức 60 hoạt động, mỗi xã ít nhất 5", "PROP_ACTIVITIES", ">=", 60.0, "count",
                 "year", level="office", commune_quota=5.0)
SHARE_25 = Target("CT6", "25% số xã tổ chức tuyên truyền", "PROP_UNITS", ">=", 25.0, "%", "year", level="office",
                  commune_quota=None)


def test_levels_round_trip_through_the_workbook_and_keep_old_digests(tmp_path):
    plan = simple_plan(2026, targets=(PROVINCE_60, QUOTA_5, SHARE_25, Target(
        "CT7", "Xã tổ chức tuyên truyền", "PROP_ACTIVITIES", ">=", 4.0, "count", "quarter")))
    path = write_plan_workbook(tmp_path / "levels.xlsx", plan)
    assert read_plan(path) == plan
    # Commune-level targets serialise as before these fields existed: stored plans keep their digests.
    by_code = {t["code"]: t for t in read_plan(SAMPLE_001).to_json()["targets"]}
    assert all("level" not in t and "commune_quota" not in t for code, t in by_code.items() if code != "CT1")
    assert by_code["CT1"]["level"] == "office" and "commune_quota" not in by_code["CT1"]
    assert Plan.from_json(plan.to_json()) == plan


@pytest.mark.parametrize("cell,value,where,expected", [
    ("I3", "province", "column 'level' (I3)", "commune, office or an empty cell"),
    ("J3", 3, "column 'commune_quota' (J3)", "a commune quota belongs to a target of level office"),
])
def test_bad_level_cells_are_named(tmp_path, cell, value, where, expected):
    def change(wb):
        ws = wb["targets"]
        if ws["I1"].value is None:
            ws["I1"], ws["J1"] = "level", "commune_quota"
        ws[cell] = value
    path = mutate(SAMPLE_001, tmp_path / "bad.xlsx", change)
    with pytest.raises(ValidationFailed) as exc:
        read_plan(path)
    assert any(where in str(p) and expected in str(p) for p in exc.value.problems), exc.value.problems


def test_validate_warns_about_targets_a_commune_can_never_meet(tmp_path):
    plan = simple_plan(2026, targets=(
        Target("A", "8/8 xã lành mạnh", "HEALTHY_COMMUNE", ">=", 8.0, "count", "year"),
        Target("B", "Tuyên truyền ở 10 thôn", "PROP_UNITS", ">=", 10.0, "count", "year"),
        Target("C", "8/8 xã lành mạnh (cấp trên)", "HEALTHY_COMMUNE", ">=", 8.0, "count", "year", level="office"),
        Target("D", "Tuyên truyền ở 2 thôn", "PROP_UNITS", ">=", 2.0, "count", "year")))
    path = write_plan_workbook(tmp_path / "never.xlsx", plan)
    _, warnings = read_plan_checked(path, {"PROP_UNITS": 3})
    texts = [str(w) for w in warnings if "'targets'" in w.where]
    assert len(texts) == 2 and all(w.severity == "warning" for w in warnings)
    assert texts[0].startswith("sheet 'targets', row 2, column 'value' (E2): a count of at most 1: HEALTHY_COMMUNE")
    assert texts[1].startswith("sheet 'targets', row 3, column 'value' (E3): a count of at most 3")
    assert "set level to office" in texts[1]


def test_validate_cli_prints_warnings_and_exits_0(cli, tmp_path):
    plan = simple_plan(2026, targets=(Target("A", "8/8 xã lành mạnh", "HEALTHY_COMMUNE", ">=", 8.0, "count",
                                             "year"),))
    path = write_plan_workbook(tmp_path / "w.xlsx", plan)
    r = cli("plan", "validate", path)
    assert r.returncode == 0, r.stderr
    assert "warning: sheet 'targets', row 2, column 'value' (E2): a count of at most 1" in r.stdout
    assert "1 warning(s)" not in r.stdout and "2 warning(s)" in r.stdout       # and the deadline without cut-off


def test_office_targets_show_the_contribution_and_judge_only_a_quota(db):
    from tests.propaganda import propaganda_repo

    PlanRepository(db, "t").store(simple_plan(2026, targets=(PROVINCE_60, QUOTA_5)))
    repo = propaganda_repo(db, "t", today=lambda: date(2027, 1, 31))
    for month in range(1, 7):
        repo.add(PropagandaActivity(activity_date=date(2026, month, 3), form_code="loa", title="x"))
    plan = PlanRepository(db, "t").active_for_year(2026)
    results = {r.target.code: r for r in evaluate_plan(db, plan, date(2027, 1, 5), period=Period.parse("2026"))}
    assert results["CT4"].status == ind.OFFICE and results["CT4"].achieved == 6      # contribution, no verdict
    assert results["CT5"].status == ind.MET and results["CT5"].target.goal == 5       # judged on its quota
    assert ind.STATUS_VI[ind.OFFICE] == "Chỉ tiêu chung của cấp trên"


def test_report_says_office_level(db, tmp_path, qapp):
    from commune_desk.services.reports.report_service import generate
    from tests.reports.helpers import docx_text, table_by_header

    PlanRepository(db, "t").store(simple_plan(2026, targets=(PROVINCE_60, QUOTA_5)))
    files = generate(db, Period.parse("2026"), tmp_path, day=date(2027, 1, 5), number="1", actor="t",
                     today=date(2027, 1, 5))
    rows = {r[1]: r for r in table_by_header(files.docx, "Chỉ tiêu")[1:]}
    assert rows[PROVINCE_60.text][2] == "≥ 60 (chỉ tiêu chung của cấp trên)"
    assert rows[PROVINCE_60.text][6] == "Chỉ tiêu chung của cấp trên"
    assert rows[QUOTA_5.text][2] == "≥ 60 (chỉ tiêu chung của cấp trên; phần của xã: ≥ 5)"
    assert rows[QUOTA_5.text][6] == "Không đạt"                                      # no activity at all
    assert "1 chỉ tiêu chung của cấp trên (xã đóng góp, không tự đánh giá)" in docx_text(files.docx)


def test_validate_with_db_uses_the_populations_in_force(cli, tmp_path):
    """`plan validate FILE --db DB`: 500 workers to reach where the commune has 120 can never be met."""
    from commune_desk.domain.populations import PopulationEntry
    from commune_desk.storage.database import open_database
    from commune_desk.storage.population_repo import PopulationRepository

    db_path = tmp_path / "c.db"
    db = open_database(db_path)
    PopulationRepository(db, "t", today=lambda: date(2026, 3, 1)).set(PopulationEntry(
        2026, "workers", 120, date(2026, 2, 1), "Phòng Văn hóa - Xã hội"))
    db.dispose()
    plan = simple_plan(2026, targets=(Target("W", "500 người lao động được tuyên truyền", "WORKERS_REACHED", ">=",
                                             500.0, "count", "year"),))
    path = write_plan_workbook(tmp_path / "w.xlsx", plan)
    r = cli("plan", "validate", path, "--db", db_path)
    assert r.returncode == 0, r.stderr
    assert ("warning: sheet 'targets', row 2, column 'value' (E2): a count of at most 120 (the commune's whole "
            "population behind WORKERS_REACHED): 500 can never be met") in r.stdout
    assert "a count of at most" not in cli("plan", "validate", path).stdout       # without --db: nothing to compare
