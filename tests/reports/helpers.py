"""Shared helpers for report tests: a hand-made 2026 plan, raw-row queries, text of a .docx in reading order."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from sqlalchemy import text

from commune_desk.domain.plans import Deadline, DueRule, Plan, Target

DAY = date(2026, 10, 5)
Q3 = (date(2026, 7, 1), date(2026, 9, 30))
YTD_Q3 = (date(2026, 1, 1), date(2026, 9, 30))


def plan_2026() -> Plan:
    """A calendar-period plan for the demo year with targets of each kind the report prints."""
    return Plan(
        plan_id="TEST-REPORT-2026", version=1, title="Kế hoạch phòng, chống mại dâm năm 2026",
        issuing_office="Ủy ban nhân dân tỉnh Thử Nghiệm", year=2026,
        receiving_office="Sở Y tế tỉnh Thử Nghiệm", document_number="15/KH-UBND", issued_on=date(2026, 2, 3),
        targets=(
            Target("CT1", "Ít nhất 30% cơ sở kinh doanh dịch vụ được kiểm tra", "BIZ_INSPECTED", ">=", 30.0, "%",
                   "year"),
            Target("CT2", "Mỗi quý tổ chức ít nhất 30 hoạt động tuyên truyền", "PROP_ACTIVITIES", ">=", 30.0,
                   "count", "quarter"),
            Target("CT3", "100% người lao động được tuyên truyền", "WORKERS_REACHED", ">=", 100.0, "%", "year"),
        ),
        deadlines=(Deadline("quarter", DueRule.parse("day 10 of last month of quarter", 2026)),
                   Deadline("year", DueRule.parse("15/11", 2026))),
    )


def rows(db, sql: str, **params) -> list:
    with db.read() as s:
        return s.execute(text(sql), params).all()


def scalar(db, sql: str, **params):
    with db.read() as s:
        return s.execute(text(sql), params).scalar()


def docx_text(path: Path) -> str:
    """Every paragraph (tables included) in document order, one per line."""
    import docx
    from docx.oxml.ns import qn

    body = docx.Document(str(path)).element.body
    lines = []
    for p in body.iter(qn("w:p")):
        lines.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(lines)


def document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


def table_by_header(path: Path, header: str) -> list[list[str]]:
    """The rows (header first) of the first table whose header row holds `header`."""
    import docx

    for table in docx.Document(str(path)).tables:
        head = [c.text for c in table.rows[0].cells]
        if header in head:
            return [[c.text for c in r.cells] for r in table.rows]
    raise AssertionError(f"no table with header {header!r}")


def vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")
