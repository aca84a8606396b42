"""The records workbook's `populations` and `indicator_values` sheets: layout, reading, and the checks across sheets.

Both sheets round-trip (export, then import into a new database, gives the same figures). On import a figure
equal to the one in force is left alone, another value for the same key and date replaces it (the old one stays
in the history), and nothing may carry a share of a population past 100 % or change a signed period.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.hand_values import ManualValue, validate_manual
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.domain.populations import PopulationEntry, validate_population

POPULATIONS, VALUES = "populations", "indicator_values"
POPULATION_COLUMNS = (("year", "int"), ("kind", "text"), ("role", "text"), ("level", "text"), ("value", "int"),
                      ("as_of", "date"), ("source", "text"), ("note", "text"))
# entered_by / entered_at are shown for the reader; on import the importing user becomes the one who entered.
VALUE_COLUMNS = (("indicator", "text"), ("period", "text"), ("numerator", "oint"), ("denominator", "oint"),
                 ("evidence", "text"), ("note", "text"), ("entered_by", "text"), ("entered_at", "text"))
LABELS = {"kind": "Loại số liệu nền", "role": "Vai trò (cán bộ)", "level": "Cấp", "value": "Số lượng",
          "as_of": "Số liệu tính đến ngày", "source": "Nguồn số liệu", "indicator": "Mã chỉ tiêu",
          "period": "Kỳ", "numerator": "Giá trị", "denominator": "Mẫu số (chỉ với tỷ lệ nhập tay)",
          "evidence": "Văn bản chứng minh", "entered_by": "Người nhập", "entered_at": "Thời điểm nhập"}


def population_cells(e: PopulationEntry) -> list:
    return [e.year, e.kind, e.role or None, e.level or None, e.value, e.as_of, e.source, e.note or None]


def value_cells(v: ManualValue) -> list:
    return [v.indicator, v.period, v.numerator, v.denominator, v.evidence or None, v.note or None,
            v.entered_by or None, v.entered_at.strftime("%d/%m/%Y %H:%M") if v.entered_at else None]


@dataclass
class FigureRow:
    """One data row of either sheet: where it came from and what it holds."""

    sheet: str
    row: int
    item: object
    columns: dict
    failed: set


def read_figures(reader, wb) -> dict[str, list[FigureRow]]:
    """Rows of the two sheets (when present), each converted cell by cell; problems go to `reader`."""
    out: dict[str, list[FigureRow]] = {POPULATIONS: [], VALUES: []}
    if POPULATIONS in wb.sheetnames:
        known = dict(POPULATION_COLUMNS)
        for number, values, letters in reader.rows(POPULATIONS, known, ("year", "kind", "value", "as_of", "source")):
            failed: set = set()
            v = {k: reader.convert(POPULATIONS, number, letters, k, values.get(k), kind, failed)
                 for k, kind in known.items()}
            entry = PopulationEntry(v["year"], v["kind"], v["value"], v["as_of"], v["source"], v["role"], v["level"],
                                    v["note"]).normalised()
            out[POPULATIONS].append(FigureRow(POPULATIONS, number, entry, letters, failed))
    if VALUES in wb.sheetnames:
        known = dict(VALUE_COLUMNS)
        for number, values, letters in reader.rows(VALUES, known, ("indicator", "period", "numerator")):
            failed = set()
            v = {k: reader.convert(VALUES, number, letters, k, values.get(k), kind, failed)
                 for k, kind in known.items() if k not in ("entered_by", "entered_at")}
            value = ManualValue(v["indicator"], _period(v["period"]), v["numerator"], v["denominator"],
                                v["note"], v["evidence"])
            out[VALUES].append(FigureRow(VALUES, number, value, letters, failed))
    return out


def _period(text: str) -> str:
    try:
        return Period.parse(text).code
    except PeriodError:
        return text


def check_rows(rows: dict[str, list[FigureRow]], *, today: date, catalogues, place) -> list[Problem]:
    """Each row against its own rules, and no two rows for the same figure; `place(row, field)` names a cell."""
    problems: list[Problem] = []
    roles, levels = set(catalogues["training_roles"].codes()), set(catalogues["staff_levels"].codes())
    seen: set = set()
    for fr in rows[POPULATIONS]:
        e = fr.item
        for p in validate_population(e, today=today, roles=roles, levels=levels):
            if p.where not in fr.failed:
                problems.append(Problem(place(fr, p.where), p.message, args=p.args))
        key = (e.year, e.key, e.as_of)
        if key in seen:
            problems.append(Problem(place(fr, "as_of"), QT_TRANSLATE_NOOP(
                "Problems", "the same figure (year, kind, role, level and date) is given above")))
        seen.add(key)
    seen = set()
    for fr in rows[VALUES]:
        v = fr.item
        for p in validate_manual(v):
            if p.where not in fr.failed:
                problems.append(Problem(place(fr, p.where), p.message, args=p.args))
        if (v.indicator, v.period) in seen:
            problems.append(Problem(place(fr, "period"), QT_TRANSLATE_NOOP(
                "Problems", "a value for this indicator and period is given above")))
        seen.add((v.indicator, v.period))
    return problems


def merged_entries(current: list[PopulationEntry], incoming: list[PopulationEntry]) -> list[PopulationEntry]:
    """The current figures once the workbook's are applied (same key, year and date replaced)."""
    replaced = {(e.year, e.key, e.as_of) for e in incoming}
    kept = [e for e in current if (e.year, e.key, e.as_of) not in replaced]
    return kept + [replace(e, id=10**12 + i) for i, e in enumerate(incoming)]
