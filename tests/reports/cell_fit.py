"""Does every word of a table cell fit its column? Measured with the real Liberation Serif metrics through Qt.

Word and LibreOffice break a word that is wider than its cell inside the word ("ST / T", "Chuyể / n",
"05/12/20 / 26"); a superior office reads that as a careless page. These helpers read the column widths of every
table in a .docx (w:tblGrid) and of every sheet of an .xlsx, and list the words that cannot fit.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from functools import lru_cache
from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_CELL_MARGIN_PT = 2 * 5.4  # python-docx's "Table Grid": 108 twips left and right
XLSX_UNIT_PT = 5.25  # one Excel width unit: a "0" of Calibri 11, 7 px
XLSX_PAD_PT = 3.0
WORD_BREAK = re.compile(r"[ \t\n\r]+")  # a no-break space (U+00A0) joins what it stands between


@lru_cache(maxsize=None)
def _families() -> dict[bool, str]:
    from PySide6.QtGui import QFontDatabase

    out = {}
    for bold, style in ((False, "Liberation Serif"), (True, "Liberation Serif:bold")):
        path = subprocess.run(["fc-match", "-f", "%{file}", style], check=True, capture_output=True, text=True).stdout
        assert "LiberationSerif" in path, f"Liberation Serif is not installed ({path})"
        fid = QFontDatabase.addApplicationFont(path)
        out[bold] = QFontDatabase.applicationFontFamilies(fid)[0]
    return out


def width_pt(text: str, size: float, bold: bool = False) -> float:
    """The printed width of `text` in Liberation Serif (Times New Roman's metrics) at `size` points."""
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont(_families()[bold])
    font.setBold(bold)
    font.setPixelSize(int(size * 100))  # 100 px per pt: advance widths without hinting at small sizes
    return QFontMetricsF(font).horizontalAdvance(text) / 100


def docx_overflows(path: Path) -> list[str]:
    """Every word of a table cell in the .docx wider than its column (less the cell margins)."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for ti, tbl in enumerate(root.iter(W + "tbl")):
        grid = [int(g.get(W + "w")) / 20 for g in tbl.find(W + "tblGrid")]
        for ri, tr in enumerate(tbl.findall(W + "tr")):
            for ci, tc in enumerate(tr.findall(W + "tc")):
                for run in tc.iter(W + "r"):
                    rpr = run.find(W + "rPr")
                    bold = rpr is not None and rpr.find(W + "b") is not None
                    sz = rpr.find(W + "sz") if rpr is not None else None
                    size = int(sz.get(W + "val")) / 2 if sz is not None else 13
                    text = "".join(
                        (x.text or "") if x.tag == W + "t" else " "
                        for x in run
                        if x.tag in (W + "t", W + "br", W + "tab")
                    )
                    for word in WORD_BREAK.split(text):
                        need = width_pt(word, size, bold) + DOCX_CELL_MARGIN_PT
                        if word and need > grid[ci] + 0.1:
                            out.append(f"table {ti} row {ri} col {ci}: {word!r} needs {need:.1f} pt of {grid[ci]:.1f}")
    return out


def xlsx_overflows(path: Path) -> list[str]:
    """Every header word and every number of the annex wider than its column (a number shows as "###")."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
        for c in range(1, ws.max_column + 1):
            room = ws.column_dimensions[get_column_letter(c)].width * XLSX_UNIT_PT - XLSX_PAD_PT
            for r in range(header, ws.max_row + 1):
                cell = ws.cell(r, c)
                if cell.value is None or ws.cell(r, 1).coordinate in ws.merged_cells:
                    continue
                if isinstance(cell.value, str):
                    words = [w for w in WORD_BREAK.split(cell.value) if w]
                else:
                    words = [f"{cell.value:,.1f}%" if "%" in cell.number_format else f"{cell.value:,.0f}"]
                for word in words:
                    need = width_pt(word, 11, bold=r == header)
                    if need > room + 0.1:
                        out.append(f"{ws.title}!{cell.coordinate}: {word!r} needs {need:.1f} pt of {room:.1f}")
    return out


def xlsx_short_rows(path: Path) -> list[str]:
    """Every row of the annex whose height is not set, or too low for its wrapped text (real metrics)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        widths = {
            c: ws.column_dimensions[get_column_letter(c)].width * XLSX_UNIT_PT - XLSX_PAD_PT
            for c in range(1, ws.max_column + 1)
        }
        spans = {rng.min_row: sum(widths[c] for c in range(rng.min_col, rng.max_col + 1)) for rng in ws.merged_cells}
        for r in range(1, ws.max_row + 1):
            cells = [ws.cell(r, c) for c in range(1, ws.max_column + 1)]
            if all(x.value is None for x in cells):
                continue
            height = ws.row_dimensions[r].height
            if height is None:
                out.append(f"{ws.title} row {r}: no height set")
                continue
            need = 0.0
            for x in cells:
                if isinstance(x.value, str):
                    room = spans.get(r, widths[x.column]) if x.column == 1 else widths[x.column]
                    size = x.font.sz or 11
                    # a line of Liberation Serif is 1,15 em high (ascent 0,891 + descent 0,216, rounded up)
                    need = max(need, wrapped(x.value, room, size, bool(x.font.b)) * 1.15 * size)
            if height < need:
                out.append(f"{ws.title} row {r}: its text needs {need:.0f} pt, height {height}")
    return out


def wrapped(text: str, room: float, size: float, bold: bool) -> int:
    """Lines of `text` wrapped greedily at `room` points, words kept whole where they fit."""
    lines = 0
    for para in text.split("\n"):
        used, count = 0.0, 1
        for word in para.split(" "):
            w = width_pt(word, size, bold)
            space = width_pt(" ", size, bold)
            if used and used + space + w > room:
                count, used = count + 1, w
            else:
                used += (space if used else 0) + w
            while used > room:
                count, used = count + 1, used - room
        lines += count
    return lines
