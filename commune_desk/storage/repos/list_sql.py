"""The SQL of record lists: named figures (sums and sort values, child tables included), sort order, folded search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from commune_desk.domain.text import natural_key
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.repos.kinds import Kind


@dataclass(frozen=True)
class Child:
    """A figure summed over a child table: `value` of the rows whose `parent` column names the record."""

    table: Any
    parent: str
    value: Any
    where: Any = None
    how: str = "sum"  # "sum", "count" or "max"

    def per_record(self, row: Any) -> Any:
        """A scalar subquery giving the figure of each row of `row`'s table (for sorting)."""
        aggregates: dict[str, Callable[[Any], Any]] = {
            "sum": lambda v: func.coalesce(func.sum(v), 0),
            "count": lambda v: func.count(),
            "max": func.max,
        }
        agg = aggregates[self.how]
        q = select(agg(self.value)).where(getattr(self.table, self.parent) == row.id)
        if self.where is not None:
            q = q.where(self.where)
        return q.correlate(row).scalar_subquery()


def latest(table: Any, parent: str, value: Any, day: Any, row: Any) -> Any:
    """The value of a record's latest child row (by date, then id): a hotspot's state, a model's status."""
    return (
        select(value)
        .where(getattr(table, parent) == row.id)
        .order_by(day.desc(), table.id.desc())
        .limit(1)
        .correlate(row)
        .scalar_subquery()
    )


def named(entity: str, row: Any) -> dict[str, Any]:
    """Figures of a list that are not plain columns: name -> SQL expression or Child (sums and sort values)."""
    if entity == "training":  # sums of the child lines, stored on the row by triggers (migration 0017)
        return {"participants": row.participant_total, "persons": row.persons_total}
    if entity == "business":
        return {
            "committed": row.workers_committed,
            "inspections": Child(m.InspectionRow, "business_id", m.InspectionRow.id, how="count"),
            "last_inspection": Child(m.InspectionRow, "business_id", m.InspectionRow.inspection_date, how="max"),
        }
    if entity == "hotspot":
        ev = m.HotspotEventRow
        return {
            "state": latest(ev, "hotspot_id", ev.kind_code, ev.event_date, row),
            "since": latest(ev, "hotspot_id", ev.event_date, ev.event_date, row),
        }
    if entity == "tipoff":
        return {"handled": case((row.handled_date.is_not(None), 1), else_=0)}
    if entity == "penalty_decision":
        return {"fine": row.total_fine, "basis": row.article_key}
    if entity == "reintegration_support":
        return {"people": row.count}
    if entity == "team":
        return {"members": row.member_total, "activities": row.activity_count}
    if entity == "community_model":
        st = mc.ModelStatusRow
        return {"status": func.coalesce(latest(st, "model_id", st.status, st.status_date, row), "operating")}
    if entity == "model_figures":
        return {
            "quarter": row.anchor_date,
            "persons": row.persons_total,
            "women": row.women_total,
            "men": row.men_total,
        }
    return {}


def figure(kind: Kind, name: str) -> Any:
    """The named figure, or the row's column of that name (None when the list has neither)."""
    row: Any = kind.row
    found = named(kind.entity, row).get(name)
    if found is None:
        return getattr(row, name, None) if name in row.__table__.c else None
    return found


def totals(s: Session, kind: Kind, conds: list[Any], names: tuple[str, ...]) -> tuple[int, dict[str, int]]:
    """(number of records passing `conds`, name -> sum over them) in one statement per child table."""
    row: Any = kind.row
    plain = [(n, figure(kind, n)) for n in names]
    simple = [(n, f) for n, f in plain if f is not None and not isinstance(f, Child)]
    first = s.execute(
        select(func.count(), *(func.coalesce(func.sum(f), 0) for _, f in simple)).select_from(row).where(*conds)
    ).one()
    out = {n: int(v or 0) for (n, _), v in zip(simple, first[1:])}
    for n, f in plain:
        if isinstance(f, Child):
            q = (
                select(func.coalesce(func.sum(f.value), 0))
                .select_from(f.table)
                .join(row, getattr(f.table, f.parent) == row.id)
                .where(*conds)
            )
            if f.where is not None:
                q = q.where(f.where)
            out[n] = int(s.scalar(q) or 0)
        elif f is None:
            out[n] = 0
    return int(first[0]), {n: out[n] for n in names}


Labels = dict[str, dict[str, str]]  # field -> code -> the label the list shows for it


def _ranked(expr: Any, labels: dict[str, str]) -> Any:
    """Codes ordered as their labels read (Vietnamese natural order); a code without a label by itself."""
    known = sorted(labels, key=lambda c: natural_key(labels.get(c) or c))
    if not known:
        return expr
    return case({code: literal(i) for i, code in enumerate(known)}, value=expr, else_=literal(len(known)))


def parent_table(lookup: str) -> Any:
    """The table a reference points into (load_lookups' names)."""
    from commune_desk.storage.models import ResidentialUnitRow

    return {
        "units": ResidentialUnitRow,
        "businesses": m.BusinessRow,
        "hotspots": m.HotspotRow,
        "models": mc.CommunityModelRow,
        "teams": mc.TeamRow,
    }[lookup]


def codes_of(s: Session, kind: Kind, rows: list[Any]) -> dict[str, dict[int, str]]:
    """Lookup -> id -> code of what `rows` refer to, read for those ids only (not every team or business)."""
    out: dict[str, dict[int, str]] = {}
    for column, lookup in kind.refs.values():
        ids = {getattr(r, column) for r in rows} - {None}
        table = parent_table(lookup)
        found: dict[int, str] = (
            dict(s.execute(select(table.id, table.code).where(table.id.in_(ids))).all()) if ids else {}
        )
        out.setdefault(lookup, {}).update(found)
    return out


def unit_names(s: Session, labels: dict[str, str]) -> dict[int, str]:
    """Residential unit id -> the name the list shows (its label, else the stored name): a few dozen rows."""
    from commune_desk.storage.models import ResidentialUnitRow

    rows = s.execute(select(ResidentialUnitRow.id, ResidentialUnitRow.code, ResidentialUnitRow.name)).all()
    return {uid: labels.get(code) or name or code for uid, code, name in rows}


def unit_codes_shown(s: Session, labels: dict[str, str]) -> dict[str, str]:
    """Residential unit code -> the name the list shows for it (its label, else the stored name)."""
    from commune_desk.storage.models import ResidentialUnitRow

    rows = s.execute(select(ResidentialUnitRow.code, ResidentialUnitRow.name)).all()
    return {code: labels.get(code) or name or code for code, name in rows}


def _same_column(expr: Any, column: Any) -> bool:
    """Whether the sort expression is that very column of the table (not a figure computed from it)."""
    return expr is not None and getattr(expr, "expression", None) is column.expression


def order_by(s: Session, kind: Kind, key: str, descending: bool, labels: Labels) -> list[Any]:
    """ORDER BY terms for sorting the list by the column `key`: text in natural order, codes by their labels,
    references by the referred name; ties by date and id, newest first, so pages never overlap."""
    row: Any = kind.row
    expr: Any = None
    if key in kind.refs:
        column, lookup = kind.refs[key]
        fk = getattr(row, column)
        if lookup == "units":  # ranked by the shown names in Python: a CASE of a few dozen entries
            names = unit_names(s, labels.get(key, {}))
            ranks = sorted(names, key=lambda i: natural_key(names[i]))
            # No units yet (a new commune): no CASE entries, and "CASE x ELSE .. END" is not SQL (it crashed the list).
            ranked = (
                case({i: literal(n) for n, i in enumerate(ranks)}, value=fk, else_=literal(len(ranks))) if ranks else 0
            )
            expr = case((fk.is_(None), literal(-1)), else_=ranked)
        else:  # teams by name, businesses, hotspots, models by their code's stored key
            table = parent_table(lookup)
            shown = table.name_key if lookup == "teams" else table.sort_key
            expr = select(shown).where(table.id == fk).correlate(row).scalar_subquery()
    elif key and key == kind.sort_field:
        expr = row.sort_key  # the stored natural key: no Python call per row
    elif key in kind.text_sorts:
        expr = getattr(row, f"{key}_key")
    elif key in kind.code_fields:
        expr = _ranked(getattr(row, key), labels.get(key, {}))
    else:
        found = figure(kind, key)
        if isinstance(found, Child):
            expr = found.per_record(row)
        elif found is not None and key in labels:  # a code worked out in SQL (a hotspot's current state)
            expr = _ranked(found, labels[key])
        elif found is not None:
            # A text column without a stored key goes through vi_natural (a Python call per row: slow at 100k; every
            # listed one has its key, tests/records/test_sort_keys.py); a list of codes ("a;b", target groups, units
            # covered) sorts by the codes as stored, not by their labels.
            plain = key not in named(kind.entity, row) and key not in kind.code_lists
            is_text = plain and key in row.__table__.c and row.__table__.c[key].type.python_type is str
            expr = func.vi_natural(found) if is_text else found
    day = getattr(row, kind.date_field) if kind.date_field else None
    # Sorted by the date itself, the date is not repeated: `ORDER BY d, d DESC, id DESC` made SQLite sort every row
    # again by the repeated term instead of walking the date index (same order: the second d breaks no tie).
    tail = [day.desc()] if day is not None and not _same_column(expr, day) else []
    tail.append(row.id.desc())
    if expr is None:
        return tail
    return [expr.desc() if descending else expr.asc(), *tail]
