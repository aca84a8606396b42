"""Excel annex sheets in the style of official statistical tables: titles, frozen headers, borders, A4 landscape."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FONT = "Times New Roman"


@dataclass
class SheetSpec:
    """One statistical table: a sheet name (≤ 31 chars), title lines, headers, rows and column formats."""

    name: str
    titles: list[str]
    headers: list[str]
    rows: list[list]
    widths: list[float] | None = None
    number_formats: dict[int, str] = field(default_factory=dict)   # column index -> "#,##0" / "0.0%"
    note: str = ""


def _styles():
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin", color="000000")
    return {
        "title": Font(name=FONT, size=13, bold=True),
        "subtitle": Font(name=FONT, size=12, italic=True),
        "header": Font(name=FONT, size=11, bold=True),
        "cell": Font(name=FONT, size=11),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "center_wrap": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "wrap": Alignment(vertical="top", wrap_text=True),
    }


def write_sheet(wb, spec: SheetSpec) -> None:
    from openpyxl.utils import get_column_letter

    st = _styles()
    ws = wb.create_sheet(spec.name[:31])
    ncols = len(spec.headers)
    last_col = get_column_letter(ncols)
    row = 1
    for i, title in enumerate(spec.titles):
        ws.cell(row=row, column=1, value=title).font = st["title"] if i == 0 else st["subtitle"]
        ws.cell(row=row, column=1).alignment = st["center_wrap"]
        ws.merge_cells(f"A{row}:{last_col}{row}")
        row += 1
    row += 1
    header_row = row
    for c, text in enumerate(spec.headers, start=1):
        cell = ws.cell(row=row, column=c, value=text)
        cell.font, cell.border, cell.alignment = st["header"], st["border"], st["center_wrap"]
    for values in spec.rows:
        row += 1
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=c, value=value)
            cell.font, cell.border = st["cell"], st["border"]
            if (c - 1) in spec.number_formats:
                cell.number_format = spec.number_formats[c - 1]
            elif isinstance(value, str):
                cell.alignment = st["wrap"]
    if spec.note:
        ws.cell(row=row + 2, column=1, value=spec.note).font = st["subtitle"]
    for c in range(1, ncols + 1):
        width = spec.widths[c - 1] if spec.widths else (8 if c == 1 else 18)
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{last_col}{max(row, header_row)}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_workbook(path: Path, sheets: list[SheetSpec]) -> Path:
    """Write every sheet to a new workbook at `path`, atomically."""
    from openpyxl import Workbook

    from commune_desk.storage.files import write_with

    wb = Workbook()
    wb.remove(wb.active)
    for spec in sheets:
        write_sheet(wb, spec)
    from commune_desk.services.xlsx_text import keep_text

    keep_text(wb)   # the annex goes into the signed package: no text in it may turn into a formula
    return write_with(path, lambda tmp: wb.save(str(tmp)))
