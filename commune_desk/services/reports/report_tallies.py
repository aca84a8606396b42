"""Tallies a report states beyond the indicators: comparisons with earlier periods, workers' commitments, the 178
team's inspections, healthy-commune status, and what is still open (the basis of sections III–V).

Every count is a plain SQL count over the same windows as the indicators, read through storage/tally_reads.py;
nothing here is estimated.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date, timedelta

from commune_desk.domain.doc_format import vn_date
from commune_desk.domain.periods import Period
from commune_desk.domain.report_content import Comparison
from commune_desk.storage import tally_reads
from commune_desk.storage.indicator_queries import unit_coverage
from commune_desk.storage.report_reads import assessments
from commune_desk.storage.sql_reader import SessionReader

# The commune's interdisciplinary inspection team is named after NĐ 178/2004 ("Đội kiểm tra liên ngành 178");
# records name their team in free text, so an inspection is the 178 team's when the name says "178" or
# "liên ngành" (interdisciplinary). Other teams (police alone, health station) are listed by their own names.
TEAM_178_WORDS = ("178", "liên ngành")
TEAM_178 = "Đội kiểm tra liên ngành 178"
ERADICATED, REEMERGED, FOUND = "triet_xoa", "phat_sinh_lai", "phat_hien"
NO_VIOLATION, PROSTITUTION_SIGNS = "khong_vi_pham", "dau_hieu_mai_dam"
TIP_OFF_DAYS = 20


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def is_team_178(team: str) -> bool:
    return any(w in _fold(team) for w in TEAM_178_WORDS)


def measures(s, window) -> dict[str, int]:
    """The compared figures over one window (the same SQL for this period and for the earlier ones)."""
    return tally_reads.window_measures(s, window, FOUND)


def earlier_periods(period: Period) -> list[tuple[str, Period]]:
    """("previous", the period just before) for quarters and halves; ("last_year", the same period a year
    earlier) for every kind. A year's previous period is last year, listed once."""
    out = []
    if period.kind == "quarter":
        prev = Period(period.year - (period.index == 1), "quarter", (period.index - 2) % 4 + 1)
        out.append(("previous", prev))
    elif period.kind == "half":
        out.append(("previous", Period(period.year - (period.index == 1), "half", 2 if period.index == 1 else 1)))
    same = (
        Period(period.year - 1, period.kind, period.index)
        if period.kind in ("quarter", "half")
        else Period(period.year - 1, period.kind)
    )
    out.append(("last_year", same))
    return out


def _year_earlier(day: date) -> date:
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else date(day.year - 1, 2, 28)


def earlier_window(key: str, full: tuple[date, date], window: tuple[date, date]) -> tuple[date, date]:
    """The earlier period's window cut like this report's: a report whose figures stop at its data cut-off is
    compared with the same stretch of the earlier period (last year: to the same calendar day; the previous
    period: as many days from its start), never with a whole period against a part of one."""
    elapsed = (window[1] - window[0]).days
    end = _year_earlier(window[1]) if key == "last_year" else full[0] + timedelta(days=elapsed)
    return full[0], max(full[0], min(full[1], end))


def comparisons(s, scheme, period: Period, window: tuple[date, date], now: dict[str, int]) -> tuple[Comparison, ...]:
    """This period's measures (counted over `window`, which stops at the data cut-off) against each earlier
    period's over the same stretch; `has_data` is False when none of the compared activities is recorded in that
    stretch (then no increase or decrease is claimed: the commune may simply not have kept its records in the app
    yet; the business register alone does not count). A stretch shorter than the earlier period is named with
    its last day."""
    out = []
    for key, earlier in earlier_periods(period):
        full = scheme.window(earlier)
        cut = earlier_window(key, full, window)
        then = measures(s, cut)
        name = earlier.name_vi() + (f", tính đến ngày {vn_date(cut[1])}" if cut[1] < full[1] else "")
        out.append(
            Comparison(
                key,
                earlier.code,
                name,
                cut,
                any(then.values()),
                tuple(sorted(now.items())),
                tuple(sorted(then.items())),
            )
        )
    return tuple(out)


def tallies(s, period: Period, window, ytd_window, cut: date, catalogues) -> dict:
    """The facts of the period (see the module's docstring) as plain values, deterministic for equal data."""
    start, end = window
    f: dict = {}
    # Prone businesses: new, closed, operating at the end; owners' and workers' commitments.
    f["new_businesses"] = tuple(sorted(Counter(tally_reads.businesses_registered(s, window)).items()))
    f["closed_businesses"] = tally_reads.businesses_closed(s, window)
    operating = tally_reads.operating_businesses(s, end)
    f["operating"] = operating.count
    f["owners_committed"] = operating.owners_committed
    f["workers"] = operating.workers
    f["workers_committed"] = operating.workers_committed
    f["not_inspected_ytd"] = tuple(sorted(Counter(tally_reads.not_inspected(s, end, ytd_window)).items()))
    # Inspections by team: the 178 team first, then the others by name.
    teams: dict[str, list[int]] = {}
    businesses: dict[str, set] = {}
    for team, business, outcome in tally_reads.inspections(s, window):
        name = TEAM_178 if is_team_178(team) else (" ".join((team or "").split()) or "Không ghi lực lượng")
        row = teams.setdefault(name, [0, 0, 0])
        row[0] += 1
        row[1] += outcome != NO_VIOLATION
        row[2] += outcome == PROSTITUTION_SIGNS
        businesses.setdefault(name, set()).add(business)
    f["teams"] = tuple(
        sorted(
            ((n, v[0], len(businesses[n]), v[1], v[2]) for n, v in teams.items()),
            key=lambda t: (t[0] != TEAM_178, t[0]),
        )
    )
    # The businesses inspected by any force, each once: the true total of Biểu 10's "Cơ sở được kiểm tra".
    f["inspected_businesses"] = len(set().union(*businesses.values()))
    # Residential units existing at the end without any propaganda activity in the period: the same units as
    # PROP_UNITS counts (storage.indicator_queries.unit_coverage), named in the profile's order.
    existing, reached = unit_coverage(SessionReader(s), start, end)
    f["units_without_propaganda"] = tuple(
        name for code, name in tally_reads.unit_names_in_order(s) if code in existing - reached
    )
    # Hotspots: state at the end of the window (last event on or before it).
    last = tally_reads.hotspot_states(s, end)
    f["hotspots_open"] = tally_reads.hotspot_locations(s, [h for h, k in last.items() if k != ERADICATED])
    f["hotspots_new"] = tally_reads.hotspots_with_event(s, window, FOUND)
    f["hotspots_reemerged"] = tally_reads.hotspot_events(s, window, REEMERGED)
    # Tip-offs received up to the end and not settled by then (the report's date caps "by then").
    f["tipoffs_pending"] = tally_reads.tipoffs_pending(s, min(end, cut))
    # Healthy commune: this year's registration (a self-assessment row for the year) and result.
    row = assessments(s, (period.year,)).get(period.year)
    f["healthy_this_year"] = (
        None
        if row is None
        else (
            row.assessed_date.isoformat(),
            row.total,
            row.result,
            row.decision_number,
            row.decision_date.isoformat() if row.decision_date else "",
            row.issuer,
        )
    )
    return f
