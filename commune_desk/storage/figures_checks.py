"""Refusals that keep every share of a population at or below 100 %, as Problems naming the field and the figure.

Called inside the writing transaction by the training, population and hand-entered value repositories (and by
the records workbook's check), so what is checked is what is then written.
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase, Problem
from commune_desk.domain.persons import Claim, PersonLine, claim_overflows, staff_overflows
from commune_desk.domain.populations import STAFF, label_vi
from commune_desk.storage.population_reads import persons_claims, population_entries, training_lines
from commune_desk.storage.year_windows import data_year, year_window

TRAINED_OVER = QT_TRANSLATE_NOOP(
    "Problems", "{persons} persons ({who}) trained for the first time in {year} by {date} would exceed the {value} "
                "staff entered for them ({source}, as of {as_of}): check the persons, or correct the staff figure")
STAFF_UNDER = QT_TRANSLATE_NOOP(
    "Problems", "{persons} persons ({who}) were already trained for the first time in {year} by {date}: the staff "
                "figure cannot be {value}")
CLAIM_OVER = QT_TRANSLATE_NOOP(
    "Problems", "{persons} persons reached ({what}) exceed the {value} of population {kind} ({source}, as of "
                "{as_of}): a share of people cannot pass 100 %")
POPULATION_UNDER = QT_TRANSLATE_NOOP(
    "Problems", "{persons} persons were entered as reached ({what}): the population {kind} cannot be {value}")


def who(bucket: tuple[str, str], catalogues=None):
    """"Cộng tác viên, Thôn, tổ dân phố" for a (role, level) bucket; "all staff together" for the total."""
    role, level = bucket
    if not role and not level:
        return Phrase(QT_TRANSLATE_NOOP("Problems", "all staff together"))
    if catalogues is None:
        return f"{role}, {level}"
    return f"{catalogues['training_roles'].label(role)}, {catalogues['staff_levels'].label(level)}"


def training_problems(r, rec, *, exclude_id: int | None = None, catalogues=None) -> list[Problem]:
    """Problems when the persons of training `rec` would carry a staff figure of its year past 100 %."""
    if not rec.participants or not isinstance(rec.training_date, date):
        return []
    year = data_year(r, rec.training_date)
    start, end = year_window(r, year)
    entries = population_entries(r, year, STAFF)
    if not entries:
        return []
    own = [PersonLine(rec.training_date, line.role, line.level, int(line.persons or 0)) for line in rec.participants]
    lines = training_lines(r, start, end, exclude_training=exclude_id) + own
    before = {o.bucket for o in staff_overflows(entries, lines[:len(lines) - len(own)], year)}
    problems = []
    for o in staff_overflows(entries, lines, year):
        if o.bucket in before:
            continue
        mine = [line for line in rec.participants if (line.role, line.level) == o.bucket] or list(rec.participants)
        problems.append(Problem(f"persons.{mine[0].role}.{mine[0].level}", TRAINED_OVER, args={
            "persons": o.persons, "who": who(o.bucket, catalogues), "year": year, "date": f"{o.day:%d/%m/%Y}",
            "value": o.entry.value, "source": o.entry.source, "as_of": f"{o.entry.as_of:%d/%m/%Y}"}))
    return problems


def population_problems(r, after: list, year: int, kind: str, *, catalogues=None,
                        extra_lines: list | None = None, extra_claims: list | None = None) -> list[Problem]:
    """Problems when the figures `after` (every current figure of `kind` for `year` once the change is made)
    would leave persons already entered above their population."""
    problems = []
    if kind == STAFF:
        start, end = year_window(r, year)
        lines = training_lines(r, start, end) + list(extra_lines or [])
        for o in staff_overflows(after, lines, year):
            problems.append(Problem("value", STAFF_UNDER, args={
                "persons": o.persons, "who": who(o.bucket, catalogues), "year": year, "date": f"{o.day:%d/%m/%Y}",
                "value": o.entry.value}))
        return problems
    claims = persons_claims(r, kind, year) + list(extra_claims or [])
    for claim, entry in claim_overflows(after, kind, year, claims):
        problems.append(Problem("value", POPULATION_UNDER, args={
            "persons": f"{claim.persons:g}", "what": claim.ref, "kind": label_vi(kind), "value": entry.value}))
    return problems


def claim_problems(r, claim: Claim, kind: str, year: int, *, exclude: tuple[str, str]) -> list[Problem]:
    """Problems when a persons value entered by hand exceeds its population in force from its period's end on."""
    entries = population_entries(r, year, kind)
    problems = []
    for c, entry in claim_overflows(entries, kind, year, [claim]):
        problems.append(Problem("numerator", CLAIM_OVER, args={
            "persons": f"{c.persons:g}", "what": c.ref, "kind": label_vi(kind), "value": entry.value,
            "source": entry.source, "as_of": f"{entry.as_of:%d/%m/%Y}"}))
    return problems
