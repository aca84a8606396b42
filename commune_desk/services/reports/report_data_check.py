"""report-data.json checked as data (schema v1): parsed strictly, validated by a JSON Schema (draft-07, compiled
by fastjsonschema), then by the rules a schema cannot say (shares, known codes, period, revision, `created`
against the period and the signing time).

The same checks run on the commune's side before signing (services/packages/package.py) and on the office's side before
accepting (services/packages/package_verify.py). Every problem names the field (`indicators[3].numerator`), so the
officer knows what to correct. Later versions of the software may add keys (docs/package-format.md): keys this
version does not know are allowed, but they count towards the depth and size bounds.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, fill

SCHEMA_ID = "commune-desk/report-data"
MAX_BYTES = 4 * 1024 * 1024          # report-data.json of 500 indicators is ~100 KB
MAX_DEPTH = 12                       # objects and arrays nested in each other (ours use 3)
MAX_INDICATORS = 500
MAX_FIGURE = 1_000_000_000           # a commune's numerator or denominator (≈ 10 × Vietnam's population)
MAX_REVISION = 999
VN_TZ = dt.timezone(dt.timedelta(hours=7))
# A share above 100 % (numerator > denominator) makes report-data.json invalid, on both sides: since STAFF_TRAINED
# counts persons (issue 15), a commune's own engine no longer computes one, so such a figure is an error to
# correct before signing. The office roll-up still flags and never sums one recorded earlier (office_rollup.py).
REFUSE_SHARES_OVER_100 = True
# Units an indicator may state: what CommuneDesk writes ("%" for shares, "" or "count" for counts) and the
# Vietnamese unit words a report uses. A new unit is added here and in docs/package-format.md.
UNITS = ("%", "", "count", "người", "lượt người", "lượt", "hoạt động", "buổi", "cơ sở", "điểm", "vụ", "vụ việc",
         "tin, bài", "đơn vị", "thôn, tổ dân phố", "quyết định", "đồng")
_CODE = r"^[A-Z][A-Z0-9_]{0,39}$"
_SHA = r"^[0-9a-f]{64}$"
_FIGURE = {"type": ["number", "null"], "minimum": 0, "maximum": MAX_FIGURE}


def _text(limit: int) -> dict:
    return {"type": "string", "maxLength": limit}


INDICATOR_SCHEMA = {
    "type": "object",
    "required": ["code", "numerator", "denominator"],
    "properties": {
        "code": {"type": "string", "pattern": _CODE},
        "name": _text(500),
        "numerator": _FIGURE,
        "denominator": _FIGURE,
        "value": {"type": ["number", "null"], "minimum": 0, "maximum": MAX_FIGURE},
        "unit": {"enum": list(UNITS)},
    },
}

_COUNT = {"type": "integer", "minimum": 0, "maximum": MAX_FIGURE}
_AMOUNT = {"type": "integer", "minimum": 0, "maximum": 10 ** 12}      # đồng: a year's fines of a large commune
# A count of persons may leave the laptop hidden (domain/disclosure.py): "< 3" (1 or 2) or "x" (not published).
_SHOWN = {"anyOf": [_COUNT, {"enum": ["< 3", "x"]}]}
_BY_CODE = {"type": "object", "maxProperties": 200, "propertyNames": {"pattern": r"^[A-Za-z0-9_.?-]{1,60}$"},
            "additionalProperties": _SHOWN}
# The optional penalty summary (services/reports/report_penalties.py, docs/package-format.md): counts and amounts only.
PENALTIES_SCHEMA = {
    "type": "object",
    "properties": {
        **{k: _COUNT for k in ("cases", "persons", "organisations", "warnings", "fined", "transferred", "referred",
                               "needs_review", "unverified_entries")},
        "fines_total": _AMOUNT,
        "by_act": {"type": "object", "maxProperties": 200, "propertyNames": {"pattern": r"^[A-Za-z0-9_.-]{1,60}$"},
                   "additionalProperties": {"type": "object", "maxProperties": 20,
                                            "additionalProperties": {"anyOf": [
                                                {"type": "integer", "minimum": 0, "maximum": 10 ** 12},
                                                {"enum": ["< 3", "x"]}]}}},
        "by_sex": _BY_CODE,
        "by_age_group": _BY_CODE,
    },
}

SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "commune-desk/report-data v1",
    "type": "object",
    "required": ["schema", "schema_version", "unit", "period", "report_number", "revision", "supersedes_sha256",
                 "demo", "created", "indicators"],
    "properties": {
        "schema": {"const": SCHEMA_ID},
        "schema_version": {"const": 1},
        "unit": {"type": "object", "required": ["code", "official_name"],
                 "properties": {"code": {"type": "string", "pattern": r"^[A-Za-z0-9._-]{1,20}$"},
                                "official_name": {**_text(300), "minLength": 1}}},
        "period": {"type": "string", "maxLength": 10},
        "report_number": {**_text(60), "minLength": 1},
        "revision": {"type": "integer", "minimum": 1, "maximum": MAX_REVISION},
        "supersedes_sha256": {"type": ["string", "null"], "pattern": _SHA},
        "demo": {"type": "boolean"},
        "plan": {"type": ["object", "null"],
                 "properties": {"id": {"type": ["string", "null"], "maxLength": 100},
                                "version": {"type": ["string", "integer", "null"], "maxLength": 20}}},
        "software": {"type": "object", "properties": {"name": _text(100), "version": _text(50)}},
        "created": {"type": "string", "maxLength": 40},
        "audit_chain_head": {"type": ["string", "null"], "pattern": r"^[0-9a-f]{1,128}$"},
        "files": {"type": "array", "maxItems": 100, "items": _text(200)},
        "indicators": {"type": "array", "maxItems": MAX_INDICATORS, "items": INDICATOR_SCHEMA},
        "penalties": PENALTIES_SCHEMA,
        # How far the figures count, and the whole-period estimate: an estimate always says it is one.
        "data_cutoff": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "partial": {"type": "boolean"},
        "estimates": {"type": ["object", "null"], "required": ["estimate", "label", "indicators"],
                      "properties": {"estimate": {"const": True}, "label": _text(100),
                                     "indicators": {"type": "array", "maxItems": MAX_INDICATORS,
                                                    "items": INDICATOR_SCHEMA}}},
        "targets": {"type": "array", "maxItems": MAX_INDICATORS,
                    "items": {"type": "object",
                              "properties": {"code": _text(40), "level": {"enum": ["commune", "office"]},
                                             "status": {"enum": ["met", "on_track", "at_risk", "missed",
                                                                 "no_data", "office"]}}}},
    },
}

# Problem templates (English; the window translates them in the "Problems" context).
T = {
    "json": QT_TRANSLATE_NOOP("Problems", "is not valid UTF-8 JSON ({detail})"),
    "too_big": QT_TRANSLATE_NOOP("Problems", "is larger than {limit} bytes"),
    "not_finite": QT_TRANSLATE_NOOP("Problems", "holds NaN or Infinity, which are not numbers"),
    "depth": QT_TRANSLATE_NOOP("Problems", "is nested more than {limit} levels deep"),
    "required": QT_TRANSLATE_NOOP("Problems", "{field}: is missing"),
    "type": QT_TRANSLATE_NOOP("Problems", "{field}: must be {expected}, not {value}"),
    "minimum": QT_TRANSLATE_NOOP("Problems", "{field}: must be at least {limit}, not {value}"),
    "maximum": QT_TRANSLATE_NOOP("Problems", "{field}: must be at most {limit}, not {value}"),
    "form": QT_TRANSLATE_NOOP("Problems", "{field}: {value} is not in the expected form"),
    "length": QT_TRANSLATE_NOOP("Problems", "{field}: is too long or too short"),
    "items": QT_TRANSLATE_NOOP("Problems", "{field}: has too many entries (at most {limit})"),
    "one_of": QT_TRANSLATE_NOOP("Problems", "{field}: must be one of {values}, not {value}"),
    "other": QT_TRANSLATE_NOOP("Problems", "{field}: {detail}"),
    "control": QT_TRANSLATE_NOOP("Problems", "{field}: holds control characters or broken Unicode"),
    "period": QT_TRANSLATE_NOOP("Problems", "{field}: {value} is not a period code such as 2026-Q3, 2026-H1, 2026-9M, 2026"),
    "unknown_code": QT_TRANSLATE_NOOP("Problems", "{field}: {value} is not an indicator this software knows"),
    "repeated_code": QT_TRANSLATE_NOOP("Problems", "{field}: indicator {value} appears more than once"),
    "share": QT_TRANSLATE_NOOP("Problems", "{field}: numerator {numerator} is larger than denominator {denominator}; a share cannot exceed 100%"),
    "supersedes_r1": QT_TRANSLATE_NOOP("Problems", "supersedes_sha256: revision 1 supersedes nothing"),
    "supersedes_rn": QT_TRANSLATE_NOOP("Problems", "supersedes_sha256: revision {revision} must name the SHA-256 of the package it replaces"),
    "created_form": QT_TRANSLATE_NOOP("Problems", "created: {value} is not an ISO 8601 time with its offset"),
    "created_early": QT_TRANSLATE_NOOP("Problems", "created: {value} is before the period {period} began ({start})"),
    "created_late": QT_TRANSLATE_NOOP("Problems", "created: {value} is after the signature's signing time {signed}"),
}
_TYPES_VI = {"string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
             "object": "an object", "array": "a list", "null": "null"}


@dataclass
class DataProblem:
    """One problem of report-data.json: the field it concerns and a message template with its values."""

    field: str
    template: str
    args: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return fill(self.template, {"field": self.field, **self.args})


class ReportDataInvalid(ValueError):
    """report-data.json cannot be parsed as bounded, finite JSON."""

    def __init__(self, template: str, **args) -> None:
        super().__init__(fill(template, args))
        self.template, self.params = template, args


def _no_constant(name: str):
    raise ReportDataInvalid(T["not_finite"])


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):              # 1e400 parses as inf
        raise ReportDataInvalid(T["not_finite"])
    return value


def parse(raw: bytes) -> dict:
    """The JSON object of report-data.json; raises ReportDataInvalid (never RecursionError, never NaN)."""
    if len(raw) > MAX_BYTES:
        raise ReportDataInvalid(T["too_big"], limit=f"{MAX_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReportDataInvalid(T["json"], detail="UnicodeDecodeError") from exc
    _check_depth(text)
    try:
        data = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except ReportDataInvalid:
        raise
    except (ValueError, RecursionError) as exc:        # ValueError: also an integer of more than 4,300 digits
        raise ReportDataInvalid(T["json"], detail=exc.__class__.__name__) from exc
    if not isinstance(data, dict):
        raise ReportDataInvalid(T["json"], detail="not an object")
    return data


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before the parser recurses (brackets inside strings do not count)."""
    depth = 0
    for m in _BRACKET.finditer(_STRING.sub("", text)):
        if m.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ReportDataInvalid(T["depth"], limit=MAX_DEPTH)
        else:
            depth -= 1


def _field(path) -> str:
    out = ""
    for part in path[1:]:                          # path[0] is fastjsonschema's name for the document
        out += f"[{part}]" if str(part).isdigit() else (f".{part}" if out else str(part))
    return out or "(document)"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _validator():
    """The schema compiled once by fastjsonschema (~0.1 ms per report-data.json: intake of 3,321 packages
    must not slow down); it reports the first schema error, the rules below add every other problem."""
    global _VALIDATOR
    if _VALIDATOR is None:
        import fastjsonschema

        _VALIDATOR = fastjsonschema.compile(SCHEMA)
    return _VALIDATOR


_VALIDATOR = None


def _schema_problems(data) -> list[DataProblem]:
    import fastjsonschema

    try:
        _validator()(data)
    except fastjsonschema.JsonSchemaValueException as error:
        return [_schema_problem(error)]
    return []


def _schema_problem(error) -> DataProblem:
    where = _field(error.path)
    kind, value, rule = error.rule, error.value, error.rule_definition
    if kind == "required":
        present = set(value) if isinstance(value, dict) else set()
        missing = [k for k in rule if k not in present] or ["?"]
        return DataProblem(f"{where}.{missing[0]}" if where != "(document)" else missing[0], T["required"])
    if kind == "type":
        expected = rule if isinstance(rule, list) else [rule]
        return DataProblem(where, T["type"], {"expected": " or ".join(_TYPES_VI.get(t, t) for t in expected),
                                              "value": _short(value)})
    if kind in ("minimum", "maximum"):
        return DataProblem(where, T[kind], {"limit": rule, "value": _short(value)})
    if kind in ("pattern", "const"):
        return DataProblem(where, T["form"], {"value": _short(value)})
    if kind in ("maxLength", "minLength"):
        return DataProblem(where, T["length"])
    if kind == "maxItems":
        return DataProblem(where, T["items"], {"limit": rule})
    if kind == "enum":
        return DataProblem(where, T["one_of"], {"values": ", ".join(repr(v) for v in rule), "value": _short(value)})
    return DataProblem(where, T["other"], {"detail": str(error.message)[:200]})


def _bad_text(text: str) -> bool:
    return any(ord(c) < 32 or 127 <= ord(c) < 160 or 0xD800 <= ord(c) <= 0xDFFF for c in text)


def _texts(data: dict):
    unit = data.get("unit") if isinstance(data.get("unit"), dict) else {}
    yield "unit.official_name", unit.get("official_name")
    yield "report_number", data.get("report_number")
    for i, name in enumerate(data.get("files") or [] if isinstance(data.get("files"), list) else []):
        yield f"files[{i}]", name
    indicators = data.get("indicators") if isinstance(data.get("indicators"), list) else []
    for i, item in enumerate(indicators):
        if isinstance(item, dict):
            yield f"indicators[{i}].name", item.get("name")


def problems(data: dict, *, known_codes=None, shares: bool | None = None) -> list[DataProblem]:
    """Everything wrong with a parsed report-data.json on its own (no bag-info, no signature needed).

    `shares` turns the numerator ≤ denominator rule on or off (default REFUSE_SHARES_OVER_100).
    """
    shares = REFUSE_SHARES_OVER_100 if shares is None else shares
    from commune_desk.domain.indicators import CATALOGUE
    from commune_desk.domain.periods import Period, PeriodError

    found = _schema_problems(data)
    for where, text in _texts(data):
        if isinstance(text, str) and _bad_text(text):
            found.append(DataProblem(where, T["control"]))
    period = data.get("period")
    if isinstance(period, str):
        try:
            if Period.parse(period).code != period:
                raise PeriodError(period)
        except PeriodError:
            found.append(DataProblem("period", T["period"], {"value": _short(period)}))
    revision, supersedes = data.get("revision"), data.get("supersedes_sha256")
    if type(revision) is int:
        if revision == 1 and supersedes is not None:
            found.append(DataProblem("supersedes_sha256", T["supersedes_r1"]))
        elif revision > 1 and not isinstance(supersedes, str):
            found.append(DataProblem("supersedes_sha256", T["supersedes_rn"], {"revision": revision}))
    known = CATALOGUE if known_codes is None else known_codes
    seen: set[str] = set()
    indicators = data.get("indicators") if isinstance(data.get("indicators"), list) else []
    for i, item in enumerate(indicators):
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            continue
        code = item["code"]
        if re.fullmatch(_CODE, code) and code not in known:
            found.append(DataProblem(f"indicators[{i}].code", T["unknown_code"], {"value": _short(code)}))
        if code in seen:
            found.append(DataProblem(f"indicators[{i}].code", T["repeated_code"], {"value": _short(code)}))
        seen.add(code)
        num, den = item.get("numerator"), item.get("denominator")
        definition = known.get(code) if hasattr(known, "get") else None
        share = item.get("unit") == "%" or getattr(definition, "kind", "") == "ratio"
        if shares and share and _is_number(num) and _is_number(den) and num > den:
            found.append(DataProblem(f"indicators[{i}]", T["share"], {"numerator": num, "denominator": den}))
    return found


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def created_time(data: dict) -> dt.datetime | None:
    """`created` as an aware time, or None when it is missing or not ISO 8601 with an offset."""
    value = data.get("created")
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def timing_problems(data: dict, signing_time: dt.datetime | None) -> list[DataProblem]:
    """`created` must lie on or after the period's first day (Vietnam time) and never after the signing time."""
    from commune_desk.domain.periods import Period, PeriodError

    if not isinstance(data.get("created"), str):
        return []                                   # the schema already says it is missing
    created = created_time(data)
    if created is None:
        return [DataProblem("created", T["created_form"], {"value": _short(data.get("created"))})]
    found = []
    try:
        period = Period.parse(str(data.get("period")))
    except PeriodError:
        period = None
    if period is not None and created.astimezone(VN_TZ).date() < period.start:
        found.append(DataProblem("created", T["created_early"], {"value": data["created"], "period": period.code,
                                                                 "start": period.start.isoformat()}))
    if signing_time is not None and created > signing_time:
        found.append(DataProblem("created", T["created_late"], {"value": data["created"],
                                                                "signed": signing_time.isoformat()}))
    return found
