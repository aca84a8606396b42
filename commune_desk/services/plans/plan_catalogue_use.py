"""Warnings when a plan's catalogues leave out codes that records of its year, already stored, use."""

from __future__ import annotations

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.plans import Plan
from commune_desk.services.plans.plan_catalogues import catalogue_set
from commune_desk.storage.catalogue_use_reads import codes_in_use
from commune_desk.storage.database import Database

_SHOWN = 5  # codes named in one warning; the rest are counted


def catalogue_warnings(db: Database, plan: Plan) -> list[Problem]:
    """One warning per catalogue of `plan` (its own sheet, or the shipped default it keeps) lacking codes used by
    records of `plan.year` in `db`: those records would show bare codes in lists and reports of that year, and a
    records workbook holding them would be refused. Nothing is changed; the officer decides."""
    catalogues = catalogue_set(plan)
    out = []
    for name, used in codes_in_use(db, plan.year).items():
        missing = sorted(code for code in used if catalogues[name].get(code) is None)
        if not missing:
            continue
        shown = ", ".join(missing[:_SHOWN]) + (f" (+{len(missing) - _SHOWN})" if len(missing) > _SHOWN else "")
        # the message names the catalogue too: the window shows the message without its place
        where = f"sheet 'cat_{name}'" if name in plan.catalogues else f"catalogue '{name}'"
        message = QT_TRANSLATE_NOOP(
            "Problems",
            "the catalogue {catalogue} leaves out {codes}, used by {count} records of {year} stored here: lists and "
            "reports of {year} would show these codes instead of their names, and a records workbook holding them "
            "would be refused",
        )
        args = {"catalogue": f"cat_{name}", "codes": shown, "count": sum(used[c] for c in missing), "year": plan.year}
        out.append(Problem(where, message, "warning", args=args))
    return out
