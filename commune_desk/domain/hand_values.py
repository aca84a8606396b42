"""Values of the plan's hand-entered indicators: one per indicator and period, in the shape its catalogue states."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.indicators import CATALOGUE, COUNT_SHAPE, PERSONS, SHARE, YES_NO, IndicatorDef
from commune_desk.domain.periods import Period, PeriodError

MAX_VALUE = 10_000_000


@dataclass(frozen=True)
class ManualValue:
    """`numerator` is the value (1/0 for yes/no, a count, persons); `denominator` only for a share.

    `evidence` names the document that proves it ("Kế hoạch số 12/KH-UBND ngày …"); `entered_by`/`entered_at`
    say who entered it and when (filled by the repository).
    """

    indicator: str
    period: str
    numerator: float | None
    denominator: float | None = None
    note: str = ""
    evidence: str = ""
    entered_by: str = field(default="", compare=False)
    entered_at: datetime | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator, "period": self.period, "numerator": self.numerator,
                "denominator": self.denominator, "note": self.note, "evidence": self.evidence}


def _number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _whole(value: object) -> TypeGuard[float]:
    return _number(value) and float(value).is_integer()


def validate_manual(value: ManualValue) -> list[Problem]:
    """Every problem of a hand-entered value against its indicator's shape (persons ≤ population is checked
    where the populations are, in storage)."""
    problems: list[Problem] = []

    def add(where: str, message: str, **args: object) -> None:
        problems.append(Problem(where, message, args=args))

    definition = CATALOGUE.get(value.indicator)
    if definition is None or not definition.shape:
        add("indicator", QT_TRANSLATE_NOOP("Problems", "{value} is not an indicator entered by hand"),
            value=repr(value.indicator))
        return problems
    try:
        Period.parse(value.period)
    except PeriodError:
        add("period", QT_TRANSLATE_NOOP("Problems", "unknown period {value}; expected e.g. 2026-Q3, 2026-H1, "
                                                    "2026-9M, 2026"), value=repr(value.period))
    num, den, shape = value.numerator, value.denominator, definition.shape
    if num is None:
        add("numerator", QT_TRANSLATE_NOOP("Problems", "is required"))
    elif not _number(num) or num < 0:
        add("numerator", QT_TRANSLATE_NOOP("Problems", "must be a number, 0 or more"))
    elif shape == YES_NO and num not in (0, 1):
        add("numerator", QT_TRANSLATE_NOOP("Problems", "is a yes/no indicator: 1 for yes, 0 for no"))
    elif not _whole(num):
        add("numerator", QT_TRANSLATE_NOOP("Problems", "must be a whole number"))
    elif num > MAX_VALUE:
        add("numerator", QT_TRANSLATE_NOOP("Problems", "is implausibly large"))
    if shape == SHARE:
        if den is None:
            add("denominator", QT_TRANSLATE_NOOP("Problems", "is required: the number the share is taken of"))
        elif not _whole(den) or den < 0:
            add("denominator", QT_TRANSLATE_NOOP("Problems", "must be a whole number, 0 or more"))
        elif den > MAX_VALUE:
            add("denominator", QT_TRANSLATE_NOOP("Problems", "is implausibly large"))
        elif _number(num) and num > den:
            add("numerator", QT_TRANSLATE_NOOP("Problems", "must not exceed the denominator ({value})"),
                value=f"{den:g}")
    elif den is not None and not (shape == YES_NO and den == 1):
        reason = {
            YES_NO: QT_TRANSLATE_NOOP("Problems", "a yes/no indicator has no denominator"),
            COUNT_SHAPE: QT_TRANSLATE_NOOP("Problems", "a count has no denominator"),
            PERSONS: QT_TRANSLATE_NOOP("Problems", "the denominator is the population {value} entered apart "
                                                   "(population set); leave it out"),
        }[shape]
        add("denominator", reason, value=definition.population)
    for name, limit in (("note", 2000), ("evidence", 300)):
        if len(getattr(value, name) or "") > limit:
            add(name, QT_TRANSLATE_NOOP("Problems", "is longer than {limit} characters"), limit=limit)
    return problems


def stored_denominator(definition: IndicatorDef, value: ManualValue) -> float | None:
    """The denominator kept with the value: 1 for a yes/no, the entered one for a share, else none."""
    if definition.shape == YES_NO:
        return 1
    return value.denominator if definition.shape == SHARE else None
