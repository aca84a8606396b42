"""The plan workbook format (sheets, columns, Vietnamese help texts), shared by the template writer and reader."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help_vi: str
    width: int = 18


SETTINGS = (
    Column("plan_id", True, "Mã kế hoạch, không dấu, không khoảng trắng (vd. LS-TP-2024-217)", 22),
    Column("version", True, "Phiên bản: số nguyên 1, 2, 3 …; bản sửa đổi phải tăng số", 10),
    Column("title", True, "Tên kế hoạch đúng như văn bản", 50),
    Column("issuing_office", True, "Cơ quan ban hành (cấp trên)", 30),
    Column("year", True, "Năm của kế hoạch (vd. 2026)", 8),
    Column("receiving_office", True, "Nơi nhận báo cáo của xã (vd. Sở Y tế tỉnh …)", 30),
    Column("cutoff_rule", False, "Chốt số liệu: 'calendar' (theo lịch) hoặc một ngày, vd. 15 (NĐ 09/2019)", 14),
    Column("document_number", False, "Số văn bản, vd. 217/KH-UBND", 16),
    Column("issued_on", False, "Ngày ban hành (ngày thật hoặc dd/mm/yyyy)", 14),
    Column("valid_from", False, "Hiệu lực từ ngày (mặc định 01/01 của năm)", 14),
)
TARGETS = (
    Column("code", True, "Mã chỉ tiêu trong kế hoạch, duy nhất (vd. CT1)", 8),
    Column("text", True, "Nội dung chỉ tiêu, chép đúng lời văn của kế hoạch", 60),
    Column("indicator", True, "Mã chỉ số tính toán (chọn trong danh sách, xem trang huong_dan)", 20),
    Column("comparison", True, "So sánh: >=, <= hoặc =", 10),
    Column("value", True, "Giá trị: 30 hoặc 30% là 30%; số lượng ghi số nguyên", 10),
    Column("unit", True, "Đơn vị: % hoặc count (số lượng)", 8),
    Column("period_scope", True, "Kỳ áp dụng: year (năm), half (6 tháng), quarter (quý)", 12),
    Column("section", False, "Mục trong kế hoạch (vd. II.1)", 10),
    Column("level", False, "Cấp của chỉ tiêu: commune (của xã, mặc định) hoặc office (chỉ tiêu chung của cấp trên, "
                           "vd. tổng số cơ sở toàn tỉnh, tỷ lệ số xã)", 10),
    Column("commune_quota", False, "Phần của xã trong chỉ tiêu chung của cấp trên (chỉ với level office; "
                                   "cùng đơn vị với value)", 12),
)
DEADLINES = (
    Column("period_kind", True, "Loại kỳ báo cáo: quarter, half, nine_months, year", 14),
    Column("due", True, "Hạn: ngày (dd/mm) hoặc quy tắc, vd. 'day 10 of last month of quarter' "
                        "hoặc 'ngày 10 tháng cuối quý'", 34),
    Column("cutoff", False, "Số liệu tính đến ngày: ngày (dd/mm) hoặc quy tắc, vd. 'day 14 of last month of "
                            "period'; để trống: đến ngày ký báo cáo (không quá hết kỳ)", 24),
    Column("note", False, "Ghi chú, vd. lời văn trong kế hoạch", 40),
)
REPORT = (
    Column("kind", True, "section (mục của báo cáo) hoặc recipient (nơi nhận)", 12),
    Column("text", True, "Nội dung", 60),
)
CATALOGUE = (
    Column("code", True, "Mã mục, không dấu (vd. mua_dam)", 18),
    Column("label", True, "Tên hiển thị", 50),
    Column("active", False, "Còn dùng: 1/0 (mặc định 1)", 8),
)
SHEETS = {"settings": SETTINGS, "targets": TARGETS, "deadlines": DEADLINES, "report": REPORT}
REQUIRED_SHEETS = ("settings", "targets", "deadlines")
INSTRUCTIONS_SHEET = "huong_dan"
LISTS_SHEET = "_lists"
CATALOGUE_PREFIX = "cat_"
PERIOD_SCOPES = ("year", "half", "quarter")
LEVEL_CHOICES = ("commune", "office")
LEVEL_ALIASES = {"xã": "commune", "cấp xã": "commune", "cấp trên": "office", "tỉnh": "office"}
DEADLINE_KINDS = ("quarter", "half", "nine_months", "year")
UNIT_CHOICES = ("%", "count")
COMPARISON_CHOICES = (">=", "<=", "=")
REPORT_KINDS = ("section", "recipient")
MAX_ROWS = 2000
MAX_COLUMNS = 60
MAX_TEXT = 2000


def columns_of(sheet: str) -> tuple[Column, ...]:
    return CATALOGUE if sheet.startswith(CATALOGUE_PREFIX) else SHEETS[sheet]
