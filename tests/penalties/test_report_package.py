"""The signed package's report-data.json carries the period's penalty cases by act code, equal to the rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter

from commune_desk.domain.periods import Period
from tests.lifecycle.conftest import identity, report_data  # noqa: F401 - fixture


def test_report_data_breaks_penalties_down_by_act_code(demo_db, identity, tmp_path):  # noqa: F811
    from commune_desk.services.packages.period_lifecycle import sign

    period = Period(2026, "quarter", 3)
    result = sign(demo_db, period, tmp_path, identity, day=dt.date(2026, 10, 5), number="12")
    data = report_data(result.path)
    pen = data["penalties"]
    start, end = period.data_window()
    con = sqlite3.connect(demo_db.path)
    rows = con.execute("SELECT violation_code, more_acts, outcome, violator_kind, fine FROM penalty_decision "
                       "WHERE decision_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat())).fetchall()
    con.close()
    by_act = Counter()
    for code, more, _outcome, _kind, _fine in rows:
        by_act[code] += 1
        for part in filter(None, (more or "").split(";")):
            by_act[part.split("=")[0]] += 1
    assert rows and pen["cases"] == len(rows)
    # Small counts leave the laptop as "< 3", and cells that would give them back as "x" (domain/disclosure.py):
    # every published count equals the rows, none is 1 or 2, and every "< 3" stands for a 1 or a 2.
    assert set(by_act) <= set(pen["by_act"])
    for code, shown in pen["by_act"].items():
        assert set(shown) == {"cases", "persons", "organisations", "warning", "fine", "amount", "transferred",
                              "referred"}                           # every key, so a key's absence says nothing
        assert _matches(shown["cases"], by_act.get(code, 0)), (code, shown)
        assert not any(v in (1, 2) for k, v in shown.items() if k != "amount")
    outcomes = Counter(r[2] for r in rows)
    assert (pen["warnings"], pen["fined"], pen["transferred"], pen["referred"]) == (
        outcomes["warning"], outcomes["fine"], outcomes["transferred"], outcomes["referred"])
    persons = [r for r in rows if r[2] in ("warning", "fine") and r[3] != "organisation"]
    assert pen["persons"] == len(persons)                          # totals stay exact
    for group in (pen["by_sex"], pen["by_age_group"]):
        assert not any(v in (1, 2) for v in group.values())
        if all(isinstance(v, int) for v in group.values()):
            assert sum(group.values()) == len(persons)
    assert all(code.startswith(("nd282_", "nd144_", "hs_")) for code in pen["by_act"])


def _matches(shown, raw) -> bool:
    return shown == "x" or (shown == "< 3" and raw in (1, 2)) or (shown == raw and raw not in (1, 2))


def test_the_penalty_summary_is_checked_as_data(demo_db, identity, tmp_path):  # noqa: F811
    import copy

    from commune_desk.services.reports import report_data_check
    from commune_desk.services.packages.period_lifecycle import sign

    result = sign(demo_db, Period(2026, "quarter", 2), tmp_path, identity, day=dt.date(2026, 7, 5), number="7")
    data = report_data(result.path)
    assert report_data_check.problems(data) == []
    code = next(iter(data["penalties"]["by_act"]))
    # The schema check names the first bad field of a document: one tampering at a time.
    for path, value, field in ((("by_act", code, "cases"), -1, f"penalties.by_act.{code}.cases"),
                               (("fines_total",), "nhiều", "penalties.fines_total"),
                               (("by_sex", "nam"), 2.5, "penalties.by_sex.nam")):
        bad = copy.deepcopy(data)
        target = bad["penalties"]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        found = [p.field for p in report_data_check.problems(bad)]
        assert field in found, (field, found)
