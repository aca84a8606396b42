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


def _propagate(dom: dict[Key, list[int]], rels: Sequence[Relation]) -> bool:
    """Tighten every domain to what the relations allow given the others' domains; False when one empties."""
    changed = True
    while changed:
        changed = False
        for rel in rels:
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
                    changed = True
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

    def walk(dom: dict[Key, list[int]]) -> dict[Key, int] | None:
        nodes[0] -= 1
        if nodes[0] < 0:
            raise OutOfBudget
        if not _propagate(dom, relations):
            return None
        open_ = [k for k, (lo, hi) in dom.items() if lo < hi]
        if not open_:
            return {k: lo for k, (lo, _) in dom.items()}
        key = min(open_, key=lambda k: (dom[k][1] - dom[k][0], str(k)))
        for value in _near(truth.get(key, 0), *dom[key]):
            trial = {k: list(v) for k, v in dom.items()}
            trial[key] = [value, value]
            found = walk(trial)
            if found is not None:
                return found
        return None

    return walk({k: [lo, hi] for k, (lo, hi) in domains.items()})


def can_differ(
    terms: Terms,
    domains: Mapping[Key, tuple[int, int]],
    relations: Sequence[Relation],
    truth: Mapping[Key, int],
    *,
    spread: int = 3,
) -> bool:
    """Whether Σ coefficient × cell (over hidden cells; published ones are folded into the relations by the
    caller) can take a value other than its true one in some table meeting every relation. Values within
    `spread` of the truth are tried, nearest first; a search cut short counts as "cannot" (the safe answer)."""
    true_value = sum(a * truth[k] for k, a in terms)
    if not terms:
        return False
    for step in range(1, spread + 1):
        for other in (true_value + step, true_value - step):
            try:
                if solve(domains, [*relations, Relation(terms, other)], truth) is not None:
                    return True
            except OutOfBudget:
                return False
    return False
