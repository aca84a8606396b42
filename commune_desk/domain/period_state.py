"""Period lifecycle (draft, signed, amended) and the one rule deciding whether a dated record may change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Locked

DRAFT, SIGNED, AMENDED = "draft", "signed", "amended"
STATES = (DRAFT, SIGNED, AMENDED)


@dataclass(frozen=True)
class PeriodState:
    """State of one report period; a signed one carries its revision, digest and the data window it froze."""

    period: str
    state: str = DRAFT
    revision: int = 0
    digest: str = ""
    window_start: date | None = None
    window_end: date | None = None


@dataclass(frozen=True)
class EditDecision:
    allowed: bool
    reason: str = ""  # English; `reason_template` + `reason_args` translate it ("Problems")
    period: str = ""
    reason_template: str = ""
    reason_args: dict[str, Any] = field(default_factory=dict, compare=False)

    def refusal(self) -> Locked:
        """The Locked error to raise for this decision (English text; the window translates its template)."""
        if self.reason_template:
            return Locked.of(self.reason_template, **self.reason_args)
        return Locked(self.reason)


def may_edit(record_date: date | None, states: Iterable[PeriodState]) -> EditDecision:
    """A record may change unless its date lies inside the data window of a period signed and not reopened.

    Registers (businesses, hotspots, residential units) have no record date and always stay editable.
    """
    if record_date is None:
        return EditDecision(True)
    return may_edit_counted(lambda window: window[0] <= record_date <= window[1], states)


def may_edit_counted(counted: Callable[[tuple[date, date]], bool], states: Iterable[PeriodState]) -> EditDecision:
    """A record may change unless a period signed and not reopened counted it: `counted` says whether the data
    window a signed period froze states the record (a model's quarterly figures are stated by the report whose
    window holds their quarter's start and reaches the day they are counted to, not by one date)."""
    for st in states:
        if st.state != SIGNED or st.window_start is None or st.window_end is None:
            continue
        if counted((st.window_start, st.window_end)):
            template = QT_TRANSLATE_NOOP(
                "Problems", "the period {period} was signed (revision {revision}); amend it to change its records"
            )
            args: dict[str, Any] = {"period": st.period, "revision": st.revision}
            return EditDecision(False, template.format(**args), st.period, template, args)
    return EditDecision(True)
