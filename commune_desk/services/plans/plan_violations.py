"""The typed columns of a plan's cat_violation_types sheet (docs/plan-template.md): read, checked, made canonical.

A plan may replace the violation catalogue (a new decree, a province's own wording); its entries then carry the
same fields as the shipped NĐ 282/2025 entries, and each cell is checked here so that a typo never becomes a
wrong bracket. Canonical values (int, bool, list, ISO date text) make a re-written workbook read back identical.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.domain.records.rules import MAX_FINE

TYPED = ("decree", "article", "clause", "point", "fine_min", "fine_max", "warning_allowed", "supplementary",
         "remedial", "valid_from", "valid_until", "verified", "kind")
_POINT = re.compile(r"^[a-zđ]$")
_CODE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _flag(reader, sheet, r, name, cell) -> bool | None:
    text = reader.text(sheet, r, name, cell, required=False, limit=10).lower()
    if text in ("", "0", "no", "không", "false"):
        return False
    if text in ("1", "yes", "có", "true", "x"):
        return True
    reader.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "1 or 0"), cell)
    return None


def _day(reader, sheet, r, name, cell) -> str | None:
    if cell is None or cell.blank:
        return None
    value = cell.value
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        reader.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "a date (a real date cell, or dd/mm/yyyy text)"), cell)
        return None


def measure_codes(rows: dict) -> dict[str, set]:
    """Codes of the two measure catalogues: the plan's own cat_ sheets (`rows` by sheet) when present, else the
    shipped defaults."""
    from commune_desk.services.plans.catalogues import default_catalogues

    out = {}
    for name in ("supplementary_penalties", "remedial_measures"):
        sheet = rows.get("cat_" + name)
        out[name] = ({str(v["code"].value).strip() for _r, v in sheet if v.get("code") and not v["code"].blank}
                     if sheet is not None else set(default_catalogues()[name].codes()))
    return out


def read_violation_columns(reader, sheet: str, r: int, values: dict, known_measures: dict) -> dict:
    """The typed fields of one row (only those filled); `known_measures` maps the two measure catalogues to codes."""
    out: dict = {}
    get = values.get
    if get("decree") is not None and not get("decree").blank:
        out["decree"] = reader.text(sheet, r, "decree", get("decree"), limit=100)
    for name in ("article", "clause"):
        if get(name) is not None and not get(name).blank:
            number = reader.integer(sheet, r, name, get(name), 1, 999)
            if number is not None:
                out[name] = number
    if get("point") is not None and not get("point").blank:
        point = reader.text(sheet, r, "point", get("point"), limit=5).lower()
        if _POINT.match(point):
            out["point"] = point
        else:
            reader.bad(sheet, r, "point", QT_TRANSLATE_NOOP("Problems", "one letter (a, b, c …)"), get("point"))
    amounts = {}
    for name in ("fine_min", "fine_max"):
        if get(name) is not None and not get(name).blank:
            # An individual's amount: an organisation's doubled amount must still fit a fine field.
            amounts[name] = reader.integer(sheet, r, name, get(name), 0, MAX_FINE // 2)
    if len(amounts) == 1:
        missing = "fine_max" if "fine_min" in amounts else "fine_min"
        reader.bad(sheet, r, missing, QT_TRANSLATE_NOOP("Problems", "both fine_min and fine_max, or neither"), get(missing))
    elif amounts and None not in amounts.values():
        if amounts["fine_min"] > amounts["fine_max"]:
            reader.bad(sheet, r, "fine_max", QT_TRANSLATE_NOOP("Problems", "a fine_max not below fine_min"), get("fine_max"))
        else:
            out.update(amounts)
    for name in ("warning_allowed", "verified"):
        if get(name) is not None and not get(name).blank:
            flag = _flag(reader, sheet, r, name, get(name))
            if flag is not None:
                out[name] = flag
    for name, catalogue in (("supplementary", "supplementary_penalties"), ("remedial", "remedial_measures")):
        if get(name) is None or get(name).blank:
            continue
        codes = [c.strip() for c in reader.text(sheet, r, name, get(name), limit=500).split(";") if c.strip()]
        unknown = [c for c in codes if not _CODE.match(c) or c not in known_measures[catalogue]]
        if unknown:
            reader.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "codes of the catalogue {catalogue} joined by ';'"),
                       get(name), catalogue=catalogue)
        else:
            out[name] = codes
    for name in ("valid_from", "valid_until"):
        day = _day(reader, sheet, r, name, get(name))
        if day is not None:
            out[name] = day
    if out.get("valid_from") and out.get("valid_until") and out["valid_from"] > out["valid_until"]:
        reader.bad(sheet, r, "valid_until", QT_TRANSLATE_NOOP("Problems", "a date not before valid_from"), get("valid_until"))
    if get("kind") is not None and not get("kind").blank:
        kind = reader.text(sheet, r, "kind", get("kind"), limit=20).lower()
        if kind in ("crime", "administrative"):
            out["kind"] = kind
        else:
            reader.bad(sheet, r, "kind", QT_TRANSLATE_NOOP("Problems", "'crime' or 'administrative'"), get("kind"))
    return out


def cell_value(name: str, value):
    """How a typed field is written back into the workbook (a list as "a;b", a flag as 1/0, a day as a date)."""
    if isinstance(value, (list, tuple)):
        return ";".join(value)
    if isinstance(value, bool):
        return 1 if value else 0
    if name in ("valid_from", "valid_until") and isinstance(value, str) and value:
        return datetime.fromisoformat(value)
    return value
