"""The report's Excel annex: the targets (or indicators) sheet and the statistical tables, via xlsx_official."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from commune_desk.domain.doc_format import vn_date
from commune_desk.domain.indicators import AT_RISK, ON_TRACK, PERCENT, STATUS_VI
from commune_desk.domain.report_content import ESTIMATE_LABEL, ESTIMATE_NOTE, ReportContent, StatTable
from commune_desk.services.reports.report_docx import reference_line, scope_cell
from commune_desk.services.documents.xlsx_official import INT, PAD_PT, PCT, SIGNED, UNIT_PT, text_width_pt

LANDSCAPE_UNITS = 140     # A4 landscape less 2 × 1,27 cm margins, in Excel width units (5,25 pt)

# Signs as the plan writes them; "=" alone would be read as the start of a formula by a spreadsheet.
SIGNS = {">=": "≥", "<=": "≤", "=": "bằng"}


def _pct(num, den):
    return None if not den else num / den


def _titles(c: ReportContent, title: str, ref: str, unit_note: str) -> list[str]:
    # Upper case as official titles are, but "Biểu 3b" keeps its small letter (it printed "BIỂU 3B").
    lines = [re.sub(r"(BIỂU \d+)([A-Z])\b", lambda m: m.group(1) + m.group(2).lower(), title.upper()), ref]
    if c.heading.is_demo:
        lines.append("DỮ LIỆU MẪU - KHÔNG PHẢI SỐ LIỆU THẬT")
    lines.append(f"Số liệu từ ngày {vn_date(c.window[0])}, tính đến ngày {vn_date(c.window[1])}")
    return lines + ([unit_note] if unit_note else [])


def _running(t) -> bool:
    return bool(t.window and t.period_window and t.window[1] < t.period_window[1])


def _parts(t) -> str:
    """"quý I năm 2026: 100% (Đạt); quý II năm 2026: 71,4% (Không đạt)" for a quarterly target in a longer report."""
    from commune_desk.services.reports.report_docx import achieved_text

    return "; ".join(f"{p.scope_vi}: {achieved_text(p.value, p.achieved, t.unit)} ({STATUS_VI[p.status]})"
                     for p in t.parts)


def targets_sheet(c: ReportContent, ref: str):
    from commune_desk.services.documents.xlsx_official import SheetSpec

    title = f"Phụ lục I. Kết quả thực hiện chỉ tiêu {c.period_name}"
    if c.targets:
        rows, formats = [], {}
        for i, t in enumerate(c.targets, start=1):
            pct = t.unit == PERCENT
            # "Dự kiến cả kỳ" holds a share for a percent target and a count otherwise: formatted per cell (a
            # column format printed 0,93103448276).
            formats[(i - 1, 13)] = PCT if pct else INT
            rows.append([i, t.text, SIGNS.get(t.comparison, t.comparison), t.target, "%" if pct else "số lượng", scope_cell(t),
                         int(t.value.numerator), None if t.value.denominator is None else int(t.value.denominator),
                         _pct(t.value.numerator, t.value.denominator) if pct else None,
                         int(t.ytd.numerator), None if t.ytd.denominator is None else int(t.ytd.denominator),
                         _pct(t.ytd.numerator, t.ytd.denominator) if pct else None, STATUS_VI[t.status],
                         (t.projection / 100 if pct else t.projection) if _running(t) and t.projection is not None
                         and t.status in (ON_TRACK, AT_RISK) and not t.parts else None,
                         _parts(t) or None, "cấp trên" if t.level == "office" else "xã", t.goal])
        headers = ["STT", "Chỉ tiêu", "So sánh", "Kế hoạch", "Đơn vị", "Kỳ đánh giá", "Kết quả (tử số)", "Mẫu số",
                   "Tỷ lệ", "Lũy kế năm (tử số)", "Lũy kế mẫu số", "Lũy kế tỷ lệ", "Đánh giá", "Dự kiến cả kỳ",
                   "Theo từng quý (6 tháng)", "Cấp chỉ tiêu", "Phần của xã"]
        widths = [6, 44, 7, 9, 9, 14, 10, 9, 9, 11, 9, 9, 14, 11, 32, 10, 10]
        if not any(t.level == "office" for t in c.targets):
            # Only the commune's own targets: the last two columns would say "xã" and nothing on every row, and
            # their width shrinks the whole sheet on the printed page (fit to width).
            headers, widths, rows = headers[:-2], widths[:-2], [r[:-2] for r in rows]
        return SheetSpec("Phụ lục I - Chỉ tiêu", _titles(c, title, ref, f"Kế hoạch: {c.plan_title}"), headers,
                         rows, widths,
                         {3: "[$-42A]General", 6: INT, 7: INT, 8: PCT, 9: INT, 10: INT, 11: PCT, 16: "[$-42A]General"},
                         cell_formats=formats)
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
    from commune_desk.services.documents.xlsx_official import SheetSpec

    name = table.title.split(".")[0]          # "Biểu 1"
    label = {"units": "Thôn, TDP", "forms": "Hình thức", "violations": "Hành vi vi phạm",
             "violations_people": "Giới tính, tuổi", "kinds": "Loại hình cơ sở", "support": "Hỗ trợ",
             "models": "Mô hình", "teams": "Đội, nhóm", "compare": "So sánh", "commitments": "Cam kết",
             "forces": "Lực lượng kiểm tra", "healthy": "Xã lành mạnh"}.get(table.key, table.key)
    widths = [6, 40] + [16] * (len(table.headers) - 2)
    if table.widths:              # the Word widths in cm, about 5 characters of Times 11 per cm
        widths = [max(6, round(w * 5.2)) for w in table.widths]
        # The sheet prints landscape (27 cm wide, not the Word page's 16,5): the label column gets room, so a long
        # act's name takes two or three lines instead of eight (Biểu 3 split over two pages).
        widths[1] = max(widths[1], 40)
    # Up to the landscape page's width, the label column grows until its longest label takes one line.
    longest = max((text_width_pt(str(r[1]), 11) for r in table.rows if len(r) > 1 and isinstance(r[1], str)),
                  default=0.0)
    room = LANDSCAPE_UNITS - (sum(widths) - widths[1])
    widths[1] = max(widths[1], min(room, round((longest + PAD_PT) / UNIT_PT + 1)))
    rows = [list(r) for r in table.rows]
    formats = {i: (SIGNED if i in table.signed else INT) for i in table.numeric}
    if table.key == "violations":     # the notes on migrated and NĐ 144/2021 cases, under the table
        rows += [["", f"Ghi chú: {note}"] + [None] * (len(table.headers) - 2)
                 for note in c.details.get("penalty_notes", ())]
    return SheetSpec(f"{name} - {label}", _titles(c, f"Phụ lục II. {table.title} ({c.period_name})", ref,
                                                  table.note),
                     list(table.headers), rows, widths, formats,
                     bold_rows=frozenset({len(table.rows) - 1}) if table.has_total and table.rows else frozenset())


def estimate_sheet(c: ReportContent, ref: str):
    """The whole-period estimate, labelled as such in its sheet name, title and columns (ESTIMATE_LABEL)."""
    from commune_desk.services.documents.xlsx_official import SheetSpec

    rows = []
    for i, (code, guess) in enumerate(c.estimates.items(), start=1):
        a = c.figures[code].period
        rows.append([i, c.figures[code].label, int(a.numerator), None if a.denominator is None else int(a.denominator),
                     _pct(a.numerator, a.denominator), int(guess.numerator),
                     None if guess.denominator is None else int(guess.denominator),
                     _pct(guess.numerator, guess.denominator)])
    title = f"{ESTIMATE_LABEL} {c.period_name} (ước tính)"
    note = (f"{ESTIMATE_NOTE[:1].upper()}{ESTIMATE_NOTE[1:]}: số liệu thực tế tính đến ngày {vn_date(c.window[1])}, "
            f"ước tính cho cả kỳ đến ngày {vn_date(c.period_window[1])}")
    cut = vn_date(c.window[1])
    return SheetSpec(ESTIMATE_LABEL, _titles(c, title, ref, note),
                     ["STT", "Chỉ số", f"Thực hiện đến {cut} (tử số)", "Mẫu số", "Tỷ lệ",
                      "Ước cả kỳ - ước tính (tử số)", "Ước tính mẫu số", "Ước tính tỷ lệ"], rows,
                     [6, 55, 14, 10, 10, 16, 12, 12], {2: INT, 3: INT, 4: PCT, 5: INT, 6: INT, 7: PCT})


def write_xlsx(path: Path, c: ReportContent, *, number: str, day: date) -> Path:
    from commune_desk.services.documents.xlsx_official import write_workbook

    ref = reference_line(number, day, c)
    sheets = [targets_sheet(c, ref)] + ([estimate_sheet(c, ref)] if c.estimates else [])
    sheets += [stat_sheet(c, t, ref) for t in c.tables]
    return write_workbook(path, sheets)
