"""Stores the hand-entered indicator values: shape checked, persons kept within their population, locked with
the period like records, every change audited with who and when."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.errors import Locked, NotFound, ValidationFailed
from commune_desk.domain.hand_values import ManualValue, stored_denominator, validate_manual
from commune_desk.domain.indicators import CATALOGUE, PERSONS
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.domain.persons import Claim
from commune_desk.storage import audit_log
from commune_desk.storage.figures_checks import claim_problems
from commune_desk.storage.models_plans import ManualValueRow
from commune_desk.storage.period_repo import check_edit
from commune_desk.storage.sql_reader import SessionReader
from commune_desk.storage.year_windows import period_window

if TYPE_CHECKING:
    from commune_desk.storage.database import Database

ENTITY = "manual_indicator"


def _canonical(period: str) -> str:
    try:
        return Period.parse(period).code
    except PeriodError:
        return period


def to_value(row: ManualValueRow) -> ManualValue:
    definition = CATALOGUE.get(row.indicator)
    # A yes/no keeps 1 as its denominator in the table; the value itself has none.
    den = None if definition is not None and definition.shape == "yes_no" else row.denominator
    return ManualValue(row.indicator, row.period, row.numerator, den, row.note or "", row.evidence or "",
                       row.entered_by or "", row.updated_at)


def values_by_key(s: Session) -> dict[tuple[str, str], ManualValue]:
    """{(indicator, period code as stored): its value} of every hand-entered value, read in the caller's session."""
    return {(row.indicator, row.period): to_value(row) for row in s.scalars(select(ManualValueRow))}


class ManualValueRepository:
    """Values the officer enters, one per indicator and period (2026, 2026-H1, 2026-Q3 …)."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def set(self, value: ManualValue) -> ManualValue:
        value = replace(value, period=_canonical(value.period), note=(value.note or "").strip(),
                        evidence=(value.evidence or "").strip())
        problems = validate_manual(value)
        if problems:
            raise ValidationFailed(problems)
        definition = CATALOGUE[value.indicator]
        period = Period.parse(value.period)
        with self._db.write() as s:
            r = SessionReader(s)
            end = period_window(r, period)[1]
            self._check_lock(s, end)
            if definition.shape == PERSONS:
                claim = Claim(end, float(value.numerator or 0), f"{value.indicator} {value.period}")  # validated
                found = claim_problems(r, claim, definition.population, period.year,
                                       exclude=(value.indicator, value.period))
                if found:
                    raise ValidationFailed(found)
            row = s.scalar(select(ManualValueRow).where(ManualValueRow.indicator == value.indicator,
                                                        ManualValueRow.period == value.period))
            before = None if row is None else to_value(row).to_dict()
            if row is not None and before == value.to_dict():
                return to_value(row)
            if row is None:
                row = ManualValueRow(indicator=value.indicator, period=value.period)
                s.add(row)
            row.numerator, row.denominator = value.numerator, stored_denominator(definition, value)
            row.note, row.evidence, row.entered_by = value.note, value.evidence, self._actor
            row.updated_at = datetime.now()
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", ENTITY,
                             f"{value.indicator}@{value.period}", before, value.to_dict())
            return to_value(row)

    def delete(self, indicator: str, period: str) -> None:
        period = _canonical(period)
        with self._db.write() as s:
            row = s.scalar(select(ManualValueRow).where(ManualValueRow.indicator == indicator,
                                                        ManualValueRow.period == period))
            if row is None:
                raise NotFound(f"no value entered for {indicator} in {period}")
            try:
                self._check_lock(s, period_window(SessionReader(s), Period.parse(period))[1])
            except PeriodError:
                pass
            before = to_value(row).to_dict()
            s.delete(row)
            audit_log.append(s, self._actor, "delete", ENTITY, f"{indicator}@{period}", before, None, full=True)

    @staticmethod
    def _check_lock(s: Session, end: date) -> None:
        decision = check_edit(s, end)
        if not decision.allowed:
            raise Locked.of(decision.reason_template, **decision.reason_args) if decision.reason_template \
                else Locked(decision.reason)

    def of_year(self, year: int) -> list[ManualValue]:
        with self._db.read() as s:
            return [to_value(r) for r in s.scalars(select(ManualValueRow).where(
                ManualValueRow.period.like(f"{year}%")).order_by(ManualValueRow.indicator, ManualValueRow.period))]

    def get(self, indicator: str, period: str) -> ManualValue | None:
        with self._db.read() as s:
            row = s.scalar(select(ManualValueRow).where(ManualValueRow.indicator == indicator,
                                                        ManualValueRow.period == _canonical(period)))
            return None if row is None else to_value(row)


__all__ = ["ManualValue", "ManualValueRepository", "validate_manual"]
