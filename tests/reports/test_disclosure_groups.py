"""Complementary suppression, checked by a reader who does the arithmetic: for every published table, a brute-force
search over every value the hidden cells could hold (given the marks, the exact totals and the sums tying a row
together) finds each hidden 1 or 2 both possible as 1 and as 2 (or, for a wholly hidden group, more than one
value); no cell ever shows 1 or 2; totals and unhidden cells stay exact."""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings, strategies as st

from commune_desk.domain.disclosure import HIDDEN, SHOWN_SMALL, protect, protect_amounts, protect_table


def _domain(mark, marks, cap):
    if isinstance(mark, int):
        return [mark]
    if mark == SHOWN_SMALL:
        return [1, 2]
    low = 3 if SHOWN_SMALL in marks else 0
    return list(range(low, cap + 1))


def _possible_values(marks, total, exact=True):
    """For each hidden position, the set of values a reader cannot rule out."""
    domains = [_domain(m, marks, total) for m in marks]
    seen = {i: set() for i, m in enumerate(marks) if isinstance(m, str)}
    for combo in itertools.product(*domains):
        if (sum(combo) == total) if exact else (sum(combo) >= total):
            for i in seen:
                seen[i].add(combo[i])
    return seen


def _assert_safe(values, marks, possible):
    for i, v in enumerate(values):
        if isinstance(marks[i], int):
            assert marks[i] == v and v not in (1, 2)
        else:
            assert v in possible[i]  # the truth is among the reader's options
            if v in (1, 2):
                assert len(possible[i]) > 1, (values, marks, possible)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=5))
def test_a_group_with_an_exact_total_gives_no_small_count_back(values):
    assume(len(values) > 1)  # a group of one cell is its total, which is published exact by rule
    total = sum(values)
    marks = protect(values, total)
    assert not any(m in (1, 2) for m in marks if isinstance(m, int))
    _assert_safe(values, marks, _possible_values(marks, total))
    if 1 in values or 2 in values:
        assert SHOWN_SMALL in marks or all(m == HIDDEN for m in marks)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=5), st.integers(0, 6))
def test_a_group_that_counts_some_cases_twice_is_protected_against_its_lower_bound(values, overlap):
    assume(len(values) > 1)
    total = max(sum(values) - overlap, 0)  # a decision with two acts counts under each
    marks = protect(values, total, exact=False)
    _assert_safe(values, marks, _possible_values(marks, total, exact=False))


def test_the_cases_that_used_to_leak():
    assert protect([1, 0, 5, 7], 13) == [SHOWN_SMALL, 0, HIDDEN, 7]  # 13 - 7 - 0 = 6 = 1 + 5: 1 or 2 open
    assert protect([1, 1], 2) == [HIDDEN, HIDDEN]  # two "< 3" adding to 2: both 1
    assert protect([1, 3], 4) == [HIDDEN, HIDDEN]  # "x" >= 3 beside "< 3" would pin the 1
    assert protect([2, 2, 9], 13) == [SHOWN_SMALL, SHOWN_SMALL, HIDDEN]
    assert protect([1, 2, 5], 8) == [SHOWN_SMALL, SHOWN_SMALL, 5]  # 3 = 1 + 2 or 2 + 1: no need to hide 5


def _table_domain(mark, marks, column, cap, person):
    """What the reader knows of one cell of a block (the rule in docs/security.md): a published number is itself,
    "< 3" is 1 or 2; an "x" in a column with anything published hides a non-zero count, 3 or more if it counts
    persons; in a column hidden whole, anything. Never above the column's exact total."""
    if isinstance(mark, int):
        return [mark]
    if mark == SHOWN_SMALL:
        return [1, 2]
    whole = all(row[column] == HIDDEN for row in marks)
    low = 0 if whole else (3 if person else 1)
    return list(range(low, cap + 1))


PERSONS = [True, False, True, True, True]  # persons, organisations, warnings, fines, cases


def protect_acts(table):
    totals = [sum(r[c] for r in table) for c in range(5)]
    return protect_table(
        [list(r) for r in table],
        totals,
        persons=PERSONS,
        row_equal=[((0, 1), (2, 3)), ((4,), (2, 3))],  # persons + organisations = warnings + fines = cases
        watch=[((3,), (1,)), ((4,), (1,))],  # persons fined, persons' cases: fines (cases) less organisations
    )


def reader_options(table, marks):
    """Every table a reader cannot rule out (brute force): rows meeting their sums, columns their totals."""
    totals = [sum(r[c] for r in table) for c in range(5)]
    choices = []
    for row in marks:
        doms = [_table_domain(row[c], marks, c, totals[c], PERSONS[c]) for c in range(5)]
        # free choices: organisations, warnings, fines; persons and cases follow from the row's sums
        choices.append(
            [
                (w + f - o, o, w, f, w + f)
                for o in doms[1]
                for w in doms[2]
                for f in doms[3]
                if w + f - o in doms[0] and w + f in doms[4]
            ]
        )
    found = []

    def walk(r, sums, picked):  # every way the rows can be filled that meets the column totals
        if r == len(choices):
            if list(sums) == totals:
                found.append(picked)
            return
        for k in choices[r]:
            new = [a + b for a, b in zip(sums, k)]
            if all(a <= t for a, t in zip(new, totals)):
                walk(r + 1, new, picked + [k])

    walk(0, [0] * 5, [])
    return found


def persons_in(k):  # persons, warned, persons fined, persons' cases
    return (k[0], k[2], k[3] - k[1], k[4] - k[1])


def assert_no_small_count_pinned(table, marks):
    for r, row in enumerate(marks):
        for c in range(5):
            assert not (PERSONS[c] and isinstance(row[c], int) and row[c] in (1, 2))  # organisations count no one
            if isinstance(row[c], int):
                assert row[c] == table[r][c]
    tables = reader_options(table, marks)
    assert [tuple(r) for r in table] in [[tuple(r) for r in t] for t in tables]  # the truth is among them
    for r in range(len(table)):
        for i in range(4):
            truth = persons_in(table[r])[i]
            options = {persons_in(t[r])[i] for t in tables}
            if truth in (1, 2):
                assert len(options) > 1, (table, marks, (r, i), options)


def _acts(rows):
    return [(w + f, o, w, f + o, w + f + o) for w, f, o in rows]  # persons, organisations, warning, fine, cases


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 1)), min_size=2, max_size=3))
def test_a_table_whose_rows_add_up_gives_no_small_count_back(rows):
    """Acts as rows: (persons warned, persons fined, organisations fined). Within a row persons + organisations =
    warnings + fines = cases; each column adds up to its exact total; the block is audited as one system, as
    report_penalties does. The reader is after counts of persons: persons, warned, fines and cases less the
    organisations'. (One row alone is its totals row.)"""
    table = _acts(rows)
    assume(any(v in (1, 2) for r in table for v in r))
    assert_no_small_count_pinned(table, protect_acts(table))


def test_the_tables_that_used_to_leak():
    # column totals and row sums together pinned the "< 3" of warnings in the second act to 2
    for rows in ([(0, 0, 1), (1, 2, 0), (2, 0, 0)], [(1, 0, 0), (0, 1, 1)], [(2, 1, 0), (0, 0, 1), (1, 1, 1)]):
        table = _acts(rows)
        assert_no_small_count_pinned(table, protect_acts(table))


def test_amounts_beside_hidden_fines_are_hidden_with_a_second_one():
    assert protect_amounts([500_000, 3_000_000, 0], [0], 3_500_000) == [HIDDEN, HIDDEN, 0]
    assert protect_amounts([500_000, 0], [0], 500_000) == [HIDDEN, HIDDEN]
    assert protect_amounts([500_000, 700_000, 4_000_000], [0, 1], 5_200_000) == [HIDDEN, HIDDEN, 4_000_000]
