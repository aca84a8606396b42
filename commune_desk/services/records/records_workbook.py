"""Records workbook export and template: `_profile`, `residential_units` and one sheet per record type."""

from __future__ import annotations

import os
from pathlib import Path

from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.records.records_sheets import (
    IDENTITY_COLUMNS, PROFILE_FIELDS, SHEETS, UNIT_COLUMNS, Sheet, label, line_columns, served_codes, to_cell,
)

DATE_FORMAT = "DD/MM/YYYY"


def profile_values(profile, catalogues) -> dict:
    return {
        "unit_code": profile.unit_code, "name": profile.name, "official_name": profile.official_name,
        "kind": profile.kind, "province": profile.province, "place_name": profile.place_name,
        "issuing_body": profile.issuing_body, "receiving_office": profile.receiving_office,
        "signer_name": profile.signer.name, "signer_title": profile.signer.title,
        "signer_authority": profile.signer.authority, "is_demo": "có" if profile.is_demo else "không",
        # Placeholders until plans exist: the plan a workbook was filled against.
        "plan_id": "", "plan_version": "", "catalogue_version": catalogues.version,
    }


def dynamic_columns(sheet: Sheet, records: list, catalogues, *, include_identities: bool) -> list[str]:
    """The child's columns: every code of the sheet's catalogue, then codes only found in the data."""
    if sheet.child == "identity":
        return list(IDENTITY_COLUMNS) if include_identities else []
    if not sheet.child:
        return []
    if sheet.child == "participants":
        pairs = [(r.code, lv.code) for r in catalogues["training_roles"].entries
                 for lv in catalogues["staff_levels"].entries]
        for rec in records:
            pairs += [(line.role, line.level) for line in rec.participants if (line.role, line.level) not in pairs]
        return [column for pair in pairs for column in line_columns(*pair)]
    codes = served_codes(catalogues) if sheet.child == "served" else [e.code for e in
                                                                      catalogues[sheet.catalogue].entries]
    for rec in records:
        for code, _ in getattr(rec, sheet.child):
            if code not in codes:
                codes.append(code)
    return [sheet.prefix + c for c in codes]


def record_cells(sheet: Sheet, rec, dynamic: list[str]) -> list:
    cells = [to_cell(getattr(rec, name), kind) for name, kind in sheet.base_columns()]
    if sheet.child == "identity":
        ident = rec.identity
        cells += [(getattr(ident, c.split(".", 1)[1]) or None) if ident else None for c in dynamic]
    elif sheet.child == "participants":
        lines = {}
        for line in rec.participants:
            attendees, persons = line_columns(line.role, line.level)
            lines[attendees], lines[persons] = line.attendees, line.persons
        cells += [lines.get(c) for c in dynamic]
    elif sheet.child:
        values = dict(getattr(rec, sheet.child))
        cells += [values.get(c[len(sheet.prefix):]) for c in dynamic]
    return cells


def _write_sheet(wb, name: str, columns: list[str], rows, catalogues, labels: dict | None = None) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from commune_desk.services.documents.xlsx_text import safe_row, text_cell

    ws = wb.create_sheet(name)
    ws.freeze_panes = "A3"
    names = [labels.get(c, label(c, catalogues)) if labels else label(c, catalogues) for c in columns]
    for i, text in enumerate(names, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(12, min(40, len(text) + 4))
    bold = Font(bold=True)
    head = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=column)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    ws.append(safe_row(ws, names))
    for values in rows:
        out = []
        for value in values:
            if hasattr(value, "isoformat") and not isinstance(value, str):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = DATE_FORMAT
                out.append(cell)
            else:
                out.append(text_cell(ws, value))     # a title "=HYPERLINK(…)" stays text (xlsx_text.py)
        ws.append(out)


def write_workbook(path: os.PathLike | str, profile, units, records: dict, *, catalogues=None,
                   include_identities: bool = False) -> dict[str, int]:
    """Write the workbook atomically; returns the number of data rows per sheet."""
    from openpyxl import Workbook

    from commune_desk.storage.files import atomic_path

    catalogues = catalogues or default_catalogues()
    wb = Workbook(write_only=True)
    pv = profile_values(profile, catalogues)
    _write_sheet(wb, "_profile", list(PROFILE_FIELDS), [[pv[f] or None for f in PROFILE_FIELDS]], catalogues)
    _write_sheet(wb, "residential_units", [c for c, _ in UNIT_COLUMNS],
                 [[u.code, u.name, u.kind, to_cell(u.active, "bool")] for u in units], catalogues)
    counts = {"residential_units": len(units)}
    for sheet in SHEETS:
        recs = records.get(sheet.entity, [])
        dynamic = dynamic_columns(sheet, recs, catalogues, include_identities=include_identities)
        columns = [name for name, _ in sheet.base_columns()] + dynamic
        _write_sheet(wb, sheet.name, columns, (record_cells(sheet, r, dynamic) for r in recs), catalogues)
        counts[sheet.name] = len(recs)
    from commune_desk.services.records import figures_sheets as fs

    for name, entity, columns, cells in ((fs.POPULATIONS, "population", fs.POPULATION_COLUMNS, fs.population_cells),
                                         (fs.VALUES, "manual_indicator", fs.VALUE_COLUMNS, fs.value_cells)):
        items = records.get(entity, [])
        _write_sheet(wb, name, [c for c, _ in columns], (cells(i) for i in items), catalogues, fs.LABELS)
        counts[name] = len(items)
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return counts


def export_records(db, path, *, include_identities: bool = False) -> dict[str, int]:
    """Every record of `db` into a workbook; identities only with `include_identities`."""
    from commune_desk.storage.repos.bulk import read_all

    profile, units, records = read_all(db)
    return write_workbook(path, profile, units, records, include_identities=include_identities)


def write_template(db, path) -> dict[str, int]:
    """An empty workbook with this database's profile and residential units, ready to fill in."""
    from commune_desk.storage.repos.bulk import read_all

    profile, units, _ = read_all(db)
    return write_workbook(path, profile, units, {})
