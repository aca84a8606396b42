"""One record from a JSON object (the records workbook's field names), for `records add`; every bad field is named.

Dates are "YYYY-MM-DD", lists of codes are JSON lists (or "a;b"), (code, number) pairs such as a penalty's
`more_acts` are {"code": number} objects or [[code, number], …], a training's `participants` a list of
{"role", "level", "attendees", "persons"} objects (attendances and distinct persons trained), a penalty's
`identity` is {"full_name": …, "id_number": …, "address": …}. Nothing is stored here: the repository validates.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, fields
from datetime import date
from pathlib import Path

from commune_desk.domain.errors import ExpectedError, Problem, QT_TRANSLATE_NOOP, ValidationFailed
from commune_desk.domain.records.types import PersonIdentity, TrainingLine


class RecordFileError(ExpectedError):
    """The file is not a JSON object."""


def read_json_object(path: str) -> dict:
    """The JSON object in `path` ("-" is standard input)."""
    import sys

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordFileError(f"{path}: cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise RecordFileError(f"{path}: not JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise RecordFileError(f"{path}: expected a JSON object of field names and values")
    return data


def _pairs(value, where: str, problems: list) -> tuple:
    items = value.items() if isinstance(value, dict) else value
    out = []
    try:
        for code, number in items:
            if isinstance(number, bool) or not isinstance(number, int):
                raise TypeError
            out.append((str(code), number))
    except (TypeError, ValueError):
        problems.append(Problem(where, QT_TRANSLATE_NOOP(
            "Problems", "must be an object of code: whole number, e.g. {example}"), args={"example": '{"a": 1}'}))
        return ()
    return tuple(out)


def _lines(value, where: str, problems: list) -> tuple:
    """A training's participants: [{"role", "level", "attendees", "persons"}, …]; persons may be left out only
    on trainings recorded before persons were asked for, so here it is required like in the form."""
    out = []
    if isinstance(value, list):
        for item in value:
            numbers = (item.get("attendees"), item.get("persons")) if isinstance(item, dict) else (None, None)
            if (not isinstance(item, dict) or set(item) != {"role", "level", "attendees", "persons"}
                    or not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers)):
                break
            out.append(TrainingLine(str(item["role"]), str(item["level"]), item["attendees"], item["persons"]))
        else:
            return tuple(out)
    problems.append(Problem(where, QT_TRANSLATE_NOOP(
        "Problems", "must be a list of objects with role, level, attendees and persons (whole numbers), e.g. "
                    "{example}"), args={"example": '[{"role": "can_bo", "level": "xa", "attendees": 12, '
                                                   '"persons": 10}]'}))
    return ()


def record_from_json(record_type: type, data: dict):
    """`record_type`(…) from `data`; raises ValidationFailed naming each unknown or ill-typed field."""
    problems: list[Problem] = []
    known = {f.name: f for f in fields(record_type) if f.name != "id"}
    values = {}
    for name, value in data.items():
        f = known.get(name)
        if f is None:
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "unknown field")))
            continue
        kind = f.type
        if kind in ("date", "date | None"):
            if value in (None, "") and kind == "date | None":
                values[name] = None
                continue
            try:
                values[name] = date.fromisoformat(str(value))
            except ValueError:
                problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "must be a date (YYYY-MM-DD), not {value}"),
                                        args={"value": repr(value)}))
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "must be a whole number")))
            else:
                values[name] = value
        elif kind == "tuple[str, ...]":
            values[name] = tuple(value) if isinstance(value, list) else tuple(
                c.strip() for c in str(value or "").split(";") if c.strip())
        elif kind == "tuple[tuple[str, int], ...]":
            values[name] = _pairs(value, name, problems)
        elif kind == "tuple[TrainingLine, ...]":
            values[name] = _lines(value, name, problems)
        elif name == "identity":
            if value is None:
                values[name] = None
            elif isinstance(value, dict) and set(value) <= {"full_name", "id_number", "address"}:
                values[name] = PersonIdentity(**{k: str(v) for k, v in value.items()})
            else:
                problems.append(Problem(name, QT_TRANSLATE_NOOP(
                    "Problems", "must be an object with full_name, id_number, address")))
        elif not isinstance(value, str):
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "must be text")))
        else:
            values[name] = value
    for name, f in known.items():
        if f.default is MISSING and f.default_factory is MISSING and name not in data:
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "is required")))
    if problems:
        raise ValidationFailed(problems)
    return record_type(**values)
