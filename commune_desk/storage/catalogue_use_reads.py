"""Which catalogue codes the stored records of a year use, and how many records use each."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

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


def codes_in_use(db: Database, year: int) -> dict[str, dict[str, int]]:
    """{catalogue: {code: records of `year` using it}} for the catalogues records name by a single code."""
    params = {"start": date(year, 1, 1).isoformat(), "end": date(year, 12, 31).isoformat(), "year": year}
    out: dict[str, dict[str, int]] = {}
    with db.read() as s:
        for name, uses in _USES.items():
            used = out.setdefault(name, {})
            for table, column, condition in uses:
                sql = f"SELECT {column}, count(*) FROM {table} WHERE {column} != '' AND {condition} GROUP BY {column}"
                for code, count in s.execute(text(sql), params):
                    used[str(code)] = used.get(str(code), 0) + int(count)
    return out
