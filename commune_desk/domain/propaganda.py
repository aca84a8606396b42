"""Propaganda / communication activities (tuyên truyền): the record and its validation rules."""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any
from dataclasses import dataclass, field, replace
from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.records.legacy import legacy_encoding
from commune_desk.domain.records.rules import MAX_COUNT
from commune_desk.domain.text import nfc
from commune_desk.domain.unit_history import UnitEnd, ended_problem

MIN_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class PropagandaActivity:
    """One communication activity: when, how (form), where (residential unit), for whom, how many."""

    activity_date: date
    form_code: str
    title: str
    participants: int = 0
    materials: int = 0
    unit_code: str = ""                      # residential unit; "" = whole commune
    target_groups: tuple[str, ...] = ()
    organiser: str = ""
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)
    team_code: str = ""                      # the team or group that carried it out ("" = none named)

    def normalised(self) -> "PropagandaActivity":
        title, organiser, note, team = (nfc(v.strip()) for v in (self.title, self.organiser, self.note,
                                                                   self.team_code))
        if (title, organiser, note, team) == (self.title, self.organiser, self.note, self.team_code):
            return self  # already clean (a workbook's cells are stripped and NFC when read): no copy
        return replace(self, title=title, organiser=organiser, note=note, team_code=team)

    def to_dict(self) -> dict[str, Any]:
        return {
            "activity_date": self.activity_date.isoformat(),
            "form_code": self.form_code,
            "title": self.title,
            "participants": self.participants,
            "materials": self.materials,
            "unit_code": self.unit_code,
            "target_groups": list(self.target_groups),
            "organiser": self.organiser,
            "note": self.note,
            "catalogue_version": self.catalogue_version,
            "team_code": self.team_code,
        }


def validate_propaganda(rec: PropagandaActivity, *, today: date, form_codes: Container[str] | None,
                        unit_codes: Container[str] | None, unit_ends: Mapping[str, UnitEnd] | None = None,
                        team_codes: Container[str] | None = None) -> list[Problem]:
    """Every rule broken by `rec`, each naming its field; an empty list means the record may be saved.

    `unit_ends` (unit code -> UnitEnd) refuses an activity dated on or after its unit was merged, split or dissolved.
    """
    problems: list[Problem] = []
    if not isinstance(rec.activity_date, date):
        problems.append(Problem("activity_date", QT_TRANSLATE_NOOP("Problems", "is required")))
    elif rec.activity_date < MIN_DATE or rec.activity_date > today:
        problems.append(Problem("activity_date", QT_TRANSLATE_NOOP("Problems", "must lie between {first} and today"),
                                args={"first": f"{MIN_DATE:%d/%m/%Y}"}))
    if not rec.form_code:
        problems.append(Problem("form_code", QT_TRANSLATE_NOOP("Problems", "is required")))
    elif form_codes is not None and rec.form_code not in form_codes:
        problems.append(Problem("form_code", QT_TRANSLATE_NOOP("Problems", "unknown form {code}"),
                                args={"code": rec.form_code}))
    if not rec.title.strip():
        problems.append(Problem("title", QT_TRANSLATE_NOOP("Problems", "is required")))
    elif len(rec.title) > 500:
        problems.append(Problem("title", QT_TRANSLATE_NOOP("Problems", "is longer than {n} characters"), args={"n": 500}))
    # The same legacy-encoding rule as every other record's text and as the records import: a text the form keeps
    # must come back through the app's own export (a title such as "=Eô" was stored, then refused on re-import).
    for name in ("title", "organiser", "note"):
        value = getattr(rec, name)
        if isinstance(value, str) and (kind := legacy_encoding(value)):
            problems.append(Problem(name, QT_TRANSLATE_NOOP(
                "Problems", "looks like text in the legacy {kind} encoding; retype it in Unicode"), args={"kind": kind}))
    for name in ("participants", "materials"):
        value = getattr(rec, name)
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "must be a whole number")))
        elif value < 0:
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "must not be negative")))
        elif value > MAX_COUNT:
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "is implausibly large")))
    if rec.unit_code and unit_codes is not None and rec.unit_code not in unit_codes:
        problems.append(Problem("unit_code", QT_TRANSLATE_NOOP("Problems", "unknown residential unit {code}"),
                                args={"code": rec.unit_code}))
    ended = ended_problem("unit_code", rec.unit_code, rec.activity_date, unit_ends)
    if ended is not None:
        problems.append(ended)
    if rec.team_code and team_codes is not None and rec.team_code not in team_codes:
        problems.append(Problem("team_code", QT_TRANSLATE_NOOP("Problems", "unknown team or group {value}"),
                                args={"value": repr(rec.team_code)}))
    return problems


class _KnownIn:
    """The codes of a catalogue, retired entries included (an old record keeps its form when edited)."""

    def __init__(self, catalogue: Any) -> None:
        self._catalogue = catalogue

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self._catalogue.get(code) is not None


def validate_activity(rec: PropagandaActivity, ctx: Any) -> list[Problem]:
    """The rules of `validate_propaganda` against a records.rules.RuleContext (the generic record stack's way)."""
    return validate_propaganda(rec, today=ctx.today, form_codes=_KnownIn(ctx.catalogues["activity_forms"]),
                               unit_codes=ctx.unit_codes, unit_ends=ctx.unit_ends, team_codes=ctx.team_codes)
