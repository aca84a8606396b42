"""Validation rules of every record type: each returns all problems found, each naming its field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from commune_desk.domain.catalogues import CatalogueSet
from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.healthy_commune import assessment_result, qualifying  # noqa: F401 - re-exported
from commune_desk.domain.periods import PeriodScheme
from commune_desk.domain.records.legacy import legacy_encoding
from commune_desk.domain.records.types import (
    Assessment, Business, Hotspot, HotspotEvent, Inspection, Support, TipOff, Training, UnitEvent,
)
from commune_desk.domain.unit_history import UnitEnd, ended_problem

MIN_DATE = date(2000, 1, 1)
# Largest count of people, workers or items one record may hold (docs/records-workbook.md "Limits"): far above
# any commune's figures, low enough to catch a typing slip of three zeros.
MAX_COUNT = 1_000_000
MAX_DAYS = 365
# Largest fine of one decision: the field maximum for social evils, 75.000.000 đồng for an individual, doubled
# for an organisation (NĐ 282/2025/NĐ-CP Điều 5 khoản 2; see docs/records-workbook.md "Limits").
MAX_FINE = 150_000_000
UNIT_EVENT_KINDS = ("renamed", "merged", "split", "dissolved")
_UNKNOWN_UNIT = QT_TRANSLATE_NOOP("Problems", "unknown residential unit {value}")
_UNKNOWN_TEAM = QT_TRANSLATE_NOOP("Problems", "unknown team or group {value}")


@dataclass(frozen=True)
class RuleContext:
    """What the rules check against; a `None` set means "not checked here" (e.g. checked across sheets)."""

    today: date
    catalogues: CatalogueSet
    unit_codes: frozenset[str] | None = None
    business_codes: frozenset[str] | None = None
    hotspot_codes: frozenset[str] | None = None
    unit_ends: dict[str, UnitEnd] | None = None       # unit code -> UnitEnd (domain.unit_history); None = not checked here
    model_codes: frozenset[str] | None = None
    team_codes: frozenset[str] | None = None
    model_dates: dict[str, date] | None = None          # model code -> set-up date (status changes may not come before it)
    scheme: PeriodScheme | None = None                  # the plans' cut-off rules (a quarter's data window); None: unknown


class _Check:
    def __init__(self, rec: Any, ctx: RuleContext) -> None:  # any record dataclass: fields are read by name
        self.rec, self.ctx = rec, ctx
        self.problems: list[Problem] = []

    def add(self, name: str, message: str, **args: object) -> None:
        self.problems.append(Problem(name, message, args=args))

    def text(self, name: str, *, required: bool = False, limit: int = 500) -> None:
        value = getattr(self.rec, name)
        if not isinstance(value, str):
            self.add(name, QT_TRANSLATE_NOOP("Problems", "must be text"))
        elif required and not value.strip():
            self.add(name, QT_TRANSLATE_NOOP("Problems", "is required"))
        elif len(value) > limit:
            self.add(name, QT_TRANSLATE_NOOP("Problems", "is longer than {limit} characters"), limit=limit)
        elif (kind := legacy_encoding(value)):
            self.add(name, QT_TRANSLATE_NOOP(
                "Problems", "looks like text in the legacy {kind} encoding; retype it in Unicode"), kind=kind)

    def day(self, name: str, *, required: bool = True, not_before: str | None = None) -> None:
        value = getattr(self.rec, name)
        if value is None:
            if required:
                self.add(name, QT_TRANSLATE_NOOP("Problems", "is required"))
            return
        if not isinstance(value, date):
            self.add(name, QT_TRANSLATE_NOOP("Problems", "must be a date"))
        elif value < MIN_DATE or value > self.ctx.today:
            self.add(name, QT_TRANSLATE_NOOP("Problems", "must lie between {first} and today"),
                     first=f"{MIN_DATE:%d/%m/%Y}")
        elif not_before and isinstance(getattr(self.rec, not_before), date) and value < getattr(self.rec, not_before):
            self.add(name, QT_TRANSLATE_NOOP("Problems", "must not be before {other}"), other=not_before)

    def count(self, name: str, value: object = None, *, limit: int = MAX_COUNT) -> None:
        value = getattr(self.rec, name) if value is None else value
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(name, QT_TRANSLATE_NOOP("Problems", "must be a whole number"))
        elif value < 0:
            self.add(name, QT_TRANSLATE_NOOP("Problems", "must not be negative"))
        elif value > limit:
            self.add(name, QT_TRANSLATE_NOOP("Problems", "is implausibly large"))

    def code(self, name: str, catalogue: str, *, required: bool = True, value: str | None = None) -> None:
        value = getattr(self.rec, name) if value is None else value
        if not value:
            if required:
                self.add(name, QT_TRANSLATE_NOOP("Problems", "is required"))
            return
        cat = self.ctx.catalogues[catalogue]
        if cat.get(value) is None:
            self.add(name, QT_TRANSLATE_NOOP("Problems", "unknown code {value} (catalogue {catalogue})"),
                     value=repr(value), catalogue=catalogue)

    def alive(self, date_field: str, name: str = "unit_code") -> None:
        """The unit must still exist on the record's date (not merged, split or dissolved by then)."""
        problem = ended_problem(name, getattr(self.rec, name), getattr(self.rec, date_field), self.ctx.unit_ends)
        if problem is not None:
            self.problems.append(problem)

    def ref(self, name: str, known: frozenset[str] | None, unknown: str, *, required: bool = False) -> None:
        """`unknown` is the marked template shown when the code is not known; it gets {value}."""
        value = getattr(self.rec, name)
        if not value:
            if required:
                self.add(name, QT_TRANSLATE_NOOP("Problems", "is required"))
        elif known is not None and value not in known:
            self.add(name, unknown, value=repr(value))


def validate_unit_event(rec: UnitEvent, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT, required=True)
    if rec.kind not in UNIT_EVENT_KINDS:
        c.add("kind", QT_TRANSLATE_NOOP("Problems", "must be one of {value}"), value=", ".join(UNIT_EVENT_KINDS))
    c.day("effective_date")
    c.text("old_name", limit=200)
    c.text("new_name", required=rec.kind == "renamed", limit=200)
    c.ref("merged_into_code", ctx.unit_codes, _UNKNOWN_UNIT, required=rec.kind == "merged")
    if rec.kind == "merged" and rec.merged_into_code == rec.unit_code:
        c.add("merged_into_code", QT_TRANSLATE_NOOP("Problems", "a unit cannot be merged into itself"))
    if rec.kind == "split":
        if not rec.successor_codes:
            c.add("successor_codes", QT_TRANSLATE_NOOP("Problems", "name the units the split makes"))
        for code in rec.successor_codes:
            if code == rec.unit_code:
                c.add("successor_codes", QT_TRANSLATE_NOOP("Problems", "a unit cannot be split into itself"))
            elif ctx.unit_codes is not None and code not in ctx.unit_codes:
                c.add("successor_codes", _UNKNOWN_UNIT, value=repr(code))
    elif rec.successor_codes:
        c.add("successor_codes", QT_TRANSLATE_NOOP("Problems", "only a split names successor units"))
    # An event on a unit that has already ended (other than the ending event itself) is refused.
    if ctx.unit_ends is not None and rec.unit_code in ctx.unit_ends:
        end = ctx.unit_ends[rec.unit_code]
        if not (end.kind == rec.kind and end.day == rec.effective_date):
            c.alive("effective_date")
    c.alive("effective_date", "merged_into_code")
    c.text("note", limit=2000)
    return c.problems


def validate_training(rec: Training, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.day("training_date")
    c.code("topic_code", "training_topics")
    c.text("title", required=True)
    c.text("organiser", limit=200)
    c.count("days", limit=MAX_DAYS)
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    c.alive("training_date")
    seen = set()
    for line in rec.participants:
        where = f"participants.{line.role}.{line.level}"
        persons_where = f"persons.{line.role}.{line.level}"
        if (line.role, line.level) in seen:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "role and level given twice"))
        seen.add((line.role, line.level))
        c.code(where, "training_roles", value=line.role)
        c.code(where, "staff_levels", value=line.level)
        c.count(where, line.attendees)
        if line.persons is None:
            c.add(persons_where, QT_TRANSLATE_NOOP(
                "Problems", "is required: persons trained for the first time this year (0 if all were trained "
                            "earlier this year)"))
            continue
        c.count(persons_where, line.persons)
        if (isinstance(line.persons, int) and isinstance(line.attendees, int) and not isinstance(line.persons, bool)
                and line.persons > line.attendees):
            c.add(persons_where, QT_TRANSLATE_NOOP(
                "Problems", "persons trained for the first time ({value}) cannot exceed the attendances"),
                value=line.persons)
    c.text("note", limit=2000)
    return c.problems


def validate_business(rec: Business, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.text("code", required=True, limit=40)
    c.text("name", required=True, limit=300)
    c.code("kind_code", "business_kinds")
    c.day("registered_date")
    c.text("address")
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    c.alive("registered_date")
    c.text("owner_name", limit=200)
    c.day("owner_commitment_date", required=False)
    c.count("workers")
    c.count("workers_committed")
    if isinstance(rec.workers, int) and isinstance(rec.workers_committed, int) and rec.workers_committed > rec.workers:
        c.add("workers_committed", QT_TRANSLATE_NOOP("Problems", "is larger than the number of workers"))
    c.day("closed_date", required=False, not_before="registered_date")
    c.text("note", limit=2000)
    return c.problems


def validate_inspection(rec: Inspection, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.ref("business_code", ctx.business_codes, QT_TRANSLATE_NOOP("Problems", "unknown business {value}"), required=True)
    c.day("inspection_date")
    c.text("team", required=True, limit=300)
    c.text("findings", limit=4000)
    c.code("outcome_code", "inspection_outcomes")
    c.code("handling_code", "inspection_handling")
    c.text("note", limit=2000)
    return c.problems


def validate_hotspot(rec: Hotspot, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.text("code", required=True, limit=40)
    c.text("location", required=True)
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    c.text("description", limit=4000)
    c.text("note", limit=2000)
    return c.problems


def validate_hotspot_event(rec: HotspotEvent, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.ref("hotspot_code", ctx.hotspot_codes, QT_TRANSLATE_NOOP("Problems", "unknown hotspot {value}"), required=True)
    c.day("event_date")
    c.code("kind_code", "hotspot_events")
    c.text("note", limit=2000)
    return c.problems


def validate_tipoff(rec: TipOff, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.day("received_date")
    c.text("content", required=True, limit=4000)
    c.text("channel", limit=100)
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    c.alive("received_date")
    c.day("verified_date", required=False, not_before="received_date")
    c.day("handled_date", required=False, not_before="received_date")
    c.code("outcome_code", "tipoff_outcomes", required=rec.handled_date is not None)
    c.ref("team_code", ctx.team_codes, _UNKNOWN_TEAM)
    c.text("note", limit=2000)
    return c.problems


def validate_support(rec: Support, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.day("support_date")
    c.code("kind_code", "support_kinds")
    c.count("count")
    c.text("partner", limit=300)
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    c.alive("support_date")
    c.ref("team_code", ctx.team_codes, _UNKNOWN_TEAM)
    c.text("note", limit=2000)
    return c.problems


def validate_assessment(rec: Assessment, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    if isinstance(rec.year, bool) or not isinstance(rec.year, int) or not 2000 <= rec.year <= ctx.today.year:
        c.add("year", QT_TRANSLATE_NOOP("Problems", "must be a year between 2000 and this year"))
    c.day("assessed_date")
    criteria = ctx.catalogues["healthy_commune_criteria"]
    seen = set()
    for code, score in rec.scores:
        where = f"score.{code}"
        if code in seen:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "criterion given twice"))
        seen.add(code)
        entry = criteria.get(code)
        if entry is None:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "unknown criterion {value}"), value=repr(code))
            continue
        c.count(where, score, limit=int(entry.extra.get("max_score", 100)))
    c.code("result", "healthy_commune_results")
    # A recognition decision is recorded whole (number, date, issuer) or not at all: without it the assessment is
    # only the commune's own, and nothing may present it as a recognition.
    decided = any((rec.decision_number, rec.decision_date, rec.decision_issuer))
    c.text("decision_number", required=decided, limit=60)
    c.day("decision_date", required=decided, not_before="assessed_date")
    c.text("decision_issuer", required=decided, limit=200)
    passing = qualifying(ctx.catalogues)
    if decided and passing and rec.result and rec.result not in passing:
        c.add("result", QT_TRANSLATE_NOOP(
            "Problems", "a recognition decision goes with a result that meets the standard ({value})"),
            value=", ".join(sorted(passing)))
    c.text("note", limit=2000)
    return c.problems
