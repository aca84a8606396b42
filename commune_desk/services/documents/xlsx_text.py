"""Text in every workbook the app writes stays text: never a formula, in Excel or LibreOffice, when opened or edited.

openpyxl stores a string that begins with "=" as a formula, so a record titled `=HYPERLINK("http://…"&A1)` or
`=cmd|' /C calc'!A0` (DDE) became a live formula in the export and in the signed report's annex. Here such a
string is stored as a string cell, and every text that a spreadsheet would read as a formula when the cell is
edited (a leading = + - @, tab or carriage return) also gets Excel's "quote prefix" style, so it stays text
there too. Re-imported, the text is exactly what was written.
"""

from __future__ import annotations

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value) -> bool:
    return isinstance(value, str) and value.startswith(RISKY_STARTS)


def _as_text(cell) -> None:
    cell.data_type = "s"
    cell.quotePrefix = True


def text_cell(ws, value):
    """For write-only sheets: `value` itself, or a cell that keeps a risky text as text."""
    if not is_risky(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    _as_text(cell)
    return cell


def safe_row(ws, values) -> list:
    """A row for `ws.append` on a write-only sheet with every risky text kept as text."""
    return [text_cell(ws, v) if is_risky(v) else v for v in values]


def keep_text(wb) -> int:
    """Before saving a (normal) workbook: every string cell stays a string; returns how many were protected.

    The app writes no formulas of its own, so any cell openpyxl took for one is a text that began with "=".
    """
    protected = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and (cell.data_type == "f" or value.startswith(RISKY_STARTS)):
                    _as_text(cell)
                    protected += 1
    return protected
