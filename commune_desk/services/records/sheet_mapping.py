"""The officer's own spreadsheets: read a sheet's header row, suggest column -> field matches, remember them.

A mapping is `{column index: field name}` (0-based index into the chosen header row). The fields offered for a
record kind come from the records workbook's sheet definition (`records_sheets`), so a mapped row becomes exactly
the row the records import validates (see `sheet_mapping_import`).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.domain.text import fold
from commune_desk.services.records.records_sheets import SHEET_BY_NAME, label, line_columns, split_line_column

# Record kinds this step offers (entity -> records workbook sheet). Every sheet of SHEETS would work the same way.
KIND_SHEETS = {"propaganda": "propaganda", "training": "trainings"}
SETTING_PREFIX = "sheet_mapping."
MAX_DATA_ROWS = 20_000
MIN_SCORE = 0.62              # below this similarity a column is left unmatched
SKIPPED = ("catalogue_version", "review", "legacy")   # set by the app, never mapped from a column

# Words officers put in their own headers, beside our labels (compared folded).
SYNONYMS = {
    "activity_date": ("ngày", "ngày tuyên truyền", "thời gian", "ngày tháng", "ngày thực hiện"),
    "training_date": ("ngày", "ngày tập huấn", "thời gian", "ngày tháng", "ngày mở lớp"),
    "form_code": ("hình thức", "hình thức tuyên truyền"),
    "topic_code": ("chủ đề", "chuyên đề", "chủ đề tập huấn"),
    "title": ("nội dung", "nội dung tuyên truyền", "tên hoạt động", "tên lớp", "tên lớp tập huấn"),
    "participants": ("số người", "số người tham dự", "số người nghe", "số lượt người", "số người dự"),
    "materials": ("tài liệu", "số tài liệu", "tờ rơi", "số tờ rơi"),
    "unit_code": ("thôn", "thôn, tổ dân phố", "thôn/tổ", "địa bàn", "tổ dân phố", "thôn xóm"),
    "organiser": ("đơn vị tổ chức", "người thực hiện", "chủ trì", "cơ quan tổ chức"),
    "target_groups": ("đối tượng", "đối tượng tuyên truyền"),
    "note": ("ghi chú",),
    "days": ("số ngày", "thời lượng (ngày)"),
}


class MappingRefused(ExpectedError):
    """The chosen file, sheet or header row cannot be mapped."""


@dataclass(frozen=True)
class Target:
    """A field a column can fill: its name in the records workbook, its cell type and Vietnamese label."""

    name: str
    kind: str               # text | date | odate | int | codes
    label: str
    required: bool = False


@dataclass
class SourceSheet:
    """One sheet of the officer's workbook: its header texts and every data row below the header row."""

    path: Path
    sheetnames: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, tuple]] = field(default_factory=list)     # (row number, cell values)

    @property
    def signature(self) -> str:
        return header_signature(self.headers)

    def letter(self, index: int) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter(index + 1)


def targets(entity: str, catalogues) -> list[Target]:
    """The fields of `entity` a column may fill, in the records workbook's order (child columns last)."""
    sheet = SHEET_BY_NAME[KIND_SHEETS[entity]]
    required = {"activity_date", "training_date", "form_code", "topic_code", "title"}
    out = [Target(n, k, label(n, catalogues), n in required) for n, k in sheet.base_columns() if n not in SKIPPED]
    if sheet.child == "participants":
        # Per role and level: attendances, then persons trained for the first time this year.
        for role in catalogues["training_roles"].entries:
            for level in catalogues["staff_levels"].entries:
                out += [Target(c, "int", label(c, catalogues)) for c in line_columns(role.code, level.code)]
    return out


def header_signature(headers) -> str:
    """The same non-empty headers in the same order (case, diacritics and spaces aside) give the same signature."""
    text = "|".join(" ".join(fold(str(h)).split()) for h in headers)
    return hashlib.sha1(text.rstrip("|").encode("utf-8")).hexdigest()[:16]


def _text(value) -> str:
    return "" if value is None else " ".join(str(value).split())


def read_sheet(path: os.PathLike | str, sheet: str | None = None, header_row: int = 1) -> SourceSheet:
    """Open `path` through the safe-input guard and read `sheet` (default: the first) below `header_row`."""
    from commune_desk.services.safe_input import MAPPING, open_workbook_safely

    path = Path(path)
    wb = open_workbook_safely(path, MAPPING)
    try:
        names = list(wb.sheetnames)
        name = sheet or names[0]
        if name not in names:
            raise MappingRefused.of(QT_TRANSLATE_NOOP("Problems", "the workbook has no sheet {sheet}"), sheet=name)
        if header_row < 1:
            raise MappingRefused.of(QT_TRANSLATE_NOOP("Problems", "the header row must be 1 or more"))
        headers: list[str] = []
        rows: list[tuple[int, tuple]] = []
        for number, values in enumerate(wb[name].iter_rows(values_only=True), start=1):
            if number < header_row:
                continue
            if number == header_row:
                headers = [_text(v) for v in values]
                continue
            if number > header_row + MAX_DATA_ROWS:
                raise MappingRefused.of(QT_TRANSLATE_NOOP("Problems", "sheet {sheet} has more than {count} rows"),
                                        sheet=name, count=f"{MAX_DATA_ROWS:,}".replace(",", "."))
            if values and any(v is not None and _text(v) != "" for v in values):
                rows.append((number, tuple(values)))
    finally:
        wb.close()
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise MappingRefused.of(QT_TRANSLATE_NOOP("Problems", "row {row} of sheet {sheet} is empty: choose the "
                                                  "row that holds the column headers"), row=header_row, sheet=name)
    return SourceSheet(path, names, name, header_row, headers, rows)


def _names(t: Target) -> list[str]:
    names = [t.label, t.name.replace("_", " ")]
    if (parts := split_line_column(t.name)) is not None:   # "Cán bộ" is the attendances of that role
        who = t.label.split(":", 1)[-1].strip()
        role = who.split(" – ")[0]
        if parts[0] == "participants":
            names += [who, role, f"lượt {role}"]
        else:
            names += [f"{role} lần đầu", f"{role} mới", f"{who} lần đầu", f"số người {role}"]
    names += SYNONYMS.get(t.name, ())
    return [" ".join(fold(n).split()) for n in names]


def similarity(header: str, t: Target) -> float:
    """How well a header names a field: 1.0 exact, 0.9 when one contains the other as words, else difflib."""
    h = " ".join(fold(header).replace(":", " ").split())
    if not h:
        return 0.0
    best = 0.0
    for name in _names(t):
        if h == name:
            return 1.0
        if len(name) >= 4 and (f" {name} " in f" {h} " or f" {h} " in f" {name} "):
            best = max(best, 0.9 - 0.01 * abs(len(h) - len(name)) / 4)
        best = max(best, difflib.SequenceMatcher(None, h, name).ratio())
    return best


def suggest(headers, entity: str, catalogues) -> dict[int, str]:
    """Best one-to-one matches column -> field, greedily by similarity; weak matches are left out."""
    fields_ = targets(entity, catalogues)
    scored = sorted(((similarity(h, t), i, t.name) for i, h in enumerate(headers) if h for t in fields_),
                    key=lambda x: (-x[0], x[1]))
    mapping: dict[int, str] = {}
    for score, index, name in scored:
        if score < MIN_SCORE:
            break
        if index not in mapping and name not in mapping.values():
            mapping[index] = name
    return dict(sorted(mapping.items()))


def _key(entity: str, headers) -> str:
    return f"{SETTING_PREFIX}{entity}.{header_signature(headers)}"


def remembered(db, entity: str, headers) -> dict[int, str] | None:
    """The mapping saved for these headers and this record kind, or None."""
    from commune_desk.storage.profile_repo import ProfileRepository

    raw = ProfileRepository(db, "").get_setting(_key(entity, headers))
    if not raw:
        return None
    saved = json.loads(raw).get("fields", {})
    known = {t.name for t in targets(entity, _catalogues())}
    by_header = {" ".join(fold(h).split()): i for i, h in enumerate(headers) if h}
    return {by_header[h]: f for h, f in saved.items() if h in by_header and f in known}


def remember(db, actor: str, entity: str, headers, mapping: dict[int, str]) -> None:
    """Save the mapping for these headers (an audited setting) so the next file like this maps itself."""
    from commune_desk.storage.profile_repo import ProfileRepository

    fields_ = {" ".join(fold(headers[i]).split()): f for i, f in sorted(mapping.items()) if i < len(headers)}
    value = json.dumps({"headers": list(headers), "fields": fields_}, ensure_ascii=False, sort_keys=True)
    ProfileRepository(db, actor).set_setting(_key(entity, headers), value)


def mapping_for(db, entity: str, headers, catalogues=None) -> tuple[dict[int, str], bool]:
    """(mapping, True) when these headers were mapped before, else (suggested mapping, False)."""
    saved = remembered(db, entity, headers)
    if saved is not None:
        return saved, True
    return suggest(headers, entity, catalogues or _catalogues()), False


def _catalogues():
    from commune_desk.services.plans.catalogues import default_catalogues

    return default_catalogues()
