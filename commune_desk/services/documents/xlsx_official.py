"""Excel annex sheets in the style of official statistical tables: titles, frozen headers, borders, A4 landscape."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FONT = "Times New Roman"
# Number formats bound to Vietnamese ([$-42A], LCID 0x042A): LibreOffice then prints "1.350" and "46,0 %" on any
# system; Excel takes the separators from Windows' regional settings (Vietnamese on the officers' laptops).
INT = "[$-42A]#,##0"
# Percentages as the Word report writes them (services.reports.report_docx, vn_percent): "62,8%", and "66%" rather than
# "66,0%" (pct_format picks the whole-number format per cell).
PCT = "[$-42A]0.0%"
PCT_WHOLE = "[$-42A]0%"
SIGNED = "[$-42A]+#,##0;-#,##0;0"
LINE_PT = {11: 15.0, 12: 16.0, 13: 17.5}      # row height per wrapped line of Times New Roman at that size
UNIT_PT = 5.25                                 # Excel's column width unit: one "0" of Calibri 11, 7 px = 5,25 pt
PAD_PT = 4.0                                   # the cell's inner padding, both sides together
# Advance widths of Times New Roman / Liberation Serif in em (regular; bold about 5 % wider), by kind of
# character: counting characters alone took an upper-case bold title for a third shorter than it prints.
_EM = {"upper": 0.69, "lower": 0.47, "digit": 0.5, "space": 0.25, "narrow": 0.28, "other": 0.5}
_NARROW = set(".,;:!'|()[]/-iljtfrI")


def pct_format(value: float) -> str:
    """The percent format of one cell: no ",0" when the figure rounds to a whole percent (Word's style)."""
    return PCT_WHOLE if float(round(value * 100, 1)).is_integer() else PCT


def text_width_pt(text: str, size: float, bold: bool = False) -> float:
    """An estimate of the printed width of `text` in Times at `size` points (slightly generous)."""
    em = 0.0
    for ch in text:
        kind = ("space" if ch == " " else "narrow" if ch in _NARROW else "digit" if ch.isdigit()
                else "upper" if ch.isupper() else "lower" if ch.isalpha() else "other")
        em += _EM[kind]
    # 8 % over the average widths: checked against Liberation Serif's own metrics (tests/reports/cell_fit.py), the
    # averages ran 3-5 % short on Vietnamese text and a row one line too low overlaps the next.
    return em * size * (1.06 if bold else 1.0) * 1.08


def wrapped_lines(text, width_chars: float, size: float = 11, bold: bool = False) -> int:
    """How many lines `text` takes in a wrapped cell `width_chars` wide (words are not split)."""
    if text is None or text == "":
        return 1
    room = max(1.0, width_chars * UNIT_PT - PAD_PT)
    space = text_width_pt(" ", size, bold)
    lines = 0
    for para in str(text).split("\n"):
        used, count = 0.0, 1
        for word in para.split(" "):
            w = text_width_pt(word, size, bold)
            if used and used + space + w > room:
                count, used = count + 1, w
            else:
                used += (space if used else 0) + w
            while used > room:                 # a word longer than the column wraps by characters
                count, used = count + 1, used - room
        lines += count
    return lines


def row_height(values, widths: list[float], size: int, bold: bool = False) -> float:
    """Points for a row whose cells wrap at `widths` (a value's text as shown; numbers take one line)."""
    lines = max((wrapped_lines(v, w, size, bold) if isinstance(v, str) else 1 for v, w in zip(values, widths)),
                default=1)
    return round(lines * LINE_PT.get(size, size * 1.3) + 3, 1)


def _shown(value) -> str:
    """A value as the sheet prints it, near enough to size its column: 1.350, 46,5%."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value * 100:.1f}%" if abs(value) <= 10 else f"{value:,.0f}"
    return str(value)


def min_width(text: str, size: float = 11, bold: bool = False) -> float:
    """The column width (Excel units) in which the longest word of `text` fits without being split."""
    words = str(text).split()
    return (max(text_width_pt(w, size, bold) for w in words) + PAD_PT) / UNIT_PT + 0.5 if words else 0.0


@dataclass
class SheetSpec:
    """One statistical table: a sheet name (≤ 31 chars), title lines, headers, rows and column formats."""

    name: str
    titles: list[str]
    headers: list[str]
    rows: list[list]
    widths: list[float] | None = None
    number_formats: dict[int, str] = field(default_factory=dict)   # column index -> "#,##0" / "0.0%"
    cell_formats: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> format, overrides
    bold_rows: frozenset[int] = frozenset()   # rows (indexes in `rows`) printed bold: a table's total, as in Word
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
        "wrap": Alignment(vertical="center", wrap_text=True),
        "number": Alignment(horizontal="right", vertical="center", wrap_text=True),
    }


def write_sheet(wb, spec: SheetSpec) -> None:
    """One sheet: every cell wrapped with a row height that fits its text (openpyxl sizes nothing by itself),
    the header repeated on every printed page, A4 landscape fitted to one page wide."""
    from openpyxl.utils import get_column_letter

    st = _styles()
    ws = wb.create_sheet(spec.name[:31])
    ncols = len(spec.headers)
    last_col = get_column_letter(ncols)
    widths = [float(spec.widths[c]) if spec.widths else (8.0 if c == 0 else 18.0) for c in range(ncols)]
    # No word is split inside and no number shows as "###": each column at least as wide as its header's longest
    # word in bold and as every value's longest word or number as printed (capped: fit-to-width shrinks the rest).
    widths = [max(w, round(min_width(h, 11, bold=True), 1)) for w, h in zip(widths, spec.headers)]
    for values in spec.rows:
        for c, value in enumerate(values[:ncols]):
            widths[c] = max(widths[c], min(60.0, round(min_width(_shown(value), 11), 1)))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    row = 1
    for i, title in enumerate(spec.titles):
        cell = ws.cell(row=row, column=1, value=title)
        cell.font = st["title"] if i == 0 else st["subtitle"]
        cell.alignment = st["center_wrap"]
        ws.merge_cells(f"A{row}:{last_col}{row}")
        ws.row_dimensions[row].height = row_height([title], [sum(widths)], 13 if i == 0 else 12, bold=i == 0)
        row += 1
    row += 1
    header_row = row
    for c, text in enumerate(spec.headers, start=1):
        cell = ws.cell(row=row, column=c, value=text)
        cell.font, cell.border, cell.alignment = st["header"], st["border"], st["center_wrap"]
    ws.row_dimensions[row].height = row_height(spec.headers, widths, 11, bold=True)
    for r, values in enumerate(spec.rows):
        row += 1
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=c, value=value)
            cell.font, cell.border = st["header"] if r in spec.bold_rows else st["cell"], st["border"]
            fmt = spec.cell_formats.get((r, c - 1)) or spec.number_formats.get(c - 1)
            if fmt == PCT and isinstance(value, (int, float)):
                fmt = pct_format(value)
            if fmt:
                cell.number_format = fmt
            cell.alignment = st["wrap"] if isinstance(value, str) else st["number"]
        ws.row_dimensions[row].height = row_height(values, widths, 11, bold=r in spec.bold_rows)
    if spec.note:
        ws.cell(row=row + 2, column=1, value=spec.note).font = st["subtitle"]
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{last_col}{max(row, header_row)}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def write_workbook(path: Path, sheets: list[SheetSpec]) -> Path:
    """Write every sheet to a new workbook at `path`, atomically."""
    from openpyxl import Workbook

    from commune_desk.storage.files import write_with

    wb = Workbook()
    wb.remove(wb.active)
    for spec in sheets:
        write_sheet(wb, spec)
    from commune_desk.services.documents.xlsx_text import keep_text

    keep_text(wb)   # the annex goes into the signed package: no text in it may turn into a formula
    return write_with(path, lambda tmp: wb.save(str(tmp)))
