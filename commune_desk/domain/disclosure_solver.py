"""The reader's arithmetic, done exactly: can a hidden count take another value in some table consistent with all
that is published (marks, exact totals, sums within rows), found as an explicit witness table.

Everything published about the same persons is one system of linear relations over whole numbers: published
cells are constants, a "< 3" is a number in 1–2, an "x" a number in what the reader knows of hidden cells, and
every total, row sum or lower bound is a relation. A hidden count whose true value is 1 or 2 is safe only if a
second table, meeting every relation, gives it another value. The search below looks for such a table (depth
first, bounds propagated through the relations after every choice, values near the true table first). It is
exact when it answers: a witness is a real table, and "none" is a complete search. When the search runs out of
its budget the count is treated as pinned, so a budget can only make the caller hide more, never leak.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

INF = 10**9  # "no upper bound known": far above any count a commune publishes
BUDGET = 4000  # search nodes per question; beyond it the answer is "pinned" (the caller hides more)

Key = tuple[int, int]  # (row, column) of a cell
Terms = tuple[tuple[Key, int], ...]  # (cell, coefficient +1 or -1)


@dataclass(frozen=True)
class Relation:
    """Σ coefficient × cell == value (`exact`), or >= value."""

    terms: Terms
    value: int
    exact: bool = True


class OutOfBudget(Exception):
    """The search gave up: the caller treats the question as answered against publishing."""


def _propagate(
    dom: dict[Key, list[int]], rels: Sequence[Relation], index: Mapping[Key, list[int]], queue: list[int]
) -> bool:
    """Tighten every domain to what the relations allow given the others' domains; False when one empties.
    `queue`: the relations to look at first (all of them at the root; after one cell is fixed, only its own, the
    others being at rest already); a relation is looked at again whenever one of its cells' domains changes."""
    pending = set(queue)
    todo = deque(queue)
    while todo:
        i = todo.popleft()
        pending.discard(i)
        rel = rels[i]
        low = sum(a * dom[k][0] if a > 0 else a * dom[k][1] for k, a in rel.terms)
        high = sum(a * dom[k][1] if a > 0 else a * dom[k][0] for k, a in rel.terms)
        if high < rel.value or (rel.exact and low > rel.value):
            return False
        for k, a in rel.terms:
            lo, hi = dom[k]
            own_low, own_high = (a * lo, a * hi) if a > 0 else (a * hi, a * lo)
            # a·x >= value - (the others' highest sum); == also gives a·x <= value - (the others' lowest).
            at_least = rel.value - (high - own_high)
            at_most = rel.value - (low - own_low) if rel.exact else None
            if a > 0:
                new_lo, new_hi = max(lo, at_least), hi if at_most is None else min(hi, at_most)
            else:
                new_lo = lo if at_most is None else max(lo, -at_most)
                new_hi = min(hi, -at_least)
            if new_lo > new_hi:
                return False
            if (new_lo, new_hi) != (lo, hi):
                dom[k] = [new_lo, new_hi]
                # the sums of this relation are stale now; look at it and the cell's other relations again
                low += (new_lo - lo) * a if a > 0 else (new_hi - hi) * a
                high += (new_hi - hi) * a if a > 0 else (new_lo - lo) * a
                for j in index[k]:
                    if j not in pending:
                        pending.add(j)
                        todo.append(j)
    return True


def _near(truth: int, lo: int, hi: int) -> Iterator[int]:
    """lo..hi, the true value first, then outwards."""
    start = min(max(truth, lo), hi)
    yield start
    step = 1
    while start - step >= lo or start + step <= hi:
        if start + step <= hi:
            yield start + step
        if start - step >= lo:
            yield start - step
        step += 1


def solve(
    domains: Mapping[Key, tuple[int, int]],
    relations: Sequence[Relation],
    truth: Mapping[Key, int],
    budget: int = BUDGET,
) -> dict[Key, int] | None:
    """A whole-number assignment of every cell within its domain meeting every relation, or None if there is
    none; raises OutOfBudget when the search is cut short (then nothing is known)."""
    nodes = [budget]
    index: dict[Key, list[int]] = {k: [] for k in domains}
    for i, rel in enumerate(relations):
        for k, _ in rel.terms:
            index[k].append(i)

    def walk(dom: dict[Key, list[int]], queue: list[int]) -> dict[Key, int] | None:
        nodes[0] -= 1
        if nodes[0] < 0:
            raise OutOfBudget
        if not _propagate(dom, relations, index, queue):
            return None
        open_ = [k for k, (lo, hi) in dom.items() if lo < hi]
        if not open_:
            return {k: lo for k, (lo, _) in dom.items()}
        key = min(open_, key=lambda k: (dom[k][1] - dom[k][0], k))
        for value in _near(truth.get(key, 0), *dom[key]):
            trial = {k: list(v) for k, v in dom.items()}
            trial[key] = [value, value]
            found = walk(trial, index[key])
            if found is not None:
                return found
        return None

    return walk({k: [lo, hi] for k, (lo, hi) in domains.items()}, list(range(len(relations))))


def witness(
    terms: Terms,
    domains: Mapping[Key, tuple[int, int]],
    relations: Sequence[Relation],
    truth: Mapping[Key, int],
    *,
    spread: int = 3,
) -> dict[Key, int] | None:
    """A table (values of the hidden cells) meeting every relation in which Σ coefficient × cell (over hidden
    cells; published ones are folded into the relations by the caller) is not its true value, or None. Values
    within `spread` of the truth are tried, nearest first; a search cut short counts as "none" (the safe answer)."""
    true_value = sum(a * truth[k] for k, a in terms)
    if not terms:
        return None
    for step in range(1, spread + 1):
        for other in (true_value + step, true_value - step):
            try:
                found = solve(domains, [*relations, Relation(terms, other)], truth)
            except OutOfBudget:
                return None
            if found is not None:
                return found
    return None
