"""The catalogue's computed indicators as plain SQL over any Reader (session or bare connection), one per code."""

from __future__ import annotations

from datetime import date, timedelta

from commune_desk.domain.healthy_commune import recognised
from commune_desk.domain.indicators import CATALOGUE, IndicatorValue
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.storage.community_queries import COMPUTED_COMMUNITY
from commune_desk.storage.sql_reader import Reader, scalar

TIP_OFF_DAYS = 20          # BLTTHS 2015 Điều 147: a tip-off is settled within 20 days of receipt
ERADICATED = "triet_xoa"
# domain.indicators.BUSINESSES_OPERATING: registered by the window's last day and not closed before its first day.
OPERATING = "(b.registered_date <= ? AND (b.closed_date IS NULL OR b.closed_date >= ?))"


def _count(r: Reader, sql: str, params) -> int:
    return int(scalar(r, sql, params) or 0)


def _prop(r, start: date, end: date, form: str | None = None) -> IndicatorValue:
    sql = "SELECT count(*) FROM propaganda_activity WHERE activity_date BETWEEN ? AND ?"
    params = [start.isoformat(), end.isoformat()]
    if form is not None:
        sql += " AND form_code = ?"
        params.append(form)
    return IndicatorValue("", _count(r, sql, params))


def _prop_units(r, start, end, **_):
    existing, reached = unit_coverage(r, start, end)
    return IndicatorValue("", len(reached & existing), len(existing))


def unit_coverage(r, start, end) -> tuple[set[str], set[str]]:
    """(codes of the units existing at the window end, codes of the units reached by propaganda in the window).

    Existing (unit_history): those active, or retired by a merger, split or dissolution dated after the end; a
    unit made by a split counts from the split. A merged unit's activities before the merger count for its
    successor (the same people live there); a split or dissolved unit's count for none. Units retired from the
    profile without an event have no date and stay out, as before. The report names the units left out with it."""
    from commune_desk.domain.unit_history import exists_on
    from commune_desk.storage.unit_reads import history

    ends, starts = history(r)
    existing = {code for code, active in r.rows("SELECT code, active FROM residential_unit", ())
                if (active or (code in ends and end < ends[code].day)) and exists_on(code, end, ends, starts)}
    reached = set()
    for (code,) in r.rows("SELECT DISTINCT u.code FROM propaganda_activity p JOIN residential_unit u ON u.id = "
                          "p.unit_id WHERE p.activity_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat())):
        seen = set()
        while code in ends and ends[code].day <= end and ends[code].kind == "merged" and code not in seen:
            seen.add(code)
            code = ends[code].successors[0]
        reached.add(code)
    return existing, reached


def _prop_participants(r, start, end, **_):
    return IndicatorValue("", _count(r, "SELECT sum(participants) FROM propaganda_activity "
                                        "WHERE activity_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat())))


def _biz_inspected(r, start, end, **_):
    operating = (end.isoformat(), start.isoformat())
    den = _count(r, f"SELECT count(*) FROM business b WHERE {OPERATING}", operating)
    num = _count(r, "SELECT count(DISTINCT i.business_id) FROM inspection i JOIN business b ON b.id = i.business_id "
                    f"WHERE i.inspection_date BETWEEN ? AND ? AND {OPERATING}",
                 (start.isoformat(), end.isoformat(), *operating))
    return IndicatorValue("", num, den)


def _biz_commitment(r, start, end, **_):
    operating = (end.isoformat(), start.isoformat())
    den = _count(r, f"SELECT count(*) FROM business b WHERE {OPERATING}", operating)
    num = _count(r, f"SELECT count(*) FROM business b WHERE {OPERATING} AND b.owner_commitment_date IS NOT NULL "
                    "AND b.owner_commitment_date <= ?", (*operating, end.isoformat()))
    return IndicatorValue("", num, den)


def _tip_handled(r, start, end, as_of, **_):
    """Settled within 20 days of receipt, among tip-offs received in the window whose 20 days have run out
    (or that were settled already) by the window's end or today, whichever comes first."""
    last = min(end, as_of)
    received = "received_date BETWEEN ? AND ?"
    handled_by_last = "(handled_date IS NOT NULL AND handled_date <= ?)"
    not_yet_due = f"(NOT {handled_by_last} AND received_date > ?)"
    window = (start.isoformat(), end.isoformat())
    due_from = (last - timedelta(days=TIP_OFF_DAYS)).isoformat()
    den = _count(r, f"SELECT count(*) FROM tipoff WHERE {received} AND NOT {not_yet_due}",
                 (*window, last.isoformat(), due_from))
    num = _count(r, f"SELECT count(*) FROM tipoff WHERE {received} AND {handled_by_last} "
                    f"AND julianday(handled_date) - julianday(received_date) <= {TIP_OFF_DAYS}",
                 (*window, last.isoformat()))
    return IndicatorValue("", num, den)


def _staff_trained(r, start, end, period_code, **_):
    """Persons trained for the first time in the year (never attendances) over the staff in force at the end."""
    from commune_desk.domain.persons import staff_share
    from commune_desk.storage.population_reads import population_entries, training_lines

    year = _year(period_code, end)
    share = staff_share(population_entries(r, year, "staff"), training_lines(r, start, end), year, end)
    return IndicatorValue("", share.persons, share.staff, missing_population="" if share.staff is not None else "staff")


def _training_attendances(r, start, end, **_):
    return IndicatorValue("", _count(r, "SELECT sum(tp.count) FROM training_participant tp JOIN training t ON "
                                        "t.id = tp.training_id WHERE t.training_date BETWEEN ? AND ?",
                                     (start.isoformat(), end.isoformat())))


def _year(period_code: str, end: date) -> int:
    try:
        return Period.parse(period_code).year
    except PeriodError:
        return end.year


def _hotspots(r, start, end, **_):
    last: dict[int, str] = {}
    for hotspot_id, kind in r.rows("SELECT hotspot_id, kind_code FROM hotspot_event WHERE event_date <= ? "
                                   "ORDER BY event_date, id", (end.isoformat(),)):
        last[hotspot_id] = kind
    return IndicatorValue("", sum(1 for k in last.values() if k == ERADICATED), len(last))


def _grouped(r, sql: str, start, end):
    rows = r.rows(sql, (start.isoformat(), end.isoformat()))
    return IndicatorValue("", sum(int(v or 0) for _, v in rows), breakdown=tuple((k, int(v or 0)) for k, v in rows))


def _penalties(r, start, end, **_):
    # Persons penalised: individuals and household businesses the commune warned or fined (transfers, referrals
    # and organisations are counted in the report's Biểu 3, not here).
    return _grouped(r, "SELECT violation_code, count(*) FROM penalty_decision WHERE decision_date BETWEEN ? AND ? "
                       "AND outcome IN ('warning', 'fine') AND violator_kind IN ('individual', 'household') "
                       "GROUP BY violation_code ORDER BY violation_code", start, end)


def _supported(r, start, end, **_):
    return _grouped(r, "SELECT kind_code, sum(count) FROM reintegration_support WHERE support_date BETWEEN ? AND ? "
                       "GROUP BY kind_code ORDER BY kind_code", start, end)


def _healthy(r, start, end, **_):
    # Recognised only by a recorded decision (number, date, issuer) dated by the window's end: a self-assessment,
    # however good its score, is not a recognition.
    rows = r.rows("SELECT decision_number, decision_date, decision_issuer FROM healthy_commune_assessment "
                  "WHERE year = ? ORDER BY id LIMIT 1", (end.year,))
    if not rows:
        return IndicatorValue("", 0, 0)
    number, day, issuer = rows[0]
    decided = recognised(number, day, issuer) and str(day)[:10] <= end.isoformat()
    return IndicatorValue("", 1 if decided else 0, 1)


COMPUTED = {
    "PROP_UNITS": _prop_units,
    "PROP_ACTIVITIES": lambda r, a, b, **_: _prop(r, a, b),
    "PROP_PARTICIPANTS": _prop_participants,
    "PROP_ONLINE": lambda r, a, b, **_: _prop(r, a, b, "mang_xa_hoi"),
    "PROP_SCHOOL": lambda r, a, b, **_: _prop(r, a, b, "truong_hoc"),
    "BIZ_INSPECTED": _biz_inspected,
    "BIZ_COMMITMENT": _biz_commitment,
    "TIP_HANDLED": _tip_handled,
    "STAFF_TRAINED": _staff_trained,
    "TRAINING_ATTENDANCES": _training_attendances,
    "HOTSPOT_ERADICATED": _hotspots,
    "PENALTIES": _penalties,
    "SUPPORTED": _supported,
    "HEALTHY_COMMUNE": _healthy,
}
COMPUTED.update(COMPUTED_COMMUNITY)          # models and teams: storage/community_queries.py


def manual_value(r: Reader, code: str, period_code: str, end: date, *, year_to_date: bool = False,
                 months: tuple[int, int] | None = None) -> tuple[float | None, float | None] | None:
    """(numerator, denominator) entered by hand, as the view of `period_code` shows it; None when nothing fits.

    The value entered for exactly that period; else the latest entered for a period inside the view (a 9-month
    view may show the third quarter's year-to-date entry). With `year_to_date` the view runs from January to the
    period's last month; `months` (first, last) names the view's months outright (a yearly target seen in the
    third-quarter report: January to September). A value entered for a longer period (the year) never shows in a
    shorter view (a quarter): it is not the quarter's figure.
    """
    try:
        view = Period.parse(period_code)
    except PeriodError:
        return None
    first, last = months or ((1 if year_to_date else view.first_month), view.last_month)
    rows = r.rows("SELECT period, numerator, denominator FROM manual_indicator_value "
                  "WHERE indicator = ? AND period LIKE ? ORDER BY id", (code, f"{view.year}%"))
    inside = []
    for row in rows:
        try:
            p = Period.parse(row[0])
        except PeriodError:
            continue
        if p.year == view.year and first <= p.first_month and p.last_month <= last:
            exact = p == view and not year_to_date and months is None
            inside.append(((exact, p.last_month, p.last_month - p.first_month), row))
    if not inside:
        return None
    best = max(inside, key=lambda x: x[0])[1]
    return best[1], best[2]


def _persons_of(r, code: str, persons: float, kind: str, year: int, window) -> IndicatorValue:
    """Persons entered by hand over their population in force at the window end (missing: said, never 0)."""
    from commune_desk.domain.populations import in_force
    from commune_desk.storage.population_reads import population_entries

    entry = in_force(population_entries(r, year, kind), (kind, "", ""), year, window[1])
    if entry is None:
        return IndicatorValue(code, persons, None, window, missing_population=kind)
    return IndicatorValue(code, persons, entry.value, window)


def compute(r: Reader, code: str, window: tuple[date, date], *, period_code: str, as_of: date,
            year_to_date: bool = False, months: tuple[int, int] | None = None) -> IndicatorValue:
    """One indicator over the inclusive window; `period_code` names the view (with `year_to_date`, the view from
    January to that period's end; `months` its months outright), which decides the values entered by hand that it
    shows."""
    start, end = window
    definition = CATALOGUE[code]
    if definition.manual:
        found = manual_value(r, code, period_code, end, year_to_date=year_to_date, months=months)
        if found is None or found[0] is None:
            return IndicatorValue(code, 0, None, window, entered=False)
        if definition.shape == "yes_no":
            return IndicatorValue(code, found[0], 1, window)
        if definition.shape == "persons":
            return _persons_of(r, code, found[0], definition.population, _year(period_code, end), window)
        return IndicatorValue(code, found[0], found[1], window)
    value = COMPUTED[code](r, start, end, as_of=as_of, period_code=period_code)
    return IndicatorValue(code, value.numerator, value.denominator, window, value.breakdown,
                          missing_population=value.missing_population)
