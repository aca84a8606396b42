"""The guard's fast count of a worksheet: `<sheetData>` in the form spreadsheet programs write, counted by byte
patterns while expat still checks every byte (without calling Python for each element).

sheets.py counts a sheet through expat callbacks: three Python calls per cell, two thirds of a 50,000-record
import's guard time. Here expat parses the whole part as before (well-formed, no DTD, no entities) but calls Python
only outside `<sheetData>`; inside it, each chunk of complete rows must match a strict pattern: rows and cells
with their references (`<row r="7">`, `<c r="B7">` of that same row) holding at most one value (`<v>` or
`<is><t>`), nothing else. For such rows the pattern's counts are exactly the callbacks' counts (every `<` in
well-formed XML outside comments, CDATA and processing instructions begins a tag, and none of those is allowed
here). Anything else — a formula, rich text, a cell without a reference, a bound passed, a comment, another
encoding, a parser error — makes `FastSheet.feed` answer False, and the caller counts the whole part again
through the callbacks, from the start: every refusal and its message are the callbacks' own.
"""

from __future__ import annotations

import re
import zipfile
from typing import TYPE_CHECKING
from xml.parsers import expat

import pyexpat

from commune_desk.services.safe_input.files import UnsafeInput
from commune_desk.services.safe_input.limits import SheetLimits
from commune_desk.services.safe_input.xmlcheck import _Refused, refuse_dtd
from commune_desk.services.safe_input.zips import entry_chunks, entry_where

if TYPE_CHECKING:
    from commune_desk.services.safe_input.sheets import _SheetCounter

_CELL = rb'<c r="[A-Z]{1,3}\1"[^<>]*(?:/>|>(?:<v>[^<]*</v>|<is><t(?:\s[^<>]*)?>[^<]*</t></is>)?</c>)'
_ROW = re.compile(rb'\s*<row r="([0-9]{1,7})"[^<>]*(?:/>|>(?:\s*' + _CELL + rb")*\s*</row>)")
_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})')
_HEAD = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml\s[^<>?]*\?>)?")
OPEN, CLOSE = b"<sheetData>", b"</sheetData>"


def plain_head(head: bytes) -> bool:
    """Whether the part's bytes before `<sheetData>` are UTF-8 (or ASCII) with no DOCTYPE, comment, CDATA or
    processing instruction after the XML declaration: then the first `<sheetData>` in the bytes is the tag."""
    m = _HEAD.match(head)
    rest = head[m.end() :] if m else head
    return (
        b"<!" not in rest
        and b"<?" not in rest
        and (
            m is None
            or b"encoding" not in m.group(0)
            or re.search(rb'encoding\s*=\s*["\']utf-8["\']', m.group(0), re.IGNORECASE) is not None
        )
    )


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


class FastSheet:
    """Counts of the rows of one `<sheetData>`, fed in pieces that end at a row's end; the totals go to `counter`
    (sheets._SheetCounter) as its callbacks would have left them."""

    def __init__(self, counter: _SheetCounter, limits: SheetLimits) -> None:
        self.counter, self.limits = counter, limits
        self._long = re.compile(rb">[^<]{%d}" % (limits.max_cell_chars + 1))
        self._columns: dict[bytes, int] = {}

    def feed(self, piece: bytes) -> bool:
        """Count complete rows; False when `piece` is not rows in the usual form or passes a bound."""
        if not piece:
            return True
        limits, counter = self.limits, self.counter
        if self._long.search(piece):  # a text longer in bytes than a cell may hold in characters
            return False
        pos, last, top = 0, None, 0
        for m in _ROW.finditer(piece):
            if m.start() != pos:
                return False
            pos = m.end()
            last = m
            row = int(m.group(1))
            if row > top:
                top = row
        if piece[pos:].strip():
            return False
        if top > limits.max_rows:
            return False
        for letters in set(_LETTERS.findall(piece)):
            if letters not in self._columns:
                self._columns[letters] = column_number(letters)
            if self._columns[letters] > limits.max_columns:
                return False
        scan = counter.scan
        cells = piece.count(b'<c r="')
        if scan.cells + cells > limits.max_cells:
            return False
        scan.cells += cells
        if last is not None:
            counter.row = int(last.group(1))
            in_last = _LETTERS.findall(last.group(0))
            counter.col = self._columns[in_last[-1]] if in_last else 0
        if top > counter.max_row:
            counter.max_row = scan.rows[counter.sheet] = top
        return True


def stream_fast(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    counter: _SheetCounter,
    limits: SheetLimits,
    label: str,
    *,
    stop: type[Exception],
) -> bool:
    """True when the part was counted with expat calling `counter`'s handlers only outside <sheetData>; False when
    it must be counted through the callbacks (another form, a bound passed, a refusal `stop`, an error)."""
    parser = expat.ParserCreate()
    if hasattr(parser, "SetReparseDeferralEnabled"):
        parser.SetReparseDeferralEnabled(False)  # every complete tag reported by the Parse call that holds it
    elif pyexpat.version_info >= (2, 6, 0):
        return False
    refuse_dtd(parser)

    def handlers(on: bool) -> None:
        parser.StartElementHandler = counter.start if on else None
        parser.EndElementHandler = counter.end if on else None
        parser.CharacterDataHandler = counter.text if on else None

    handlers(True)
    rows = FastSheet(counter, limits)
    waiting: list[bytes] = []  # chunks of rows or of the head not yet complete (joined once a row ends)
    size, state, tail = 0, "head", b""
    try:
        for chunk in entry_chunks(zf, info, where=entry_where(label, info.filename)):
            if state == "tail":
                parser.Parse(chunk, False)
                continue
            mark = CLOSE if state == "rows" else OPEN
            seam = tail + chunk  # a tag may begin in an earlier chunk
            if mark not in seam and (state == "head" or b"</row>" not in seam):
                waiting.append(chunk)  # nothing ends here: keep it, joined later (no copy per chunk)
                size += len(chunk)
                tail = seam[-len(CLOSE) :]
                if size > (_HEAD_CAP if state == "head" else _ROWS_CAP):
                    return False
                continue
            data = b"".join([*waiting, chunk])
            waiting, size, tail = [], 0, b""
            if state == "head":
                at = data.find(OPEN)
                cut = at + len(OPEN)
                if not plain_head(data[:at]):
                    return False
                parser.Parse(data[:cut], False)
                if counter.cell_tag is not None:
                    return False
                handlers(False)
                state, data = "rows", data[cut:]
            end = data.find(CLOSE)
            cut = end if end >= 0 else data.rfind(b"</row>") + len(b"</row>")
            if cut < len(b"</row>") and end < 0:  # the head ended, no row yet
                waiting, size, tail = [data], len(data), data[-len(CLOSE) :]
                continue
            piece = data[:cut]
            parser.Parse(piece, False)
            if not rows.feed(piece):
                return False
            if end >= 0:
                handlers(True)
                parser.Parse(data[end:], False)
                state = "tail"
            elif cut < len(data):
                waiting, size, tail = [data[cut:]], len(data) - cut, data[-len(CLOSE) :]
        if state != "tail":
            return False
        parser.Parse(b"", True)
    except (stop, _Refused, expat.ExpatError, UnsafeInput):
        return False
    return True


_HEAD_CAP = 4 * 1024 * 1024  # bytes before <sheetData> (views, columns) kept while looking for it
_ROWS_CAP = 8 * 1024 * 1024  # bytes of one row kept while waiting for its end
