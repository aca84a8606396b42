"""storage/tally_reads.py and storage/community_reads.py equal a recount in plain Python over the raw rows of a
demo commune, on every day the data change (a record's own dates are the boundaries a comparison can get wrong)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from commune_desk.storage import community_reads, tally_reads
from commune_desk.storage.community_queries import figures_counted
from commune_desk.storage.sql_reader import SessionReader
from tests.reports.helpers import rows

TODAY = date(2026, 11, 20)
WINDOWS = [
    (date(2025, 12, 15), date(2026, 3, 14)),
    (date(2026, 1, 1), date(2026, 6, 30)),
    (date(2026, 7, 1), date(2026, 9, 30)),
    (date(2025, 1, 1), date(2026, 12, 31)),
]


def _d(value) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path_factory.mktemp("reads") / "demo.db")
    create_demo(db, year=2026, seed=4, force=False, actor="t", today=TODAY)
    # The demo closes no business and settles every tip-off it handles after receiving it: close some on days
    # that are also other businesses' registration days, and settle one tip-off on the day it came in.
    from sqlalchemy import text

    with db.write() as s:
        ids = [i for (i,) in s.execute(text("SELECT id FROM business ORDER BY id"))]
        days = [d for (d,) in s.execute(text("SELECT registered_date FROM business ORDER BY registered_date DESC"))]
        for i, day in zip(ids[::7], days[:: max(1, len(days) // 6)]):
            s.execute(
                text("UPDATE business SET closed_date = max(registered_date, :d) WHERE id = :i"), {"d": day, "i": i}
            )
        s.execute(text("UPDATE tipoff SET handled_date = received_date WHERE id = (SELECT min(id) FROM tipoff)"))
        # Two events of one hotspot and two status changes of one model on one day: entry order decides.
        for table, column, other, instead in (
            ("hotspot_event", "kind_code", "triet_xoa", "phat_sinh_lai"),
            ("community_model_status", "status", "paused", "operating"),
        ):
            names = [r[1] for r in s.execute(text(f"PRAGMA table_info({table})")) if r[1] != "id"]
            picked = [c if c != column else f"CASE WHEN {column} = :o THEN '{instead}' ELSE :o END" for c in names]
            for row_id in [i for (i,) in s.execute(text(f"SELECT id FROM {table} ORDER BY id"))][::3]:
                s.execute(
                    text(
                        f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(picked)} FROM {table} "
                        "WHERE id = :i"
                    ),
                    {"o": other, "i": row_id},
                )
    yield db
    db.dispose()


def _days(db, *columns: str) -> list[date]:
    """Every distinct day in `table.column` (the boundaries), each also with the day before."""
    days: set[date] = set()
    for spec in columns:
        table, column = spec.split(".")
        for (value,) in rows(db, f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"):
            day = _d(value)
            days.add(day)
            days.add(date.fromordinal(day.toordinal() - 1))
    return sorted(days)


def test_pending_tipoffs_and_operating_businesses_on_every_boundary_day(demo):
    tips = [(_d(r), _d(h)) for r, h in rows(demo, "SELECT received_date, handled_date FROM tipoff")]
    biz = [
        (_d(a), _d(b), _d(c), w, k)
        for a, b, c, w, k in rows(
            demo, "SELECT registered_date, closed_date, owner_commitment_date, workers, workers_committed FROM business"
        )
    ]
    assert any(h for _, h in tips) and any(b for _, b, *_ in biz)  # the boundaries exist in the data
    days = _days(
        demo,
        "tipoff.received_date",
        "tipoff.handled_date",
        "business.registered_date",
        "business.closed_date",
        "business.owner_commitment_date",
    )
    with demo.read() as s:
        for day in days:
            pending = sum(1 for got, handled in tips if got <= day and (handled is None or handled > day))
            assert tally_reads.tipoffs_pending(s, day) == pending, day
            operating = [b for b in biz if b[0] <= day and (b[1] is None or b[1] >= day)]
            want = tally_reads.OperatingBusinesses(
                len(operating),
                sum(1 for b in operating if b[2] is not None and b[2] <= day),
                sum(b[3] or 0 for b in operating),
                sum(b[4] or 0 for b in operating),
            )
            assert tally_reads.operating_businesses(s, day) == want, day


def test_businesses_inspections_and_measures_of_a_window(demo):
    biz = {
        i: (_d(a), _d(b), k)
        for i, a, b, k in rows(demo, "SELECT id, registered_date, closed_date, kind_code FROM business")
    }
    visits = [
        (_d(d), b, t, o)
        for d, b, t, o in rows(demo, "SELECT inspection_date, business_id, team, outcome_code FROM inspection")
    ]
    events = [(_d(d), h, k) for d, h, k in rows(demo, "SELECT event_date, hotspot_id, kind_code FROM hotspot_event")]
    with demo.read() as s:
        for a, b in WINDOWS:

            def inside(day, a=a, b=b):
                return day is not None and a <= day <= b

            assert tally_reads.businesses_registered(s, (a, b)) == dict(
                Counter(k for reg, _c, k in biz.values() if inside(reg))
            )
            assert tally_reads.businesses_closed(s, (a, b)) == sum(1 for _r, c, _k in biz.values() if inside(c))
            seen = {bid for day, bid, _t, _o in visits if inside(day)}
            assert tally_reads.not_inspected(s, b, (a, b)) == dict(
                Counter(k for i, (reg, c, k) in biz.items() if reg <= b and (c is None or c >= b) and i not in seen)
            )
            assert sorted(tally_reads.inspections(s, (a, b))) == sorted(
                (t, bid, o) for day, bid, t, o in visits if inside(day)
            )
            assert tally_reads.hotspot_events(s, (a, b), "phat_hien") == sum(
                1 for day, _h, k in events if inside(day) and k == "phat_hien"
            )
            measures = tally_reads.window_measures(s, (a, b), "phat_hien")
            assert measures["inspections"] == sum(1 for day, *_ in visits if inside(day))
            assert measures["inspected"] == len(seen)
            assert measures["new_hotspots"] == tally_reads.hotspot_events(s, (a, b), "phat_hien")
            for key, table, column, amount in (
                ("activities", "propaganda_activity", "activity_date", "1"),
                ("participants", "propaganda_activity", "activity_date", "participants"),
                ("trainings", "training", "training_date", "1"),
                ("tipoffs", "tipoff", "received_date", "1"),
                ("penalty_decisions", "penalty_decision", "decision_date", "1"),
                ("supported", "reintegration_support", "support_date", "count"),
            ):
                raw = rows(demo, f"SELECT {column}, {amount} FROM {table}")
                assert measures[key] == sum(n or 0 for day, n in raw if inside(_d(day))), key


def test_hotspots_state_on_every_event_day(demo):
    events = [
        (_d(d), i, h, k) for d, i, h, k in rows(demo, "SELECT event_date, id, hotspot_id, kind_code FROM hotspot_event")
    ]
    places = dict(rows(demo, "SELECT id, location FROM hotspot"))
    assert len({(day, h) for day, _i, h, _k in events}) < len(events)  # a hotspot has two events on a day
    with demo.read() as s:
        for day in _days(demo, "hotspot_event.event_date"):
            last: dict = {}
            for _day, _id, hotspot, kind in sorted(e for e in events if e[0] <= day):
                last[hotspot] = kind
            assert tally_reads.hotspot_states(s, day) == last, day
            open_ids = [h for h, k in last.items() if k != "triet_xoa"]
            assert tally_reads.hotspot_locations(s, open_ids) == tuple(places[h] for h in sorted(open_ids))
        for a, b in WINDOWS:
            found = sorted(h for day, _i, h, k in events if a <= day <= b and k == "phat_hien")
            assert tally_reads.hotspots_with_event(s, (a, b), "phat_hien") == tuple(places[h] for h in found)


def test_models_and_teams_equal_their_rows(demo):
    models = rows(demo, "SELECT id, code, name, kind_code, partner, set_up_date FROM community_model")
    changes = rows(demo, "SELECT model_id, status_date, status, id FROM community_model_status")
    assert models and changes
    with demo.read() as s:
        for day in _days(demo, "community_model.set_up_date", "community_model_status.status_date"):
            want = sorted(
                (code, i, name, kind, partner, _d(up)) for i, code, name, kind, partner, up in models if _d(up) <= day
            )
            got = community_reads.models_set_up_by(s, day)
            assert [(m.code, m.id, m.name, m.kind_code, m.partner, m.set_up_date) for m in got] == want
            history: dict = {}
            for mid, when, status, _id in sorted(changes, key=lambda c: (_d(c[1]), c[3])):
                if _d(when) <= day:
                    history.setdefault(mid, []).append((_d(when), status))
            assert community_reads.status_changes(s, day) == history, day
        for window in WINDOWS:
            counted, _late = figures_counted(SessionReader(s), window, TODAY)
            want_served: dict = {}
            for fid, mid, sessions, referrals in rows(
                demo, "SELECT id, model_id, sessions, referrals FROM community_model_figures"
            ):
                if fid in counted:
                    served = rows(demo, "SELECT sex, persons FROM community_model_served WHERE figures_id = :f", f=fid)
                    p, w, ses, ref = want_served.get(mid, (0, 0, 0, 0))
                    want_served[mid] = (
                        p + sum(n for _, n in served),
                        w + sum(n for x, n in served if x == "nu"),
                        ses + sessions,
                        ref + referrals,
                    )
            assert community_reads.model_served(s, window, TODAY) == want_served
            activity: dict = {}
            for name, table, column, people in (
                ("propaganda", "propaganda_activity", "activity_date", "participants"),
                ("support", "reintegration_support", "support_date", "count"),
                ("tipoffs", "tipoff", "received_date", "0"),
            ):
                for tid, day, n in rows(demo, f"SELECT team_id, {column}, {people} FROM {table}"):
                    if tid is not None and window[0] <= _d(day) <= window[1]:
                        count, total = activity.setdefault(tid, {}).get(name, (0, 0))
                        activity[tid][name] = (count + 1, total + (n or 0))
            assert community_reads.team_activity(s, window) == activity
        members: Counter = Counter()
        for tid, n in rows(demo, "SELECT team_id, count FROM team_member"):
            members[tid] += n or 0
        assert community_reads.team_members(s) == dict(members)
        teams = rows(demo, "SELECT id, code, name, kind_code, formed_date, dissolved_date FROM team ORDER BY code")
        assert [
            (t.id, t.code, t.name, t.kind_code, t.formed_date, t.dissolved_date) for t in community_reads.teams(s)
        ] == [(i, c, n, k, _d(f), _d(d)) for i, c, n, k, f, d in teams]
