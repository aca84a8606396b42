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
    assert {code: c["cases"] for code, c in pen["by_act"].items()} == dict(by_act)
    outcomes = Counter(r[2] for r in rows)
    assert (pen["warnings"], pen["fined"], pen["transferred"], pen["referred"]) == (
        outcomes["warning"], outcomes["fine"], outcomes["transferred"], outcomes["referred"])
    persons = [r for r in rows if r[2] in ("warning", "fine") and r[3] != "organisation"]
    assert pen["persons"] == len(persons) == sum(pen["by_sex"].values()) == sum(pen["by_age_group"].values())
    assert all(code.startswith(("nd282_", "nd144_", "hs_")) for code in pen["by_act"])


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
