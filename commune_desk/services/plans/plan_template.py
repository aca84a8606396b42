"""Writes the plan workbook: a blank self-explaining template, or a given Plan (sample plans, round trips)."""

from __future__ import annotations

from pathlib import Path

from commune_desk.domain.indicator_texts import how_counted
from commune_desk.domain.indicators import CATALOGUE as INDICATORS, PERCENT
from commune_desk.domain.plans import Plan
from commune_desk.services.plans import plan_format as fmt

DATA_ROWS = 300
_HELP = [
    ("MẪU KẾ HOẠCH PHÒNG, CHỐNG MẠI DÂM (dùng cho CommuneDesk)", True),
    ("Cơ quan cấp trên điền các trang dưới đây, lưu dạng .xlsx và gửi xã (USB). Xã nhập bằng: "
     "commune-desk plan import TỆP (hoặc menu Kế hoạch > Nhập kế hoạch).", False),
    ("Quy tắc chung", True),
    ("• Dòng 1 của mỗi trang là tên cột (tiếng Anh, không sửa). Dữ liệu bắt đầu từ dòng 2. Rê chuột lên tên cột "
     "để xem hướng dẫn.", False),
    ("• Không dùng công thức (=...) trong ô dữ liệu: hãy gõ giá trị. Ô gộp được đọc theo giá trị ô trên cùng bên trái.",
     False),
    ("• Tỷ lệ phần trăm: ô định dạng % là phần trăm; 30 và \"30%\" đều là 30%; số trần từ 1 trở xuống (0,3; 1) "
     "bị từ chối vì không rõ nghĩa: hãy ghi 30% hoặc 1%.", False),
    ("• Ngày: ô ngày thật, hoặc chữ dd/mm/yyyy, hoặc dd/mm (năm lấy theo năm của kế hoạch).", False),
    ("Trang settings (một dòng giá trị)", True),
    *[(f"  {c.name}{' (bắt buộc)' if c.required else ''}: {c.help_vi}", False) for c in fmt.SETTINGS],
    ("Trang targets (mỗi chỉ tiêu một dòng)", True),
    *[(f"  {c.name}{' (bắt buộc)' if c.required else ''}: {c.help_vi}", False) for c in fmt.TARGETS],
    ("Trang deadlines (hạn báo cáo)", True),
    *[(f"  {c.name}{' (bắt buộc)' if c.required else ''}: {c.help_vi}", False) for c in fmt.DEADLINES],
    ("  Quy tắc hạn: 'day N of first|last month of quarter|half|period', 'day N of month after period', "
     "'ngày N tháng đầu|cuối|sau kỳ/quý'. Một ngày cố định (05/6) áp dụng cho kỳ cuối cùng bắt đầu trước ngày đó "
     "(05/6 với half là 6 tháng đầu năm).", False),
    ("Trang report (không bắt buộc): mục của báo cáo (section) và nơi nhận (recipient).", True),
    ("Danh mục (không bắt buộc): trang cat_<tên danh mục>, ví dụ cat_violation_types, với cột code, label và các "
     "cột thêm (decree, article, fine_min …). Danh mục trong kế hoạch thay danh mục mặc định cho năm của kế hoạch.",
     True),
    ("  cat_violation_types: decree (vd. 282/2025/NĐ-CP), article, clause (số), point (chữ), fine_min, fine_max "
     "(mức phạt với cá nhân, đồng; tổ chức gấp đôi), warning_allowed (1/0), supplementary và remedial (mã hình thức "
     "xử phạt bổ sung và biện pháp khắc phục hậu quả, cách nhau bởi ;), valid_from, valid_until (ngày áp dụng theo "
     "ngày kết thúc hành vi), verified (1 = đã đối chiếu văn bản), kind (crime = tội phạm, chỉ được chuyển cơ quan "
     "điều tra). Thẩm quyền cấp xã tính từ fine_max, không nhập tay.", False),
    ("Ví dụ chỉ tiêu", True),
    ("  CT5 | Kiểm tra ít nhất 30% số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm | BIZ_INSPECTED | >= | 30% "
     "| % | year", False),
    ("Danh mục chỉ số (indicator)", True),
]


def _catalogue_lines() -> list[tuple[str, bool]]:
    lines = []
    for d in INDICATORS.values():
        kind = "nhập tay" if d.manual else "tính từ sổ ghi chép"
        numerator, denominator = how_counted(d.code, d.numerator, d.denominator)
        den = f"; mẫu số: {denominator}" if denominator else ""
        lines.append((f"  {d.code} — {d.label} ({kind}; đơn vị: {', '.join(d.units)}). Tử số: {numerator}{den}",
                      False))
    return lines


def write_plan_workbook(path, plan: Plan | None = None) -> Path:
    """Write the template (plan=None) or `plan` as a workbook at `path`; returns the path."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    wb = openpyxl.Workbook()
    help_ws = wb.active
    help_ws.title = fmt.INSTRUCTIONS_SHEET
    help_ws.column_dimensions["A"].width = 140
    for row, (text, bold) in enumerate(_HELP + _catalogue_lines(), start=1):
        cell = help_ws.cell(row, 1, text)
        cell.font = Font(bold=bold, size=13 if row == 1 else 11)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    lists = wb.create_sheet(fmt.LISTS_SHEET)
    for row, code in enumerate(INDICATORS, start=1):
        lists.cell(row, 1, code)
    lists.sheet_state = "hidden"
    header_fill = PatternFill("solid", fgColor="DDEBF7")

    def table(name, columns, choices: dict):
        ws = wb.create_sheet(name)
        for index, col in enumerate(columns, start=1):
            cell = ws.cell(1, index, col.name)
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.comment = Comment(col.help_vi + (" (bắt buộc)" if col.required else ""), "CommuneDesk")
            ws.column_dimensions[cell.column_letter].width = col.width
        ws.freeze_panes = "A2"
        for col_name, formula in choices.items():
            letter = openpyxl.utils.get_column_letter([c.name for c in columns].index(col_name) + 1)
            dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                                errorTitle="Giá trị không hợp lệ", error="Hãy chọn trong danh sách")
            dv.add(f"{letter}2:{letter}{DATA_ROWS}")
            ws.add_data_validation(dv)
        return ws

    quoted = lambda values: '"' + ",".join(values) + '"'  # noqa: E731
    settings = table("settings", fmt.SETTINGS, {})
    targets = table("targets", fmt.TARGETS, {
        "indicator": f"{fmt.LISTS_SHEET}!$A$1:$A${len(INDICATORS)}",
        "comparison": quoted(fmt.COMPARISON_CHOICES), "unit": quoted(fmt.UNIT_CHOICES),
        "period_scope": quoted(fmt.PERIOD_SCOPES), "level": quoted(fmt.LEVEL_CHOICES)})
    deadlines = table("deadlines", fmt.DEADLINES, {"period_kind": quoted(fmt.DEADLINE_KINDS)})
    report = table("report", fmt.REPORT, {"kind": quoted(fmt.REPORT_KINDS)})
    for ws in (settings, targets, deadlines, report):
        for col in ws.iter_cols(min_row=1, max_row=1):
            if col[0].value in ("text", "title", "note"):
                for r in range(2, DATA_ROWS + 1):
                    ws.cell(r, col[0].column).alignment = Alignment(wrap_text=True, vertical="top")
    if plan is not None:
        _fill(plan, settings, targets, deadlines, report, wb, table)
    wb.active = 1
    from commune_desk.services.documents.xlsx_text import keep_text
    from commune_desk.storage.files import write_with

    keep_text(wb)   # a target text beginning with "=" or "-" stays text
    return write_with(path, lambda tmp: wb.save(str(tmp)))


def _fill(plan: Plan, settings, targets, deadlines, report, wb, table) -> None:
    values = {"plan_id": plan.plan_id, "version": plan.version, "title": plan.title,
              "issuing_office": plan.issuing_office, "year": plan.year, "receiving_office": plan.receiving_office,
              "cutoff_rule": plan.cutoff_rule, "document_number": plan.document_number or None,
              "issued_on": plan.issued_on, "valid_from": plan.valid_from}
    for index, col in enumerate(fmt.SETTINGS, start=1):
        cell = settings.cell(2, index, values[col.name])
        if col.name in ("issued_on", "valid_from"):
            cell.number_format = "dd/mm/yyyy"
        if col.name == "cutoff_rule":
            cell.number_format = "@"
    for r, t in enumerate(plan.targets, start=2):
        office = t.level != "commune"
        row = [t.code, t.text, t.indicator, t.comparison, t.value, t.unit, t.period_scope, t.section or None,
               t.level if office else None, t.commune_quota if office else None]
        for c, value in enumerate(row, start=1):
            cell = targets.cell(r, c, value)
            if c in (5, 10) and t.unit == PERCENT and value is not None:
                cell.value = value / 100
                cell.number_format = "0.##%"
    for r, d in enumerate(plan.deadlines, start=2):
        deadlines.cell(r, 1, d.period_kind)
        due = deadlines.cell(r, 2, d.due.fixed if d.due.fixed else d.due.text)
        if d.due.fixed:
            due.number_format = "dd/mm/yyyy"
        deadlines.cell(r, 3, d.cutoff.code if d.cutoff else None).number_format = "@"
        deadlines.cell(r, 4, d.note or None)
    rows = [("section", s) for s in plan.report_sections] + [("recipient", s) for s in plan.recipients]
    for r, (kind, text) in enumerate(rows, start=2):
        report.cell(r, 1, kind)
        report.cell(r, 2, text)
    from commune_desk.services.plans.plan_violations import cell_value

    for name, entries in sorted(plan.catalogues.items()):
        extra = sorted({k for e in entries for k in e if k not in ("code", "label", "active")})
        ws = table(fmt.CATALOGUE_PREFIX + name, fmt.CATALOGUE, {})
        for i, key in enumerate(extra, start=4):
            ws.cell(1, i, key)
        for r, e in enumerate(entries, start=2):
            ws.cell(r, 1, e["code"])
            ws.cell(r, 2, e["label"])
            ws.cell(r, 3, 0 if e.get("active") is False else 1)
            for i, key in enumerate(extra, start=4):
                value = cell_value(key, e.get(key))
                cell = ws.cell(r, i, value)
                if key in ("valid_from", "valid_until") and value is not None:
                    cell.number_format = "dd/mm/yyyy"
