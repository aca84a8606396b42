"""The report's account of models and teams (II.5, Biểu 6–7, Excel annex) equals the rows, and a plan target
"duy trì 03 mô hình" imported from the sample plan workbook is computed on the dashboard and in the yearly report.

Expected figures are recomputed here from raw rows with a day-by-day replay of the status changes, not through
the code under test.
"""

from __future__ import annotations

from datetime import date


from commune_desk.domain.records.community import OPERATING
from tests.records.test_community_indicators import replay
from tests.reports.helpers import docx_text, rows, table_by_header, vn

YEAR_DAY = date(2026, 12, 28)         # the demo's yearly report date (tests/reports/conftest.py)


def _d(value) -> date:
    return date.fromisoformat(str(value)[:10])


def expected_models(db, start: date, end: date, day: date) -> dict:
    changes: dict = {}
    for mid, when, status in rows(db, "SELECT model_id, status_date, status FROM community_model_status "
                                      "ORDER BY status_date, id"):
        changes.setdefault(mid, []).append((_d(when), status))
    models = {mid: _d(set_up) for mid, set_up in rows(db, "SELECT id, set_up_date FROM community_model")}
    operating = [m for m, set_up in models.items() if replay(set_up, changes.get(m, []), day) == OPERATING]
    # the demo's figures are counted to a day inside their calendar quarter: those counted to the cut-off count
    counted = "f.anchor_date BETWEEN :a AND :b AND (f.counted_to IS NULL OR f.counted_to <= :c)"
    served = rows(db, "SELECT s.sex, s.persons FROM community_model_served s JOIN community_model_figures f "
                      f"ON f.id = s.figures_id WHERE {counted}", a=start, b=end, c=min(end, day))
    figures = rows(db, f"SELECT sessions, referrals FROM community_model_figures f WHERE {counted}",
                   a=start, b=end, c=min(end, day))
    return {"operating": len(operating), "persons": sum(n for _, n in served),
            "women": sum(n for sex, n in served if sex == "nu"), "sessions": sum(s for s, _ in figures),
            "referrals": sum(r for _, r in figures)}


def expected_teams(db, start: date, end: date) -> dict:
    out = {}
    for table, day, people in (("propaganda_activity", "activity_date", "participants"),
                               ("reintegration_support", "support_date", "count"),
                               ("tipoff", "received_date", "0")):
        got = rows(db, f"SELECT count(*), coalesce(sum({people}), 0) FROM {table} WHERE team_id IS NOT NULL "
                       f"AND {day} BETWEEN :a AND :b", a=start, b=end)[0]
        out[table] = (got[0], got[1])
    return out


def test_yearly_report_tells_what_models_and_teams_did(demo_reports):
    db, _q3, year = demo_reports
    text = docx_text(year.docx)
    want = expected_models(db, date(2026, 1, 1), date(2026, 12, 31), YEAR_DAY)
    assert want["operating"] == 3 and want["persons"] > 0          # the demo's three models all run at the end
    assert f"Tính đến ngày 28/12/2026, trên địa bàn có {vn(want['operating'])} mô hình đang hoạt động" in text
    assert (f"các mô hình đã hỗ trợ {vn(want['persons'])} người (trong đó {vn(want['women'])} nữ; mỗi người chỉ "
            "tính một lần trong năm)") in text
    assert f"tổ chức {vn(want['sessions'])} buổi sinh hoạt, tư vấn, hỗ trợ và chuyển gửi {vn(want['referrals'])}" in text
    assert "Câu lạc bộ người lao động tại các cơ sở kinh doanh dịch vụ" in text
    # The paragraphs sit in II.5, after the heading and before II.6.
    assert text.index("5. Giảm hại và hỗ trợ hòa nhập cộng đồng") < text.index("mô hình đang hoạt động") < text.index(
        "6. Tập huấn, bồi dưỡng")
    teams = expected_teams(db, date(2026, 1, 1), date(2026, 12, 31))
    total = sum(n for n, _ in teams.values())
    assert f"(tổng cộng {vn(total)} hoạt động; Biểu 7, Phụ lục II)" in text
    assert "Đội công tác xã hội tình nguyện xã" in text
    # Biểu 6 and 7: one row per model / team and totals equal to the rows.
    models = table_by_header(year.docx, "Người được hỗ trợ trong kỳ")
    assert len(models) == 1 + 3 + 1 and models[-1][1] == "Tổng cộng"
    assert models[-1][2:] == [vn(want["persons"]), vn(want["women"]), vn(want["persons"]), vn(want["sessions"]),
                              vn(want["referrals"])]
    team_rows = table_by_header(year.docx, "Tin báo tiếp nhận, xác minh")
    assert team_rows[-1][3:] == [vn(teams["propaganda_activity"][0]), vn(teams["propaganda_activity"][1]),
                                 vn(teams["reintegration_support"][1]), vn(teams["tipoff"][0])]
    # Each team's row says what its sentence in II.5 says: support in persons helped (lượt người), as Biểu 5.
    checked = 0
    for row in team_rows[1:-1]:
        support = row[5]
        if support != "0":
            checked += 1
            start = text.index(row[1].split(" (")[0] + " (", text.index("mô hình đang hoạt động"))
            sentence = text[start:text.index("Biểu 7", start)].split(";")[0]
            assert f"hỗ trợ hòa nhập cộng đồng {support} lượt người" in sentence, (row, sentence)
    assert checked == 2          # both demo teams gave support
    # The Excel annex carries the same tables as numbers.
    from openpyxl import load_workbook

    wb = load_workbook(year.xlsx, read_only=True)
    assert {"Biểu 6 - Mô hình", "Biểu 7 - Đội, nhóm"} <= set(wb.sheetnames)
    sheet = [r for r in wb["Biểu 6 - Mô hình"].iter_rows(values_only=True) if r and r[1] == "Tổng cộng"]
    wb.close()
    assert list(sheet[0][2:7]) == [want["persons"], want["women"], want["persons"], want["sessions"],
                                   want["referrals"]]


def test_quarter_report_gives_the_year_to_date(demo_reports):
    db, q3, _year = demo_reports
    text = docx_text(q3.docx)
    q = expected_models(db, date(2026, 7, 1), date(2026, 9, 30), date(2026, 9, 30))
    ytd = expected_models(db, date(2026, 1, 1), date(2026, 9, 30), date(2026, 9, 30))
    assert f"Tính đến ngày 30/9/2026, trên địa bàn có {vn(q['operating'])} mô hình đang hoạt động" in text
    assert f"đã hỗ trợ {vn(q['persons'])} người (trong đó {vn(q['women'])} nữ; mỗi người chỉ tính một lần trong " \
           f"năm; lũy kế năm {vn(ytd['persons'])} người)" in text
    # MH02 paused in May and came back in July: operating at the end of Q3, not maintained through it.
    assert "trong đó 2 mô hình duy trì hoạt động liên tục suốt kỳ" in text        # MH01 and MH03


def test_no_models_and_no_teams_are_said_plainly(db, tmp_path):
    from commune_desk.domain.periods import Period
    from commune_desk.services.demo_data.demo import demo_profile
    from commune_desk.services.reports.report_service import generate
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "t").save(demo_profile(4))
    files = generate(db, Period.parse("2026-Q1"), tmp_path, day=date(2026, 4, 5), number="3", actor="t")
    text = docx_text(files.docx)
    assert "chưa có mô hình phòng, chống mại dâm, hỗ trợ người bán dâm hòa nhập cộng đồng được ghi nhận" in text
    assert "Chưa ghi nhận thông tin về Đội công tác xã hội tình nguyện, nhóm đồng đẳng trên địa bàn." in text
