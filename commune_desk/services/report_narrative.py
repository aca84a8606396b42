"""A factual Vietnamese first draft of the narrative sections, generated from the figures (deterministic).

The officer edits it in the app; the stored text then replaces the draft (storage.report_repo).
"""

from __future__ import annotations

from commune_desk.domain.doc_format import vn_int, vn_percent
from commune_desk.domain.indicators import AT_RISK, MET, MISSED, NO_DATA, OFFICE, ON_TRACK
from commune_desk.domain.report_content import SECTIONS, ReportContent


def ratio_text(num: float, den: float | None) -> str:
    """"20/52 cơ sở (38,5%)" style parts: "20/52 (38,5%)"; without a denominator only the count."""
    if not den:
        return vn_int(int(num))
    return f"{vn_int(int(num))}/{vn_int(int(den))} ({vn_percent(100.0 * num / den)})"


def _targets_summary(c: ReportContent) -> str:
    if not c.plan_title:
        return ("Chưa có kế hoạch của cấp trên áp dụng cho kỳ báo cáo nên chưa đánh giá mức độ hoàn thành "
                "chỉ tiêu.")
    if not c.targets:
        return "Kế hoạch áp dụng không đặt chỉ tiêu định lượng cho kỳ báo cáo."
    count = {k: sum(1 for t in c.targets if t.status == k) for k in (MET, ON_TRACK, AT_RISK, MISSED, NO_DATA)}
    parts = [f"{count[MET]} chỉ tiêu đạt"]
    for key, words in ((ON_TRACK, "đúng tiến độ"), (AT_RISK, "có nguy cơ không đạt"), (MISSED, "không đạt"),
                       (NO_DATA, "chưa có số liệu")):
        if count[key]:
            parts.append(f"{count[key]} chỉ tiêu {words}")
    office = sum(1 for t in c.targets if t.status == OFFICE)
    if office:   # the superior office judges these on the communes together: no verdict for one commune
        parts.append(f"{office} chỉ tiêu chung của cấp trên (xã đóng góp, không tự đánh giá)")
    return f"Trong tổng số {len(c.targets)} chỉ tiêu của kế hoạch: " + ", ".join(parts) + " (chi tiết tại Phụ lục I)."


def assessment(c: ReportContent) -> str:
    f = c.figures
    units, biz = f["PROP_UNITS"].period, f["BIZ_INSPECTED"].period
    lines = [
        f"Trong {c.period_name}, công tác phòng, chống mại dâm trên địa bàn {c.heading.short_name} được triển "
        f"khai{' theo kế hoạch' if c.plan_title else ''}. Đã tổ chức {vn_int(f['PROP_ACTIVITIES'].period.numerator)} hoạt động tuyên truyền "
        f"với {vn_int(f['PROP_PARTICIPANTS'].period.numerator)} lượt người tham dự; "
        f"{ratio_text(units.numerator, units.denominator)} thôn, tổ dân phố có hoạt động tuyên truyền; kiểm tra "
        f"{ratio_text(biz.numerator, biz.denominator)} cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm; xử "
        f"phạt vi phạm hành chính {vn_int(f['PENALTIES'].period.numerator)} người; hỗ trợ "
        f"{vn_int(f['SUPPORTED'].period.numerator)} lượt người hòa nhập cộng đồng.",
        _targets_summary(c),
    ]
    return "\n".join(lines)


def difficulties(c: ReportContent) -> str:
    f = c.figures
    lines = []
    for t in c.targets:
        if t.status in (AT_RISK, MISSED):
            word = "không đạt" if t.status == MISSED else "có nguy cơ không đạt"
            lines.append(f"- Chỉ tiêu \"{t.text}\" {word}.")
    units = f["PROP_UNITS"].period
    if units.denominator and units.numerator < units.denominator:
        lines.append(f"- Còn {vn_int(int(units.denominator - units.numerator))} thôn, tổ dân phố chưa tổ chức "
                     "hoạt động tuyên truyền trong kỳ.")
    biz = f["BIZ_INSPECTED"].period
    if biz.denominator and biz.numerator < biz.denominator:
        lines.append(f"- Còn {vn_int(int(biz.denominator - biz.numerator))} cơ sở kinh doanh dịch vụ dễ phát sinh "
                     "tệ nạn mại dâm chưa được kiểm tra trong kỳ.")
    com = f["BIZ_COMMITMENT"].period
    if com.denominator and com.numerator < com.denominator:
        lines.append(f"- Còn {vn_int(int(com.denominator - com.numerator))} cơ sở chưa ký cam kết phòng, chống "
                     "mại dâm.")
    hot = f["HOTSPOT_ERADICATED"].period
    if hot.denominator and hot.numerator < hot.denominator:
        lines.append(f"- Còn {vn_int(int(hot.denominator - hot.numerator))} điểm phức tạp về tệ nạn mại dâm chưa "
                     "được triệt xóa.")
    tip = f["TIP_HANDLED"].period
    if tip.denominator and tip.numerator < tip.denominator:
        lines.append(f"- {vn_int(int(tip.denominator - tip.numerator))} tố giác, tin báo chưa được xử lý trong "
                     "thời hạn 20 ngày.")
    if not lines:
        lines.append("- Qua số liệu theo dõi, chưa phát hiện tồn tại nổi bật trong kỳ.")
    lines.append("- Nguyên nhân: lực lượng làm công tác phòng, chống tệ nạn xã hội ở cơ sở còn kiêm nhiệm; kinh "
                 "phí cho công tác tuyên truyền, kiểm tra còn hạn chế.")
    return "\n".join(lines)


def next_tasks(c: ReportContent) -> str:
    f = c.figures
    lines = ["- Tiếp tục tuyên truyền, phổ biến pháp luật về phòng, chống mại dâm, ưu tiên các thôn, tổ dân phố "
             "chưa có hoạt động và người lao động tại các cơ sở kinh doanh dịch vụ."]
    biz = f["BIZ_INSPECTED"].period
    if biz.denominator and biz.numerator < biz.denominator:
        lines.append("- Kiểm tra các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm chưa được kiểm tra; "
                     "vận động các cơ sở chưa ký cam kết thực hiện ký cam kết.")
    else:
        lines.append("- Duy trì kiểm tra định kỳ, đột xuất các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm.")
    hot = f["HOTSPOT_ERADICATED"].period
    if hot.denominator:
        lines.append("- Duy trì triệt xóa các điểm phức tạp về tệ nạn mại dâm, không để hoạt động trở lại.")
    lines.append("- Tiếp nhận, xác minh, xử lý kịp thời tố giác, tin báo; xử lý nghiêm các hành vi vi phạm.")
    lines.append("- Thực hiện các hoạt động hỗ trợ hòa nhập cộng đồng, giảm hại; cử cán bộ tham gia tập huấn.")
    if c.is_year:
        lines.append(f"- Đăng ký xây dựng {c.heading.short_name} lành mạnh không có tệ nạn ma túy, mại dâm năm "
                     f"{int(c.period_code[:4]) + 1}.")
    return "\n".join(lines)


def proposals(c: ReportContent) -> str:
    to = c.heading.receiving_office or "cấp trên"
    return (f"- Đề nghị {to} tiếp tục tổ chức tập huấn nghiệp vụ, cung cấp tài liệu tuyên truyền và hỗ trợ "
            "kinh phí cho công tác phòng, chống mại dâm ở cơ sở.\n"
            "- Đề nghị các cơ quan chuyên môn cấp trên phối hợp kiểm tra các cơ sở kinh doanh dịch vụ có dấu hiệu "
            "phức tạp trên địa bàn.")


def draft(c: ReportContent) -> dict[str, str]:
    """Section key -> draft text (lines separated by newlines; "- " lines are list items)."""
    return {"assessment": assessment(c), "difficulties": difficulties(c), "next_tasks": next_tasks(c),
            "proposals": proposals(c)}


def merged(c: ReportContent, stored: dict[str, str]) -> dict[str, str]:
    """The officer's edited text where stored and not blank, else the draft."""
    base = draft(c)
    return {k: (stored.get(k) or "").strip() or base[k] for k in SECTIONS}
