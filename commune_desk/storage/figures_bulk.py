"""Writes checked populations and hand-entered values of a records workbook (or the demo) in the caller's
transaction: equal figures are left alone, changed ones replace the old (populations keep them as history)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.hand_values import ManualValue, stored_denominator
from commune_desk.domain.indicators import CATALOGUE
from commune_desk.domain.populations import PopulationEntry
from commune_desk.storage import audit_log
from commune_desk.storage.models_figures import PopulationRow
from commune_desk.storage.models_plans import ManualValueRow


def apply_figures(s: Session, actor: str, populations: list[PopulationEntry], values: list[ManualValue], *,
                  source: str) -> dict[str, int]:
    """Counts of figures written (unchanged ones are not counted); one audit entry per kind and batch."""
    now = datetime.now()
    counts: dict[str, int] = {}
    written, replaced = 0, 0
    for e in populations:
        same = list(s.scalars(select(PopulationRow).where(
            PopulationRow.year == e.year, PopulationRow.kind == e.kind, PopulationRow.role_code == e.role,
            PopulationRow.level_code == e.level, PopulationRow.as_of == e.as_of, PopulationRow.replaced_at.is_(None))))
        if same and all((r.value, r.source, r.note) == (e.value, e.source, e.note) for r in same):
            continue
        for old in same:
            old.replaced_at = now
            replaced += 1
        s.add(PopulationRow(year=e.year, kind=e.kind, role_code=e.role, level_code=e.level, value=e.value,
                            as_of=e.as_of, source=e.source, note=e.note, recorded_at=now, recorded_by=actor))
        written += 1
    if written:
        s.flush()
        audit_log.append(s, actor, "bulk_import", "population", "batch", None,
                         {"count": written, "replaced": replaced, "source": source}, full=True)
        counts["population"] = written
    changed = 0
    for v in values:
        row = s.scalar(select(ManualValueRow).where(ManualValueRow.indicator == v.indicator,
                                                    ManualValueRow.period == v.period))
        den = stored_denominator(CATALOGUE[v.indicator], v)
        if row is not None and (row.numerator, row.denominator, row.note, row.evidence) == (
                v.numerator, den, v.note, v.evidence):
            continue
        if row is None:
            row = ManualValueRow(indicator=v.indicator, period=v.period)
            s.add(row)
        row.numerator, row.denominator, row.note, row.evidence = v.numerator, den, v.note, v.evidence
        row.entered_by, row.updated_at = actor, now
        changed += 1
    if changed:
        s.flush()
        audit_log.append(s, actor, "bulk_import", "manual_indicator", "batch", None,
                         {"count": changed, "source": source}, full=True)
        counts["manual_indicator"] = changed
    return counts
