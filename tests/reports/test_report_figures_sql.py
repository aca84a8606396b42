"""Ten figures of a yearly report, read back from the .docx text and the .xlsx annex, against SQL written here.

The demo commune of seed 4 (with the province's plan) reports on 2026 on 05/12/2026. Each figure a superior
office checks first is taken from the report's own words and annex cells, and compared with a query on the
SQLite file through the standard `sqlite3` module: nothing here calls the app's counting code, so a wrong count
there cannot be copied into the expectation.

The fines total follows the counting rules (shared/domain.md; docs/penalties.md "Recording a case"): a decision
on several acts (Điều 32–33) fines each act, and its total is the sum of the fines of all its acts; warnings,
transfers and referrals carry no fine; remedial measures (nộp lại số lợi bất hợp pháp) and supplementary
penalties are not fines and hold no amount. A sum over `penalty_decision.fine` alone misses the further acts.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

import pytest

DAY = date(2026, 12, 5)

# One decision's further acts are stored as "code=amount;code=amount": split in SQL, summed per act.
FINES_SQL = """
WITH RECURSIVE more(id, rest, amount) AS (
    SELECT id, more_acts || ';', 0 FROM penalty_decision
     WHERE outcome = 'fine' AND decision_date BETWEEN :a AND :b
    UNION ALL
    SELECT id, substr(rest, instr(rest, ';') + 1),
           CAST(substr(rest, instr(rest, '=') + 1, instr(rest, ';') - instr(rest, '=') - 1) AS INTEGER)
      FROM more WHERE rest NOT IN ('', ';')
)
SELECT (SELECT COALESCE(SUM(fine), 0) FROM penalty_decision
         WHERE outcome = 'fine' AND decision_date BETWEEN :a AND :b)
     + (SELECT COALESCE(SUM(amount), 0) FROM more)
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """(sqlite3 connection, report text, annex workbook, (first day, cut-off)) of the seed-4 yearly report."""
    import docx
    from openpyxl import load_workbook

    from commune_desk.domain.periods import Period
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.reports.report_service import generate
    from commune_desk.storage.database import open_database

    base = tmp_path_factory.mktemp("sql")
    db = open_database(base / "seed4.db")
    create_demo(db, year=2026, seed=4, force=False, actor="t", today=DAY, with_plan=True)
    files = generate(db, Period.parse("2026"), base / "out", day=DAY, number="4", actor="t")
    db.dispose()
    text = " ".join(p.text for p in docx.Document(str(files.docx)).paragraphs)
    text = re.sub(r"\s+", " ", text)
    found = re.search(r"số liệu từ ngày (\d\d/\d{1,2}/\d{4}), tính đến ngày (\d\d/\d{1,2}/\d{4})", text)
    assert found, "the report states its data window"
    window = tuple(datetime.strptime(x, "%d/%m/%Y").date().isoformat() for x in found.groups())
    con = sqlite3.connect(base / "seed4.db")
    yield con, text, load_workbook(files.xlsx), window
    con.close()


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _one(con, sql: str, a: str, b: str):
    return con.execute(sql, {"a": a, "b": b}).fetchone()


def _total(wb, sheet_prefix: str) -> list:
    ws = next(ws for ws in wb.worksheets if ws.title.startswith(sheet_prefix + " "))
    row = next(r for r in range(ws.max_row, 0, -1) if str(ws.cell(r, 2).value or "").startswith("Tổng cộng"))
    return [c.value for c in ws[row]]


def test_window_is_the_plans_year_to_the_reports_date(report):
    _con, _text, _wb, (a, b) = report
    # The plan counts a year from 15/12 of the year before (NĐ 09/2019 cut-off); nothing after the report's date.
    assert (a, b) == ("2025-12-15", DAY.isoformat())


def test_propaganda_activities_and_participants(report):
    con, text, wb, (a, b) = report
    n, people = _one(
        con, "SELECT COUNT(*), SUM(participants) FROM propaganda_activity WHERE activity_date BETWEEN :a AND :b", a, b
    )
    assert n > 0 and f"Tổ chức {_vn(n)} hoạt động tuyên truyền với {_vn(people)} lượt người tham dự" in text
    assert _total(wb, "Biểu 1")[2:4] == [n, people]


def test_tipoffs_received(report):
    con, text, _wb, (a, b) = report
    (n,) = _one(con, "SELECT COUNT(*) FROM tipoff WHERE received_date BETWEEN :a AND :b", a, b)
    assert n > 0 and f"tiếp nhận {_vn(n)} tố giác, tin báo" in text


def test_inspections_and_businesses_inspected_each_once(report):
    con, text, wb, (a, b) = report
    visits, places = _one(
        con,
        "SELECT COUNT(*), COUNT(DISTINCT business_id) FROM inspection WHERE inspection_date BETWEEN :a AND :b",
        a,
        b,
    )
    (operating,) = _one(
        con,
        "SELECT COUNT(*) FROM business WHERE registered_date <= :b AND (closed_date IS NULL OR closed_date > :b)",
        a,
        b,
    )
    assert f"qua {_vn(visits)} lượt kiểm tra" in text
    assert f"Kiểm tra {places}/{operating} (" in text
    # Biểu 10's total: the visits of all forces, and the businesses inspected by any force counted once (it was
    # blank); the note under the title says how the total is counted.
    total = _total(wb, "Biểu 10")
    assert total[2:4] == [visits, places]
    ws = next(ws for ws in wb.worksheets if ws.title.startswith("Biểu 10 "))
    assert any("mỗi cơ sở một lần" in str(ws.cell(r, 1).value or "") for r in range(1, 8))


def test_penalty_cases(report):
    con, text, wb, (a, b) = report
    (n,) = _one(con, "SELECT COUNT(*) FROM penalty_decision WHERE decision_date BETWEEN :a AND :b", a, b)
    assert n > 0 and f"Xử lý {_vn(n)} vụ việc vi phạm hành chính" in text
    assert _total(wb, "Biểu 3")[-1] == n


def test_fines_total_sums_every_act_of_a_decision(report):
    con, text, wb, (a, b) = report
    (total,) = _one(con, FINES_SQL, a, b)
    (first_acts,) = _one(
        con, "SELECT SUM(fine) FROM penalty_decision WHERE outcome = 'fine' AND decision_date BETWEEN :a AND :b", a, b
    )
    (several,) = _one(
        con,
        "SELECT COUNT(*) FROM penalty_decision WHERE outcome = 'fine' AND more_acts <> '' "
        "AND decision_date BETWEEN :a AND :b",
        a,
        b,
    )
    # The demo holds a decision on two acts (Đ32 k2 with Đ32 k1): fined once, so its further act adds nothing.
    assert several >= 1 and total == first_acts
    assert f"tổng số tiền phạt {_vn(total)} đồng" in text
    assert _total(wb, "Biểu 3")[6] == total
    # No money on the cases the commune did not fine.
    (other,) = _one(
        con,
        "SELECT COALESCE(SUM(fine), 0) FROM penalty_decision WHERE outcome <> 'fine' "
        "AND decision_date BETWEEN :a AND :b",
        a,
        b,
    )
    assert other == 0


def test_reintegration_support(report):
    con, text, wb, (a, b) = report
    (n,) = _one(con, "SELECT SUM(count) FROM reintegration_support WHERE support_date BETWEEN :a AND :b", a, b)
    assert f"Hỗ trợ {_vn(n)} lượt người hòa nhập cộng đồng" in text
    assert _total(wb, "Biểu 5")[2] == n


def test_persons_trained_are_persons_not_attendances(report):
    con, text, _wb, (a, b) = report
    attendances, persons = _one(
        con,
        "SELECT SUM(p.count), SUM(p.persons) FROM training t "
        "JOIN training_participant p ON p.training_id = t.id "
        "WHERE t.training_date BETWEEN :a AND :b",
        a,
        b,
    )
    (staff,) = _one(
        con,
        "SELECT SUM(value) FROM population WHERE kind = 'staff' AND year = 2026 "
        "AND replaced_at IS NULL AND as_of <= :b",
        a,
        b,
    )
    assert attendances > persons  # the demo trains some people twice: the two figures differ
    assert f"với {_vn(attendances)} lượt cán bộ" in text
    share = f"{round(100 * persons / staff, 1):.1f}".replace(".", ",").removesuffix(",0")
    assert f"{persons} người được tập huấn lần đầu trong năm, bằng {share}% tổng số {staff} cán bộ" in text


def test_prone_businesses_with_commitments(report):
    con, text, wb, (a, b) = report
    n, owners, workers, signed = _one(
        con,
        "SELECT COUNT(*), SUM(owner_commitment_date IS NOT NULL AND owner_commitment_date <= :b), "
        "SUM(workers), SUM(workers_committed) FROM business WHERE registered_date <= :b "
        "AND (closed_date IS NULL OR closed_date > :b)",
        a,
        b,
    )
    assert f"{owners}/{n} (" in text and f"{signed}/{_vn(workers)} (" in text
    assert _total(wb, "Biểu 9")[2:6] == [n, owners, workers, signed]


def test_hotspots_known_and_eradicated(report):
    con, text, _wb, (a, b) = report
    # A hotspot is known once found on or before the cut-off; it counts as eradicated when its latest event by
    # then is an eradication.
    known, gone = _one(
        con,
        """
        SELECT COUNT(*), SUM(last = 'triet_xoa') FROM (
          SELECT (SELECT kind_code FROM hotspot_event e WHERE e.hotspot_id = h.id AND e.event_date <= :b
                   ORDER BY e.event_date DESC, e.id DESC LIMIT 1) AS last
            FROM hotspot h
           WHERE EXISTS (SELECT 1 FROM hotspot_event e WHERE e.hotspot_id = h.id AND e.event_date <= :b))""",
        a,
        b,
    )
    assert known > 0
    assert (
        f"trên địa bàn có {known} điểm phức tạp về tệ nạn mại dâm đã được phát hiện, trong đó {gone} điểm đã "
        "được triệt xóa" in text
    )


def test_healthy_commune_status(report):
    con, text, wb, (_a, _b) = report
    last = con.execute(
        "SELECT total, result, decision_number FROM healthy_commune_assessment WHERE year = 2025"
    ).fetchone()
    this = con.execute("SELECT COUNT(*) FROM healthy_commune_assessment WHERE year = 2026").fetchone()[0]
    ws = next(ws for ws in wb.worksheets if ws.title.startswith("Biểu 11 "))
    by_year = {str(ws.cell(r, 2).value): [c.value for c in ws[r]] for r in range(1, ws.max_row + 1)}
    assert last is not None and by_year["2025"][3] == last[0]
    assert f"Năm 2025, kết quả tự đánh giá: {last[0]} điểm" in text
    # A self-assessment without a decision is never shown as a recognition.
    assert (by_year["2025"][5] == "Chưa có quyết định công nhận") == (last[2] == "")
    assert this == 0 and by_year["2026"][2] == "Chưa ghi nhận"
