"""Template → filled → import round trip, plan catalogues replacing defaults, and the `plan` CLI exit codes."""

from __future__ import annotations

from datetime import date, datetime

from commune_desk.domain.periods import Period
from commune_desk.services.plans.plan_catalogues import catalogues_for
from commune_desk.services.plans.plan_import import import_file
from commune_desk.services.plans.plan_template import write_plan_workbook
from commune_desk.storage.plan_repo import PlanRepository
from tests.plans.helpers import SAMPLE_001, mutate


def _fill(wb):
    wb["settings"].append(["TEST-2026", 1, "Kế hoạch phòng, chống mại dâm năm 2026", "Ủy ban nhân dân tỉnh X",
                           2026, "Sở Y tế tỉnh X", 15, "12/KH-UBND", datetime(2026, 2, 1), "01/01/2026"])
    wb["targets"].append(["CT1", "Ít nhất 25% thôn tổ chức tuyên truyền", "PROP_UNITS", "≥", "25%", "%", "year"])
    wb["targets"].append(["CT2", "Kiểm tra 60 cơ sở", "BIZ_INSPECTED", ">=", 60, "count", "year", "II.3"])
    wb["deadlines"].append(["quarter", "ngày 10 tháng cuối quý", None, "trước ngày 10 của tháng cuối quý"])
    wb["deadlines"].append(["year", datetime(2026, 11, 15), "calendar"])
    wb["report"].append(["recipient", "Sở Y tế tỉnh X"])
    ws = wb.create_sheet("cat_violation_types")
    ws.append(["code", "label", "active", "decree", "fine_min", "fine_max"])
    ws.append(["mua_dam", "Mua dâm", 1, "282/2025/NĐ-CP", 1000000, 2000000])
    ws.append(["ban_dam", "Bán dâm", 0, "282/2025/NĐ-CP", 300000, 500000])


def test_template_filled_import_round_trip(tmp_path, db):
    blank = write_plan_workbook(tmp_path / "blank.xlsx")
    filled = mutate(blank, tmp_path / "filled.xlsx", _fill)
    assert import_file(db, filled, "officer").status == "imported"
    plan = PlanRepository(db, "t").get("TEST-2026")
    assert (plan.version, plan.year, plan.cutoff_rule, plan.issued_on) == (1, 2026, "15", date(2026, 2, 1))
    assert [(t.code, t.comparison, t.value, t.unit) for t in plan.targets] == [
        ("CT1", ">=", 25.0, "%"), ("CT2", ">=", 60.0, "count")]
    assert plan.deadlines[0].due.due(Period(2026, "quarter", 3)) == date(2026, 9, 10)
    assert plan.recipients == ("Sở Y tế tỉnh X",)
    cats = catalogues_for(db, 2026)
    assert cats.version == "TEST-2026@1"
    assert cats["violation_types"].codes() == ["mua_dam"]
    assert cats["violation_types"].get("mua_dam").extra == {"decree": "282/2025/NĐ-CP", "fine_min": 1000000,
                                                            "fine_max": 2000000}
    assert cats["activity_forms"].codes()                        # untouched catalogues keep the defaults
    assert catalogues_for(db, 2025).version != "TEST-2026@1"
    # Re-written from the stored plan, the workbook reads back to the same content (same digest).
    again = write_plan_workbook(tmp_path / "again.xlsx", plan)
    assert import_file(db, again, "officer").status == "unchanged"
    # The blank template explains itself: instructions first, drop-downs, frozen headers.
    import openpyxl
    wb = openpyxl.load_workbook(blank)
    assert wb.sheetnames[0] == "huong_dan" and wb["targets"].freeze_panes == "A2"
    assert {str(dv.sqref).split(":")[0] for dv in wb["targets"].data_validations.dataValidation} == {
        "C2", "D2", "F2", "G2", "I2"}          # indicator, comparison, unit, period_scope, level


def test_cli_exit_codes_and_dry_run_diff(tmp_path, cli):
    dbp = tmp_path / "c.db"
    __import__("commune_desk.storage.database", fromlist=["x"]).open_database(dbp).dispose()  # the desk is set up
    r = cli("plan", "template", tmp_path / "t.xlsx")
    assert r.returncode == 0, r.stderr
    r = cli("plan", "validate", tmp_path / "t.xlsx")
    assert r.returncode == 1 and "sheet 'targets': expected at least one target; found none" in r.stdout
    junk = tmp_path / "junk.xlsx"
    junk.write_text("nope")
    assert cli("plan", "validate", junk).returncode == 2
    assert cli("--db", dbp, "plan", "import", SAMPLE_001, "--accept-mismatch").returncode == 0  # of 2024
    v2 = mutate(SAMPLE_001, tmp_path / "v2.xlsx", lambda wb: (wb["settings"].__setitem__("B2", 2),
                                                              wb["targets"].__setitem__("E3", 3)))
    r = cli("--db", dbp, "plan", "import", "--dry-run", v2)
    assert r.returncode == 0, r.stderr
    assert "~ settings.version: 1 -> 2" in r.stdout and "~ target CT2.value: 1 -> 3" in r.stdout
    same_version = mutate(SAMPLE_001, tmp_path / "same.xlsx", lambda wb: wb["targets"].__setitem__("E3", 3))
    r = cli("--db", dbp, "plan", "import", "--dry-run", same_version)
    assert r.returncode == 1 and "already imported with different content" in r.stdout
    assert cli("--db", dbp, "plan", "import", same_version).returncode == 2
    r = cli("--db", dbp, "plan", "show", "--date", "2024-03-01")
    assert r.returncode == 0 and "CT10\tBIZ_INSPECTED >= 30%" in r.stdout


def test_migration_creates_plan_tables(db):
    from sqlalchemy import text

    from commune_desk.storage import schema

    with db.read() as s:
        names = {r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type IN ('table','trigger')"))}
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD
    assert {"plan_version", "plan_target", "manual_indicator_value", "plan_version_no_update"} <= names
