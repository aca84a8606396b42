"""Shared helpers for plan tests: sample plans, workbook mutation, database snapshots."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "plans"
SAMPLE_001 = SAMPLES / "plan_001_lang_son_2024.xlsx"
SAMPLE_003 = SAMPLES / "plan_003_thua_thien_hue_2020.xlsx"


def seeds():
    spec = importlib.util.spec_from_file_location("make_sample_plans", ROOT / "scripts" / "make_sample_plans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mutate(src: Path, dest: Path, change) -> Path:
    """Copy a workbook through openpyxl, letting `change(wb)` edit it."""
    import openpyxl

    wb = openpyxl.load_workbook(src)
    change(wb)
    wb.save(dest)
    return dest


def snapshot(db) -> dict:
    """Row counts of every plan table and the audit log, plus the stored digests: 'unchanged' means equal."""
    with db.read() as s:
        out = {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
               for t in ("plan_version", "plan_target", "manual_indicator_value", "audit_log")}
        out["digests"] = s.execute(text("SELECT plan_id, version, digest FROM plan_version ORDER BY id")).all()
    return out


def simple_plan(year: int, rule: str = "calendar", plan_id: str = "", **changes):
    """A one-target plan of `year` under cut-off `rule` (plan id P-<year> unless given)."""
    from dataclasses import replace

    from commune_desk.domain.plans import Deadline, DueRule, Plan, Target

    plan = Plan(plan_id=plan_id or f"P-{year}", version=1, title=f"Kế hoạch năm {year}",
                issuing_office="Ủy ban nhân dân tỉnh Thử Nghiệm", year=year,
                receiving_office="Sở Y tế tỉnh Thử Nghiệm", cutoff_rule=rule,
                targets=(Target("CT1", "Tuyên truyền", "PROP_ACTIVITIES", ">=", 1.0, "count", "quarter"),),
                deadlines=(Deadline("quarter", DueRule.parse("day 10 of last month of quarter", year)),))
    return replace(plan, **changes) if changes else plan
