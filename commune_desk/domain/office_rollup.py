"""The office roll-up (pure): each indicator combined across units by its own rule, never lying about gaps.

Rules (docs/office.md, "Aggregation", with a worked example):
- a ratio adds the numerators and the denominators of the units that have **both**; a unit with only one of
  them is left out and counted as such (never 172/null added to 50/100 as 222/100);
- a count adds the numerators of the units that entered one;
- a value that cannot be true (negative, not a finite number, a share above 100 %) is never added: the unit
  is flagged with the reason;
- an indicator for which no unit has a usable figure is "no data" (numerator None), never 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from commune_desk.domain.indicators import CATALOGUE, PERCENT, IndicatorDef, IndicatorValue, compare

if TYPE_CHECKING:
    from commune_desk.domain.plans import Target

# Why a unit's figure was not added (stable keys; the Vietnamese words are for the documents).
NOT_ENTERED, NO_DENOMINATOR, IMPOSSIBLE, NO_VALUE_FOR_TARGET = "not_entered", "no_denominator", "impossible", \
    "no_value"
LEFT_OUT_VI = {NOT_ENTERED: "chưa nhập số liệu", NO_DENOMINATOR: "thiếu mẫu số",
               IMPOSSIBLE: "số liệu không hợp lý", NO_VALUE_FOR_TARGET: "không tính được tỷ lệ"}
LEFT_OUT_EN = {NOT_ENTERED: "no figure entered", NO_DENOMINATOR: "no denominator",
               IMPOSSIBLE: "impossible value", NO_VALUE_FOR_TARGET: "no value to compare with the target"}


@dataclass(frozen=True)
class OfficeFigure:
    """One indicator at office level; `numerator` None means no unit had a usable figure ("no data")."""

    code: str
    label: str
    rule: str
    numerator: float | None
    denominator: float | None
    units: int                                   # units whose figure was added (or judged, for share_meeting)
    target: object | None = None                 # plans.Target applying to each unit, when the plan has one
    meeting: tuple[str, ...] | None = None
    achieved: bool | None = None
    note: str = ""
    left_out: tuple[tuple[str, str], ...] = ()   # (unit code, reason key) of the units not added

    @property
    def percent(self) -> float | None:
        if self.numerator is None or not self.denominator:
            return None
        return 100.0 * self.numerator / self.denominator

    @property
    def has_data(self) -> bool:
        return self.numerator is not None

    def left_out_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _unit, reason in self.left_out:
            out[reason] = out.get(reason, 0) + 1
        return out


class _Impossible(ValueError):
    """A figure that cannot be true (a string, a boolean, negative, NaN, infinity)."""


def _number(value: object) -> float | None:
    """A usable figure, or None when absent; raises _Impossible for a figure that cannot be true."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Impossible(value)
    if not math.isfinite(value) or value < 0:
        raise _Impossible(value)
    return float(value)


def _is_share(code: str, unit: object) -> bool:
    definition = CATALOGUE.get(code)
    return unit == PERCENT or (definition is not None and definition.kind == "ratio")


def read_unit_figures(indicators: list[Any] | None) -> tuple[dict[str, IndicatorValue], dict[str, str], dict[str, str]]:
    """report-data.json's indicators as (values, labels, flagged): numerators and denominators, never the rounded
    value; an impossible figure goes to `flagged` (code -> why) and not to `values`."""
    values: dict[str, IndicatorValue] = {}
    labels: dict[str, str] = {}
    flagged: dict[str, str] = {}
    for item in indicators or []:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str) or not item.get("code"):
            continue
        code = item["code"]
        try:
            num, den = _number(item.get("numerator")), _number(item.get("denominator"))
        except _Impossible:
            flagged[code] = f"{code}: {item.get('numerator')!r}/{item.get('denominator')!r}"
            continue
        if num is not None and den is not None and num > den and _is_share(code, item.get("unit")):
            flagged[code] = f"{code}: {num:g}/{den:g} > 100%"
            continue
        values[code] = IndicatorValue(code, num or 0.0, den, entered=num is not None)
        if isinstance(item.get("name"), str) and item["name"]:
            labels[code] = item["name"]
    return values, labels, flagged


def values_from_report(indicators: list[Any] | None) -> tuple[dict[str, IndicatorValue], dict[str, str]]:
    """report-data.json's indicators as values (numerator and denominator, never the rounded value) and labels."""
    values, labels, _flagged = read_unit_figures(indicators)
    return values, labels


def _definition(code: str, label: str) -> IndicatorDef:
    return CATALOGUE.get(code) or IndicatorDef(code, label or code, "ratio", "", rollup="sum")


def _sum(code: str, values: dict[str, IndicatorValue],
         ratio: bool) -> tuple[float | None, float | None, list[str], list[tuple[str, str]]]:
    """(numerator, denominator, added units, left out) by the sum rule."""
    num = den = 0.0
    added: list[str] = []
    left: list[tuple[str, str]] = []
    for unit, v in sorted(values.items()):
        if not v.entered:
            left.append((unit, NOT_ENTERED))
        elif ratio and v.denominator is None:
            left.append((unit, NO_DENOMINATOR))
        else:
            num += v.numerator
            den += v.denominator or 0.0
            added.append(unit)
    if not added:
        return None, None, added, left
    return num, (den if ratio else None), added, left


def roll_up(unit_values: dict[str, dict[str, IndicatorValue]], targets: Iterable[Target] = (),
            labels: dict[str, str] | None = None,
            flagged: dict[str, dict[str, str]] | None = None) -> list[OfficeFigure]:
    """Every indicator any unit reported, combined across units by its rule (percentages are never averaged).

    `flagged` (unit -> code -> why) lists the impossible figures read from the packages: they are left out.
    """
    labels = labels or {}
    flagged = flagged or {}
    codes = {code for values in unit_values.values() for code in values}
    codes |= {code for codes_ in flagged.values() for code in codes_}
    order = [c for c in CATALOGUE if c in codes] + sorted(codes - set(CATALOGUE))
    by_indicator: dict[str, Target] = {}
    for t in targets:
        by_indicator.setdefault(t.indicator, t)
    out: list[OfficeFigure] = []
    for code in order:
        definition = _definition(code, labels.get(code, ""))
        values = {unit: v[code] for unit, v in unit_values.items() if code in v}
        impossible = tuple(sorted((unit, IMPOSSIBLE) for unit, f in flagged.items() if code in f))
        target = by_indicator.get(code)
        usable = {u: v for u, v in values.items() if target is not None and v.value_in(target.unit) is not None}
        meeting: tuple[str, ...] | None = None  # set exactly when there is a target
        if target is not None:
            meeting = tuple(sorted(u for u, v in usable.items() if (x := v.value_in(target.unit)) is not None
                                   and compare(x, target.comparison, target.value)))
        note, achieved = "", None
        ratio = definition.kind == "ratio" or any(v.denominator is not None for v in values.values())
        if definition.rollup == "share_meeting" and target is not None and meeting is not None:
            no_value = tuple((u, NO_VALUE_FOR_TARGET) for u in sorted(set(values) - set(usable)))
            num = float(len(meeting)) if usable else None
            den = float(len(usable)) if usable else None
            achieved = len(meeting) == len(usable) if usable else None
            out.append(OfficeFigure(code, labels.get(code) or definition.label, "share_meeting", num, den,
                                    len(usable), target, meeting, achieved, "", no_value + impossible))
            continue
        num, den, added, left = _sum(code, values, ratio)
        if definition.rollup == "share_meeting":
            note = "the plan sets no unit-level target: numerators and denominators are summed"
        if target is not None and num is not None:
            if target.unit == PERCENT and den:
                achieved = compare(100.0 * num / den, target.comparison, target.value)
            elif target.unit != PERCENT and meeting is not None:
                achieved = len(meeting) == len(usable) if usable else None
        out.append(OfficeFigure(code, labels.get(code) or definition.label, "sum", num, den, len(added), target,
                                meeting, achieved, note, tuple(left) + impossible))
    return out
