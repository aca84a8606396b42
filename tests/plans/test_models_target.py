"""Must show (issue 23): the target "Duy trì 03 mô hình" of seed plan 003, imported from the sample plan workbook,
computed from model records by `plan status` (the home dashboard's figures) and in the yearly report.

The commune has four models in 2020: MH01 (2018) runs all year; MH02 (2019) pauses in April and runs again from
mid-June; MH03 is set up in March; MH04 (2019) closes on 01/10. At the year's end three operate: the target is
met (before the year is over it is "on track", as every state-like figure).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.plans.helpers import SAMPLE_003
from tests.reports.helpers import docx_text, table_by_header

TARGET = "Duy trì 03 mô hình hỗ trợ nhằm đảm bảo quyền của người lao động"


@pytest.fixture
def commune_2020(tmp_path):
    from commune_desk.domain.propaganda import PropagandaActivity
    from commune_desk.domain.records.community import CommunityModel, ModelFigures, ModelStatus, Team
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.services.demo_data.demo import demo_profile
    from commune_desk.storage import records_repos as rr
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository
    from tests.propaganda import propaganda_repo

    path = tmp_path / "xa.db"
    db = open_database(path)
    ProfileRepository(db, "t").save(demo_profile(4))
    kw = {"today": lambda: date(2020, 12, 28), "catalogues": default_catalogues()}
    models = rr.ModelRepository(db, "t", **kw)
    for code, name, kind, set_up in (
            ("MH01", "Điểm hỗ trợ người bán dâm tại cộng đồng", "ho_tro_nguoi_ban_dam", date(2018, 5, 10)),
            ("MH02", "Câu lạc bộ người lao động tại các cơ sở dịch vụ", "quyen_nguoi_lao_dong", date(2019, 9, 1)),
            ("MH03", "Nhóm đồng đẳng giảm hại", "nang_luc_dong_dang", date(2020, 3, 20)),
            ("MH04", "Mô hình thí điểm phòng ngừa tại Thôn 2", "phong_ngua_giam_hai", date(2019, 1, 1))):
        models.add(CommunityModel(code, name, kind, set_up, "Trung tâm Công tác xã hội tỉnh", ("T01",)))
    status = rr.ModelStatusRepository(db, "t", **kw)
    status.add(ModelStatus("MH02", date(2020, 4, 1), "paused", "Chưa có kinh phí"))
    status.add(ModelStatus("MH02", date(2020, 6, 15), "operating"))
    status.add(ModelStatus("MH04", date(2020, 10, 1), "closed", "Kết thúc thí điểm"))
    figures = rr.ModelFiguresRepository(db, "t", **kw)
    for quarter, women in (("2020-Q1", 5), ("2020-Q2", 3), ("2020-Q3", 4), ("2020-Q4", 2)):
        # the fourth quarter's figures are counted to 20/12 (the others, left empty, to their quarter's end)
        counted_to = date(2020, 12, 20) if quarter == "2020-Q4" else None
        figures.add(ModelFigures("MH01", quarter, (("nu.18_30", women), ("nu.31_45", 1)), 6, 2, counted_to=counted_to))
    figures.add(ModelFigures("MH03", "2020-Q2", (("nam.18_30", 2),), 3, 0))
    rr.TeamRepository(db, "t", **kw).add(Team("DCTXH", "Đội công tác xã hội tình nguyện xã", "doi_ctxh",
                                              date(2017, 3, 1), members=(("truong", 1), ("thanh_vien", 15))))
    propaganda = propaganda_repo(db, "t", today=kw["today"])
    for month in (2, 5, 8, 11):
        propaganda.add(PropagandaActivity(date(2020, month, 10), "sinh_hoat", "Sinh hoạt chuyên đề", 40,
                                          team_code="DCTXH"))
    db.dispose()
    return path


def test_duy_tri_03_mo_hinh_from_the_plan_workbook(commune_2020, cli, tmp_path):
    dbp = str(commune_2020)
    r = cli("--db", dbp, "plan", "import", SAMPLE_003, "--accept-mismatch")  # 2020, Thừa Thiên Huế
    assert r.returncode == 0, r.stdout + r.stderr
    # The dashboard's figures (plan status prints what the home screen shows), in the pause and at the year's end.
    r = cli("--db", dbp, "plan", "status", "--date", "2020-05-01")
    line = next(x for x in r.stdout.splitlines() if x.strip().startswith("8\t"))
    assert "\t3 \ttarget >= 3\ton_track" in line          # MH01, MH03, MH04 run; MH02 is paused
    r = cli("--db", dbp, "plan", "status", "--date", "2020-12-28")   # a state: judged once the year is over
    line = next(x for x in r.stdout.splitlines() if x.strip().startswith("8\t"))
    assert line.split("\t")[1:] == ["2020", "3 ", "target >= 3", "on_track (Đúng tiến độ)"], line
    r = cli("--db", dbp, "plan", "status", "--date", "2020-12-31")
    line = next(x for x in r.stdout.splitlines() if x.strip().startswith("8\t"))
    assert line.split("\t")[1:] == ["2020", "3 ", "target >= 3", "met (Đạt)"], line
    # The yearly report: Phụ lục I judges the target, II.5 says which models run and in the plan's own words.
    out = tmp_path / "out"
    r = cli("--db", dbp, "report", "2020", "--out", out, "--date", "2020-12-28", "--number", "9")
    assert r.returncode == 0, r.stdout + r.stderr
    docx = next(out.glob("*.docx"))
    targets = table_by_header(docx, "Chỉ tiêu")
    row = next(x for x in targets if x[1].startswith(TARGET))
    assert row[2:] == ["≥ 3", "năm 2020 (đến ngày 28/12/2020)", "3; dự kiến cả kỳ: 3",
                        "3", "Đúng tiến độ"]     # figures to the cut-off
    text = docx_text(docx)
    assert ("Tính đến ngày 28/12/2020, trên địa bàn có 3 mô hình đang hoạt động (1 mô hình hỗ trợ nhằm đảm bảo quyền "
            "của người lao động trong các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm; 1 mô hình hỗ trợ tăng "
            "cường năng lực của các nhóm đồng đẳng trong việc tiếp cận, truyền thông và hỗ trợ giảm hại, phòng chống "
            "bạo lực giới; 1 mô hình cung cấp dịch vụ hỗ trợ cho người bán dâm tại cộng đồng, cơ sở trợ giúp xã hội)"
            ) in text
    assert ("trong đó 1 mô hình duy trì hoạt động liên tục suốt kỳ; Mô hình thí điểm phòng ngừa tại Thôn 2 chấm "
            "dứt hoạt động từ ngày 01/10/2020") in text
    assert "các mô hình đã hỗ trợ 20 người (trong đó 18 nữ; mỗi người chỉ tính một lần trong năm)" in text
    assert ("Đội công tác xã hội tình nguyện xã (16 thành viên) đã thực hiện 4 hoạt động tuyên truyền với 160 lượt "
            "người tham dự") in text
    assert "chưa tính vào báo cáo này" not in text
    # A report whose data stop on 10/12 does not state the fourth quarter's figures counted to 20/12, and says so.
    out = tmp_path / "early"
    r = cli("--db", dbp, "report", "2020", "--out", out, "--date", "2020-12-10", "--number", "8")
    assert r.returncode == 0, r.stdout + r.stderr
    text = docx_text(next(out.glob("*.docx")))
    assert "các mô hình đã hỗ trợ 17 người (trong đó 15 nữ; mỗi người chỉ tính một lần trong năm)" in text
    assert ("Số liệu quý IV năm 2020 của các mô hình được tổng hợp đến sau ngày 10/12/2020 nên chưa tính vào báo "
            "cáo này.") in text
