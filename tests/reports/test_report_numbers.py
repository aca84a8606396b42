"""Document numbers: unique per issuing body and year, kept by a regenerated report, refused when taken, listed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from commune_desk.domain.periods import Period
from commune_desk.services.reports.report_service import generate
from commune_desk.storage.number_register import NumberRegister, NumberTaken
from tests.reports.helpers import docx_text, rows

BODY = "Ủy ban nhân dân xã Nghĩa Đàn"  # the official name of the demo commune of seed 7


def _number_in(path) -> str:
    line = next(x for x in docx_text(path).splitlines() if x.startswith("Số: "))
    return line.removeprefix("Số: ").split("/")[0]


def test_regenerating_keeps_the_number_and_taken_numbers_are_refused(demo_db, tmp_path):
    q1 = Period.parse("2026-Q1")
    first = generate(demo_db, q1, tmp_path / "a", day=date(2026, 4, 5), actor="t")
    assert first.number == "01" and _number_in(first.docx) == "01"
    q2 = generate(demo_db, Period.parse("2026-Q2"), tmp_path / "b", day=date(2026, 7, 5), actor="t")
    assert q2.number == "02"
    # The same period again, without a number, on another day of the year: the same number (not 03).
    again = generate(demo_db, q1, tmp_path / "c", day=date(2026, 4, 8), actor="t")
    assert again.number == "01" and _number_in(again.docx) == "01"
    # ... and with its own number given explicitly.
    assert generate(demo_db, q1, tmp_path / "d", day=date(2026, 4, 8), number="1", actor="t").number == "01"
    # Another period asking for a number in use is refused and writes nothing.
    with pytest.raises(NumberTaken) as refused:
        generate(demo_db, Period.parse("2026-H1"), tmp_path / "e", day=date(2026, 7, 6), number="2", actor="t")
    assert "2026-Q2" in str(refused.value) and "next free one is 03" in str(refused.value)
    assert not list((tmp_path / "e").glob("*"))
    h1 = generate(demo_db, Period.parse("2026-H1"), tmp_path / "e", day=date(2026, 7, 6), actor="t")
    assert h1.number == "03"
    register = rows(demo_db, "SELECT year, number, period, issuing_body FROM issued_number ORDER BY number")
    assert register == [(2026, 1, "2026-Q1", BODY), (2026, 2, "2026-Q2", BODY), (2026, 3, "2026-H1", BODY)]


def test_renumbering_frees_the_old_number_and_a_new_year_restarts(demo_db, tmp_path):
    q3 = Period.parse("2026-Q3")
    generate(demo_db, q3, tmp_path, day=date(2026, 10, 5), number="7", actor="t")
    generate(demo_db, q3, tmp_path, day=date(2026, 10, 5), number="9", actor="t")  # the officer renumbers
    assert rows(demo_db, "SELECT number FROM issued_number WHERE period = '2026-Q3'") == [(9,)]
    q4 = generate(demo_db, Period.parse("2026-Q4"), tmp_path, day=date(2026, 12, 20), number="7", actor="t")
    assert q4.number == "07"  # 07 was freed
    # The yearly report dated in January takes the first number of the new year.
    year = generate(demo_db, Period.parse("2026"), tmp_path, day=date(2027, 1, 8), actor="t")
    assert year.number == "01"
    # Re-dated back into 2026, it takes a 2026 number: the next free one, not its 2027 number.
    again = generate(demo_db, Period.parse("2026"), tmp_path, day=date(2026, 12, 28), actor="t")
    assert again.number == "10"
    assert rows(demo_db, "SELECT year, number FROM issued_number WHERE period = '2026'") == [(2026, 10)]
    audit = rows(demo_db, "SELECT count(*) FROM audit_log WHERE entity = 'issued_number'")[0][0]
    assert audit == 5


def test_cli_refuses_a_taken_number_and_lists_the_register(demo_db, db_path, tmp_path, cli):
    ok = cli("--db", db_path, "report", "2026-Q1", "--out", tmp_path, "--date", "2026-04-05")
    assert ok.returncode == 0, ok.stderr
    refused = cli(
        "--db", db_path, "report", "2026-Q2", "--out", tmp_path / "x", "--date", "2026-07-05", "--number", "1"
    )
    assert refused.returncode == 2 and "already used by the report of 2026-Q1" in refused.stderr
    assert not (tmp_path / "x").exists() or not list((tmp_path / "x").glob("*"))
    listing = cli("--db", db_path, "report", "numbers", "2026")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.splitlines() == [
        f"01/BC-UBND\t05/4/2026\t2026-Q1\tKết quả công tác phòng, chống mại dâm quý I năm 2026\t{BODY}",
        "1 number(s) issued in 2026",
    ]
    assert cli("--db", db_path, "report", "numbers", "2025").stdout.strip() == "0 number(s) issued in 2025"
    assert cli("--db", db_path, "report", "numbers", "20x6").returncode == 2
    assert cli("--db", db_path, "report", "2026-Q2").returncode == 2  # --out is required


PERIODS = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-H1", "2026", "2027-Q1"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.sampled_from(PERIODS), st.sampled_from([2026, 2027]), st.one_of(st.none(), st.integers(1, 6))),
        max_size=25,
    )
)
def test_register_never_gives_one_number_to_two_documents(db, ops):
    """Whatever the order of requests, a (body, year, number) has one document and a document one number; a
    request is refused exactly when another document holds the number."""
    from sqlalchemy import text

    with db.write() as s:
        s.execute(text("DELETE FROM issued_number"))
    register = NumberRegister(db, "t")
    model: dict[str, tuple[int, int]] = {}  # period -> (year, number)
    for period, year, wanted in ops:
        number = (
            wanted
            if wanted is not None
            else (model[period][1] if period in model and model[period][0] == year else register.next_free(BODY, year))
        )
        holder = next((p for p, yn in model.items() if yn == (year, number) and p != period), None)
        if holder is not None:
            with pytest.raises(NumberTaken):
                register.issue(BODY, year, number, kind="BC", period=period, subject="", issued_on=date(year, 6, 1))
            continue
        register.issue(BODY, year, number, kind="BC", period=period, subject="", issued_on=date(year, 6, 1))
        model[period] = (year, number)
    stored = {e.period: (e.year, e.number) for e in register.issued()}
    assert stored == model
    assert len(set(stored.values())) == len(stored)
    for year in (2026, 2027):
        used = [n for y, n in stored.values() if y == year]
        assert register.next_free(BODY, year) == max(used, default=0) + 1


def test_migration_registers_the_numbers_of_saved_report_settings(tmp_path):
    """A database of schema 0013 whose report settings hold numbers: each dated numbered period is registered
    for the profile's body; the later of two periods sharing a number is left out (it is asked again)."""
    import json

    from commune_desk.storage.database import open_database
    from tests.foundation.test_migrations import _upgrade_to

    path = tmp_path / "old.db"
    engine = _upgrade_to(path, "0013")
    profile = {"official_name": "Ủy ban nhân dân phường Cũ", "kind": "phường", "name": "Cũ"}
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES ('profile', ?)", (json.dumps(profile, ensure_ascii=False),)
        )
        for period, number, day in (
            ("2026-Q1", "03", "2026-04-05"),
            ("2026-Q2", "3", "2026-07-05"),
            ("2026-Q3", "07", "2026-10-05"),
            ("2026-Q4", "", "2027-01-05"),
            ("2025", "12", None),
            ("2026-H1", "x", "2026-07-01"),
        ):
            conn.exec_driver_sql(
                "INSERT INTO report_settings (period, number, issued_on, recipients, addressed, "
                "receiving_office, updated_at) VALUES (?, ?, ?, '', 1, '', '2026-01-01 00:00:00')",
                (period, number, day),
            )
        conn.exec_driver_sql(
            "INSERT INTO report_number (year, last_number, updated_at) VALUES (2026, 7, '2026-01-01 00:00:00')"
        )
    engine.dispose()
    db = open_database(path)
    try:
        assert rows(db, "SELECT issuing_body, year, number, period, issued_on FROM issued_number ORDER BY number") == [
            ("Ủy ban nhân dân phường Cũ", 2026, 3, "2026-Q1", "2026-04-05"),
            ("Ủy ban nhân dân phường Cũ", 2026, 7, "2026-Q3", "2026-10-05"),
        ]
        assert rows(db, "SELECT last_number FROM report_number") == [(7,)]  # the old counter stays
        assert NumberRegister(db, "t").next_free("Ủy ban nhân dân phường Cũ", 2026) == 8
    finally:
        db.dispose()
