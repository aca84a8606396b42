"""Writes the rows a list shows to an .xlsx file (openpyxl loaded only when exporting; atomic write)."""

from __future__ import annotations

from pathlib import Path


def export_rows(path, title: str, headers: list[str], rows: list[list]) -> Path:
    """One sheet: a bold header row, then the rows as given (dates stay dates, numbers stay numbers)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from commune_desk.storage.files import write_with

    wb = Workbook()
    ws = wb.active
    ws.title = (title or "Sheet")[:31].replace("/", "-")
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:200] if r[i - 1] is not None])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
        if any(hasattr(r[i - 1], "isoformat") for r in rows[:50]):
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "DD/MM/YYYY"
    ws.freeze_panes = "A2"
    from commune_desk.services.documents.xlsx_text import keep_text

    keep_text(wb)   # a title typed as "=…" in a form stays text in the exported list
    return write_with(path, wb.save)
