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
`pinned` is the reader's arithmetic, used here and by the tests.
"""

from __future__ import annotations

from collections.abc import Sequence

SMALL = 3
SHOWN_SMALL = "< 3"
HIDDEN = "x"
Shown = int | str


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


def protect_table(
    values: Sequence[Sequence[int]],
    totals: Sequence[int | None],
    *,
    linked: Sequence[int] = (),
    exact: Sequence[bool] | None = None,
    floors: Sequence[int] | None = None,
    persons: Sequence[bool] | None = None,
    sums: Sequence[tuple[int, Sequence[int]]] = (),
) -> list[list[Shown]]:
    """Each column protected against its total; in a row where one of the `linked` columns is hidden, every
    non-zero linked cell of the row is hidden too (they are tied by sums within the row, e.g. persons +
    organisations = warnings + fines of one act), and the columns are protected again, until nothing changes."""
    columns = len(totals)
    exact = list(exact) if exact is not None else [True] * columns
    floors = list(floors) if floors is not None else [0] * columns
    # A column that counts no persons (organisations) has no small count of its own to hide; its cells are hidden
    # only where the row rule needs them, with a second one so that its total does not give them back.
    counts_persons = list(persons) if persons is not None else [True] * columns
    extra: dict[int, set[int]] = {c: set() for c in range(columns)}
    while True:
        marks = [
            protect([row[c] for row in values], totals[c], exact=exact[c], floor=floors[c], hidden=sorted(extra[c]))
            if counts_persons[c]
            else protect_amounts([row[c] for row in values], sorted(extra[c]), totals[c] if exact[c] else None)
            for c in range(columns)
        ]
        wholly = [c for c in linked if counts_persons[c] and all(m == HIDDEN for m in marks[c])]
        if wholly:
            # A column hidden whole would be given back, cell by cell, by the sums of the rows whose other counts
            # are shown: the linked block is hidden whole, zeros included, and only the totals remain.
            for c in linked:
                marks[c] = [HIDDEN] * len(values)
            return [[marks[c][r] for c in range(columns)] for r in range(len(values))]
        if any(
            marks[total][r] == SHOWN_SMALL and sum(1 for c in parts if values[r][c] > 0) >= 2
            for total, parts in sums
            for r in range(len(values))
        ):
            # A "< 3" that is the sum of two non-zero counts of its row is 2, and each of them 1: the block is
            # hidden whole, as above (`sums`: a column and the columns of the same row that add up to it).
            for c in linked:
                marks[c] = [HIDDEN] * len(values)
            return [[marks[c][r] for c in range(columns)] for r in range(len(values))]
        changed = False
        for r, row in enumerate(values):
            if any(isinstance(marks[c][r], str) for c in linked):
                for c in linked:
                    if row[c] > 0 and not isinstance(marks[c][r], str):
                        extra[c].add(r)
                        changed = True
        if not changed:
            return [[marks[c][r] for c in range(columns)] for r in range(len(values))]


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
