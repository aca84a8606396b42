"""Models (mô hình) and teams (đội, nhóm) as records: dataclasses, validation and the status-over-time rules.

A model is set up on a date and is *operating* from then on until a status change (paused, closed, operating
again) says otherwise; its figures are entered per quarter, counting the persons served **for the first time
in the reporting year** so that the quarters of a year add up to persons, never to attendances (docs/reports.md).
A quarter's figures say up to which day they are counted (`counted_to`): a report whose data stop before that day
does not state them, since they may hold what happened after its date. The quarter is the plan's (its cut-off
rule, domain.periods.PeriodScheme), so figures counted to the quarter's last data day count in its own report.
Teams are the volunteer social-work team (Đội công tác xã hội tình nguyện), peer groups (nhóm đồng đẳng) and
the like; propaganda, support and tip-off records name the team that carried them out (`team_code`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.periods import Period, PeriodError, PeriodScheme
from commune_desk.domain.records.rules import _UNKNOWN_UNIT, RuleContext, _Check
from commune_desk.domain.records.types import _Record

OPERATING, PAUSED, CLOSED = "operating", "paused", "closed"
MODEL_STATUSES = (OPERATING, PAUSED, CLOSED)
SERVED_SEP = "."          # a served cell is "<sex>.<age group>", e.g. "nu.18_30"
_UNKNOWN_MODEL = QT_TRANSLATE_NOOP("Problems", "unknown model {value}")


@dataclass(frozen=True)
class CommunityModel(_Record):
    """A model run in the commune: its kind (catalogue `model_kinds`), partner, set-up date, units covered."""

    code: str
    name: str
    kind_code: str
    set_up_date: date
    partner: str = ""
    unit_codes: tuple[str, ...] = ()
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ModelStatus(_Record):
    """From `status_date` on, the model is operating, paused or closed (until its next status change)."""

    model_code: str
    status_date: date
    status: str
    note: str = ""
    id: int | None = field(default=None, compare=False)


def quarter_anchor(code: str) -> date | None:
    """The 15th of the quarter's middle month: the one day that lies in the quarter's data window under every
    cut-off rule (calendar or day 2–28), so a quarter's figures fall in exactly one quarter, half and year."""
    try:
        p = Period.parse(code)
    except PeriodError:
        return None
    if p.kind != "quarter" or p.code != code:
        return None
    return date(p.year, p.first_month + 1, 15)


def figures_window(code: str, scheme: PeriodScheme) -> tuple[date, date] | None:
    """The data window of the quarter `code` under the plans' cut-off rules, None for anything but a quarter."""
    if quarter_anchor(code) is None:
        return None
    return scheme.window(Period.parse(code))


def figures_known_on(code: str, counted_to: date | None, scheme: PeriodScheme) -> date | None:
    """The last day a quarter's figures can speak of: the day they are counted to, kept inside the quarter's data
    window under the plan's cut-off rule (figures counted past the quarter's last day are the whole quarter's;
    an empty day means the whole quarter). None for anything but a quarter."""
    window = figures_window(code, scheme)
    if window is None:
        return None
    first, last = window
    return last if counted_to is None else max(first, min(counted_to, last))


def figures_counted_in(code: str, counted_to: date | None, scheme: PeriodScheme, window: tuple[date, date],
                       as_of: date) -> bool:
    """Whether a figure is stated by what counts `window` with data up to `as_of` (a report to its cut-off, a
    signed period's frozen window): its quarter starts inside the window (so each quarter falls in exactly one
    period of each kind, the windows tiling the time line) and the data reach the day its figures are counted to.
    """
    quarter = figures_window(code, scheme)
    known = figures_known_on(code, counted_to, scheme)
    if quarter is None or known is None:
        return False
    return window[0] <= quarter[0] <= window[1] and known <= min(window[1], as_of)


def figures_left_out(code: str, counted_to: date | None, scheme: PeriodScheme, window: tuple[date, date],
                     as_of: date) -> bool:
    """A quarter starting inside `window` whose figures are counted past the data's last day: left out, and said."""
    quarter = figures_window(code, scheme)
    return (quarter is not None and window[0] <= quarter[0] <= window[1]
            and not figures_counted_in(code, counted_to, scheme, window, as_of))


def quarters_starting_in(scheme: PeriodScheme, window: tuple[date, date]) -> list[str]:
    """The codes of the quarters whose data window starts inside `window` (those whose figures it may count)."""
    out = []
    for year in range(window[0].year, window[1].year + 2):
        for index in (1, 2, 3, 4):
            first, _last = scheme.window(Period(year, "quarter", index))
            if window[0] <= first <= window[1]:
                out.append(f"{year}-Q{index}")
    return out


@dataclass(frozen=True)
class ModelFigures(_Record):
    """What a model did in one quarter: persons served for the first time in the year (by sex and age group),
    sessions held and referrals made."""

    model_code: str
    quarter: str                                   # "2026-Q1"
    served: tuple[tuple[str, int], ...] = ()       # ("nu.18_30", 4): persons by "<sex>.<age group>"
    sessions: int = 0
    referrals: int = 0
    note: str = ""
    counted_to: date | None = None                 # "số liệu tính đến ngày"; None: the whole quarter
    id: int | None = field(default=None, compare=False)

    def normalised(self) -> "ModelFigures":
        rec = super().normalised()
        return replace(rec, quarter=rec.quarter.upper())         # "2026-q1" is 2026-Q1

    @property
    def anchor_date(self) -> date | None:
        return quarter_anchor(self.quarter)

    @property
    def persons(self) -> int:
        return sum(n for _, n in self.served if isinstance(n, int))


@dataclass(frozen=True)
class Team(_Record):
    """The volunteer social-work team, a peer group or another group: kind, members by role, formed, dissolved."""

    code: str
    name: str
    kind_code: str
    formed_date: date
    unit_code: str = ""
    members: tuple[tuple[str, int], ...] = ()      # (role code of `team_roles`, number of members)
    dissolved_date: date | None = None
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def member_total(self) -> int:
        return sum(n for _, n in self.members if isinstance(n, int))


# ---- status over time -----------------------------------------------------------------------------------------
def status_on(set_up: date, changes: Sequence[tuple[date, str]], day: date) -> str:
    """The model's status on `day` ("" before it was set up). `changes`: (date, status) pairs in any order; on
    one date the change entered last (highest position) wins."""
    if day < set_up:
        return ""
    current = OPERATING
    for _position, (when, status) in sorted(enumerate(changes), key=lambda c: (c[1][0], c[0])):
        if when > day:
            break
        current = status
    return current


def operating_through(set_up: date, changes: Sequence[tuple[date, str]], start: date, end: date) -> bool:
    """Operating on every day of [start, end]. The status only changes on the dates of its changes, so it is
    enough to look at `start` and at every change dated inside the window."""
    days = [start] + sorted({when for when, _ in changes if start < when <= end})
    return all(status_on(set_up, changes, d) == OPERATING for d in days)


# ---- validation -----------------------------------------------------------------------------------------------
def validate_model(rec: CommunityModel, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.text("code", required=True, limit=40)
    c.text("name", required=True, limit=300)
    c.code("kind_code", "model_kinds")
    c.day("set_up_date")
    c.text("partner", limit=300)
    seen = set()
    for code in rec.unit_codes:
        if code in seen:
            c.add("unit_codes", QT_TRANSLATE_NOOP("Problems", "residential unit {value} given twice"), value=repr(code))
        seen.add(code)
        if ctx.unit_codes is not None and code not in ctx.unit_codes:
            c.add("unit_codes", _UNKNOWN_UNIT, value=repr(code))
    c.text("note", limit=2000)
    return c.problems


def validate_model_status(rec: ModelStatus, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.ref("model_code", ctx.model_codes, _UNKNOWN_MODEL, required=True)
    c.day("status_date")
    if rec.status not in MODEL_STATUSES:
        c.add("status", QT_TRANSLATE_NOOP("Problems", "must be one of {value}"), value=", ".join(MODEL_STATUSES))
    set_up = (ctx.model_dates or {}).get(rec.model_code)
    if isinstance(set_up, date) and isinstance(rec.status_date, date) and rec.status_date < set_up:
        c.add("status_date", QT_TRANSLATE_NOOP("Problems", "is before the model was set up ({value})"),
              value=f"{set_up:%d/%m/%Y}")
    c.text("note", limit=2000)
    return c.problems


def validate_model_figures(rec: ModelFigures, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.ref("model_code", ctx.model_codes, _UNKNOWN_MODEL, required=True)
    anchor = rec.anchor_date
    if anchor is None:
        c.add("quarter", QT_TRANSLATE_NOOP("Problems", "must be a quarter such as 2026-Q1, not {value}"),
              value=repr(rec.quarter))
    else:
        p = Period.parse(rec.quarter)
        if p.year < 2000 or p.start > ctx.today:
            c.add("quarter", QT_TRANSLATE_NOOP("Problems", "must be a quarter that has begun, not {value}"),
                  value=p.code)
        set_up = (ctx.model_dates or {}).get(rec.model_code)
        if isinstance(set_up, date) and p.end < set_up:
            c.add("quarter", QT_TRANSLATE_NOOP("Problems", "ends before the model was set up ({value})"),
                  value=f"{set_up:%d/%m/%Y}")
        c.day("counted_to", required=False)
        # the quarter's first data day under the plan's cut-off rule (as early as the month before it, never earlier)
        window = figures_window(p.code, ctx.scheme) if ctx.scheme is not None else None
        first = window[0] if window else (date(p.year - 1, 12, 2) if p.first_month == 1 else
                                          date(p.year, p.first_month - 1, 2))
        if isinstance(rec.counted_to, date) and rec.counted_to < first:
            c.add("counted_to", QT_TRANSLATE_NOOP("Problems", "is before the quarter began ({value})"),
                  value=f"{first:%d/%m/%Y}")
    seen = set()
    for key, number in rec.served:
        where = f"served.{key}"
        if key in seen:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "sex and age group given twice"))
        seen.add(key)
        sex, _sep, age = str(key).partition(SERVED_SEP)
        c.code(where, "sexes", value=sex)
        c.code(where, "age_groups", value=age or "?")
        c.count(where, number)
    c.count("sessions")
    c.count("referrals")
    c.text("note", limit=2000)
    return c.problems


def validate_team(rec: Team, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.text("code", required=True, limit=40)
    c.text("name", required=True, limit=300)
    c.code("kind_code", "team_kinds")
    c.day("formed_date")
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    seen = set()
    for role, number in rec.members:
        where = f"members.{role}"
        if role in seen:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "role given twice"))
        seen.add(role)
        c.code(where, "team_roles", value=role)
        c.count(where, number)
    c.day("dissolved_date", required=False, not_before="formed_date")
    c.text("note", limit=2000)
    return c.problems

