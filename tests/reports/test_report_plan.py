"""With a plan in force: Phụ lục I compares each target with figures computed here from the rows."""

from __future__ import annotations

import docx
import openpyxl

from commune_desk.domain.periods import Period
from commune_desk.render.charts import targets_chart_png
from commune_desk.services.reports.report_service import generate
from commune_desk.storage.plan_repo import PlanRepository
from tests.reports.helpers import DAY, Q3, YTD_Q3, docx_text, plan_2026, rows, table_by_header, vn
from tests.reports.test_report_figures import expected, pct


def test_targets_table_against_the_rows(demo_db, tmp_path):
    plan = plan_2026()
    PlanRepository(demo_db, "test").store(plan)
    files = generate(
        demo_db, Period.parse("2026-Q3"), tmp_path, day=DAY, number="9", actor="test", chart=targets_chart_png
    )  # the window's renderer (reports/conftest: pytest-qt's application)
    e, y = expected(demo_db, Q3), expected(demo_db, YTD_Q3)
    table = table_by_header(files.docx, "Chỉ tiêu")
    assert table[0] == ["STT", "Chỉ tiêu", "Kế hoạch", "Kỳ đánh giá", "Kết quả", "Lũy kế năm", "Đánh giá"]
    by_text = {r[1]: r for r in table[1:]}
    ct1 = by_text["Ít nhất 30% cơ sở kinh doanh dịch vụ được kiểm tra"]
    num, den = y["inspected"]  # a yearly target seen in a Q3 report counts to the quarter's end
    assert ct1[2:6] == [
        "≥ 30%",
        "năm 2026 (đến ngày 30/9/2026)",
        f"{num}/{den} ({pct(num, den)})",
        f"{num}/{den} ({pct(num, den)})",
    ]
    assert ct1[6] == ("Đạt" if num * 100 >= 30 * den else ct1[6])
    ct2 = by_text["Mỗi quý tổ chức ít nhất 30 hoạt động tuyên truyền"]
    assert ct2[2:6] == ["≥ 30", "quý III năm 2026", vn(e["activities"]), vn(y["activities"])]
    assert ct2[6] == ("Đạt" if e["activities"] >= 30 else "Không đạt")
    assert by_text["100% người lao động được tuyên truyền"][4:] == [
        "Chưa có số liệu",
        "Chưa có số liệu",
        "Chưa có số liệu",
    ]
    text = docx_text(files.docx)
    assert len(docx.Document(str(files.docx)).inline_shapes) == 1  # the targets chart in Phụ lục I
    assert "Biểu đồ: chỉ tiêu kế hoạch và kết quả thực hiện" in text
    assert "Kính gửi: Sở Y tế tỉnh Thử Nghiệm" in text
    assert "Thực hiện Kế hoạch số 15/KH-UBND ngày 03/02/2026 của Ủy ban nhân dân tỉnh Thử Nghiệm" in text
    # Section III names each target with its verdict and figure; the one without data among the shortcomings.
    verdict = "đã đạt" if e["activities"] >= 30 else "không đạt"
    assert (
        f"Chỉ tiêu “Mỗi quý tổ chức ít nhất 30 hoạt động tuyên truyền” (quý III năm 2026, kế hoạch ≥ 30): "
        f"{verdict}, kết quả {vn(e['activities'])}"
    ) in text
    assert "chỉ tiêu chưa có số liệu để đánh giá: “100% người lao động được tuyên truyền”" in text
    wb = openpyxl.load_workbook(files.xlsx)
    ws = wb["Phụ lục I - Chỉ tiêu"]
    values = {r[1]: r for r in ws.iter_rows(values_only=True)}
    assert values["Mỗi quý tổ chức ít nhất 30 hoạt động tuyên truyền"][6] == e["activities"]
    assert values["Ít nhất 30% cơ sở kinh doanh dịch vụ được kiểm tra"][6:8] == (num, den)
    assert ws.freeze_panes is not None and ws.page_setup.orientation == "landscape"


def test_report_without_data_or_profile_still_writes(db, tmp_path):
    files = generate(db, Period.parse("2026-H1"), tmp_path, day=DAY, number="1", actor="test", chart=targets_chart_png)
    text = docx_text(files.docx)
    assert "Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2026" in text
    # An empty period says so instead of "0 hoạt động" lines.
    assert "chưa ghi nhận kết quả hoạt động nào" in text and "Tổ chức 0 hoạt động" not in text
    assert "chưa ghi nhận vụ việc, hoạt động nào liên quan đến tệ nạn mại dâm" in text and "Kính gửi" not in text
    assert len(docx.Document(str(files.docx)).inline_shapes) == 0  # no plan, no chart
    assert rows(db, "SELECT last_number FROM report_number WHERE year = 2026") == [(1,)]
