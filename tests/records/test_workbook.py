"""The records workbook: exact round trip, every problem located, all-or-nothing, other units refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from commune_desk.domain.errors import ValidationFailed
from commune_desk.services.demo_data.demo import create_demo, demo_profile
from commune_desk.services.records.records_import import WorkbookRefused, import_records
from commune_desk.services.records.records_workbook import export_records
from commune_desk.storage.database import open_database
from commune_desk.storage.models import Base
from commune_desk.storage.repos.bulk import read_all

TODAY = date(2026, 11, 20)


def cells(path) -> dict:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    out = {name: [tuple(r) for r in wb[name].iter_rows(values_only=True)] for name in wb.sheetnames}
    wb.close()
    return out


def snapshot(db) -> dict:
    with db.read() as s:
        return {t.name: s.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def fresh(tmp_path):
    dbs = []

    def make(name="fresh.db"):
        dbs.append(open_database(tmp_path / name))
        return dbs[-1]

    yield make
    for d in dbs:
        d.dispose()


def test_export_import_export_is_exact_for_every_record_type(demo_db, fresh, tmp_path):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    counts = export_records(demo_db, first, include_identities=True)
    assert all(counts[s] > 0 for s in ("unit_events", "propaganda", "trainings", "businesses", "inspections",
                                       "hotspots", "hotspot_events", "tipoffs", "penalties", "support",
                                       "assessments", "teams", "models", "model_status", "model_figures"))
    target = fresh()
    result = import_records(target, first, "t")
    assert result.adopted_profile and not [p for p in result.problems if p.severity == "error"]
    export_records(target, second, include_identities=True)
    assert cells(first) == cells(second)
    p1, u1, r1 = read_all(demo_db)
    p2, u2, r2 = read_all(target)
    assert (p1.unit_code, p1.is_demo, u1) == (p2.unit_code, p2.is_demo, u2)
    # Participants by role (members by role, persons by sex and age) are mappings: the workbook lists them in
    # catalogue order.
    canon = lambda recs, f="participants": [replace(r, **{f: tuple(sorted(getattr(r, f)))}) for r in recs]  # noqa
    assert canon(r1.pop("training")) == canon(r2.pop("training"))
    assert canon(r1.pop("team"), "members") == canon(r2.pop("team"), "members")
    assert canon(r1.pop("model_figures"), "served") == canon(r2.pop("model_figures"), "served")
    assert any(p.team_code for p in r2["propaganda"]) and any(t.team_code for t in r2["tipoff"])
    assert r1 == r2 and any(p.identity for p in r2["penalty_decision"])


def test_identities_stay_out_of_exports_without_the_flag(demo_db, tmp_path):
    path = tmp_path / "plain.xlsx"
    export_records(demo_db, path)
    penalties = cells(path)["penalties"]
    assert not any(str(c).startswith("identity.") for c in penalties[0])
    names = {p.identity.id_number for p in read_all(demo_db)[2]["penalty_decision"] if p.identity}
    flat = {str(v) for rows in cells(path).values() for row in rows for v in row}
    assert names and not names & flat


def test_every_problem_is_located_and_nothing_is_written(demo_db, tmp_path):
    from openpyxl import load_workbook

    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    export_records(demo_db, good)
    wb = load_workbook(good)
    wb["propaganda"]["D3"] = "mười"
    wb["propaganda"]["A4"] = "31/02/2026"
    wb["propaganda"]["C5"] = "Th«n 3 häp d©n"
    wb["trainings"]["B3"] = "khong_co_chu_de"
    wb["support"]["A3"] = "hôm qua"
    wb["hotspots"]["B3"] = "Thoân 2"
    wb.save(bad)
    before = snapshot(demo_db)
    with pytest.raises(ValidationFailed) as err:
        import_records(demo_db, bad, "t", today=TODAY)
    text = str(err.value)
    for where in ("propaganda row 3 column D (participants)", "propaganda row 4 column A (activity_date)",
                  "propaganda row 5 column C (title)", "trainings row 3 column B (topic_code)",
                  "support row 3 column A (support_date)", "hotspots row 3 column B (location)"):
        assert where in text
    assert "'mười'" in text and "TCVN3" in text and "VNI" in text
    # The same unit's records are already there: duplicates are reported too, and nothing at all is written.
    assert "business code 'CS001' is already used in the database" in text
    assert snapshot(demo_db) == before
    dry = import_records(demo_db, bad, "t", dry_run=True, today=TODAY)
    assert len(dry.problems) == len(err.value.problems)
    assert snapshot(demo_db) == before


def test_another_units_workbook_is_refused(demo_db, fresh, tmp_path):
    other = fresh("other.db")
    create_demo(other, year=2026, seed=8, force=False, actor="t", today=TODAY)
    path = tmp_path / "other.xlsx"
    export_records(other, path)
    before = snapshot(demo_db)
    with pytest.raises(WorkbookRefused, match="belongs to unit"):
        import_records(demo_db, path, "t", today=TODAY)
    assert snapshot(demo_db) == before


def test_two_seeds_give_two_units(demo_db, fresh):
    a, b = demo_profile(7), demo_profile(8)
    assert a.unit_code != b.unit_code and a.name != b.name
    other = fresh("eight.db")
    create_demo(other, year=2026, seed=8, force=False, actor="t", today=TODAY)
    assert read_all(other)[0].unit_code == b.unit_code != read_all(demo_db)[0].unit_code
    assert read_all(other)[2]["business"] != read_all(demo_db)[2]["business"]


def test_demo_is_deterministic_per_seed(fresh):
    one, two = fresh("one.db"), fresh("two.db")
    for d in (one, two):
        create_demo(d, year=2026, seed=5, force=False, actor="t", today=TODAY)
    assert read_all(one)[2] == read_all(two)[2]
