"""Sections I, III, IV, V drawn from the figures: two communes get different text, every claim agrees with the
rows (recomputed here in SQL, not through the code under test), nothing is claimed that the figures do not show."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from commune_desk.domain.indicators import AT_RISK, MET, MISSED, NO_DATA, OFFICE, ON_TRACK
from commune_desk.domain.periods import Period
from commune_desk.domain.report_content import SECTIONS
from tests.reports.helpers import rows, scalar

Q2, YEAR = Period.parse("2026-Q2"), Period.parse("2026")
DAYS = {Q2: date(2026, 7, 3), YEAR: date(2026, 12, 18)}


@pytest.fixture(scope="module")
def communes(tmp_path_factory, qapp):
    """Two demo communes (seeds 7 and 12) with the sample plan; {seed: db}."""
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.database import open_database

    base = tmp_path_factory.mktemp("narrative")
    dbs = {}
    for seed in (7, 12):
        dbs[seed] = open_database(base / f"c{seed}.db")
        create_demo(dbs[seed], year=2026, seed=seed, force=False, actor="t", today=date(2026, 12, 18), with_plan=True)
    yield dbs
    for db in dbs.values():
        db.dispose()


def _content(db, period):
    from commune_desk.services.reports.report_data import collect

    return collect(db, period, as_of=DAYS[period])


def _found(db, period):
    from commune_desk.services.reports.report_docx import next_period_name
    from commune_desk.services.reports.report_narrative import findings

    c = _content(db, period)
    return c, findings(c, next_period_name(c.period_code))


@pytest.mark.parametrize("period", [Q2, YEAR], ids=["Q2", "year"])
def test_two_communes_get_different_assessments_tasks_and_proposals(communes, period):
    from commune_desk.services.reports.report_narrative import draft

    a, b = (draft(_content(communes[s], period)) for s in (7, 12))
    for key in SECTIONS:
        assert a[key].strip() and b[key].strip(), key
    for key in ("situation", "assessment", "difficulties", "next_tasks", "proposals"):
        assert a[key] != b[key], key


def _units(db, window):
    """(units existing at the window end as (id, name), ids reached in the window), from the rows and the unit
    events: a unit merged, dissolved or split on or before the end is gone; an activity of a unit merged by then
    counts for the unit it was merged into."""
    start, end = window
    ends = {
        u: (kind, date.fromisoformat(str(d)[:10]), into)
        for u, kind, d, into in rows(
            db,
            "SELECT unit_id, kind, effective_date, merged_into_id FROM residential_unit_event "
            "WHERE kind IN ('merged', 'dissolved', 'split')",
        )
    }
    existing = [
        (uid, name)
        for uid, name, active in rows(db, "SELECT id, name, active FROM residential_unit ORDER BY sort_order, id")
        if (active or uid in ends) and not (uid in ends and ends[uid][1] <= end)
    ]
    reached = set()
    for (uid,) in rows(
        db,
        "SELECT DISTINCT unit_id FROM propaganda_activity WHERE activity_date BETWEEN :a AND :b "
        "AND unit_id IS NOT NULL",
        a=start.isoformat(),
        b=end.isoformat(),
    ):
        while uid in ends and ends[uid][0] == "merged" and ends[uid][1] <= end:
            uid = ends[uid][2]
        reached.add(uid)
    return existing, reached


def _window_sql(c):
    return {"a": c.window[0].isoformat(), "b": c.window[1].isoformat()}


@pytest.mark.parametrize("period", [Q2, YEAR], ids=["Q2", "year"])
def test_every_claim_agrees_with_the_rows(communes, period):
    for seed, db in communes.items():
        c, found = _found(db, period)
        w = _window_sql(c)
        by_key = {}
        for items in found.values():  # the first section to state a key (III before IV) is checked
            for f in items:
                by_key.setdefault(f.key, f)
        # The summary of III.1: activities, participants, units, businesses inspected, support.
        summary = dict(by_key["summary"].facts)
        assert summary["activities"] == scalar(
            db, "SELECT count(*) FROM propaganda_activity WHERE activity_date BETWEEN :a AND :b", **w
        )
        assert summary["participants"] == scalar(
            db,
            "SELECT coalesce(sum(participants), 0) FROM propaganda_activity WHERE activity_date BETWEEN :a AND :b",
            **w,
        )
        assert summary["supported"] == scalar(
            db, "SELECT coalesce(sum(count), 0) FROM reintegration_support WHERE support_date BETWEEN :a AND :b", **w
        )
        active, covered = _units(db, c.window)
        without = [name for uid, name in active if uid not in covered]
        assert summary["units_total"] == len(active) and summary["units"] == len(active) - len(without)
        # Units without activities: named exactly when there are some, never otherwise.
        if without:
            text = by_key["units_without_propaganda"].text
            assert f"Còn {len(without)} thôn, tổ dân phố" in text and all(n in text for n in without)
        else:
            assert "units_without_propaganda" not in by_key and "units_all" in by_key
        # Businesses operating at the end and not inspected since the year began.
        end = c.window[1].isoformat()
        not_inspected = scalar(
            db,
            "SELECT count(*) FROM business b WHERE b.registered_date <= :e AND (b.closed_date IS NULL OR "
            "b.closed_date >= :e) AND b.id NOT IN (SELECT business_id FROM inspection WHERE inspection_date "
            "BETWEEN :y AND :e)",
            e=end,
            y=c.ytd_window[0].isoformat(),
        )
        if not_inspected:
            assert dict(by_key["not_inspected"].facts)["businesses"] == not_inspected
            assert f"Còn {not_inspected} cơ sở" in by_key["not_inspected"].text
        else:
            assert "not_inspected" not in by_key
        owners, workers, committed, operating = rows(
            db,
            "SELECT count(*) - sum(owner_commitment_date IS NOT NULL AND owner_commitment_date <= :e), "
            "sum(workers), sum(workers_committed), count(*) FROM business WHERE registered_date <= :e AND "
            "(closed_date IS NULL OR closed_date >= :e)",
            e=end,
        )[0]
        if owners or workers - committed:
            facts = dict(by_key["commitments"].facts)
            assert (facts["owners"], facts["workers"], facts["workers_total"]) == (owners, workers - committed, workers)
        # Targets: met / on track among the strengths, missed / at risk among the shortcomings and the tasks,
        # each with the figure of Phụ lục I; a target without data only as "chưa có số liệu".
        for t in c.targets:
            key = f"target:{t.code}"
            strengths = {f.key for f in found["assessment"]}
            gaps = {f.key for f in found["difficulties"]}
            tasks = {f.key for f in found["next_tasks"]}
            if t.status in (MET, ON_TRACK):
                assert key in strengths and key not in gaps and key not in tasks
                assert ("đã đạt" if t.status == MET else "đúng tiến độ") in by_key[key].text
            elif t.status in (MISSED, AT_RISK):
                assert key in gaps and key in tasks and key not in strengths
                line = next(f for f in found["difficulties"] if f.key == key)
                assert ("không đạt" if t.status == MISSED else "có nguy cơ không đạt") in line.text
                facts = dict(line.facts)
                assert (facts["numerator"], facts.get("denominator")) == (t.value.numerator, t.value.denominator)
                if t.unit == "%" and t.value.denominator:
                    need = -(-int(t.target * t.value.denominator) // 100) - int(t.value.numerator)
                    assert facts.get("gap", 0) == max(0, need)
            elif t.status == OFFICE:  # the superior office's target: the contribution, no verdict
                assert f"office:{t.code}" in strengths and key not in strengths | gaps | tasks
                facts = dict(by_key[f"office:{t.code}"].facts)
                assert (facts["numerator"], facts.get("denominator")) == (t.value.numerator, t.value.denominator)
            else:
                assert t.status == NO_DATA and key not in strengths | gaps | tasks
        # Hotspots not eradicated at the end: from the events, in Python.
        last = {}
        for hid, kind in rows(
            db, "SELECT hotspot_id, kind_code FROM hotspot_event WHERE event_date <= :e ORDER BY event_date, id", e=end
        ):
            last[hid] = kind
        still = sum(1 for k in last.values() if k != "triet_xoa")
        assert (dict(by_key["hotspots_open"].facts)["hotspots"] if still else 0) == still
        assert ("hotspots_open" in by_key) == bool(still)
        # Proposals only from shortfalls: "none" exactly when nothing is missed, at risk, open or without data.
        # A target without a figure asks for a proposal only when a population is missing (the office's to help
        # with); a value the commune enters for the whole year later is its own work.
        from commune_desk.domain.report_no_data import no_data

        open_items = [t for t in c.targets if t.status in (MISSED, AT_RISK)] or no_data(c).no_population or still
        assert (found["proposals"][0].key == "none") == (not open_items)
        # Every number written in III–V is one of the facts of its finding (no stray figure); names of units
        # and hotspot places ("Thôn 6") are not figures.
        places = sorted(
            {r[0] for r in rows(db, "SELECT name FROM residential_unit")}
            | {r[0] for r in rows(db, "SELECT location FROM hotspot")},
            key=len,
            reverse=True,
        )
        for section in ("assessment", "difficulties", "next_tasks", "proposals"):
            for f in found[section]:
                if f.key.startswith(("target:", "compare:")):
                    continue  # the plan's own words hold numbers (“100% …”), checked above
                plain = re.sub(r"“[^”]*”", "", f.text)  # the plan's words, quoted, are not our figures
                for place in places:
                    plain = plain.replace(place, "")
                stated = {
                    int(x.replace(".", ""))
                    for x in re.findall(r"(?<![\d/,])\d[\d.]*(?![\d,%])", plain)
                    if "." not in x or len(x.split(".")[-1]) == 3
                }
                allowed = {int(v) for _, v in f.facts} | {20, 178, 2025, 2026, 2027}  # 20 days, team 178, years
                assert stated <= allowed | _dates(f.text), (seed, f.key, f.text, stated - allowed)


def _dates(text: str) -> set[int]:
    return {int(x) for d in re.findall(r"\d{2}/\d{1,2}/\d{4}", text) for x in d.split("/")}


def test_comparisons_only_against_recorded_periods(communes):
    """Q2 against Q1 of the same year and Q2 of 2025 (the demo's thinner year before): both recorded, both
    compared in the text and Biểu 8 with the figures counted in SQL here; a 2025 quarter, whose earlier periods
    (2024) hold no record at all, shows "-" and claims no change ("-" is "not recorded", never "0")."""
    from commune_desk.services.reports.report_data import collect

    db = communes[7]
    c, found = _found(db, Q2)
    previous = next(x for x in c.comparisons if x.key == "previous")
    last_year = next(x for x in c.comparisons if x.key == "last_year")
    assert previous.has_data and last_year.has_data
    for cmp in (previous, last_year):
        a, b = (d.isoformat() for d in cmp.window)
        then = dict(cmp.then)
        assert then["activities"] == scalar(
            db, "SELECT COUNT(*) FROM propaganda_activity WHERE activity_date BETWEEN :a AND :b", a=a, b=b
        )
        assert then["tipoffs"] == scalar(
            db, "SELECT COUNT(*) FROM tipoff WHERE received_date BETWEEN :a AND :b", a=a, b=b
        )
        assert then["penalty_decisions"] == scalar(
            db, "SELECT COUNT(*) FROM penalty_decision WHERE decision_date BETWEEN :a AND :b", a=a, b=b
        )
        text = next(f.text for f in found["assessment"] if f.key == f"compare:{cmp.key}")
        for now, was in cmp.pairs().values():
            if now != was:
                assert f"{'tăng' if now > was else 'giảm'} {abs(now - was)}" in text.replace(".", "")
    table = next(t for t in c.tables if t.key == "compare")
    assert table.headers[4].startswith("Kỳ trước (quý I năm 2026)")
    assert table.headers[6].startswith("Cùng kỳ năm trước (quý II năm 2025)")
    assert all(v != "-" for row in table.rows for v in row), table.rows
    # No date in a narrow header (it broke inside "08/12/202 5" in print); a shortened stretch goes to the note.
    assert not any(re.search(r"\d/\d", h) for h in table.headers)
    stretch = previous.name_vi.partition(", ")[2]
    assert (stretch in table.unit_note) if stretch else "cùng độ dài" not in table.unit_note
    # 2025's first quarter: recorded, but nothing at all in 2024.
    early = collect(db, Period.parse("2025-Q1"), as_of=date(2025, 4, 5))
    assert early.comparisons and not any(x.has_data for x in early.comparisons)
    table = next(t for t in early.tables if t.key == "compare")
    assert all(row[4:] == ("-",) * (len(row) - 4) for row in table.rows), table.rows
    assert table.rows[0][3] > 0  # this quarter itself has records: it is the earlier ones that have none


def test_targets_without_a_figure_say_why(communes):
    """In a quarter, the targets whose value the commune enters for the whole year have no figure yet: the cause
    says so and names the yearly report (it claimed "số liệu nền … chưa được nhập" with every population entered),
    and no proposal asks the office for background data."""
    from commune_desk.domain.indicators import CATALOGUE

    for seed in (7, 12):
        c, found = _found(communes[seed], Q2)
        waiting = [t for t in c.targets if t.status == NO_DATA and CATALOGUE[t.indicator].manual]
        assert waiting, seed  # the demo enters its hand values for the year only
        causes = {f.key: f for f in found["difficulties"]}
        later = causes["no_data_later"]
        assert dict(later.facts)["count"] == len(waiting)
        assert later.text.startswith(f"- {len(waiting)} chỉ tiêu") and "báo cáo năm 2026" in later.text
        assert not any("số liệu nền" in f.text for f in found["difficulties"])
        assert not any(f.key == "no_data" for f in found["proposals"])
        # the yearly report has them all: nothing is waiting there
        y, found_y = _found(communes[seed], YEAR)
        assert not any(f.key.startswith("no_data") for f in found_y["difficulties"]), seed


# ---- the general case: generated communes ----------------------------------------------------------------------
@st.composite
def commune_data(draw):
    units = draw(st.integers(1, 5))
    acts = draw(st.lists(st.tuples(st.integers(0, units), st.integers(0, 89)), max_size=12))
    businesses = draw(st.lists(st.tuples(st.booleans(), st.integers(0, 9), st.integers(0, 9)), max_size=6))
    inspections = draw(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 89)), max_size=8))
    return units, acts, businesses, inspections


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(commune_data())
def test_claims_follow_generated_data(db, data):
    """Whatever the records, a shortcoming is stated exactly when the rows show it, with their count."""
    from datetime import datetime

    from sqlalchemy import text

    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.storage.models import PropagandaRow
    from commune_desk.storage.models_records import BusinessRow, InspectionRow
    from commune_desk.services.reports.report_docx import next_period_name
    from commune_desk.services.reports.report_narrative import findings
    from commune_desk.storage.profile_repo import ProfileRepository

    units, acts, businesses, inspections = data
    with db.write() as s:
        for table in ("inspection", "business", "propaganda_activity"):
            s.execute(text(f"DELETE FROM {table}"))
    ProfileRepository(db, "t").save(
        Profile(
            role="commune",
            name="Thử",
            kind="xã",
            unit_code="99999",
            residential_units=tuple(ResidentialUnit(f"T{i}", f"Thôn {i}", "thôn") for i in range(1, units + 1)),
        )
    )
    ids = dict(rows(db, "SELECT code, id FROM residential_unit"))
    start, now = date(2026, 1, 1), datetime(2026, 1, 1)
    with db.write() as s:
        for unit, day in acts:
            s.add(
                PropagandaRow(
                    activity_date=start + timedelta(days=day),
                    form_code="loa",
                    title="t",
                    participants=5,
                    materials=0,
                    unit_id=ids.get(f"T{unit}"),
                    target_groups="",
                    organiser="",
                    note="",
                    catalogue_version="",
                    search_text="",
                    created_at=now,
                    updated_at=now,
                )
            )
        made = []
        for i, (signed, workers, committed) in enumerate(businesses, start=1):
            row = BusinessRow(
                code=f"B{i}",
                name="x",
                kind_code="karaoke",
                registered_date=date(2025, 1, 1),
                owner_commitment_date=date(2025, 2, 1) if signed else None,
                workers=workers,
                workers_committed=min(committed, workers),
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            made.append(row)
        s.flush()
        for business, day in inspections:
            if business < len(made):
                s.add(
                    InspectionRow(
                        business_id=made[business].id,
                        inspection_date=start + timedelta(days=day),
                        team="Đội 178",
                        outcome_code="khong_vi_pham",
                        handling_code="khong",
                        created_at=now,
                        updated_at=now,
                    )
                )
    from commune_desk.services.reports.report_data import collect

    c = collect(db, Period.parse("2026-Q1"), as_of=date(2026, 4, 5))
    found = findings(c, next_period_name(c.period_code))
    keys = {}
    for items in found.values():
        for f in items:
            keys.setdefault(f.key, f)
    covered = {u for u, d in acts if u >= 1 and start + timedelta(days=d) <= c.window[1]}
    missing = units - len(covered)
    assert ("units_without_propaganda" in keys) == (missing > 0 and not c.empty)
    if missing and not c.empty:
        assert dict(keys["units_without_propaganda"].facts)["units"] == missing
    inspected = {b for b, d in inspections if b < len(businesses) and start + timedelta(days=d) <= c.window[1]}
    not_inspected = len(businesses) - len(inspected)
    assert (dict(keys["not_inspected"].facts)["businesses"] if "not_inspected" in keys else 0) == not_inspected
    owners = sum(1 for signed, _, _ in businesses if not signed)
    workers = sum(w - min(k, w) for _, w, k in businesses)
    if owners or workers:
        assert dict(keys["commitments"].facts)["owners"] == owners
        assert dict(keys["commitments"].facts)["workers"] == workers
    else:
        assert "commitments" not in keys
    assert c.empty == (
        not any(start + timedelta(days=d) <= c.window[1] for _, d in acts)
        and not any(b < len(businesses) and start + timedelta(days=d) <= c.window[1] for b, d in inspections)
    )
    if c.empty:
        assert keys["empty"].text and "0 hoạt động" not in " ".join(f.text for f in found["situation"])
