"""Plain-SQL reads of the profile, the plan in force, propaganda totals and the office's remarks (any Reader).

The repositories use these through a SessionReader and the start-up path through a bare connection, so the home
screen painted before SQLAlchemy loads shows exactly what the loaded application shows.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from commune_desk.domain.loop import RECEIVED, ReceiptComment
from commune_desk.domain.periods import CutoffRule, PeriodScheme
from commune_desk.domain.plans import Plan
from commune_desk.domain.profile import Profile, ResidentialUnit, Signer
from commune_desk.storage.sql_reader import Reader, scalar

PROFILE_KEY = "profile"


def profile(r: Reader) -> Profile:
    """The unit profile with its residential units in display order (an empty Profile before the first run)."""
    value = scalar(r, "SELECT value FROM setting WHERE key = ?", (PROFILE_KEY,))
    data = json.loads(value) if value else {}
    units = tuple(ResidentialUnit(code=code, name=name, kind=kind, id=uid, active=bool(active))
                  for uid, code, name, kind, active in r.rows(
                      "SELECT id, code, name, kind, active FROM residential_unit ORDER BY sort_order, id"))
    if not data:
        return Profile(residential_units=units)
    data["signer"] = Signer(**data.get("signer", {}))
    data["residential_units"] = units
    return Profile(**data)


IN_FORCE_KEY = "plan_in_force:{year}"  # setting: {"plan_id", "version"} put back by `plan activate`


def active_plan(r: Reader, day: date) -> Plan | None:
    """The plan version in force on `day`: of the day's year, valid from on or before it — the one the officer
    put back with `plan activate` when there is one, else the latest imported."""
    chosen = scalar(r, "SELECT value FROM setting WHERE key = ?", (IN_FORCE_KEY.format(year=day.year),))
    if chosen:
        pick = json.loads(str(chosen))
        picked = scalar(r, "SELECT content_json FROM plan_version WHERE plan_id = ? AND version = ? AND year = ? "
                           "AND valid_from <= ?", (pick["plan_id"], pick["version"], day.year, day.isoformat()))
        if picked:
            return Plan.from_json(json.loads(str(picked)))
    content = scalar(r, "SELECT content_json FROM plan_version WHERE year = ? AND valid_from <= ? "
                        "ORDER BY valid_from DESC, id DESC LIMIT 1", (day.year, day.isoformat()))
    return Plan.from_json(json.loads(content)) if content else None


def period_scheme(r: Reader) -> PeriodScheme:
    """Every year's cut-off rule from the plan in force for that year (its version in force on 31 December);
    years without a plan follow the nearest known rule (domain.periods.PeriodScheme)."""
    rules = {}
    for (year,) in r.rows("SELECT DISTINCT year FROM plan_version ORDER BY year", ()):
        content = scalar(r, "SELECT content_json FROM plan_version WHERE year = ? AND valid_from <= ? "
                            "ORDER BY valid_from DESC, id DESC LIMIT 1", (year, date(year, 12, 31).isoformat()))
        if content:
            rules[int(year)] = CutoffRule.parse(json.loads(content).get("cutoff_rule") or "calendar")
    return PeriodScheme(rules)


def sent_and_acknowledged(r: Reader) -> tuple[dict[str, date], dict[str, date]]:
    """(period code -> day its first package was signed, period code -> day the office's receipt was imported).

    Sent means packaged (signed into a report package: the officer carries it to the office); a later amendment
    does not make the period unsent. Acknowledged means a receipt for the period came back and was imported."""
    sent = {p: _local_day(at) for p, at in r.rows(
        "SELECT period, min(at) FROM lifecycle_ledger WHERE event = 'signed' GROUP BY period", ()) if at}
    acknowledged = {p: _local_day(at) for p, at in r.rows(
        "SELECT period, min(imported_at) FROM loop_receipt WHERE direction = ? GROUP BY period", (RECEIVED,))
        if at}
    return sent, acknowledged


def _local_day(stamp: object) -> date:
    """The officer's calendar day of a stored time: the ledger writes UTC (06:00 in Hà Nội is 23:00 UTC the day
    before), other tables local naive times."""
    moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
    return (moment.astimezone() if moment.tzinfo else moment).date()


def propaganda_totals(r: Reader, start: date, end: date) -> tuple[int, int, int]:
    """(activities, participants, materials) of propaganda activities dated within the inclusive window."""
    count, participants, materials = r.rows(
        "SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(materials), 0) FROM propaganda_activity "
        "WHERE activity_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))[0]
    return int(count), int(participants), int(materials)


def received_comments(r: Reader) -> dict[str, dict[str, list[ReceiptComment]]]:
    """Period code -> {indicator: [remarks]} from the newest receipt the commune imported for each period."""
    out: dict[str, dict[str, list[ReceiptComment]]] = {}
    periods = [p for (p,) in r.rows("SELECT DISTINCT period FROM loop_receipt WHERE direction = ? ORDER BY period",
                                    (RECEIVED,))]
    for period in periods:
        newest = r.rows("SELECT id, status FROM loop_receipt WHERE direction = ? AND period = ? "
                        "ORDER BY revision DESC, id DESC LIMIT 1", (RECEIVED, period))
        if not newest:
            continue
        receipt_id, status = newest[0]
        by_code: dict[str, list[ReceiptComment]] = {}
        for c_period, indicator, text in r.rows(
                "SELECT period, indicator, text FROM loop_receipt_comment WHERE receipt_id = ? ORDER BY id",
                (receipt_id,)):
            by_code.setdefault(indicator, []).append(ReceiptComment(c_period, indicator, text, status, receipt_id))
        if by_code:
            out[period] = by_code
    return out
