"""Content the plans ask for, in the text, the appendix tables and the Excel annex alike (computed here from the
rows): workers' commitments, the 178 team, the volunteer team, the healthy commune, support by kind; one date
style; the annex's formats and row heights; the chart's serif face."""

from __future__ import annotations

import re
from collections import Counter

import openpyxl

from tests.reports.helpers import Q3, docx_text, rows, table_by_header, vn
from tests.reports.test_report_figures import _d, _in


def _annex_rows(path, sheet: str) -> list[tuple]:
    """The numbered rows and the total of the annex sheet "Biểu N - <sheet>" (or starting with `sheet`)."""
    wb = openpyxl.load_workbook(path)
    ws = wb[next(n for n in wb.sheetnames if n.startswith(sheet) or n.endswith(f" - {sheet}"))]
    return [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int) or r[1] == "Tổng cộng"]


def test_commitments_in_text_table_and_annex(demo_reports):
    db, q3, _ = demo_reports
    end = Q3[1]
    biz = [
        b
        for b in rows(
            db,
            "SELECT kind_code, registered_date, closed_date, owner_commitment_date, workers, "
            "workers_committed FROM business",
        )
        if _d(b[1]) <= end and (b[2] is None or _d(b[2]) >= end)
    ]
    workers, committed = sum(b[4] for b in biz), sum(b[5] for b in biz)
    owners = sum(1 for b in biz if b[3] is not None and _d(b[3]) <= end)
    assert workers and committed < workers  # the demo has workers left to sign
    text = docx_text(q3.docx)
    assert (
        f"{vn(committed)}/{vn(workers)} (" in text
        and "người lao động tại các cơ sở đang hoạt động đã ký cam kết" in text
    )
    table = table_by_header(q3.docx, "Người lao động đã ký cam kết")
    assert table[-1][1:] == ["Tổng cộng", vn(len(biz)), vn(owners), vn(workers), vn(committed)]
    by_kind = Counter(b[0] for b in biz)
    assert sum(int(r[2].replace(".", "")) for r in table[1:-1]) == sum(by_kind.values())
    annex = _annex_rows(q3.xlsx, "Cam kết")
    assert annex[-1][2:6] == (len(biz), owners, workers, committed)


def test_inspections_by_team_178_first(demo_reports):
    db, q3, _ = demo_reports
    insp = [
        r for r in rows(db, "SELECT team, business_id, outcome_code, inspection_date FROM inspection") if _in(r[3], Q3)
    ]
    team_178 = [r for r in insp if "178" in r[0] or "liên ngành" in r[0].lower()]
    assert team_178 and len(team_178) < len(insp)
    table = table_by_header(q3.docx, "Lực lượng kiểm tra")
    assert table[1][1] == "Đội kiểm tra liên ngành 178"
    assert table[1][2:5] == [
        vn(len(team_178)),
        vn(len({r[1] for r in team_178})),
        vn(sum(1 for r in team_178 if r[2] != "khong_vi_pham")),
    ]
    assert table[-1][2] == vn(len(insp))
    text = docx_text(q3.docx)
    assert (
        f"Đội kiểm tra liên ngành 178 thực hiện {vn(len(team_178))} lượt kiểm tra tại "
        f"{vn(len({r[1] for r in team_178}))} cơ sở"
    ) in text
    assert _annex_rows(q3.xlsx, "Lực lượng kiểm tra")[0][1:3] == ("Đội kiểm tra liên ngành 178", len(team_178))


def test_volunteer_team_reported_once_from_the_teams_register(demo_reports):
    """The volunteer social-work team's work comes from the teams register (records carried out by it, Biểu 7),
    never guessed again from organiser names in a table of its own; the tables are numbered without a gap."""
    db, q3, _ = demo_reports
    acts = [
        r
        for r in rows(
            db, "SELECT p.activity_date, t.kind_code FROM propaganda_activity p JOIN team t ON t.id = p.team_id"
        )
        if _in(r[0], Q3) and r[1] == "doi_ctxh"
    ]
    assert acts, "the demo records the volunteer team's activities"
    text = docx_text(q3.docx)
    assert text.count("Hoạt động của Đội công tác xã hội tình nguyện") == 1  # Biểu 7's title only
    titles = re.findall(r"^Biểu (\d+b?)\. ", text, flags=re.M)  # Biểu 3b goes with Biểu 3
    numbers = [int(n.rstrip("b")) for n in titles]
    assert numbers == sorted(numbers) and sorted(set(numbers)) == list(range(1, max(numbers) + 1))
    assert len(titles) == len(set(titles))
    sheets = [n.split(" - ")[0] for n in openpyxl.load_workbook(q3.xlsx).sheetnames if n.startswith("Biểu")]
    assert sheets == [f"Biểu {n}" for n in titles]


def test_healthy_commune_this_year_and_last(demo_reports):
    db, q3, _ = demo_reports
    last = rows(db, "SELECT year, total, decision_number FROM healthy_commune_assessment WHERE year = 2025")
    this = rows(db, "SELECT year FROM healthy_commune_assessment WHERE year = 2026")
    assert last and not this
    table = table_by_header(q3.docx, "Điểm tự đánh giá")
    assert table[1][1:4] == ["2025", table[1][2], vn(last[0][1])] and last[0][2] in table[1][5]
    assert table[2][1:] == ["2026", "Chưa ghi nhận", "-", "-", "Chưa có"]
    assert "Năm 2026: chưa ghi nhận việc đăng ký, tự đánh giá xây dựng" in docx_text(q3.docx)


def test_support_by_kind_alike_in_text_table_and_annex(demo_reports):
    db, q3, _ = demo_reports
    sup = Counter()
    for day, kind, count in rows(db, "SELECT support_date, kind_code, count FROM reintegration_support"):
        if _in(day, Q3):
            sup[kind] += count
    table = table_by_header(q3.docx, "Hình thức hỗ trợ")
    annex = _annex_rows(q3.xlsx, "Biểu 5")
    assert int(table[-1][2].replace(".", "")) == sum(sup.values()) == annex[-1][2]
    assert [r[2] for r in annex[:-1]] == [int(r[2].replace(".", "")) for r in table[1:-1]]


def test_one_date_style_in_the_whole_document(demo_reports):
    """NĐ 30/2020: a day below 10 and months 1–2 with a leading zero, other months without; the heading and
    every date in the text and the tables alike."""
    _, q3, year = demo_reports
    for files in (q3, year):
        text = docx_text(files.docx)
        dates = re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
        assert dates

        def month_ok(m: str) -> bool:
            return m == (f"{int(m):02d}" if int(m) <= 2 else str(int(m)))

        for day, month, _y in dates:
            assert len(day) == 2 and month_ok(month), (day, month)
        for day, month in re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm", text):
            assert len(day) == 2 and month_ok(month), (day, month)


def test_annex_formats_wrap_and_row_heights(demo_reports):
    _, q3, _ = demo_reports
    wb = openpyxl.load_workbook(q3.xlsx)
    for ws in wb.worksheets:
        assert ws.print_title_rows and ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
            for cell in row:
                if cell.value is None or cell.coordinate in ws.merged_cells:
                    continue
                assert cell.alignment.wrap_text, (ws.title, cell.coordinate)
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.column > 1:
                    assert cell.number_format.startswith("[$-42A]"), (ws.title, cell.coordinate)
        heights = [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value]
        assert all(h and h >= 15 for h in heights), ws.title
    targets = wb["Phụ lục I - Chỉ số"]
    # Percent cells in Word's style: one decimal ("62,8%"), none when the figure is whole ("66%"), no space.
    pct_cells = [
        c
        for row in targets.iter_rows()
        for c in row
        if c.number_format.endswith("%") and isinstance(c.value, (int, float))
    ]
    assert pct_cells
    for c in pct_cells:
        whole = float(round(c.value * 100, 1)).is_integer()
        assert c.number_format == ("[$-42A]0%" if whole else "[$-42A]0.0%"), (c.coordinate, c.value, c.number_format)


def test_row_heights_grow_with_wrapped_text():
    from commune_desk.services.documents.xlsx_official import row_height, wrapped_lines

    assert wrapped_lines("", 10) == 1 and wrapped_lines("ngắn", 10) == 1
    long = "Tỷ lệ cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được kiểm tra trong năm " * 3
    assert wrapped_lines(long, 20) > wrapped_lines(long, 60) > 1
    assert row_height([long, 12], [20, 8], 11) > row_height(["x", 12], [20, 8], 11)
    assert wrapped_lines("x" * 200, 10) >= 200 // 12  # one unbroken word still wraps


def test_chart_text_uses_a_times_compatible_face(qapp):
    from commune_desk.render.charts import SERIF_FONTS, _font, serif_family

    family = serif_family()
    assert family in SERIF_FONTS  # Liberation Serif is installed with the app's fonts
    assert _font(17, serif=True).family() == family
    assert _font(17).family() not in SERIF_FONTS
