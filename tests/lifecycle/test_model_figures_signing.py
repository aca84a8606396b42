"""End to end on the demo commune (made on 05/12/2026, its plan's cut-off rule day 15): the yearly report dated
20/11/2026 states the models' persons served true to its cut-off (checked against a direct SQL query of the
figures counted to that day), says which quarter it left out, and signing it locks the first three quarters'
figures while the fourth quarter's, counted to 05/12, stay editable."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from commune_desk.domain.errors import Locked
from commune_desk.domain.periods import Period

from .conftest import report_data

MADE, DATED = date(2026, 12, 5), date(2026, 11, 20)


@pytest.fixture
def december_demo(db, qapp):
    """With a plan the report draws its chart with QtGui: pytest-qt's QApplication first, as the app window has
    one, so that the chart module never leaves a bare QGuiApplication in the test process."""
    from commune_desk.services.demo_data.demo import create_demo

    create_demo(db, year=2026, seed=7, force=False, actor="test", today=MADE, with_plan=True)
    return db


def test_yearly_report_dated_before_the_fourth_quarter_is_counted(december_demo, tmp_path):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.services.packages.period_lifecycle import sign
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.storage.records_repos import ModelFiguresRepository
    from tests.reports.helpers import docx_text

    db = december_demo
    conn = sqlite3.connect(db.path)
    try:
        # the plan's year runs from 15/12/2025 to 14/12/2026; every demo figure is counted to a day of its quarter
        total, true_to_cut = conn.execute(
            "SELECT sum(s.persons), sum(CASE WHEN f.counted_to <= ? THEN s.persons ELSE 0 END) "
            "FROM community_model_served s JOIN community_model_figures f ON f.id = s.figures_id "
            "WHERE f.quarter LIKE '2026-Q%'",
            (DATED.isoformat(),),
        ).fetchone()
        q4 = conn.execute(
            "SELECT DISTINCT counted_to FROM community_model_figures WHERE quarter = '2026-Q4'"
        ).fetchall()
    finally:
        conn.close()
    assert q4 == [("2026-12-05",)] and 0 < true_to_cut < total  # the fourth quarter is counted past the cut-off

    profile = ProfileRepository(db, "t").get()
    identity = create_identity(profile.official_name, profile.unit_code)
    result = sign(db, Period(2026, "year"), tmp_path / "usb", identity, actor="t", day=DATED, today=MADE)
    assert result.window == (date(2025, 12, 15), DATED)
    served = next(i for i in report_data(result.path)["indicators"] if i["code"] == "MODEL_PEOPLE_SERVED")
    assert served["numerator"] == true_to_cut
    with zipfile.ZipFile(result.path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".docx"))
        (tmp_path / "r.docx").write_bytes(zf.read(name))
    text = docx_text(tmp_path / "r.docx")
    assert f"các mô hình đã hỗ trợ {true_to_cut} người" in text
    assert (
        "Số liệu quý IV năm 2026 của các mô hình được tổng hợp đến sau ngày 20/11/2026 nên chưa tính vào báo cáo này."
    ) in text

    repo = ModelFiguresRepository(db, "t", today=lambda: MADE, catalogues=default_catalogues())
    figures = repo.list()
    fourth = [f for f in figures if f.quarter == "2026-Q4"]
    third = next(f for f in figures if f.quarter == "2026-Q3")
    assert fourth
    for f in fourth:  # not stated by the signed report: still editable
        repo.update(replace(f, sessions=f.sessions + 1))
        assert repo.get(f.id).sessions == f.sessions + 1
    with pytest.raises(Locked, match="2026"):
        repo.update(replace(third, sessions=third.sessions + 1))
