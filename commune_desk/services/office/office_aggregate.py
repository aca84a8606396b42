"""Aggregate a period at the office: completeness, indicators rolled up by their own rule, Word and Excel outputs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from commune_desk.domain.indicators import IndicatorValue
from commune_desk.domain.office import (
    Completeness, LedgerEntry, OfficeFigure, completeness, read_unit_figures, roll_up,
)
from commune_desk.domain.periods import Period
from commune_desk.domain.text import natural_key


@dataclass
class OfficeAggregate:
    """A period at office level: completeness, the rolled-up figures and each accepted unit's own figures."""

    period: Period
    completeness: Completeness
    figures: list[OfficeFigure]
    by_unit: list[tuple[LedgerEntry, dict[str, IndicatorValue]]]
    plan_title: str = ""
    plan_reference: str = ""


def plan_for(db, period: Period):
    """The plan in force for the period in the office database, or None."""
    from commune_desk.storage.plan_repo import PlanRepository

    return PlanRepository(db, "office").active_for_period(period)


def due_date(plan, period: Period) -> date | None:
    """The plan's deadline for this period's report (None without a plan or a deadline row)."""
    from commune_desk.domain.plans import schedule

    if plan is None:
        return None
    for p, due, _cutoff in schedule(plan):
        if p.code == period.code:
            return due
    return None


def period_completeness(db, period: Period | str, *, expected: dict[str, str] | None = None,
                        due: date | None = None) -> Completeness:
    """Completeness and timeliness of a period (expected units default to the active trust list)."""
    from commune_desk.storage.office_repo import IntakeLedger, TrustRepository

    period = Period.parse(period) if isinstance(period, str) else period
    if expected is None:
        from commune_desk.services.office.office_ca import ca_units

        expected = TrustRepository(db, "office").expected_units()
        for code in ca_units(db):          # a unit a trusted CA may sign for is expected to report too
            expected.setdefault(code, "")
    if due is None:
        due = due_date(plan_for(db, period), period)
    return completeness(period.code, expected, IntakeLedger(db, "office").entries(period.code), due)


def aggregate(db, period: Period | str, *, expected: dict[str, str] | None = None,
              due: date | None = None) -> OfficeAggregate:
    """Roll up the accepted (current, non-demo) packages of the period; never averages percentages."""
    from commune_desk.storage.office_repo import IntakeLedger

    period = Period.parse(period) if isinstance(period, str) else period
    plan = plan_for(db, period)
    if due is None:
        due = due_date(plan, period)
    comp = period_completeness(db, period, expected=expected, due=due)
    by_unit, values, labels, flagged = [], {}, {}, {}
    for entry, indicators in IntakeLedger(db, "office").accepted_indicators(period.code):
        unit_values, unit_labels, unit_flags = read_unit_figures(indicators)
        values[entry.unit_code] = unit_values
        if unit_flags:
            flagged[entry.unit_code] = unit_flags
        for code, label in unit_labels.items():
            labels.setdefault(code, label)
        by_unit.append((entry, unit_values))
    targets = tuple(plan.targets) if plan is not None else ()
    figures = roll_up(values, targets, labels, flagged)
    if flagged:  # impossible figures (recorded before intake checked them as data) are shown, never summed
        comp = replace(comp, rows=tuple(replace(r, flags=tuple(flagged[r.unit_code].values()))
                                        if r.unit_code in flagged else r for r in comp.rows))
    reference = ""
    if plan is not None:
        reference = f"{plan.title}" + (f" (số {plan.document_number})" if plan.document_number else "")
    return OfficeAggregate(period, comp, figures, sorted(by_unit, key=lambda x: natural_key(x[0].unit_code)),
                           plan.title if plan else "", reference)


def write_outputs(db, agg: OfficeAggregate, out_dir: Path | str, *, today: date | None = None,
                  number_line: str = "Số:       /BC") -> tuple[Path, Path]:
    """The office Word report and the Excel workbook (one row per unit) in `out_dir`."""
    from commune_desk.services.office.office_report import write_docx, write_xlsx
    from commune_desk.storage.profile_repo import ProfileRepository

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = ProfileRepository(db, "office").get()
    stem = f"Tong-hop_{agg.period.code}"
    docx_path = write_docx(agg, profile, out_dir / f"{stem}.docx", today=today or date.today(),
                           number_line=number_line)
    xlsx_path = write_xlsx(agg, out_dir / f"{stem}.xlsx")
    return docx_path, xlsx_path
