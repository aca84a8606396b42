"""Indicator definitions, values carrying numerator and denominator, comparisons, status and roll-up (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from dataclasses import dataclass, field
from datetime import date

PERCENT, COUNT = "%", "count"
UNITS = (PERCENT, COUNT)
COMPARISONS = (">=", "<=", "=")
COMPARISON_ALIASES = {"≥": ">=", "=>": ">=", "≤": "<=", "=<": "<=", "==": "="}
# Status of a target, from the value so far projected linearly to the end of its period.
MET, ON_TRACK, AT_RISK, MISSED, NO_DATA = "met", "on_track", "at_risk", "missed", "no_data"
# A superior-level target (a province total, a share of communes) is never met or missed by one commune.
OFFICE = "office"
STATUS_VI = {MET: "Đạt", ON_TRACK: "Đúng tiến độ", AT_RISK: "Có nguy cơ không đạt", MISSED: "Không đạt",
             NO_DATA: "Chưa có số liệu", OFFICE: "Chỉ tiêu chung của cấp trên"}
# From worst to best: the verdict of a target over several quarters is the worst of its quarters' verdicts.
_RANK = (MISSED, AT_RISK, NO_DATA, ON_TRACK, MET)


# Shapes of a hand-entered value: a yes/no (0 or 1), a count, persons of a population (the population is the
# denominator, entered apart), or a share whose numerator and denominator are both entered.
YES_NO, COUNT_SHAPE, PERSONS, SHARE = "yes_no", "count", "persons", "share"
SHAPES = (YES_NO, COUNT_SHAPE, PERSONS, SHARE)


@dataclass(frozen=True)
class IndicatorDef:
    """One indicator of the engine.

    kind "ratio" has a numerator and a denominator (value in %); "count" and "sum" have a numerator only.
    `accumulates` says whether the numerator only grows during a period (counts of things done), so that a
    linear projection to the period end makes sense; rates such as "handled in time / received" do not.
    `manual` indicators are entered by the officer. `rollup` is how an office combines communes: "sum" adds
    numerators and denominators, "share_meeting" counts the units whose own value meets the target.
    """

    code: str
    label: str
    kind: str
    numerator: str
    denominator: str = ""
    accumulates: bool = True
    manual: bool = False
    rollup: str = "sum"
    level: str = "commune"
    version: int = 1
    source: str = ""          # the table the figures come from ("" for manual indicators)
    shape: str = ""           # manual indicators: yes_no | count | persons | share (SHAPES)
    population: str = ""      # the population (domain.populations.KINDS) a persons share is taken of

    @property
    def units(self) -> tuple[str, ...]:
        """Units a target on this indicator may use: a ratio's target may also be a count of its numerator."""
        return (PERCENT, COUNT) if self.kind == "ratio" else (COUNT,)


BUSINESSES_OPERATING = ("prone businesses operating in the window: registered on or before its last day and not "
                        "closed before its first day")


def _d(code: str, label: str, kind: str, num: str, den: str = "", **kw: Any) -> IndicatorDef:
    return IndicatorDef(code, label, kind, num, den, **kw)


CATALOGUE: dict[str, IndicatorDef] = {d.code: d for d in (
    _d("PROP_UNITS", "Thôn, tổ dân phố tổ chức ít nhất một hình thức tuyên truyền", "ratio",
       "residential units (active) with at least one propaganda activity dated in the window",
       "active residential units", rollup="share_meeting", source="propaganda_activity"),
    _d("PROP_ACTIVITIES", "Số hoạt động tuyên truyền", "count",
       "propaganda activities dated in the window", source="propaganda_activity"),
    _d("PROP_PARTICIPANTS", "Số lượt người được tuyên truyền", "sum",
       "sum of participants of propaganda activities dated in the window", source="propaganda_activity"),
    _d("PROP_ONLINE", "Tin, bài đăng trên trang thông tin điện tử, mạng xã hội", "count",
       "propaganda activities of form 'mang_xa_hoi' dated in the window", source="propaganda_activity"),
    _d("PROP_SCHOOL", "Buổi tuyên truyền trong trường học", "count",
       "propaganda activities of form 'truong_hoc' dated in the window", source="propaganda_activity"),
    # One rule for both business indicators (docs/plan-template.md, "Prone businesses"): a business counts in a
    # window when it operated at some time in it, registered on or before its last day and not closed before its
    # first day, so a business inspected and then closed still counts, and one opened late in the window is owed
    # its inspection and its commitment like the others.
    _d("BIZ_INSPECTED", "Cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được kiểm tra", "ratio",
       "prone businesses operating in the window with at least one inspection dated in it",
       BUSINESSES_OPERATING, source="inspection"),
    _d("BIZ_COMMITMENT", "Cơ sở kinh doanh dịch vụ ký cam kết", "ratio",
       "prone businesses operating in the window whose owner commitment is signed on or before its last day",
       BUSINESSES_OPERATING, accumulates=False, source="business"),
    _d("TIP_HANDLED", "Tố giác, tin báo được xử lý kịp thời", "ratio",
       "tip-offs received in the window and handled in time",
       "tip-offs received in the window", accumulates=False, source="tip_off"),
    _d("STAFF_TRAINED", "Cán bộ, công chức, chiến sĩ, cộng tác viên được tập huấn", "ratio",
       "persons trained for the first time in the year at trainings dated in the window (persons, not attendances)",
       "staff working on prostitution prevention (population 'staff', by role and level) in force at the window "
       "end", population="staff", source="training"),
    _d("TRAINING_ATTENDANCES", "Lượt cán bộ, công chức, chiến sĩ, cộng tác viên tham dự tập huấn", "sum",
       "sum of attendances (lượt) of trainings dated in the window", source="training"),
    _d("HOTSPOT_ERADICATED", "Điểm phức tạp về tệ nạn mại dâm được triệt xóa", "ratio",
       "hotspots identified on or before the window end and eradicated on or before it",
       "hotspots identified on or before the window end", accumulates=False, source="hotspot"),
    _d("PENALTIES", "Số người vi phạm bị xử phạt vi phạm hành chính", "count",
       "individuals and household businesses warned or fined in the window (broken down by act)", source="penalty"),
    _d("SUPPORTED", "Lượt người được hỗ trợ hòa nhập cộng đồng", "count",
       "support cases dated in the window (broken down by kind)", source="support"),
    _d("HEALTHY_COMMUNE", "Kết quả xây dựng xã, phường lành mạnh không có tệ nạn mại dâm", "ratio",
       "1 when a recognition decision (number, date, issuer) for the year is recorded by the window's end, else 0",
       "1 when the commune registered for the year", accumulates=False, rollup="sum", source="healthy_commune"),
    _d("WORKERS_REACHED", "Người lao động tại cơ sở kinh doanh dịch vụ được tuyên truyền", "ratio",
       "persons reached (entered)", "workers at prone businesses (population 'workers') in force at the window end",
       manual=True, shape=PERSONS, population="workers"),
    _d("TEACHERS_REACHED", "Giáo viên được tuyên truyền", "ratio",
       "persons reached (entered)", "teachers (population 'teachers') in force at the window end",
       manual=True, shape=PERSONS, population="teachers"),
    _d("PUPILS_REACHED", "Học sinh được tuyên truyền", "ratio",
       "persons reached (entered)", "pupils (population 'pupils') in force at the window end",
       manual=True, shape=PERSONS, population="pupils"),
    _d("PEOPLE_REACHED", "Người dân được tuyên truyền, giáo dục", "ratio",
       "persons reached (entered)", "residents (population 'residents') in force at the window end",
       manual=True, shape=PERSONS, population="residents"),
    _d("PLAN_BUILT", "Xây dựng kế hoạch và tổ chức thực hiện", "ratio",
       "1 when the commune's own plan is issued and carried out (entered yes/no)", "1", accumulates=False,
       manual=True, rollup="sum", shape=YES_NO),
    _d("INTEGRATED", "Lồng ghép nhiệm vụ phòng, chống mại dâm với các chương trình", "ratio",
       "1 when the tasks are integrated with other programmes (entered yes/no)", "1", accumulates=False,
       manual=True, rollup="sum", shape=YES_NO),
    _d("HARM_REDUCTION", "Có hoạt động can thiệp giảm hại, phòng chống bạo lực giới", "ratio",
       "1 when such activities took place (entered yes/no)", "1", accumulates=False, manual=True, rollup="sum",
       shape=YES_NO),
    _d("VIOLATIONS_HANDLED", "Vụ việc vi phạm được xử lý theo quy định", "ratio",
       "violations handled under the law (entered)", "violations detected (entered)", accumulates=False,
       manual=True, shape=SHARE),
    _d("DOCUMENTS_ISSUED", "Văn bản chỉ đạo, kế hoạch, hướng dẫn về phòng, chống mại dâm được ban hành", "count",
       "documents the commune issued on the work (entered)", manual=True, shape=COUNT_SHAPE),
)}

# Models (mô hình) and teams (đội, nhóm): computed from their records (domain/records/community.py). A model is
# operating on a day when it was set up by then and its last status change on or before that day (the later
# entry on one date) is "operating"; "maintained" (duy trì suốt kỳ) means operating on every day of the window.
CATALOGUE.update({d.code: d for d in (
    _d("MODELS_OPERATING", "Mô hình phòng, chống mại dâm đang hoạt động cuối kỳ", "count",
       "models operating on the window's last day, or on the day the figure is computed when that comes first "
       "(broken down by model kind)", accumulates=False,
       source="community_model"),
    _d("MODELS_MAINTAINED", "Mô hình duy trì hoạt động liên tục suốt kỳ", "count",
       "models operating on every day of the window (up to the day the figure is computed): set up by its first "
       "day, never paused or closed inside it (broken down by model kind)", accumulates=False,
       source="community_model"),
    _d("MODEL_PEOPLE_SERVED", "Số người được các mô hình hỗ trợ", "sum",
       "persons served for the first time in the year, from the quarterly figures of models whose quarter lies in "
       "the window (broken down by sex)", source="community_model"),
    _d("TEAM_ACTIVITIES", "Hoạt động do Đội công tác xã hội tình nguyện, nhóm đồng đẳng thực hiện", "count",
       "propaganda activities, support given and tip-offs dated in the window that a team or group carried out "
       "(broken down by kind of team)", source="team"),
)})


@dataclass(frozen=True)
class IndicatorValue:
    """A computed figure with its parts, so nothing downstream recomputes it; `value` is % for ratios."""

    code: str
    numerator: float
    denominator: float | None = None
    window: tuple[date, date] | None = None
    breakdown: tuple[tuple[str, float], ...] = ()
    entered: bool = True      # False for a manual indicator nobody has entered yet
    # The population whose figure is missing at the window end ("chưa nhập số liệu nền"); the share then has no
    # denominator, never a silent 0.
    missing_population: str = ""

    @property
    def percent(self) -> float | None:
        if not self.denominator:
            return None
        return 100.0 * self.numerator / self.denominator

    def value_in(self, unit: str) -> float | None:
        """The figure in a target's unit: % of the denominator, or the numerator as a count."""
        if not self.entered:
            return None
        return self.percent if unit == PERCENT else self.numerator


def normalise_comparison(text: str) -> str | None:
    op = (text or "").strip()
    op = COMPARISON_ALIASES.get(op, op)
    return op if op in COMPARISONS else None


def compare(value: float, op: str, target: float, *, tolerance: float = 1e-9) -> bool:
    if op == ">=":
        return value >= target - tolerance
    if op == "<=":
        return value <= target + tolerance
    if op == "=":
        return abs(value - target) <= max(tolerance, 1e-6 * abs(target))
    raise ValueError(f"unknown comparison {op!r}")


def projected(value: float, start: date, end: date, as_of: date) -> float:
    """Linear projection of an accumulating value observed on `as_of` to the end of [start, end]."""
    total = (end - start).days + 1
    elapsed = min(max((as_of - start).days + 1, 1), total)
    return value * total / elapsed


def status(value: float | None, op: str, target: float, *, start: date, end: date, as_of: date,
           accumulates: bool) -> tuple[str, float | None]:
    """(status, projection) of a target on `as_of`.

    After the period: met or missed. During it: an accumulating value that already meets a ">=" target is met
    (it cannot fall); otherwise the linear projection to the period end decides on track or at risk. A "<="
    target already exceeded by an accumulating value is missed. Rates are projected flat (as they are now).
    """
    if value is None:
        return NO_DATA, None
    proj = projected(value, start, end, as_of) if accumulates else value
    if as_of >= end:
        return (MET if compare(value, op, target) else MISSED), value
    if accumulates and op == ">=" and compare(value, op, target):
        return MET, proj
    if accumulates and op in ("<=", "=") and value > target and not compare(value, op, target):
        return MISSED, proj
    return (ON_TRACK if compare(proj, op, target) else AT_RISK), proj


def combine_parts(statuses: Iterable[str]) -> str:
    """A target set per quarter (or half), judged over a longer period from its elapsed quarters' verdicts:
    missed as soon as one quarter is missed, met only if met in every elapsed quarter, otherwise the weakest
    verdict still open (at risk, no data, on track)."""
    known = [st for st in statuses if st in _RANK]
    if not known:
        return NO_DATA
    return min(known, key=_RANK.index)


def estimate_full_period(definition: IndicatorDef, value: IndicatorValue, start: date, end: date,
                         as_of: date) -> IndicatorValue | None:
    """"Ước thực hiện cả kỳ": the figure the period would reach at this pace, labelled as an estimate wherever shown.

    An accumulating numerator is projected linearly from `as_of` to `end` (`projected`) and rounded to a whole
    number; a ratio's numerator never passes its denominator (no share above 100 %). A rate (handled in time,
    signed commitments) is estimated flat, as it is now. None when nothing was entered.
    """
    if not value.entered:
        return None
    numerator = value.numerator
    if definition.accumulates:
        numerator = float(round(projected(numerator, start, end, as_of)))
        if value.denominator is not None:
            numerator = min(numerator, value.denominator)
    return IndicatorValue(value.code, numerator, value.denominator, (start, end))


@dataclass(frozen=True)
class RolledUp:
    """An office figure from many units: numerator, denominator and how many units reported."""

    code: str
    numerator: float
    denominator: float | None
    units: int
    rule: str
    meeting: tuple[str, ...] = field(default=())

    @property
    def percent(self) -> float | None:
        return None if not self.denominator else 100.0 * self.numerator / self.denominator


def rollup(definition: IndicatorDef, values: dict[str, IndicatorValue], *, op: str = ">=",
           target: float | None = None, unit: str = PERCENT) -> RolledUp:
    """Combine the values of many units (keyed by unit code) by the indicator's roll-up rule."""
    if definition.rollup == "share_meeting":
        if target is None:
            raise ValueError("share_meeting needs the unit-level target")
        meeting = tuple(sorted(k for k, v in values.items()
                               if (value := v.value_in(unit)) is not None and compare(value, op, target)))
        return RolledUp(definition.code, len(meeting), len(values), len(values), "share_meeting", meeting)
    num = sum(v.numerator for v in values.values() if v.entered)
    dens = [v.denominator for v in values.values() if v.entered and v.denominator is not None]
    return RolledUp(definition.code, num, sum(dens) if dens else None, len(values), "sum")


def format_vi(number: float | None, unit: str = COUNT) -> str:
    """Vietnamese number style: 1.350 and 12,5%."""
    if number is None:
        return "—"
    if abs(number - round(number)) < 1e-9:
        text = f"{int(round(number)):,}".replace(",", ".")
    else:
        text = f"{number:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text}%" if unit == PERCENT else text
