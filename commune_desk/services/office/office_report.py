"""The office's aggregated report: a Word document in the NĐ 30/2020 layout and an Excel workbook per unit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commune_desk.domain.doc_format import vn_int, vn_percent
from commune_desk.domain.indicators import PERCENT, format_vi
from commune_desk.domain.office import UNIT_STATUS_VI, OfficeFigure
from commune_desk.domain.office_rollup import LEFT_OUT_VI

DOCX_UNIT_ROWS = 500          # a longer per-unit list goes to the workbook only
RULE_VI = {"sum": "Cộng tử số và mẫu số", "share_meeting": "Tỷ lệ đơn vị đạt chỉ tiêu"}


def _num(value) -> str:
    return "" if value is None else format_vi(value)


def _target_text(f: OfficeFigure) -> str:
    t = f.target
    if t is None:
        return ""
    op = {">=": "≥", "<=": "≤", "=": "="}.get(t.comparison, t.comparison)
    return f"{op} {format_vi(t.value)}{'%' if t.unit == PERCENT else ''} mỗi đơn vị"


NO_DATA_VI = "Chưa có số liệu"


def _result_text(f: OfficeFigure) -> str:
    if not f.has_data:
        return NO_DATA_VI                      # never 0: no unit had a usable figure
    if f.rule == "share_meeting":
        return f"{vn_int(int(f.numerator))}/{vn_int(f.units)} đơn vị đạt ({vn_percent(f.percent)})"
    return vn_percent(f.percent) if f.denominator else _num(f.numerator)


def left_out_text(f: OfficeFigure) -> str:
    """How many units were not added and why, in Vietnamese ("" when every unit was added)."""
    counts = f.left_out_counts()
    if not counts:
        return ""
    parts = ", ".join(f"{vn_int(n)} {LEFT_OUT_VI.get(reason, reason)}" for reason, n in sorted(counts.items()))
    return f"không tính {vn_int(sum(counts.values()))} đơn vị ({parts})"




def _assessment(f: OfficeFigure) -> str:
    parts = []
    if f.achieved is not None:
        parts.append("Đạt" if f.achieved else "Không đạt")
    if f.meeting is not None and f.rule != "share_meeting":
        parts.append(f"{vn_int(len(f.meeting))}/{vn_int(f.units)} đơn vị đạt")
    extra = left_out_text(f)
    if extra:
        parts.append(extra[0].upper() + extra[1:])
    return "; ".join(parts)


def figure_rows(figures: list[OfficeFigure]) -> list[list[str]]:
    return [[str(i), f.label, _num(f.numerator), _num(f.denominator), _result_text(f), vn_int(f.units),
             _target_text(f), _assessment(f)] for i, f in enumerate(figures, 1)]


def _issuing_body(profile) -> tuple[str, ...]:
    lines = tuple(x.strip() for x in (profile.issuing_body or "").splitlines() if x.strip())
    if lines:
        return lines
    return (profile.official_name.upper(),) if profile.official_name else ("CƠ QUAN TIẾP NHẬN BÁO CÁO",)


def write_docx(agg, profile, path: Path, *, today: date, number_line: str) -> Path:
    from commune_desk.services.documents.docx_official import DocHeader, OfficialDocument, SignBlock, TableSpec

    comp = agg.completeness
    period = agg.period
    header = DocHeader(
        issuing_body=_issuing_body(profile), number_line=number_line,
        place=profile.place_name or profile.province or "", day=today,
        subject=f"Tổng hợp kết quả công tác phòng, chống mại dâm {period.name_vi()}",
        addressees=(profile.receiving_office,) if profile.receiving_office else ())
    doc = OfficialDocument(header)
    doc.paragraph(f"Căn cứ báo cáo có chữ ký số của các đơn vị cấp xã gửi về, {profile.official_name or 'đơn vị'} "
                  f"tổng hợp kết quả công tác phòng, chống mại dâm {period.name_vi()} như sau:")
    if agg.plan_reference:
        doc.paragraph(f"Kế hoạch áp dụng: {agg.plan_reference}.")
    doc.heading(1, "I. Tình hình tiếp nhận báo cáo")
    due = f" (hạn nộp {comp.due:%d/%m/%Y})" if comp.due else ""
    doc.paragraph(
        f"Số đơn vị phải báo cáo: {vn_int(comp.expected)}; đã nộp: {vn_int(len(comp.submitted))} "
        f"(tỷ lệ {vn_percent(comp.reporting_rate)}){due}"
        + (f", trong đó đúng hạn {vn_int(len(comp.on_time))}, muộn {vn_int(len(comp.late))}" if comp.due else "")
        + f"; chưa nộp: {vn_int(len(comp.missing))}; bị từ chối: {vn_int(len(comp.rejected))}.")
    names = {r.unit_code: r.unit_name for r in comp.rows}
    for label, codes in (("Đơn vị chưa nộp", comp.missing), ("Đơn vị có báo cáo bị từ chối", comp.rejected),
                         ("Đơn vị nộp muộn", comp.late)):
        if codes:
            shown = ", ".join(f"{names.get(c) or c} ({c})" for c in codes[:60])
            more = f" và {vn_int(len(codes) - 60)} đơn vị khác" if len(codes) > 60 else ""
            doc.paragraph(f"{label}: {shown}{more}.")
    doc.heading(1, "II. Kết quả thực hiện các chỉ tiêu")
    doc.paragraph("Số liệu được tổng hợp theo quy tắc của từng chỉ tiêu: cộng tử số và mẫu số của các đơn vị "
                  "(không lấy trung bình các tỷ lệ), hoặc tỷ lệ đơn vị đạt chỉ tiêu khi kế hoạch quy định. "
                  "Tỷ lệ chỉ cộng các đơn vị có đủ cả tử số và mẫu số; đơn vị thiếu số liệu hoặc có số liệu không "
                  "hợp lý không được cộng và được nêu ở cột \"Đánh giá\"; chỉ tiêu không có đơn vị nào có số liệu "
                  "ghi \"Chưa có số liệu\".")
    doc.table(TableSpec(["TT", "Chỉ tiêu", "Tử số", "Mẫu số", "Kết quả", "Số đơn vị", "Chỉ tiêu kế hoạch",
                         "Đánh giá"], figure_rows(agg.figures), [0.8, 4.0, 1.5, 1.5, 2.0, 1.2, 2.0, 3.2],
                        numeric_columns={2, 3, 5}), size=10)
    if len(agg.by_unit) <= DOCX_UNIT_ROWS:
        doc.appendix("Phụ lục I", "Tình hình nộp báo cáo theo đơn vị",
                     f"(Kèm theo Báo cáo tổng hợp {period.name_vi()})")
        rows = [[str(i), r.unit_code, r.unit_name, UNIT_STATUS_VI.get(r.status, r.status),
                 f"{r.submitted_on:%d/%m/%Y}" if r.submitted_on else "", str(r.revision or ""), _unit_note(r)]
                for i, r in enumerate(comp.rows, 1)]
        doc.table(TableSpec(["TT", "Mã đơn vị", "Tên đơn vị", "Tình trạng", "Ngày ký", "Lần gửi", "Ghi chú"], rows,
                            [0.9, 1.8, 5.0, 2.2, 2.1, 1.2, 3.3]), size=10)
    else:
        doc.paragraph(f"Chi tiết theo từng đơn vị ({vn_int(len(agg.by_unit))} đơn vị) tại tệp Excel kèm theo.",
                      italic=True)
    signer = profile.signer
    doc.closing(["Như trên", "Lưu: VT"], SignBlock(
        authority=tuple(x for x in signer.authority.splitlines() if x.strip()), title=signer.title,
        name=signer.name))
    return doc.save(path)


def _unit_note(r) -> str:
    """Impossible figures of the unit's package (not summed), in Vietnamese."""
    return ("Số liệu không hợp lý, không được cộng: " + "; ".join(r.flags)) if r.flags else ""


def write_xlsx(agg, path: Path) -> Path:
    from commune_desk.services.documents.xlsx_official import SheetSpec

    comp = agg.completeness
    codes = [f.code for f in agg.figures]
    values = {entry.unit_code: v for entry, v in agg.by_unit}
    headers = ["TT", "Mã đơn vị", "Tên đơn vị", "Tình trạng", "Ngày ký", "Lần gửi", "Ghi chú"]
    for f in agg.figures:
        headers += [f"{f.code} - tử số", f"{f.code} - mẫu số"]
    rows = []
    for i, r in enumerate(comp.rows, 1):
        row = [i, r.unit_code, r.unit_name, UNIT_STATUS_VI.get(r.status, r.status),
               r.submitted_on.isoformat() if r.submitted_on else "", r.revision or "", _unit_note(r)]
        mine = values.get(r.unit_code, {})
        for code in codes:
            v = mine.get(code)
            row += [v.numerator if v and v.entered else None, v.denominator if v and v.entered else None]
        rows.append(row)
    period = agg.period.name_vi()
    summary = SheetSpec("Tong hop", [f"TỔNG HỢP KẾT QUẢ CÁC CHỈ TIÊU {period.upper()}"],
                        ["TT", "Mã", "Chỉ tiêu", "Quy tắc tổng hợp", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Số đơn vị",
                         "Đơn vị đạt", "Đánh giá", "Ghi chú"],
                        [[i, f.code, f.label, RULE_VI.get(f.rule, f.rule), f.numerator, f.denominator,
                          None if f.percent is None else round(f.percent, 1), f.units,
                          None if f.meeting is None else len(f.meeting),
                          "" if f.achieved is None else ("Đạt" if f.achieved else "Không đạt"),
                          "; ".join(x for x in ("" if f.has_data else NO_DATA_VI, left_out_text(f)) if x)]
                         for i, f in enumerate(agg.figures, 1)],
                        widths=[5, 18, 50, 22, 12, 12, 10, 10, 10, 12, 30],
                        number_formats={4: "#,##0", 5: "#,##0"})
    per_unit = SheetSpec("Theo don vi", [f"SỐ LIỆU THEO ĐƠN VỊ {period.upper()}",
                                         "Mỗi dòng một đơn vị; chỉ số liệu của báo cáo đã tiếp nhận (lần gửi mới nhất)"],
                         headers, rows[:1], widths=[6, 10, 36, 14, 12, 8, 24] + [12] * (2 * len(codes)))
    return _write_fast(path, summary, per_unit, rows[1:])


def _write_fast(path: Path, summary, per_unit, more_rows: list[list]) -> Path:
    """The workbook through xlsx_official, then the remaining unit rows with the first row's cell styles copied
    (openpyxl's per-cell style look-up costs seconds for thousands of units)."""
    from copy import copy

    from openpyxl import Workbook

    from commune_desk.services.documents.xlsx_official import write_sheet
    from commune_desk.storage.files import write_with

    wb = Workbook()
    wb.remove(wb.active)
    write_sheet(wb, summary)
    write_sheet(wb, per_unit)
    ws = wb[per_unit.name]
    first = ws.max_row if per_unit.rows else ws.max_row + 1
    templates = [copy(ws.cell(row=first, column=c)._style) for c in range(1, len(per_unit.headers) + 1)]
    for offset, values in enumerate(more_rows, start=1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=first + offset, column=c, value=value)
            cell._style = copy(templates[c - 1])
    if more_rows:
        ws.print_area = f"A1:{ws.cell(row=first, column=len(per_unit.headers)).column_letter}{first + len(more_rows)}"
    from commune_desk.services.documents.xlsx_text import keep_text

    keep_text(wb)   # a unit or indicator name beginning with "=" stays text
    return write_with(path, lambda tmp: wb.save(str(tmp)))
