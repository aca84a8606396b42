"""Annex sheets: titles, frozen header, borders, number formats, print area, A4 landscape fit to width, fonts."""

from __future__ import annotations

import openpyxl

from commune_desk.services.documents.xlsx_official import SheetSpec, write_workbook


def test_sheet_layout(tmp_path):
    spec = SheetSpec("Biểu 1 - Thôn, tổ dân phố và thêm chữ cho quá dài", ["BIỂU 1", "(Kèm theo Báo cáo số 07)"],
                     ["STT", "Thôn", "Số buổi", "Tỷ lệ"], [[1, "Thôn Đông", 1350, 0.125], [2, "Thôn Tây", 7, 1.0]],
                     [6, 30, 12, 10], {2: "#,##0", 3: "0.0%"}, note="Ghi chú: số liệu mẫu")
    path = write_workbook(tmp_path / "annex.xlsx", [spec])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Biểu 1 - Thôn, tổ dân phố và th"]           # Excel's 31-character limit
    ws = wb.active
    assert ws["A1"].value == "BIỂU 1" and ws["A1"].font.bold and "A1:D1" in [str(r) for r in ws.merged_cells.ranges]
    assert ws["A4"].value == "STT" and ws["A4"].font.bold and ws["A4"].border.top.style == "thin"
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
    assert ws["C5"].value == 1350 and ws["C5"].number_format == "#,##0" and ws["D5"].number_format == "0.0%"
    assert ws["B6"].border.left.style == "thin"
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert "$A$1:$D$6" in str(ws.print_area)
    assert ws["A8"].value == "Ghi chú: số liệu mẫu"
    fonts = {ws.cell(r, c).font.name for r in range(1, 7) for c in range(1, 5) if ws.cell(r, c).value is not None}
    assert fonts == {"Times New Roman"}
    assert ws.column_dimensions["B"].width == 30
