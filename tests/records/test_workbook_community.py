"""The records workbook's teams, models, model_status and model_figures sheets: a workbook written by hand
imports (models and teams referred to from the same workbook), every problem names its cell, nothing half-done."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from commune_desk.domain.errors import ValidationFailed
from commune_desk.services.records.records_import import import_records
from commune_desk.services.records.records_workbook import export_records, write_template
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.storage.models import Base
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.storage.repos.bulk import read_all

TODAY = date(2026, 11, 20)


def snapshot(db) -> dict:
    with db.read() as s:
        return {t.name: s.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def unit_db(db):
    ProfileRepository(db, "t").save(demo_profile(4))
    return db


def _fill(path, rows: dict) -> None:
    """Write rows (dicts keyed by machine column names) under the template's two header rows; a column the
    template lacks (a code not in the catalogue, e.g. members.vua) is added at the right."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for sheet, items in rows.items():
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        for name in sorted({k for item in items for k in item} - set(header)):
            assert "." in name, (sheet, name)
            ws.cell(row=1, column=len(header) + 1, value=name)
            header.append(name)
        for item in items:
            ws.append([item.get(h) for h in header])
    wb.save(path)


TEAMS = [{"code": "DCTXH", "name": "Đội công tác xã hội tình nguyện xã", "kind_code": "doi_ctxh",
          "formed_date": "26/03/2023", "members.truong": 1, "members.thanh_vien": 14}]
MODELS = [{"code": "MH01", "name": "Điểm tư vấn cộng đồng", "kind_code": "ho_tro_nguoi_ban_dam",
           "set_up_date": date(2025, 4, 12), "partner": "Trung tâm Công tác xã hội tỉnh", "unit_codes": "T01;T02"}]
STATUS = [{"model_code": "MH01", "status_date": "10/05/2026", "status": "paused"},
          {"model_code": "MH01", "status_date": "15/07/2026", "status": "operating"}]
FIGURES = [{"model_code": "MH01", "quarter": "2026-Q1", "served.nu.18_30": 4, "served.nu.31_45": "2",
            "served.nam.18_30": 1, "sessions": 6, "referrals": 2},
           {"model_code": "MH01", "quarter": "2026-q2", "served.nu.18_30": 3, "sessions": 2}]
PROPAGANDA = [{"activity_date": "02/03/2026", "form_code": "loa", "title": "Phát thanh", "team_code": "DCTXH"}]


def test_hand_filled_sheets_import_and_export_again(unit_db, tmp_path):
    path = tmp_path / "filled.xlsx"
    write_template(unit_db, path)
    _fill(path, {"teams": TEAMS, "models": MODELS, "model_status": STATUS, "model_figures": FIGURES,
                 "propaganda": PROPAGANDA})
    result = import_records(unit_db, path, "t", today=TODAY)
    assert [p for p in result.problems if p.severity == "error"] == []
    assert {k: v for k, v in result.counts.items() if v} == {
        "team": 1, "community_model": 1, "model_status": 2, "model_figures": 2, "propaganda": 1}
    records = read_all(unit_db)[2]
    team, = records["team"]
    assert team.members == (("truong", 1), ("thanh_vien", 14)) and team.formed_date == date(2023, 3, 26)
    model, = records["community_model"]
    assert model.unit_codes == ("T01", "T02")
    q1, q2 = records["model_figures"]
    assert q1.persons == 7 and q1.sessions == 6 and q2.quarter == "2026-Q2"       # "2026-q2" is read as 2026-Q2
    assert records["propaganda"][0].team_code == "DCTXH"
    out = tmp_path / "out.xlsx"
    counts = export_records(unit_db, out)
    assert (counts["teams"], counts["models"], counts["model_status"], counts["model_figures"]) == (1, 1, 2, 2)
    from openpyxl import load_workbook

    wb = load_workbook(out, read_only=True)
    header = [c for c in next(wb["model_figures"].iter_rows(values_only=True))]
    labels = [c for c in list(wb["model_figures"].iter_rows(min_row=2, max_row=2, values_only=True))[0]]
    wb.close()
    assert "served.nu.18_30" in header and "Số người: Nữ, từ 18 đến 30 tuổi" in labels


def test_every_problem_names_its_cell_and_nothing_is_written(unit_db, tmp_path):
    path = tmp_path / "bad.xlsx"
    write_template(unit_db, path)
    _fill(path, {
        "teams": TEAMS + [dict(TEAMS[0], name="Đội trùng mã", **{"members.vua": 2})],
        "models": MODELS + [dict(MODELS[0], code="MH02", kind_code="khong_co", unit_codes="T01;X9")],
        "model_status": [dict(STATUS[0], status_date="01/01/2025"), dict(STATUS[1], model_code="MH9"),
                         dict(STATUS[1], status="stopped")],
        "model_figures": FIGURES + [dict(FIGURES[0], sessions="sáu"), dict(FIGURES[0], quarter="2026-H1"),
                                    dict(FIGURES[0], quarter="2027-Q1", **{"served.nu.18_30": -1})],
        "propaganda": [dict(PROPAGANDA[0], team_code="KHONG")],
    })
    before = snapshot(unit_db)
    with pytest.raises(ValidationFailed) as err:
        import_records(unit_db, path, "t", today=TODAY)
    text = str(err.value)
    for where in ("teams row 4 column A (code)", "teams row 4 column", "(members.vua)",
                  "models row 4 column C (kind_code)", "models row 4 column F (unit_codes)",
                  "model_status row 3 column B (status_date)", "model_status row 4 column A (model_code)",
                  "model_status row 5 column C (status)", "model_figures row 5 column", "(sessions)",
                  "model_figures row 6 column B (quarter)", "model_figures row 7 column B (quarter)",
                  "(served.nu.18_30)", "propaganda row 3 column"):
        assert where in text, where
    assert "team code 'DCTXH' is already used above" in text
    assert "figures of model and quarter ('MH01', '2026-Q1') are already given above" in text
    assert "is before the model was set up (12/04/2025)" in text
    assert "'sáu'" in text and "unknown team or group 'KHONG'" in text
    assert snapshot(unit_db) == before
