"""Biểu 3 as report_penalties publishes it — persons, organisations, warnings, fines, transfers, referrals, cases and
year-to-date cases per act — judged by a brute-force reader: every pair of act rows meeting the column totals, the
sums within each act (persons + organisations = warnings + fines; cases = warnings + fines + transfers + referrals),
year-to-date >= the period and >= 1, and the marks; no count of 1 or 2 may have a single possible value."""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings, strategies as st

from commune_desk.domain.disclosure import HIDDEN, SHOWN_SMALL
from commune_desk.services.reports.report_penalties import COUNTED, PenaltySummary, protected

P, ORG, W, F, T, D, C, Y = range(8)
PERSONS = [k != "organisations" for k in COUNTED]


def _domain(marks, r, c, cap):
    mark = marks[r][c]
    if isinstance(mark, int):
        return [mark]
    if mark == SHOWN_SMALL:
        return [1, 2]
    whole = all(row[c] == HIDDEN for row in marks)
    low = 0 if whole else (3 if PERSONS[c] else 1)
    return list(range(max(low, 1 if c == Y else 0), cap + 1))


def _fits(row, marks, r, totals):
    p, o, w, f, t, d, c, y = row
    return (
        all(v in _domain(marks, r, i, totals[i]) for i, v in enumerate(row))
        and p + o == w + f
        and c == w + f + t + d
        and y >= max(c, 1)
    )


def _readings(table, marks):
    totals = [sum(row[i] for row in table) for i in range(8)]
    d = [[_domain(marks, 0, c, totals[c]) for c in range(8)]]
    out = []
    for o, w, f, t, dd, y in itertools.product(d[0][ORG], d[0][W], d[0][F], d[0][T], d[0][D], d[0][Y]):
        first = (w + f - o, o, w, f, t, dd, w + f + t + dd, y)
        second = tuple(total - v for total, v in zip(totals, first))
        if _fits(first, marks, 0, totals) and _fits(second, marks, 1, totals):
            out.append((first, second))
    return out


def _summaries(rows):
    by_act, ytd_act = {}, {}
    for i, (pw, pf, ow, of, t, d, extra) in enumerate(rows):
        code = f"nd282_act{i}"
        cases = pw + pf + ow + of + t + d
        by_act[code] = {
            "persons": pw + pf,
            "organisations": ow + of,
            "warning": pw + ow,
            "fine": pf + of,
            "transferred": t,
            "referred": d,
            "cases": cases,
            "amount": 0,
        }
        ytd_act[code] = {"cases": max(cases + extra, 1)}
    now = PenaltySummary(
        cases=sum(a["cases"] for a in by_act.values()),
        persons=sum(a["persons"] for a in by_act.values()),
        organisations=sum(a["organisations"] for a in by_act.values()),
        warnings=sum(a["warning"] for a in by_act.values()),
        fined=sum(a["fine"] for a in by_act.values()),
        transferred=sum(a["transferred"] for a in by_act.values()),
        referred=sum(a["referred"] for a in by_act.values()),
        by_act=by_act,
    )
    ytd = PenaltySummary(cases=sum(a["cases"] for a in ytd_act.values()), by_act=ytd_act)
    return now, ytd


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(*[st.integers(0, 1)] * 6, st.integers(0, 2)), min_size=2, max_size=2))
def test_two_acts_of_biểu_3_give_no_small_count_back(rows):
    now, ytd = _summaries(rows)
    codes = sorted(now.by_act)
    view = protected(now, ytd, codes).by_act
    table = [tuple(int(now.by_act[c][k]) for k in COUNTED[:-1]) + (ytd.by_act[c]["cases"],) for c in codes]
    assume(any(v in (1, 2) for row in table for c, v in enumerate(row) if PERSONS[c]))
    marks = [[view[c][k] for k in COUNTED] for c in codes]
    for row, shown in zip(table, marks):
        for c, (v, m) in enumerate(zip(row, shown)):
            assert m == v if isinstance(m, int) else m in (SHOWN_SMALL, HIDDEN)
            assert not (PERSONS[c] and m in (1, 2))
    # Not protected, by rule (docs/security.md): acts that each occurred once in the year are counted by the rows.
    assume(sum(row[Y] for row in table) > len(table))
    readings = _readings(table, marks)
    assert tuple(table) in readings  # the truth is one of them
    for r, row in enumerate(table):
        for c, v in enumerate(row):
            if PERSONS[c] and v in (1, 2):
                assert len({reading[r][c] for reading in readings}) > 1, (table, marks, r, COUNTED[c])
