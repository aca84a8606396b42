"""Test helper: make a database follow a period scheme (the plans' cut-off rules) as storage.home_reads reads it."""

from __future__ import annotations

import json

from sqlalchemy import text

from commune_desk.domain.periods import PeriodScheme


def use_scheme(db, scheme: PeriodScheme, years: range = range(2024, 2029)) -> PeriodScheme:
    """A new plan version for every year of `years` stating that year's rule (plan versions are immutable; the
    newest of a year is in force; only its rule is read for the windows). Returns the scheme the database now
    follows: the same windows as `scheme` over `years`."""
    rules = {year: scheme.rule_for(year) for year in years}
    with db.write() as s:
        first = s.execute(text("SELECT coalesce(max(id), 0) FROM plan_version")).scalar() + 1
        for i, (year, rule) in enumerate(rules.items(), start=first):
            s.execute(
                text(
                    "INSERT INTO plan_version (id, plan_id, version, year, title, issuing_office, "
                    "receiving_office, valid_from, digest, content_json, source_name, imported_at) VALUES "
                    "(:i, :p, 1, :y, 't', 'o', 'r', :v, :d, :c, '', '2026-01-01 00:00:00')"
                ),
                {
                    "i": i,
                    "p": f"P-{year}-{i}",
                    "y": year,
                    "v": f"{year - 1}-01-01",
                    "d": f"{i:064d}",
                    "c": json.dumps({"cutoff_rule": rule.code}),
                },
            )
    return PeriodScheme(rules)
