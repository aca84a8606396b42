"""The superior office's yearly plan: targets, reporting deadlines, catalogues, report layout; deadline maths."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from commune_desk.domain.periods import CutoffRule, Period, PeriodScheme

PERIOD_SCOPES = ("year", "half", "quarter")
COMMUNE_LEVEL, OFFICE_LEVEL = "commune", "office"
TARGET_LEVELS = (COMMUNE_LEVEL, OFFICE_LEVEL)
DEADLINE_KINDS = ("quarter", "half", "nine_months", "year")
_INDEXES = {"quarter": (1, 2, 3, 4), "half": (1, 2), "nine_months": (0,), "year": (0,)}

# "day 10 of last month of quarter", "day 5 of month after period", and the Vietnamese equivalents.
_RULE_EN = re.compile(r"^day\s+(\d{1,2})\s+of\s+(?:(first|last)\s+month\s+of|month\s+after)\s+"
                      r"(?:the\s+)?(quarter|half|period|year)$")
_RULE_VI = re.compile(r"^ngày\s+(\d{1,2})\s+(?:của\s+)?tháng\s+(đầu|cuối|sau)\s+(?:kỳ|quý|năm|6 tháng)$")


class DeadlineError(ValueError):
    """A due date or rule that cannot be understood."""


@dataclass(frozen=True)
class DueRule:
    """When a report is due: a fixed date, or day N of the first/last month of the period or the month after."""

    day: int
    month_of: str = ""        # "first", "last" or "after"; "" for a fixed date
    fixed: date | None = None

    @classmethod
    def parse(cls, text: str, year: int) -> "DueRule":
        value = re.sub(r"\s+", " ", (text or "").strip().lower())
        m = re.match(r"^(\d{1,2})/(\d{1,2})(?:/(\d{4}))?$", value)
        if m:
            try:
                return cls(int(m.group(1)), "", date(int(m.group(3) or year), int(m.group(2)), int(m.group(1))))
            except ValueError as exc:
                raise DeadlineError(f"{text!r} is not a real date") from exc
        m = _RULE_EN.match(value)
        if m:
            where = m.group(2) or "after"
            return cls._checked(int(m.group(1)), where, text)
        m = _RULE_VI.match(value)
        if m:
            where = {"đầu": "first", "cuối": "last", "sau": "after"}[m.group(2)]
            return cls._checked(int(m.group(1)), where, text)
        raise DeadlineError(
            f"{text!r} is neither a date (dd/mm or dd/mm/yyyy) nor a rule such as "
            "'day 10 of last month of quarter' or 'ngày 10 tháng cuối quý'")

    @classmethod
    def _checked(cls, day: int, where: str, text: str) -> "DueRule":
        if not 1 <= day <= 28:
            raise DeadlineError(f"{text!r}: the day must be 1..28 so that it exists in every month")
        return cls(day, where)

    @classmethod
    def of_date(cls, day: date) -> "DueRule":
        return cls(day.day, "", day)

    @property
    def text(self) -> str:
        if self.fixed:
            return f"{self.fixed:%d/%m/%Y}"
        return f"day {self.day} of {'month after period' if self.month_of == 'after' else self.month_of + ' month of period'}"

    def due(self, period: Period) -> date:
        if self.fixed:
            return self.fixed
        if self.month_of == "first":
            return date(period.year, period.first_month, self.day)
        if self.month_of == "last":
            return date(period.year, period.last_month, self.day)
        month, year = period.last_month + 1, period.year
        if month == 13:
            month, year = 1, year + 1
        return date(year, month, self.day)


@dataclass(frozen=True)
class DataCutoff:
    """How far the figures of a kind of report count, as the plan states it (số liệu tính đến ngày …).

    A date ("14/11") or a rule as for due dates ("day 14 of last month of period", "ngày 14 tháng cuối kỳ").
    The older form, a bare day D from 2 to 28, means day D-1 of the period's last month (the end of a NĐ 09/2019
    window); "calendar" means the period's end. `text` is kept as written, normalised: the plan's digest covers it.
    """

    text: str
    rule: DueRule | None = None          # None: the period's own end

    @property
    def code(self) -> str:
        return self.text

    @classmethod
    def parse(cls, text: str | None, year: int) -> "DataCutoff | None":
        value = re.sub(r"\s+", " ", (text or "").strip().lower())
        if not value:
            return None
        if value in ("calendar", "lich", "lịch"):
            return cls("calendar")
        m = re.match(r"^(?:day[- ]?)?(\d{1,2})$", value)
        if m:
            day = int(m.group(1))
            if not 2 <= day <= 28:
                raise DeadlineError(f"{text!r}: a cut-off day must be 2..28")
            return cls(str(day), DueRule(day - 1, "last"))
        rule = DueRule.parse(value, year)
        return cls(rule.text, rule)

    def day(self, period: Period) -> date | None:
        """The last day the figures of `period` count (None: the period's end)."""
        return None if self.rule is None else self.rule.due(period)


@dataclass(frozen=True)
class Deadline:
    """One reporting deadline row of the plan: which periods, when due, and how far their figures count."""

    period_kind: str
    due: DueRule
    cutoff: DataCutoff | None = None     # None: figures count to the report's date (or the period's end)
    note: str = ""

    def periods(self, year: int) -> list[Period]:
        """The periods of the year this row sets a deadline for.

        A rule applies to every period of the kind; a fixed date to the last period of the kind (in the plan
        year) starting on or before it (05/6 for "half" is the first half; 15/11 for "year" the year).
        """
        all_ = [Period(year, self.period_kind, i) for i in _INDEXES[self.period_kind]]
        if not self.due.fixed:
            return all_
        started = [p for p in all_ if p.start <= self.due.fixed]
        return started[-1:] if started else all_[:1]


@dataclass(frozen=True)
class Target:
    """A target (chỉ tiêu) as the plan words it, bound to an indicator of the engine."""

    code: str
    text: str
    indicator: str
    comparison: str
    value: float
    unit: str
    period_scope: str = "year"
    section: str = ""
    level: str = COMMUNE_LEVEL           # "office": a superior-level total or share of communes
    commune_quota: float | None = None   # the commune's own share of an office-level total, in `unit`

    @property
    def is_office(self) -> bool:
        return self.level == OFFICE_LEVEL

    @property
    def judged(self) -> bool:
        """Whether the commune's own figure is judged met/missed: its own targets, and an office-level target
        only through the quota the plan gives the commune."""
        return not self.is_office or self.commune_quota is not None

    @property
    def goal(self) -> float:
        """The value the commune's figure is compared with: the quota of an office-level target, else the value."""
        return self.commune_quota if self.is_office and self.commune_quota is not None else self.value

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        # Left out at their defaults, so that plans stored before these fields existed keep their digest.
        for key, default in (("level", COMMUNE_LEVEL), ("commune_quota", None)):
            if data[key] == default:
                del data[key]
        return data


@dataclass(frozen=True)
class Plan:
    """One version of a plan as imported; `catalogues` maps a catalogue name to its entries (dicts)."""

    plan_id: str
    version: int
    title: str
    issuing_office: str
    year: int
    receiving_office: str
    cutoff_rule: str = "calendar"
    document_number: str = ""
    issued_on: date | None = None
    valid_from: date | None = None
    targets: tuple[Target, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    catalogues: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    report_sections: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()

    @property
    def cutoff(self) -> CutoffRule:
        return CutoffRule.parse(self.cutoff_rule)

    @property
    def scheme(self) -> PeriodScheme:
        """This plan's rule alone (for callers that know no other year's plan; services use the stored scheme)."""
        return PeriodScheme({self.year: self.cutoff})

    @property
    def effective_from(self) -> date:
        return self.valid_from or date(self.year, 1, 1)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        data["valid_from"] = self.valid_from.isoformat() if self.valid_from else None
        data["deadlines"] = [
            {"period_kind": d.period_kind, "due": d.due.text, "cutoff": d.cutoff.code if d.cutoff else "",
             "note": d.note} for d in self.deadlines]
        data["targets"] = [t.to_json() for t in self.targets]
        data["catalogues"] = {k: list(v) for k, v in sorted(self.catalogues.items())}
        data["report_sections"] = list(self.report_sections)
        data["recipients"] = list(self.recipients)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Plan":
        year = int(data["year"])
        deadlines = tuple(
            Deadline(d["period_kind"], DueRule.parse(d["due"], year), DataCutoff.parse(d.get("cutoff"), year),
                     d.get("note", ""))
            for d in data.get("deadlines", ()))
        return cls(
            plan_id=data["plan_id"], version=int(data["version"]), title=data["title"],
            issuing_office=data["issuing_office"], year=year, receiving_office=data["receiving_office"],
            cutoff_rule=data.get("cutoff_rule") or "calendar", document_number=data.get("document_number", ""),
            issued_on=date.fromisoformat(data["issued_on"]) if data.get("issued_on") else None,
            valid_from=date.fromisoformat(data["valid_from"]) if data.get("valid_from") else None,
            targets=tuple(Target(**t) for t in data.get("targets", ())), deadlines=deadlines,
            catalogues={k: list(v) for k, v in (data.get("catalogues") or {}).items()},
            report_sections=tuple(data.get("report_sections", ())), recipients=tuple(data.get("recipients", ())),
        )

    def deadline_for(self, period: Period) -> Deadline | None:
        """The deadline row that sets `period`'s report, if any."""
        return next((d for d in self.deadlines if period in d.periods(self.year)), None)

    def data_cutoff(self, period: Period) -> date | None:
        """The day the plan says the figures of `period`'s report count to (None: it says nothing)."""
        row = self.deadline_for(period)
        return row.cutoff.day(period) if row is not None and row.cutoff is not None else None

    def digest(self) -> str:
        """SHA-256 of the canonical content: the same version must always carry the same digest."""
        canon = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        import hashlib  # here: loading OpenSSL's hashes costs start-up time the home screen does not need

        return hashlib.sha256(canon.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DueReport:
    """A report the plan asks for: its period, due date, days left (negative when overdue) and status."""

    period: Period
    due: date
    days_left: int
    status: str        # "pending", "overdue", "on_time", "late"
    data_window: tuple[date, date]
    cutoff: date | None = None          # the plan's data cut-off for this report, when it states one
    sent_on: date | None = None         # when its package was made (None: not yet)
    acknowledged_on: date | None = None  # when the office's receipt was imported


def report_status(due: date, today: date, submitted_on: date | None = None) -> str:
    """on_time / late once sent (sent on or before the due day is on time); pending / overdue before."""
    if submitted_on is not None:
        return "on_time" if submitted_on <= due else "late"
    return "pending" if today <= due else "overdue"


def schedule(plan: Plan) -> list[tuple[Period, date, date | None]]:
    """Every (period, due date, data cut-off day or None) of the plan's year, in due-date order."""
    rows = []
    for d in plan.deadlines:
        for period in d.periods(plan.year):
            rows.append((period, d.due.due(period), d.cutoff.day(period) if d.cutoff else None))
    return sorted(rows, key=lambda r: (r[1], r[0].code))


def next_deadlines(plan: Plan, today: date, *, count: int = 3, submitted: dict[str, date] | None = None,
                   scheme: PeriodScheme | None = None) -> list[DueReport]:
    """The next `count` reports due today or later; when `submitted` (period code -> date sent) is given, the
    overdue reports not yet sent come first."""
    scheme = scheme or plan.scheme
    out: list[DueReport] = []
    for period, due, cutoff in schedule(plan):
        if submitted is not None and period.code in submitted:
            continue
        st = report_status(due, today)
        if st == "overdue" and submitted is None:
            continue
        if st == "overdue" or len([r for r in out if r.status == "pending"]) < count:
            out.append(DueReport(period, due, (due - today).days, st, scheme.window(period), cutoff))
    return out


def all_deadlines(plan: Plan, today: date, submitted: dict[str, date] | None = None,
                  scheme: PeriodScheme | None = None) -> list[DueReport]:
    submitted = submitted or {}
    scheme = scheme or plan.scheme
    return [DueReport(p, due, (due - today).days, report_status(due, today, submitted.get(p.code)),
                      scheme.window(p), cut, submitted.get(p.code)) for p, due, cut in schedule(plan)]


def period_window(plan: Plan, period: Period, scheme: PeriodScheme | None = None) -> tuple[date, date]:
    """The period's data window: every kind of period follows the same yearly rule, so that quarters nest in
    halves and years (a deadline's own cut-off sets how far its report counts, not where its period starts)."""
    return (scheme or plan.scheme).window(period)


def diff_plans(old: Plan | None, new: Plan) -> list[str]:
    """Human-readable lines saying what the new plan changes against the plan in force ("+", "-", "~")."""
    if old is None:
        return [f"+ new plan {new.plan_id} version {new.version} ({len(new.targets)} targets, "
                f"{len(new.deadlines)} deadlines)"]
    lines = []
    head = ("plan_id", "version", "title", "issuing_office", "year", "receiving_office", "cutoff_rule",
            "document_number", "issued_on", "valid_from")
    for name in head:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            lines.append(f"~ settings.{name}: {a} -> {b}")
    old_t = {t.code: t for t in old.targets}
    new_t = {t.code: t for t in new.targets}
    for code in sorted(old_t.keys() - new_t.keys()):
        lines.append(f"- target {code}: {old_t[code].text}")
    for code in sorted(new_t.keys() - old_t.keys()):
        t = new_t[code]
        lines.append(f"+ target {code}: {t.indicator} {t.comparison} {_num(t.value)}{_u(t.unit)} ({t.period_scope})")
    for code in sorted(old_t.keys() & new_t.keys()):
        a, b = asdict(old_t[code]), asdict(new_t[code])
        for key in a:
            if a[key] != b[key]:
                lines.append(f"~ target {code}.{key}: {_num(a[key])} -> {_num(b[key])}")
    old_d = {(d.period_kind, d.due.text, d.cutoff.code if d.cutoff else "") for d in old.deadlines}
    new_d = {(d.period_kind, d.due.text, d.cutoff.code if d.cutoff else "") for d in new.deadlines}
    lines += [f"- deadline {k}: {due}" for k, due, _ in sorted(old_d - new_d)]
    lines += [f"+ deadline {k}: {due}" for k, due, _ in sorted(new_d - old_d)]
    for name in sorted(set(old.catalogues) | set(new.catalogues)):
        a = {e["code"]: e for e in old.catalogues.get(name, [])}
        b = {e["code"]: e for e in new.catalogues.get(name, [])}
        lines += [f"- catalogue {name}: {c}" for c in sorted(a.keys() - b.keys())]
        lines += [f"+ catalogue {name}: {c}" for c in sorted(b.keys() - a.keys())]
        lines += [f"~ catalogue {name}: {c}" for c in sorted(a.keys() & b.keys()) if a[c] != b[c]]
    if old.report_sections != new.report_sections:
        lines.append("~ report sections changed")
    if old.recipients != new.recipients:
        lines.append("~ report recipients changed")
    return lines


def _num(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _u(unit: str) -> str:
    return "%" if unit == "%" else ""
