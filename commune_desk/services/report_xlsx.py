"""The report's Excel annex: the targets (or indicators) sheet and the statistical tables, via xlsx_official."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commune_desk.domain.indicators import PERCENT, STATUS_VI
from commune_desk.domain.report_content import ReportContent, StatTable
from commune_desk.services.report_docx import reference_line

INT, PCT = "#,##0", "0.0%"


def _pct(num, den):
    return None if not den else num / den


def _titles(c: ReportContent, title: str, ref: str, unit_note: str) -> list[str]:
    lines = [title.upper(), ref]
    if c.heading.is_demo:
        lines.append("DỮ LIỆU MẪU - KHÔNG PHẢI SỐ LIỆU THẬT")
    return lines + ([unit_note] if unit_note else [])


def targets_sheet(c: ReportContent, ref: str):
    from commune_desk.services.xlsx_official import SheetSpec

    title = f"Phụ lục I. Kết quả thực hiện chỉ tiêu {c.period_name}"
    if c.targets:
        rows = []
        for i, t in enumerate(c.targets, start=1):
            pct = t.unit == PERCENT
            rows.append([i, t.text, t.comparison, t.target, "%" if pct else "số lượng", t.scope_vi,
                         int(t.value.numerator), None if t.value.denominator is None else int(t.value.denominator),
                         _pct(t.value.numerator, t.value.denominator) if pct else None,
                         int(t.ytd.numerator), None if t.ytd.denominator is None else int(t.ytd.denominator),
                         _pct(t.ytd.numerator, t.ytd.denominator) if pct else None, STATUS_VI[t.status]])
        return SheetSpec("Phụ lục I - Chỉ tiêu", _titles(c, title, ref, f"Kế hoạch: {c.plan_title}"),
                         ["STT", "Chỉ tiêu", "So sánh", "Kế hoạch", "Đơn vị", "Kỳ đánh giá", "Kết quả (tử số)",
                          "Mẫu số", "Tỷ lệ", "Lũy kế năm (tử số)", "Lũy kế mẫu số", "Lũy kế tỷ lệ", "Đánh giá"],
                         rows, [6, 48, 8, 10, 10, 18, 12, 10, 10, 12, 10, 10, 18],
                         {3: "General", 6: INT, 7: INT, 8: PCT, 9: INT, 10: INT, 11: PCT})
    rows = []
    for i, pair in enumerate((p for p in c.figures.values() if p.period.entered), start=1):
        a, b = pair.period, pair.ytd
        rows.append([i, pair.label, int(a.numerator), None if a.denominator is None else int(a.denominator),
                     _pct(a.numerator, a.denominator), int(b.numerator),
                     None if b.denominator is None else int(b.denominator), _pct(b.numerator, b.denominator)])
    return SheetSpec("Phụ lục I - Chỉ số", _titles(c, title, ref, "Chưa có kế hoạch áp dụng cho kỳ báo cáo"),
                     ["STT", "Chỉ số", "Trong kỳ (tử số)", "Mẫu số", "Tỷ lệ", "Lũy kế năm (tử số)", "Lũy kế mẫu số",
                      "Lũy kế tỷ lệ"], rows, [6, 55, 14, 10, 10, 14, 12, 10],
                     {2: INT, 3: INT, 4: PCT, 5: INT, 6: INT, 7: PCT})


def stat_sheet(c: ReportContent, table: StatTable, ref: str):
    from commune_desk.services.xlsx_official import SheetSpec

    name = table.title.split(".")[0]          # "Biểu 1"
    label = {"units": "Thôn, TDP", "forms": "Hình thức", "violations": "Hành vi vi phạm",
             "kinds": "Loại hình cơ sở", "support": "Hỗ trợ", "models": "Mô hình",
             "teams": "Đội, nhóm"}.get(table.key, table.key)
    widths = [6, 40] + [16] * (len(table.headers) - 2)
    rows = [list(r) for r in table.rows]
    return SheetSpec(f"{name} - {label}", _titles(c, f"Phụ lục II. {table.title} ({c.period_name})", ref,
                                                  table.unit_note),
                     list(table.headers), rows, widths, {i: INT for i in table.numeric})


def write_xlsx(path: Path, c: ReportContent, *, number: str, day: date) -> Path:
    from commune_desk.services.xlsx_official import write_workbook

    ref = reference_line(number, day, c)
    sheets = [targets_sheet(c, ref)] + [stat_sheet(c, t, ref) for t in c.tables]
    return write_workbook(path, sheets)
