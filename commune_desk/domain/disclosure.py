"""Small counts in documents that leave the laptop: 1 or 2 people are shown as "< 3", and never computable back.

Statistical disclosure control (docs/security.md, "Small counts"): in a hamlet of a few hundred people, or among
the handful of people a commune penalises in a quarter, "1 woman aged 16–18 fined for bán dâm" points at someone
the readers of a provincial report may know (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: data on offences and
sexual life are sensitive). Counts of persons below SMALL are shown as SHOWN_SMALL ("< 3", primary suppression);
zero stays 0 (it points at no one) and totals stay exact (the report must add up to what the commune declares).

An exact total lets a reader subtract the published cells from it: one "< 3" in a column whose total is exact is
no secret. So a group of cells published with its total also hides, where needed, further cells as HIDDEN ("x",
complementary suppression), smallest first, until no "< 3" can be pinned to 1 or to 2 from the total; when the
group's cells cannot do that, every cell of the group, zeros included, is shown as "x" and only the total stays.
`pinned` is that reader's arithmetic for one group. A table whose cells are also tied within rows (Biểu 3: per
act, persons + organisations = warnings + fines …) is audited whole, as one system of relations, by
`protect_table` with the exact search of disclosure_solver: a column-by-column rule cannot see that column totals
and row sums together pin a count.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from commune_desk.domain.disclosure_solver import INF, Key, Relation, Terms, witness

SMALL = 3
SHOWN_SMALL = "< 3"
HIDDEN = "x"
Shown = int | str


def legend(rows: Sequence[Sequence[object]]) -> str:
    """The key to the marks a table prints ("< 3", "x"), for its unit note; empty when it prints none."""
    cells = {cell for row in rows for cell in row}
    parts = []
    if SHOWN_SMALL in cells:
        parts.append(f"“{SHOWN_SMALL}”: 1 hoặc 2")
    if HIDDEN in cells:
        parts.append(f"“{HIDDEN}”: số liệu không công bố (bảo vệ dữ liệu cá nhân)")
    return "; ".join(parts)


def shown(count: int) -> Shown:
    """The count as an outgoing document prints it: "< 3" for 1 and 2, else the count itself."""
    return SHOWN_SMALL if 0 < count < SMALL else count


def _bounds(mark: Shown, marks: Sequence[Shown], floor: int = 0) -> tuple[int, float]:
    """What a reader knows of one hidden cell: "< 3" is 1–2; "x" is 3 or more beside a "< 3" (the cells hidden to
    protect it are never small), anything from `floor` when the whole group is hidden."""
    if mark == SHOWN_SMALL:
        return 1, 2
    return (SMALL, float("inf")) if SHOWN_SMALL in marks else (floor, float("inf"))


def pinned(marks: Sequence[Shown], total: int, *, exact: bool = True, floor: int = 0) -> list[int]:
    """Positions of hidden cells whose small value (1 or 2) a reader can compute from the published cells and
    `total`: a "< 3" that can only be 1 or only 2, or an "x" of a wholly hidden group that can only be one value.

    `exact`: the cells add up to `total` (else they add up to at least `total`: a decision holding several acts
    counts under each). `floor`: what every cell of the group is known to hold at least (a listed act occurred at
    least once). The hidden cells' sum is then known (or bounded below).
    """
    hidden = [i for i, m in enumerate(marks) if isinstance(m, str)]
    rest = total - sum(m for m in marks if isinstance(m, int))
    out = []
    for i in hidden:
        own = _bounds(marks[i], marks, floor)
        others = [_bounds(marks[j], marks, floor) for j in hidden if j != i]
        low, high = sum(b[0] for b in others), sum(b[1] for b in others)
        if exact:
            first, last = max(own[0], rest - high), min(own[1], rest - low)
        else:
            first, last = max(own[0], 0), own[1]
            first = max(first, rest - high) if high != float("inf") else first
        if marks[i] == SHOWN_SMALL and not (first <= 1 and last >= 2):
            out.append(i)
        elif marks[i] != SHOWN_SMALL and first == last and first in (1, 2):
            out.append(i)
    return out


def protect(
    values: Sequence[int], total: int | None = None, *, exact: bool = True, floor: int = 0, hidden: Sequence[int] = ()
) -> list[Shown]:
    """`values` as published beside `total`: 1 and 2 as "< 3", then "x" over the smallest cells of 3 or more until
    no "< 3" is pinned; if that is not enough, "x" everywhere. `total` None: no total is published with them.
    `hidden`: positions already hidden for another reason (a row rule); they stay hidden. `floor`: see pinned.
    A wholly hidden group can still be pinned (every listed act occurred once and the total says so): that case is
    named in docs/security.md as not protected."""
    marks: list[Shown] = [shown(v) for v in values]
    for i in hidden:
        if values[i] > 0 and marks[i] != SHOWN_SMALL:
            marks[i] = HIDDEN
    if total is None or SHOWN_SMALL not in marks:
        return marks
    while pinned(marks, total, exact=exact, floor=floor):
        candidates = sorted((v, i) for i, v in enumerate(values) if marks[i] == v and v >= SMALL)
        if not candidates:
            return [HIDDEN] * len(values)
        marks[candidates[0][1]] = HIDDEN
    return marks


def protect_columns(
    rows: list[tuple[object, ...]], columns: set[int], *, total_row: bool = True
) -> list[tuple[object, ...]]:
    """`rows` with the cells of `columns` protected column by column against the last row, the exact total."""
    body, tail = (rows[:-1], rows[-1:]) if total_row else (rows, [])
    out = [list(r) for r in body]
    for col in columns:
        values = [r[col] for r in body]
        if not all(isinstance(v, int) for v in values):
            continue
        last = tail[0][col] if tail else None
        total = last if isinstance(last, int) else None
        for r, mark in zip(out, protect([int(v) for v in values if isinstance(v, int)], total)):
            r[col] = mark
    return [tuple(r) for r in out] + list(tail)


def suppress_columns(
    rows: list[tuple[object, ...]], columns: set[int], *, total_row: bool = True
) -> list[tuple[object, ...]]:
    """Kept for callers written before complementary suppression: the same as protect_columns."""
    return protect_columns(rows, columns, total_row=total_row)


RowSum = tuple[Sequence[int], Sequence[int]]  # (columns added, columns subtracted) within one row


def reader_bounds(
    marks: Sequence[Sequence[Shown]], persons: Sequence[bool], floors: Sequence[int]
) -> dict[tuple[int, int], tuple[int, int]]:
    """What a reader who knows this rule knows of each hidden cell of a block: "< 3" is 1–2; an "x" in a column
    with anything published hides a non-zero count (zeros are hidden only with their whole column), so 3 or more
    in a column of persons (1 and 2 would show "< 3") and 1 or more elsewhere; in a column hidden whole (every cell
    "x"), anything from the column's `floor` up."""
    whole = [all(row[c] == HIDDEN for row in marks) for c in range(len(floors))]
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(marks):
        for c, m in enumerate(row):
            if m == SHOWN_SMALL:
                out[(r, c)] = (max(1, floors[c]), 2)
            elif m == HIDDEN:
                low = floors[c] if whole[c] else max(SMALL if persons[c] else 1, floors[c])
                out[(r, c)] = (low, INF)
    return out


def _system(
    values: Sequence[Sequence[int]],
    marks: Sequence[Sequence[Shown]],
    totals: Sequence[int | None],
    exact: Sequence[bool],
    row_equal: Sequence[RowSum],
    row_at_least: Sequence[RowSum],
) -> list[Relation]:
    """Every relation a reader has over the hidden cells of the block, the published cells folded in."""
    rels: list[Relation] = []

    def add(cells: list[tuple[tuple[int, int], int]], value: int, is_exact: bool) -> None:
        terms = tuple((k, a) for k, a in cells if isinstance(marks[k[0]][k[1]], str))
        value -= sum(a * values[k[0]][k[1]] for k, a in cells if not isinstance(marks[k[0]][k[1]], str))
        if terms:
            rels.append(Relation(terms, value, is_exact))

    for c, total in enumerate(totals):
        if total is not None:
            add([((r, c), 1) for r in range(len(values))], total, exact[c])
            if not exact[c]:  # each case counts once in a column: no cell is above the column's total
                for r in range(len(values)):
                    add([((r, c), -1)], -total, False)
    for r in range(len(values)):
        for sums, is_exact in [(s, True) for s in row_equal] + [(s, False) for s in row_at_least]:
            plus, minus = sums
            add([((r, c), 1) for c in plus] + [((r, c), -1) for c in minus], 0, is_exact)
    return rels


def protect_table(
    values: Sequence[Sequence[int]],
    totals: Sequence[int | None],
    *,
    exact: Sequence[bool] | None = None,
    floors: Sequence[int] | None = None,
    persons: Sequence[bool] | None = None,
    row_equal: Sequence[RowSum] = (),
    row_at_least: Sequence[RowSum] = (),
    watch: Sequence[RowSum] = (),
) -> list[list[Shown]]:
    """A block of counts (rows × columns) published with its column `totals` (None: not published; `exact`
    False: the column adds up to at least its total), audited as one system: the totals, the sums that tie each
    row's cells (`row_equal`: added columns == subtracted columns; `row_at_least`: >=), the `floors` every cell of
    a column is known to reach, and the marks. Person counts (`persons`) of 1 or 2 show "< 3"; while the reader's
    arithmetic (disclosure_solver) can pin a person count of 1 or 2, or a `watch` expression of a row (a further
    count of persons, e.g. fines less organisations) to its value, the smallest published non-zero cell of its row
    or column whose hiding frees it is hidden as "x", else a whole column that frees it (zeros and "< 3" included,
    its own first), else the smallest such cell or the first column not yet hidden, and the audit goes on; when
    nothing is left to hide, the whole block is "x" and only the totals remain (docs/security.md)."""
    columns = len(totals)
    marks = _protect_table(
        tuple(tuple(int(v) for v in row) for row in values),
        tuple(totals),
        tuple(exact) if exact is not None else (True,) * columns,
        tuple(floors) if floors is not None else (0,) * columns,
        tuple(persons) if persons is not None else (True,) * columns,
        tuple((tuple(p), tuple(m)) for p, m in row_equal),
        tuple((tuple(p), tuple(m)) for p, m in row_at_least),
        tuple((tuple(p), tuple(m)) for p, m in watch),
    )
    return [list(row) for row in marks]


@functools.lru_cache(maxsize=8)  # a report asks for the same block three times: table, sentences, package
def _protect_table(
    values: tuple[tuple[int, ...], ...],
    totals: tuple[int | None, ...],
    exact: tuple[bool, ...],
    floors: tuple[int, ...],
    persons: tuple[bool, ...],
    row_equal: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...],
    row_at_least: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...],
    watch: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...],
) -> tuple[tuple[Shown, ...], ...]:
    rows, columns = len(values), len(totals)
    marks: list[list[Shown]] = [[shown(v) if persons[c] else v for c, v in enumerate(row)] for row in values]
    truth = {(r, c): values[r][c] for r in range(rows) for c in range(columns)}
    watches: list[Terms] = [(((r, c), 1),) for r in range(rows) for c in range(columns) if persons[c]]
    watches += [
        tuple([((r, c), 1) for c in plus] + [((r, c), -1) for c in minus]) for r in range(rows) for plus, minus in watch
    ]
    watches = [w for w in watches if sum(a * truth[k] for k, a in w) in (1, 2)]
    # A count that stays pinned with the whole block hidden is given away by what is never hidden (the totals and
    # what a row's presence says: every listed act occurred, so acts that each occurred once are counted by the
    # rows): hiding cannot help it, so it does not make the table hide everything (docs/security.md names it).
    hidden_all: list[list[Shown]] = [[HIDDEN] * columns for _ in range(rows)]
    watches = [
        w
        for w in watches
        if _witness_in(w, hidden_all, values, totals, exact, floors, persons, row_equal, row_at_least, truth)
        is not None
    ]
    # Hiding more only widens what a reader must consider (a constant becomes a range, a column hidden whole loses
    # its lower bounds), so a count once shown free stays free: each witness table frees every watched count it
    # moves, and those are not asked again.
    proven: set[int] = set()

    def free(w: Terms, trial: list[list[Shown]]) -> dict[Key, int] | None:
        return _witness_in(w, trial, values, totals, exact, floors, persons, row_equal, row_at_least, truth)

    def prove(table: dict[Key, int]) -> None:
        for i, w in enumerate(watches):
            if sum(a * table.get(k, truth[k]) for k, a in w) != sum(a * truth[k] for k, a in w):
                proven.add(i)

    while True:
        stuck = None
        for i, w in enumerate(watches):
            if i not in proven:
                found = free(w, marks)
                if found is None:
                    stuck = w
                    break
                prove(found)
        if stuck is None:
            return tuple(tuple(row) for row in marks)
        published = sorted(
            (values[r][c], r, c)
            for r in range(rows)
            for c in range(columns)
            if isinstance(marks[r][c], int) and values[r][c] > 0
        )
        near = [(v, r, c) for v, r, c in published if any(r == k[0] or c == k[1] for k, _ in stuck)]
        # Columns not yet hidden whole, the watched cells' own first: hiding one whole (zeros included, so that
        # an "x" there may be 0) is the resort when no single published cell frees the count.
        own = sorted({k[1] for k, _ in stuck})
        others = sorted(set(range(columns)) - set(own))
        open_columns = [c for c in own + others if any(row[c] != HIDDEN for row in marks)]
        trials = [_hide(marks, r, c) for _, r, c in near] + [_hide_column(marks, c) for c in open_columns]
        for trial in trials:
            found = free(stuck, trial)
            if found is not None:
                marks = trial
                prove(found)
                break
        else:
            if not trials:
                return tuple(tuple(HIDDEN for _ in range(columns)) for _ in range(rows))
            marks = trials[0]


def _witness_in(
    w: Terms,
    marks: Sequence[Sequence[Shown]],
    values: Sequence[Sequence[int]],
    totals: Sequence[int | None],
    exact: Sequence[bool],
    floors: Sequence[int],
    persons: Sequence[bool],
    row_equal: Sequence[RowSum],
    row_at_least: Sequence[RowSum],
    truth: dict[Key, int],
) -> dict[Key, int] | None:
    """A table a reader of `marks` cannot rule out in which the watched count `w` is not its true value."""
    hidden = tuple((k, a) for k, a in w if isinstance(marks[k[0]][k[1]], str))
    rels = _system(values, marks, totals, exact, row_equal, row_at_least)
    return witness(hidden, reader_bounds(marks, persons, floors), rels, truth)


def _hide_column(marks: Sequence[Sequence[Shown]], c: int) -> list[list[Shown]]:
    out = [list(row) for row in marks]
    for row in out:
        row[c] = HIDDEN
    return out


def _hide(marks: Sequence[Sequence[Shown]], r: int, c: int) -> list[list[Shown]]:
    out = [list(row) for row in marks]
    out[r][c] = HIDDEN
    return out


def protect_amounts(amounts: Sequence[int], hide: Sequence[int], total: int | None) -> list[Shown]:
    """Money beside hidden counts: the amounts of rows `hide` are hidden ("x"); with an exact total, one hidden
    amount alone could be subtracted back, so a second one (the smallest other) is hidden, or all of them."""
    marks: list[Shown] = [HIDDEN if i in hide and a > 0 else a for i, a in enumerate(amounts)]
    if total is not None and marks.count(HIDDEN) == 1:
        others = sorted((a, i) for i, a in enumerate(amounts) if marks[i] == a and a > 0)
        if not others:  # the hidden amount is the only one: the total is it, whichever row; hide every row's
            return [HIDDEN] * len(amounts)
        marks[others[0][1]] = HIDDEN
    return marks
