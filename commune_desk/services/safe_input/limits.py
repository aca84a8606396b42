"""The guard's limits for every kind of incoming file, in one table (docs/security.md prints the same table).

Each limit is a bound checked BEFORE a parser materialises anything: file bytes from the file system, entries and
unpacked bytes from the zip directory (and again while reading), rows, columns, cells, merged cells and text per
cell by a streaming scan of the sheet XML. A genuine file is far below every limit; the margins are noted.
"""

from __future__ import annotations

from dataclasses import dataclass

KiB = 1024
MiB = 1024 * KiB
EXCEL_MAX_CELL_CHARS = 32_767          # Excel's own limit for one cell's text


@dataclass(frozen=True)
class ZipLimits:
    """Bounds for one archive (an .xlsx is a zip archive too)."""

    max_entries: int = 2000
    max_entry_bytes: int = 128 * MiB
    max_total_bytes: int = 256 * MiB
    max_ratio: float = 150.0           # unpacked / stored, for entries larger than ratio_floor
    ratio_floor: int = 1 * MiB
    max_name_length: int = 512


@dataclass(frozen=True)
class SheetLimits:
    """Bounds for the sheets of a workbook, counted by the streaming scan before openpyxl reads a cell."""

    max_sheets: int = 64
    max_rows: int = 200_002            # per sheet, the highest row number used (a cell, a row or a merged range)
    max_columns: int = 256             # per sheet, the highest column number used
    max_cells: int = 5_000_000         # per workbook, <c> elements
    max_merged_cells: int = 100_000    # per workbook, the cells covered by all merged ranges together
    max_cell_chars: int = EXCEL_MAX_CELL_CHARS
    max_shared_strings: int = 1_000_000
    max_other_part_bytes: int = 16 * MiB   # styles, workbook, relationships … (everything but sheets and strings)
    formulas: str = "refuse"           # "refuse": a formula cell is refused with its place; "report": the reader says


@dataclass(frozen=True)
class FileKind:
    """One kind of incoming file: what it is called in the table, its size cap and its archive/sheet bounds."""

    name: str
    max_file_bytes: int
    zip: ZipLimits | None = None
    sheets: SheetLimits | None = None
    suffixes: tuple[str, ...] = ()


RECORDS = FileKind(
    "records workbook", 50 * MiB, ZipLimits(max_entries=200, max_entry_bytes=200 * MiB, max_total_bytes=256 * MiB,
                                            max_ratio=100),
    SheetLimits(max_rows=200_002, max_columns=256, max_cells=5_000_000, max_merged_cells=10_000), (".xlsx",))
PLAN = FileKind(
    "plan workbook", 10 * MiB, ZipLimits(max_entries=500, max_entry_bytes=40 * MiB, max_total_bytes=40 * MiB,
                                         max_ratio=200),
    SheetLimits(max_rows=2000, max_columns=256, max_cells=200_000, max_merged_cells=60_000, formulas="report"),
    (".xlsx",))
MAPPING = FileKind(
    "workbook from another tool (mapping)", 50 * MiB,
    ZipLimits(max_entries=2000, max_entry_bytes=200 * MiB, max_total_bytes=256 * MiB, max_ratio=100),
    SheetLimits(max_rows=20_002, max_columns=256, max_cells=2_000_000, max_merged_cells=100_000), (".xlsx",))
PACKAGE = FileKind("report package (.zip)", 200 * MiB,
                   ZipLimits(max_entries=500, max_entry_bytes=100 * MiB, max_total_bytes=200 * MiB), None, (".zip",))
RECEIPT = FileKind("receipt (.zip)", 2 * MiB,
                   ZipLimits(max_entries=8, max_entry_bytes=1 * MiB, max_total_bytes=2 * MiB), None, (".zip",))
OWN_DOCUMENT = FileKind("document the app just wrote, read back (.docx/.xlsx/.zip)", 200 * MiB,
                        ZipLimits(max_entries=2000, max_entry_bytes=200 * MiB, max_total_bytes=400 * MiB))
BACKUP = FileKind("backup to restore (.db)", 8 * 1024 * MiB, suffixes=())
PLAN_SIGNATURE = FileKind("plan signature (.p7s)", 1 * MiB)
CERTIFICATE = FileKind("certificate (.pem/.cer)", 1 * MiB)
KEY_STORE = FileKind("key pair (.p12/.pfx)", 1 * MiB)
JSON_DOCUMENT = FileKind("JSON document (profile, manifest, receipt)", 10 * MiB)

KINDS = (RECORDS, PLAN, MAPPING, PACKAGE, RECEIPT, OWN_DOCUMENT, BACKUP, PLAN_SIGNATURE, CERTIFICATE, KEY_STORE,
         JSON_DOCUMENT)


def _size(n: int) -> str:
    if n >= MiB and n % MiB == 0:
        return f"{n // MiB:,} MiB"
    return f"{n:,}"


def limits_table() -> str:
    """The Markdown table of every kind's limits, as docs/security.md shows it (a test keeps the two equal)."""
    head = ("| kind | file | entries | per entry unpacked | all unpacked | ratio | sheets | rows / sheet | columns "
            "| cells | merged cells | chars / cell | shared strings | formulas |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for kind in KINDS:
        z, s = kind.zip, kind.sheets
        cells = [kind.name, _size(kind.max_file_bytes)]
        cells += [f"{z.max_entries:,}", _size(z.max_entry_bytes), _size(z.max_total_bytes), f"{z.max_ratio:g}"] \
            if z else ["–"] * 4
        cells += [f"{s.max_sheets}", f"{s.max_rows:,}", f"{s.max_columns:,}", f"{s.max_cells:,}",
                  f"{s.max_merged_cells:,}", f"{s.max_cell_chars:,}", f"{s.max_shared_strings:,}",
                  "refused with their place" if s.formulas == "refuse" else "named by the plan check"] \
            if s else ["–"] * 8
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
