"""Small counts in documents that leave the laptop: 1 or 2 people of one hamlet are shown as "< 3".

Statistical disclosure control (docs/security.md, "Small counts"): in a hamlet of a few hundred people, "1 person
penalised for prostitution offences" points at someone the readers of a provincial report may know. Counts of
persons penalised or supported per residential unit below SMALL are shown as "< 3"; zero stays 0 (it discloses
no one) and totals stay exact (the report must add up to what the commune reports).
"""

from __future__ import annotations

SMALL = 3
SHOWN_SMALL = "< 3"


def shown(count: int) -> int | str:
    """The count as an outgoing document prints it: "< 3" for 1 and 2, else the count itself."""
    return SHOWN_SMALL if 0 < count < SMALL else count


def suppress_columns(
    rows: list[tuple[object, ...]], columns: set[int], *, total_row: bool = True
) -> list[tuple[object, ...]]:
    """`rows` with the cells of `columns` passed through shown(); the last row (the total) left exact."""
    body, tail = (rows[:-1], rows[-1:]) if total_row else (rows, [])
    return [
        tuple(shown(v) if i in columns and isinstance(v, int) else v for i, v in enumerate(r)) for r in body
    ] + list(tail)
