"""Warnings when a plan's catalogues leave out codes that records of its year, already stored, use."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.plans import Plan
from commune_desk.services.plans.plan_catalogues import catalogue_set
from commune_desk.storage.database import Database

# catalogue -> (table, code column, SQL condition putting the record in the year :start–:end). A plan's catalogues
# are those of its year (plan_catalogues.catalogues_for): records dated in it, and the businesses, models and
# teams that exist in it, are named with them.
_IN_YEAR = "{date} BETWEEN :start AND :end"
_EXISTS = "{date} <= :end"
_USES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "activity_forms": (("propaganda_activity", "form_code", _IN_YEAR.format(date="activity_date")),),
    "training_topics": (("training", "topic_code", _IN_YEAR.format(date="training_date")),),
    "business_kinds": (
        (
            "business",
            "kind_code",
            _EXISTS.format(date="registered_date") + " AND (closed_date IS NULL OR closed_date >= :start)",
        ),
    ),
    "inspection_outcomes": (("inspection", "outcome_code", _IN_YEAR.format(date="inspection_date")),),
    "inspection_handling": (("inspection", "handling_code", _IN_YEAR.format(date="inspection_date")),),
    "hotspot_events": (("hotspot_event", "kind_code", _IN_YEAR.format(date="event_date")),),
    "tipoff_outcomes": (("tipoff", "outcome_code", _IN_YEAR.format(date="received_date")),),
    "support_kinds": (("reintegration_support", "kind_code", _IN_YEAR.format(date="support_date")),),
    "violation_types": (("penalty_decision", "violation_code", _IN_YEAR.format(date="decision_date")),),
    "sexes": (("penalty_decision", "sex", _IN_YEAR.format(date="decision_date")),),
    "age_groups": (("penalty_decision", "age_group_code", _IN_YEAR.format(date="decision_date")),),
    "healthy_commune_results": (("healthy_commune_assessment", "result", "year = :year"),),
    "model_kinds": (("community_model", "kind_code", _EXISTS.format(date="set_up_date")),),
    "team_kinds": (("team", "kind_code", _EXISTS.format(date="formed_date")),),
}
_SHOWN = 5  # codes named in one warning; the rest are counted


def catalogue_warnings(db: Database, plan: Plan) -> list[Problem]:
    """One warning per catalogue of `plan` (its own sheet, or the shipped default it keeps) lacking codes used by
    records of `plan.year` in `db`: those records would show bare codes in lists and reports of that year, and a
    records workbook holding them would be refused. Nothing is changed; the officer decides."""
    catalogues = catalogue_set(plan)
    params = {"start": date(plan.year, 1, 1).isoformat(), "end": date(plan.year, 12, 31).isoformat(), "year": plan.year}
    out = []
    with db.read() as s:
        for name, uses in _USES.items():
            used: dict[str, int] = {}
            for table, column, condition in uses:
                rows = s.execute(text(
                    f"SELECT {column}, count(*) FROM {table} WHERE {column} != '' AND {condition} GROUP BY {column}"
                ), params)  # fmt: skip
                for code, count in rows:
                    used[code] = used.get(code, 0) + count
            missing = sorted(code for code in used if catalogues[name].get(code) is None)
            if not missing:
                continue
            shown = ", ".join(missing[:_SHOWN]) + (f" (+{len(missing) - _SHOWN})" if len(missing) > _SHOWN else "")
            # the message names the catalogue too: the window shows the message without its place
            where = f"sheet 'cat_{name}'" if name in plan.catalogues else f"catalogue '{name}'"
            out.append(Problem(where, QT_TRANSLATE_NOOP(
                "Problems", "the catalogue {catalogue} leaves out {codes}, used by {count} records of {year} stored here: lists and reports "
                "of {year} would show these codes instead of their names, and a records workbook holding them "
                "would be refused"), "warning",
                args={"catalogue": f"cat_{name}", "codes": shown, "count": sum(used[c] for c in missing), "year": plan.year}))  # fmt: skip
    return out
