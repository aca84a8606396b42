"""The demo commune's previous year: fewer records, so that comparisons with last year have something to compare.

A report compares its figures with the same period of the year before and, for a first quarter or half, with the
previous period; a demo with a single year only ever showed "-" there. The year before gets about 60 % of a year's
activities, trainings, inspections, tip-offs, penalties and support, dated from 1 January to 14 December: nothing
falls on or after 15 December, where a plan's cut-off rule (NĐ 09/2019: a year runs from 15/12 of the year before)
would put it into the demo's own year, so the figures of that year are the same with or without this part.
What lasts beyond its year is left out or closed, so that the current year's picture does not change: every
tip-off of that year is settled, businesses and hotspots come only from the current year's register, and an
inspection only visits a business already registered on its day.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

KEEP = 0.6
LAST_DAY = (12, 14)


def previous_year(
    profile: Any, year: int, seed: int, catalogues: Any, current: dict[str, list[Any]]
) -> dict[str, list[Any]]:
    """Records of `year - 1` for the demo of `seed`, to add to `current` (the records of `year`)."""
    from commune_desk.services.demo_data.demo import demo_propaganda
    from commune_desk.services.demo_data.demo_records import demo_records

    before = year - 1
    until = date(before, *LAST_DAY)
    rng = random.Random(f"previous-{seed}-{before}")
    made = demo_records(profile, before, seed, until, catalogues)
    registered = {b.code: b.registered_date for b in current["business"]}

    def thin(rows: list[Any]) -> list[Any]:
        # At least one of each kind: a kind thinned to nothing would read as "none that year" in the comparison.
        kept = [r for r in rows if rng.random() < KEEP]
        return kept or rows[:1]

    out: dict[str, list[Any]] = {
        "propaganda": thin(demo_propaganda(profile, before, seed, until)),
        "training": thin(made["training"]),
        "inspection": thin(
            [
                r
                for r in made["inspection"]
                if r.business_code in registered and registered[r.business_code] <= r.inspection_date
            ]
        ),
        # Settled within its year: an old tip-off left open would count as overdue in every later report.
        "tipoff": thin([r for r in made["tipoff"] if r.handled_date is not None]),
        "reintegration_support": thin(made["reintegration_support"]),
    }
    # Penalties keep the register's numbering of their own year, without the gaps thinning would leave.
    penalties = thin(made["penalty_decision"])
    numbers = {"QĐ-XPHC": 0, "UBND-CA": 0}
    renumbered = []
    for rec in penalties:
        suffix = rec.number.split("/", 1)[1]
        numbers[suffix] += 1
        renumbered.append(replace(rec, number=f"{numbers[suffix]:02d}/{suffix}"))
    out["penalty_decision"] = renumbered
    return out


def merge(current: dict[str, list[Any]], earlier: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """`current` with the earlier year's records placed before its own, type by type."""
    merged = dict(current)
    for kind, rows in earlier.items():
        merged[kind] = list(rows) + list(current.get(kind, ()))
    return merged
