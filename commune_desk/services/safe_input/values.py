"""Cell values of a checked workbook read by python-calamine (Rust): the bulk reader of records imports.

The guard (`check_workbook_bytes`) has already refused what must not be parsed (sizes, entries, DTDs, formulas
when the kind refuses them) before these bytes reach calamine, as for openpyxl. Calamine reads a 50,000-row sheet
about thirty times faster than openpyxl's read-only mode. What the records reader needs of a workbook is small
(`sheetnames`, `book[name].iter_rows(values_only=True)`), so `ValuesBook` offers exactly that with openpyxl's
conventions: an empty cell is None, and rows and columns count from A1 even when the sheet's first cells are empty.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.services.safe_input.files import UnsafeInput
from commune_desk.services.safe_input.limits import FileKind
from commune_desk.services.safe_input.workbooks import CheckedWorkbook, _read_and_check, open_workbook_checked

log = logging.getLogger(__name__)


class ValuesSheet:
    """One sheet's values as rows of tuples from row 1, column A (openpyxl's `iter_rows(values_only=True)`)."""

    def __init__(self, sheet: Any) -> None:
        self._sheet = sheet

    def iter_rows(self, values_only: bool = True) -> Iterator[tuple[object, ...]]:
        if not values_only:
            raise ValueError("only values are read")
        # The whole grid from A1 (skip_empty_area=False): calamine's own rows start at the first used column.
        for row in self._sheet.to_python(skip_empty_area=False):
            yield tuple([None if value == "" else value for value in row]) if "" in row else tuple(row)


class ValuesBook:
    """The sheets of a workbook by name, in the workbook's order."""

    def __init__(self, book: Any) -> None:
        self._book = book
        self.sheetnames: list[str] = list(book.sheet_names)

    def __getitem__(self, name: str) -> ValuesSheet:
        if name not in self.sheetnames:
            raise KeyError(name)
        try:  # calamine parses the whole sheet here
            return ValuesSheet(self._book.get_sheet_by_name(name))
        except Exception as exc:  # untrusted input boundary, as when the workbook was opened
            log.warning("sheet refused by calamine: %s", type(exc).__name__)
            raise UnsafeInput.of(
                QT_TRANSLATE_NOOP("Problems", "sheet {sheet} cannot be read ({kind})"),
                sheet=name,
                kind=type(exc).__name__,
            ) from exc

    def close(self) -> None:
        self._book.close()


def calamine_available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def open_values_checked(path: os.PathLike[str] | str, kind: FileKind, *, name: str | None = None) -> CheckedWorkbook:
    """The guard, then the checked bytes read for their values by calamine (openpyxl when it is not installed)."""
    if not calamine_available():
        return open_workbook_checked(path, kind, name=name)
    from python_calamine import CalamineWorkbook

    path = Path(path)
    label = name or path.name
    data, scan = _read_and_check(path, kind, label)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # untrusted input boundary: any parser failure is the file's fault, not a bug
        log.warning("workbook refused by calamine: %s", type(exc).__name__)
        raise UnsafeInput.of(
            QT_TRANSLATE_NOOP("Problems", "{name}: cannot be read as an Excel workbook ({kind})"),
            name=label,
            kind=type(exc).__name__,
        ) from exc
    return CheckedWorkbook(ValuesBook(book), scan, hashlib.sha256(data).hexdigest())
