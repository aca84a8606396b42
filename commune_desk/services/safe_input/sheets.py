"""A streaming count of what a workbook's sheets would make openpyxl build, done before openpyxl sees them.

openpyxl builds one object per cell of a merged range or a hyperlinked range and pads every row to the widest
column, so a 10 KB workbook with `<mergeCell ref="H1:XFD1048576"/>` costs gigabytes. Here expat reads each sheet
part in chunks (nothing is kept but counters) and refuses, naming the sheet and cell, what passes a bound of
limits.SheetLimits: rows, columns, cells, merged/hyperlinked cells, characters in a cell, shared strings, and
(when the kind says so) formula cells. The rows of a `<sheetData>` in the usual form are counted by byte patterns
without a Python call per cell (sheet_rows.py); everything else, and every refusal, by the callbacks here.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase
from commune_desk.services.safe_input.files import UnsafeWorkbook, UnsafeXml
from commune_desk.services.safe_input.limits import SheetLimits
from commune_desk.services.safe_input.sheet_rows import stream_fast
from commune_desk.services.safe_input.xmlcheck import _Refused, refuse_dtd
from commune_desk.services.safe_input.zips import entry_chunks, entry_where, shown

_REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")
_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class _Stop(Exception):
    """Raised inside expat handlers to stop at the first refusal; carries the UnsafeInput to raise."""

    def __init__(self, error) -> None:
        super().__init__(str(error))
        self.error = error


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def parse_ref(text: str) -> tuple[int, int] | None:
    """(row, column) of a cell reference such as 'B7' or '$B$7'; None when it is not one."""
    m = _REF.fullmatch(text.strip().upper())
    return (int(m.group(2)), column_number(m.group(1))) if m else None


def parse_range(text: str) -> tuple[int, int, int, int] | None:
    """(first row, first column, last row, last column) of 'A1:C4' or 'B2'; None when it is not one."""
    parts = text.split(":")
    if len(parts) > 2:
        return None
    refs = [parse_ref(p) for p in parts]
    if any(r is None for r in refs):
        return None
    (r1, c1), (r2, c2) = refs[0], refs[-1]
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


@dataclass
class WorkbookScan:
    """What the scan counted (for tests and logs)."""

    sheets: int = 0
    cells: int = 0
    covered: int = 0            # cells covered by merged and hyperlinked ranges
    shared_strings: int = 0
    formulas: list = None       # (sheet, cell) of formula cells when the kind lets the reader report them
    rows: dict = None           # sheet name -> the highest row number used (for progress bars)

    def __post_init__(self) -> None:
        self.formulas = [] if self.formulas is None else self.formulas
        self.rows = {} if self.rows is None else self.rows


def sheet_parts(zf: zipfile.ZipFile, names: set[str], label: str, parse_xml) -> dict[str, str]:
    """{part name: sheet name} from xl/workbook.xml and its relationships; parts under xl/worksheets/ that no
    sheet names are scanned too (under their part name)."""
    out: dict[str, str] = {}
    try:
        book = parse_xml(zf.read("xl/workbook.xml"), where=entry_where(label, "xl/workbook.xml"))
        rels = parse_xml(zf.read("xl/_rels/workbook.xml.rels"), where=entry_where(label, "xl/_rels/workbook.xml.rels")) \
            if "xl/_rels/workbook.xml.rels" in names else None
    except KeyError:
        book, rels = None, None
    targets = {}
    if rels is not None:
        for rel in rels.iter():
            if rel.tag.rpartition("}")[2] == "Relationship" and rel.get("Id") and rel.get("Target"):
                target = rel.get("Target")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                targets[rel.get("Id")] = path
    if book is not None:
        for sheet in book.iter():
            if sheet.tag.rpartition("}")[2] == "sheet":
                part = targets.get(sheet.get(f"{{{_RELS_NS}}}id") or "")
                if part:
                    out[part] = sheet.get("name") or part
                else:
                    out[f"?{len(out)}"] = sheet.get("name") or "?"
    for name in names:
        if name.startswith("xl/worksheets/") and name.endswith(".xml") and name not in out:
            out[name] = name
    return out


_DIGITS = "0123456789"
_LETTERS = re.compile(r"[A-Z]{1,3}")
_LOCAL_NAMES = ("c", "row", "f", "mergeCell", "hyperlink")
_WHAT = {"merged": QT_TRANSLATE_NOOP("Problems", "merged range {ref}"),
         "hyperlink": QT_TRANSLATE_NOOP("Problems", "hyperlink range {ref}"),
         "cell": QT_TRANSLATE_NOOP("Problems", "cell {ref}"), "row": QT_TRANSLATE_NOOP("Problems", "row {ref}")}


def _local(tag: str) -> str:
    return tag.rpartition(":")[2]


class _SheetCounter:
    """expat handlers for one worksheet part; totals shared across the workbook live in `scan`.

    Tags are taken as written (no namespace processing: it costs a third of the time): any prefix counts, so a
    cell in an unexpected namespace is counted too, never missed. Handlers are kept lean: ~3 million calls for a
    100,000-row records sheet.
    """

    def __init__(self, scan: WorkbookScan, limits: SheetLimits, label: str, sheet: str) -> None:
        self.scan, self.limits, self.label, self.sheet = scan, limits, label, sheet
        self.row = 0
        self.col = 0
        self.cell_tag = None          # the tag of the open <c> element, None outside a cell
        self.max_row = 0
        self.cell_ref = ""
        self.chars = 0
        self.columns: dict[str, int] = {}
        self.kinds: dict[str, str] = {}

    def refuse(self, template: str, **args) -> None:
        raise _Stop(UnsafeWorkbook.of(template, name=self.label, sheet=self.sheet, **args))

    def _beyond(self, where: Phrase) -> None:
        lim = self.limits
        self.refuse(QT_TRANSLATE_NOOP(
            "Problems", "{name}: sheet '{sheet}' is too large: {where} lies outside the first {rows} rows and "
                        "{columns} columns allowed"),
            where=where, rows=f"{lim.max_rows:,}", columns=f"{lim.max_columns:,}")

    def _cover(self, ref: str, what: str) -> None:
        box = parse_range(ref or "")
        if box is None:
            self.refuse(QT_TRANSLATE_NOOP("Problems", "{name}: sheet '{sheet}' has a merged or linked range {ref} "
                                                      "that is not a cell range"), ref=shown(ref or "")[:40])
        r1, c1, r2, c2 = box
        if r2 > self.limits.max_rows or c2 > self.limits.max_columns:
            self._beyond(Phrase(_WHAT[what], {"ref": shown(ref)[:40]}))
        self.scan.covered += (r2 - r1 + 1) * (c2 - c1 + 1)
        if self.scan.covered > self.limits.max_merged_cells:
            self.refuse(QT_TRANSLATE_NOOP(
                "Problems", "{name}: sheet '{sheet}': merged and linked ranges cover more than {count} cells "
                            "(at {ref}); unmerge the cells and save again"),
                count=f"{self.limits.max_merged_cells:,}", ref=shown(ref)[:40])

    def _column(self, letters: str, ref: str) -> int:
        col = self.columns.get(letters)
        if col is None:
            if not _LETTERS.fullmatch(letters):
                self.refuse(QT_TRANSLATE_NOOP("Problems", "{name}: sheet '{sheet}' has a cell named {ref}, which "
                                                          "is not a cell reference"), ref=shown(ref)[:40])
            col = column_number(letters)
            if len(self.columns) < 20_000:
                self.columns[letters] = col
        return col

    def start(self, tag: str, attrs: dict) -> None:
        kind = self.kinds.get(tag)
        if kind is None:
            kind = _local(tag)
            kind = kind if kind in _LOCAL_NAMES else ""
            if len(self.kinds) < 1000:
                self.kinds[tag] = kind
        if not kind:
            return
        if kind == "c":
            ref = attrs.get("r")
            if ref is not None:
                letters = ref.rstrip(_DIGITS)
                digits = ref[len(letters):]
                if not digits or len(digits) > 7:
                    self.refuse(QT_TRANSLATE_NOOP("Problems", "{name}: sheet '{sheet}' has a cell named {ref}, which "
                                                              "is not a cell reference"), ref=shown(ref)[:40])
                self.row, self.col = int(digits), self._column(letters, ref)
            else:
                self.col += 1
            if self.row > self.limits.max_rows or self.col > self.limits.max_columns:
                self._beyond(Phrase(_WHAT["cell"], {"ref": shown(ref or "")[:20] or f"R{self.row}C{self.col}"}))
            scan = self.scan
            scan.cells += 1
            if scan.cells > self.limits.max_cells:
                self.refuse(QT_TRANSLATE_NOOP("Problems", "{name}: sheet '{sheet}': more than {count} cells in the "
                                                          "workbook"), count=f"{self.limits.max_cells:,}")
            self.cell_tag, self.chars = tag, 0
            self.cell_ref = ref or ""
        elif kind == "row":
            self.cell_tag = None
            ref = attrs.get("r")
            if ref is not None:
                if not ref.isdigit() or len(ref) > 7:
                    self.refuse(QT_TRANSLATE_NOOP("Problems", "{name}: sheet '{sheet}' has a row numbered {ref}"),
                                ref=shown(ref)[:20])
                self.row = int(ref)
            else:
                self.row += 1
            self.col = 0
            if self.row > self.limits.max_rows:
                self._beyond(Phrase(_WHAT["row"], {"ref": f"{self.row:,}"}))
            if self.row > self.max_row:
                self.max_row = self.scan.rows[self.sheet] = self.row
        elif kind == "f":
            if self.cell_tag is None:
                return
            place = self.cell_ref or f"R{self.row}C{self.col}"
            if self.limits.formulas == "refuse":
                self.refuse(QT_TRANSLATE_NOOP(
                    "Problems", "{name}: sheet '{sheet}', cell {cell} holds a formula; formulas are not imported "
                                "(type the value itself, or paste values only)"), cell=shown(place)[:20])
            if len(self.scan.formulas) < 1000:
                self.scan.formulas.append((self.sheet, place))
        elif kind == "mergeCell":
            self._cover(attrs.get("ref", ""), "merged")
        elif kind == "hyperlink":
            self._cover(attrs.get("ref", ""), "hyperlink")

    def end(self, tag: str) -> None:
        if tag is self.cell_tag or tag == self.cell_tag:
            self.cell_tag = None

    def text(self, data: str) -> None:
        if self.cell_tag is not None:
            self.chars += len(data)
            if self.chars > self.limits.max_cell_chars:
                self.refuse(QT_TRANSLATE_NOOP(
                    "Problems", "{name}: sheet '{sheet}', cell {cell} holds more than {count} characters (Excel's "
                                "limit for one cell)"), cell=shown(self.cell_ref or f"R{self.row}C{self.col}")[:20],
                    count=f"{self.limits.max_cell_chars:,}")


class _StringCounter:
    """expat handlers for the shared strings part: how many strings, how long each."""

    def __init__(self, scan: WorkbookScan, limits: SheetLimits, label: str) -> None:
        self.scan, self.limits, self.label = scan, limits, label
        self.chars = 0

    def start(self, tag: str, _attrs: dict) -> None:
        if tag == "si" or tag.endswith(":si"):
            self.scan.shared_strings += 1
            self.chars = 0
            if self.scan.shared_strings > self.limits.max_shared_strings:
                raise _Stop(UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
                    "Problems", "{name}: more than {count} different texts (shared strings)"), name=self.label,
                    count=f"{self.limits.max_shared_strings:,}"))

    def end(self, _tag: str) -> None:
        pass

    def text(self, data: str) -> None:
        self.chars += len(data)
        if self.chars > self.limits.max_cell_chars:
            raise _Stop(UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
                "Problems", "{name}: shared text number {number} holds more than {count} characters (Excel's limit "
                            "for one cell)"), name=self.label, number=f"{self.scan.shared_strings:,}",
                count=f"{self.limits.max_cell_chars:,}"))


def stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, counter, label: str) -> None:
    """Run one part through expat with `counter`'s handlers (no DTD); every refusal is an UnsafeInput."""
    from xml.parsers import expat

    where = entry_where(label, info.filename)
    parser = expat.ParserCreate()
    refuse_dtd(parser)
    parser.StartElementHandler = counter.start
    parser.EndElementHandler = counter.end
    parser.CharacterDataHandler = counter.text
    try:
        for chunk in entry_chunks(zf, info, where=where):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Stop as stop:
        raise stop.error from None
    except _Refused as exc:
        raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{name}, entry '{filename}': {problem}"), name=label,
                           filename=shown(info.filename), problem=Phrase(str(exc))) from None
    except expat.ExpatError as exc:
        raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{name}, entry '{filename}': {problem}"), name=label,
                           filename=shown(info.filename),
                           problem=Phrase(QT_TRANSLATE_NOOP("Problems", "is not well-formed XML ({detail})"),
                                          {"detail": expat.ErrorString(exc.code)})) from None


def stream_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, scan: WorkbookScan, limits: SheetLimits, label: str,
                 sheet: str) -> None:
    """stream() of one worksheet part: its rows counted by sheet_rows when they are in the usual form, else (and
    for every refusal) the whole part again through the callbacks, the counts as they were before it."""
    saved = (scan.cells, scan.covered, len(scan.formulas), scan.rows.get(sheet))
    if stream_fast(zf, info, _SheetCounter(scan, limits, label, sheet), limits, label, stop=_Stop):
        return
    scan.cells, scan.covered = saved[0], saved[1]
    del scan.formulas[saved[2]:]
    if saved[3] is None:
        scan.rows.pop(sheet, None)
    else:
        scan.rows[sheet] = saved[3]
    stream(zf, info, _SheetCounter(scan, limits, label, sheet), label)


def scan_sheets(zf: zipfile.ZipFile, infos, limits: SheetLimits, label: str, parse_xml) -> WorkbookScan:
    """Count every sheet and the shared strings; raises UnsafeWorkbook / UnsafeXml at the first bound passed."""
    by_name = {i.filename: i for i in infos}
    parts = sheet_parts(zf, set(by_name), label, parse_xml)
    scan = WorkbookScan(sheets=len(parts))
    if scan.sheets > limits.max_sheets:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: {count} sheets, more than the {limit} allowed"),
                                name=label, count=scan.sheets, limit=limits.max_sheets)
    for part, sheet in parts.items():
        if part in by_name:
            stream_sheet(zf, by_name[part], scan, limits, label, sheet)
    for name, info in by_name.items():
        if posixpath.basename(name).lower().startswith("sharedstrings") and name.endswith(".xml"):
            stream(zf, info, _StringCounter(scan, limits, label), label)
    return scan
