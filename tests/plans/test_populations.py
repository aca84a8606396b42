"""Populations per year and hand-entered values: history, audit, locks, shapes, the missing figure said, workbook."""

from __future__ import annotations

from datetime import date

import pytest

from commune_desk.domain.errors import ExpectedError, Locked, ValidationFailed
from commune_desk.domain.hand_values import ManualValue
from commune_desk.domain.period_state import PeriodState
from commune_desk.domain.populations import PopulationEntry
from commune_desk.domain.records.types import Training, TrainingLine
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.audit_log import AuditLog
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.manual_values import ManualValueRepository
from commune_desk.storage.period_repo import PeriodStateRepository
from commune_desk.storage.population_repo import PopulationRepository
from commune_desk.storage.repos import KINDS, RecordRepository
from commune_desk.storage.sql_reader import SessionReader

TODAY = date(2026, 11, 20)
YEAR_WINDOW = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def repos(db):
    cats = default_catalogues()
    return (PopulationRepository(db, "lan", today=lambda: TODAY, catalogues=cats),
            RecordRepository(db, "lan", KINDS["training"], today=lambda: TODAY, catalogues=cats),
            ManualValueRepository(db, "lan"))


def figure(db, code, window=YEAR_WINDOW, period="2026"):
    with db.read() as s:
        return compute(SessionReader(s), code, window, period_code=period, as_of=TODAY)


def test_a_correction_keeps_the_history_and_is_audited(db, repos):
    pops, _, _ = repos
    first = pops.set(PopulationEntry(2026, "teachers", 80, date(2025, 9, 15), "Báo cáo đầu năm học"))
    assert pops.set(PopulationEntry(2026, "teachers", 80, date(2025, 9, 15), "Báo cáo đầu năm học")).id == first.id
    second = pops.set(PopulationEntry(2026, "teachers", 84, date(2025, 9, 15), "Báo cáo đầu năm học (sửa)"))
    assert [e.value for e in pops.list(2026)] == [84]
    history = pops.list(2026, history=True)
    assert [(e.value, e.current) for e in history] == [(80, False), (84, True)]
    assert history[0].replaced_at is not None and history[1].recorded_by == "lan"
    entries = AuditLog(db).entries(entity="population")
    assert [(a.action, a.entity_id) for a in entries] == [("create", str(first.id)), ("update", str(second.id))]
    assert entries[1].before["value"] == 80 and entries[1].after["value"] == 84
    with db.write() as s, pytest.raises(Exception, match="kept as history"):
        s.connection().exec_driver_sql("DELETE FROM population")


def test_the_figure_in_force_is_the_latest_dated_on_or_before_the_window_end(db, repos):
    pops, _, values = repos
    pops.set(PopulationEntry(2026, "workers", 100, date(2026, 1, 1), "Sổ theo dõi"))
    pops.set(PopulationEntry(2026, "workers", 160, date(2026, 7, 1), "Sổ theo dõi, rà soát tháng 7"))
    values.set(ManualValue("WORKERS_REACHED", "2026-Q1", 40))
    values.set(ManualValue("WORKERS_REACHED", "2026", 120))
    q1 = figure(db, "WORKERS_REACHED", (date(2026, 1, 1), date(2026, 3, 31)), "2026-Q1")
    year = figure(db, "WORKERS_REACHED")
    assert (q1.numerator, q1.denominator) == (40, 100)       # the July figure is not known at the end of March
    assert (year.numerator, year.denominator) == (120, 160)


def test_a_missing_population_is_said_never_a_silent_zero(db, repos):
    _, trainings, values = repos
    values.set(ManualValue("PUPILS_REACHED", "2026", 300))
    pupils = figure(db, "PUPILS_REACHED")
    assert pupils.entered and pupils.denominator is None and pupils.missing_population == "pupils"
    assert pupils.percent is None
    trainings.add(Training(date(2026, 3, 2), "nghiep_vu", "Lớp", participants=(TrainingLine("can_bo", "xa", 5, 5),)))
    staff = figure(db, "STAFF_TRAINED")
    assert (staff.numerator, staff.denominator, staff.missing_population) == (5, None, "staff")


def test_persons_above_their_population_are_refused_with_the_reason(db, repos):
    pops, trainings, values = repos
    pops.set(PopulationEntry(2026, "staff", 10, date(2026, 1, 5), "QĐ kiện toàn", "cong_tac_vien", "thon"))
    trainings.add(Training(date(2026, 3, 2), "giam_hai", "Lớp 1",
                           participants=(TrainingLine("cong_tac_vien", "thon", 9, 8),)))
    with pytest.raises(ValidationFailed) as caught:
        trainings.add(Training(date(2026, 5, 2), "giam_hai", "Lớp 2",
                               participants=(TrainingLine("cong_tac_vien", "thon", 9, 3),)))
    problem = caught.value.problems[0]
    assert problem.where == "persons.cong_tac_vien.thon"
    assert "11 persons" in str(problem) and "the 10 staff" in str(problem) and "QĐ kiện toàn" in str(problem)
    # The same people attending again are attendances, not new persons: accepted.
    trainings.add(Training(date(2026, 5, 2), "giam_hai", "Lớp 2",
                           participants=(TrainingLine("cong_tac_vien", "thon", 9, 2),)))
    # Lowering the staff figure below the persons already trained is refused too.
    with pytest.raises(ValidationFailed, match="already trained for the first time in 2026"):
        pops.set(PopulationEntry(2026, "staff", 9, date(2026, 1, 5), "QĐ kiện toàn (sửa)", "cong_tac_vien", "thon"))
    staff = figure(db, "STAFF_TRAINED")
    attendances = figure(db, "TRAINING_ATTENDANCES")
    assert (staff.numerator, staff.denominator, attendances.numerator) == (10, 10, 18)
    pops.set(PopulationEntry(2026, "workers", 50, date(2026, 1, 1), "Sổ"))
    with pytest.raises(ValidationFailed, match="cannot pass 100 %"):
        values.set(ManualValue("WORKERS_REACHED", "2026-H1", 51))
    values.set(ManualValue("WORKERS_REACHED", "2026-H1", 50))
    with pytest.raises(ValidationFailed, match="population .* cannot be 40"):
        pops.set(PopulationEntry(2026, "workers", 40, date(2026, 8, 1), "Sổ, rà soát"))


@pytest.mark.parametrize("code,value,den,message", [
    ("PLAN_BUILT", 2, None, "yes/no"), ("PLAN_BUILT", 1, 3, "no denominator"),
    ("DOCUMENTS_ISSUED", 2.5, None, "whole number"), ("DOCUMENTS_ISSUED", 3, 4, "a count has no denominator"),
    ("VIOLATIONS_HANDLED", 3, None, "is required"), ("VIOLATIONS_HANDLED", 5, 4, "must not exceed"),
    ("TEACHERS_REACHED", 3, 10, "entered apart"), ("STAFF_TRAINED", 3, None, "not an indicator entered by hand"),
    ("PLAN_BUILT", -1, None, "0 or more"),
])
def test_each_value_must_have_its_catalogue_shape(db, repos, code, value, den, message):
    with pytest.raises(ValidationFailed, match=message):
        repos[2].set(ManualValue(code, "2026", value, den))


def test_hand_values_are_audited_with_who_and_locked_with_their_period(db, repos):
    _, _, values = repos
    saved = values.set(ManualValue("PLAN_BUILT", "2026-Q1", 1, evidence="Kế hoạch số 05/KH-UBND ngày 10/01/2026"))
    assert saved.entered_by == "lan" and saved.entered_at is not None and saved.denominator is None
    assert figure(db, "PLAN_BUILT", (date(2026, 1, 1), date(2026, 3, 31)), "2026-Q1").percent == 100.0
    entry = AuditLog(db).entries(entity="manual_indicator")[-1]
    assert entry.entity_id == "PLAN_BUILT@2026-Q1" and entry.after["evidence"].startswith("Kế hoạch số 05")
    PeriodStateRepository(db, "lan").set(PeriodState("2026-Q1", "signed", 1, "x", date(2026, 1, 1),
                                                     date(2026, 3, 31)))
    with pytest.raises(Locked, match="2026-Q1 was signed"):
        values.set(ManualValue("PLAN_BUILT", "2026-Q1", 0))
    with pytest.raises(Locked):
        values.delete("PLAN_BUILT", "2026-Q1")
    values.set(ManualValue("PLAN_BUILT", "2026-Q2", 1))                   # the next period is open


def test_a_population_in_force_at_a_signed_period_end_cannot_change(db, repos):
    pops = repos[0]
    pops.set(PopulationEntry(2026, "residents", 8000, date(2025, 12, 31), "Công an xã"))
    PeriodStateRepository(db, "lan").set(PeriodState("2026-Q1", "signed", 1, "x", date(2026, 1, 1),
                                                     date(2026, 3, 31)))
    with pytest.raises(Locked, match="2026-Q1"):
        pops.set(PopulationEntry(2026, "residents", 8100, date(2025, 12, 31), "Công an xã (sửa)"))
    pops.set(PopulationEntry(2026, "residents", 8100, date(2026, 6, 30), "Công an xã, giữa năm"))  # after Q1
    assert {e.value for e in pops.list(2026)} == {8000, 8100}


@pytest.mark.parametrize("entry,where", [
    (PopulationEntry(2026, "voters", 5, date(2026, 1, 1), "x"), "kind"),
    (PopulationEntry(2026, "staff", 5, date(2026, 1, 1), "x", "can_bo", ""), "level"),
    (PopulationEntry(2026, "pupils", 5, date(2026, 1, 1), "x", "can_bo", "xa"), "role"),
    (PopulationEntry(2026, "pupils", -5, date(2026, 1, 1), "x"), "value"),
    (PopulationEntry(2026, "pupils", 5, date(2024, 6, 1), "x"), "as_of"),
    (PopulationEntry(2026, "pupils", 5, date(2026, 12, 1), "x"), "as_of"),        # after "today"
    (PopulationEntry(2026, "pupils", 5, date(2026, 1, 1), "  "), "source"),
])
def test_bad_population_entries_name_the_field(db, repos, entry, where):
    with pytest.raises(ValidationFailed) as caught:
        repos[0].set(entry)
    assert where in {p.where for p in caught.value.problems}


def test_cli_population_and_indicator_session(cli, tmp_path):
    db = tmp_path / "c.db"
    assert cli("--db", db, "demo", "--seed", "4", "--year", "2026", "--no-plan").returncode == 0
    shown = cli("--db", db, "population", "show", "--year", "2026", "--history")
    assert shown.returncode == 0 and "\tstaff\tcan_bo\txa\t" in shown.stdout and "workers" in shown.stdout
    bad = cli("--db", db, "population", "set", "pupils", "mười", "--year", "2026", "--source", "x")
    assert bad.returncode == 2 and "VALUE 'mười'" in bad.stderr
    ok = cli("--db", db, "population", "set", "pupils", "1.250", "--year", "2026", "--source", "Phòng GD",
             "--date", "15/09/2025")
    assert ok.returncode == 0 and "1250 as of 15/09/2025" in ok.stdout
    refused = cli("--db", db, "indicator", "set", "PUPILS_REACHED", "2026", "1300")
    assert refused.returncode == 2 and "cannot pass 100 %" in refused.stderr
    assert cli("--db", db, "indicator", "set", "PUPILS_REACHED", "2026", "900", "--evidence", "BC 3/BC-THCS"
               ).returncode == 0
    assert cli("--db", db, "indicator", "set", "HARM_REDUCTION", "2026", "có").returncode == 0
    listed = cli("--db", db, "indicator", "list", "--all", "--date", "2026-11-14").stdout
    assert "PUPILS_REACHED\t2026\tpersons of a population\t900\t1250" in listed
    assert "HARM_REDUCTION\t2026\tyes/no (1 or 0)\t1\t" in listed
    assert "chưa nhập số liệu nền" not in listed.split("PUPILS_REACHED")[1].splitlines()[0]
    assert cli("--db", db, "indicator", "set", "PROP_UNITS", "2026", "3").returncode == 2


def test_workbook_round_trips_figures_and_refuses_a_share_above_100(demo_db, tmp_path):
    from openpyxl import load_workbook

    from commune_desk.services.records.records_import import import_records
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database
    from commune_desk.storage.repos.bulk import read_all

    ManualValueRepository(demo_db, "t").set(ManualValue("TEACHERS_REACHED", "2026", 40, evidence="BC 1"))
    ManualValueRepository(demo_db, "t").set(ManualValue("VIOLATIONS_HANDLED", "2026-Q2", 3, 4))
    book = tmp_path / "a.xlsx"
    counts = export_records(demo_db, book)
    assert counts["populations"] >= 6 and counts["indicator_values"] == 2
    target = open_database(tmp_path / "t.db")
    try:
        import_records(target, book, "t", today=TODAY)
        assert read_all(target)[2]["population"] == read_all(demo_db)[2]["population"]
        assert read_all(target)[2]["manual_indicator"] == read_all(demo_db)[2]["manual_indicator"]
        assert import_records(target, book, "t", dry_run=True, today=TODAY).counts["population"] >= 6
        # The teachers shrink to 30 in the workbook: 40 reached would be 133 % — refused, naming the cell.
        wb = load_workbook(book)
        ws = wb["populations"]
        row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 2).value == "teachers")
        ws.cell(r := row, 5).value = 30
        wb.save(tmp_path / "b.xlsx")
        empty = open_database(tmp_path / "e.db")
        with pytest.raises(ValidationFailed) as caught:
            import_records(empty, tmp_path / "b.xlsx", "t", today=TODAY)
        text = "\n".join(str(p) for p in caught.value.problems)
        assert "indicator_values row 3" in text or f"populations row {r}" in text, text
        assert "cannot pass 100 %" in text
        assert read_all(empty)[2]["population"] == []                 # all or nothing
        empty.dispose()
    finally:
        target.dispose()


def test_workbook_figure_rows_are_checked_cell_by_cell(demo_db, tmp_path):
    from openpyxl import load_workbook

    from commune_desk.services.records.records_import import import_records
    from commune_desk.services.records.records_workbook import write_template

    book = tmp_path / "t.xlsx"
    write_template(demo_db, book)
    wb = load_workbook(book)
    wb["populations"].append([2026, "pupils", None, None, "nhiều", "01/01/2026", "x"])
    wb["indicator_values"].append(["PLAN_BUILT", "2026-Q5", 2])
    wb.save(book)
    with pytest.raises(ExpectedError) as caught:
        import_records(demo_db, book, "t", today=TODAY)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "populations row 3 column E (value): must be a number, not text 'nhiều'" in text
    assert "indicator_values row 3 column B (period)" in text and "indicator_values row 3 column C" in text
