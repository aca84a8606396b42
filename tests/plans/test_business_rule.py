"""One business rule: BIZ_INSPECTED and BIZ_COMMITMENT count the prone businesses operating at some time in the
window (registered on or before its last day, not closed before its first day); the code and the documented
catalogue say the same, row for row."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from commune_desk.domain.indicators import BUSINESSES_OPERATING, CATALOGUE
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.sql_reader import SessionReader

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan-template.md"
WINDOW = (date(2026, 7, 1), date(2026, 9, 30))

# name: (registered, closed, commitment signed, inspection dates)
BUSINESSES = {
    "closed before the window": (date(2025, 1, 1), date(2026, 6, 30), date(2025, 2, 1), [date(2026, 6, 20)]),
    "closed on its first day": (date(2025, 1, 1), date(2026, 7, 1), None, []),
    "inspected, then closed inside": (date(2025, 1, 1), date(2026, 8, 10), date(2025, 3, 1), [date(2026, 7, 20)]),
    "open all along, inspected twice": (date(2024, 5, 1), None, date(2024, 6, 1),
                                        [date(2026, 7, 2), date(2026, 9, 29)]),
    "open all along, never inspected": (date(2024, 5, 1), None, date(2026, 10, 2), []),
    "opened inside, inspected": (date(2026, 8, 1), None, date(2026, 8, 15), [date(2026, 9, 1)]),
    "opened on the last day": (date(2026, 9, 30), None, None, []),
    "opens after the window": (date(2026, 10, 1), None, date(2026, 10, 1), [date(2026, 10, 5)]),
}


def _store(db) -> None:
    now = datetime(2026, 1, 1)
    with db.write() as s:
        for i, (name, (registered, closed, committed, inspections)) in enumerate(BUSINESSES.items(), start=1):
            s.execute(text("INSERT INTO business (id, code, name, kind_code, address, owner_name, registered_date, "
                           "closed_date, owner_commitment_date, workers, workers_committed, note, catalogue_version, "
                           "created_at, updated_at) VALUES (:i, :c, :n, 'karaoke', '', '', :r, :x, :k, 0, 0, '', '', "
                           ":t, :t)"),
                      {"i": i, "c": f"CS{i:02d}", "n": name, "r": registered, "x": closed, "k": committed, "t": now})
            for day in inspections:
                s.execute(text("INSERT INTO inspection (business_id, inspection_date, team, findings, outcome_code, "
                               "handling_code, note, catalogue_version, created_at, updated_at) VALUES "
                               "(:b, :d, '', '', 'khong_vi_pham', 'khong', '', '', :t, :t)"),
                          {"b": i, "d": day, "t": now})


def _value(db, code):
    with db.read() as s:
        v = compute(SessionReader(s), code, WINDOW, period_code="2026-Q3", as_of=date(2026, 10, 5))
    return v.numerator, v.denominator


def test_businesses_opening_and_closing_inside_the_window(db):
    _store(db)
    operating = ["closed on its first day", "inspected, then closed inside", "open all along, inspected twice",
                 "open all along, never inspected", "opened inside, inspected", "opened on the last day"]
    inspected = ["inspected, then closed inside", "open all along, inspected twice", "opened inside, inspected"]
    committed = ["inspected, then closed inside", "open all along, inspected twice", "opened inside, inspected"]
    assert _value(db, "BIZ_INSPECTED") == (len(inspected), len(operating))
    assert _value(db, "BIZ_COMMITMENT") == (len(committed), len(operating))        # same denominator


def catalogue_rows() -> list[str]:
    """The catalogue table of docs/plan-template.md as the code defines it."""
    out = []
    shapes = {"persons": "ratio (persons)", "yes_no": "yes/no", "share": "share", "count": "count"}
    for d in CATALOGUE.values():
        kind = f"manual {shapes.get(d.shape, d.kind)}" if d.manual else d.kind
        out.append(f"| `{d.code}` | {d.label} | {kind} | {', '.join(d.units)} | {d.numerator} | "
                   f"{d.denominator or '—'} | {'linear' if d.accumulates else ('flat (rate)' if d.denominator else 'flat (state)')} | {d.rollup} | "
                   f"{d.source or 'entered'} |")
    return out


def test_documented_catalogue_is_the_code():
    doc = DOC.read_text(encoding="utf-8")
    rows = [line.rstrip() for line in doc.splitlines() if re.match(r"^\| `[A-Z_]+` \|", line)]
    assert rows == catalogue_rows()
    assert BUSINESSES_OPERATING in doc
