"""How each indicator is counted, in Vietnamese, for the people who write plans (the plan workbook's huong_dan
sheet): the catalogue's own numerator and denominator texts are English notes for developers."""

from __future__ import annotations

# code -> (tử số, mẫu số); "" where the indicator is a count with no denominator. "Kỳ" is the report's data
# window: from the period's first day to its data cut-off.
HOW_COUNTED: dict[str, tuple[str, str]] = {
    "PROP_UNITS": (
        "số thôn, tổ dân phố đang hoạt động có ít nhất một hoạt động tuyên truyền trong kỳ",
        "số thôn, tổ dân phố đang hoạt động",
    ),
    "PROP_ACTIVITIES": ("số hoạt động tuyên truyền trong kỳ", ""),
    "PROP_PARTICIPANTS": ("tổng số lượt người dự các hoạt động tuyên truyền trong kỳ", ""),
    "PROP_ONLINE": ("số tin, bài đăng trên trang thông tin điện tử, mạng xã hội trong kỳ", ""),
    "PROP_SCHOOL": ("số buổi tuyên truyền trong trường học trong kỳ", ""),
    "BIZ_INSPECTED": (
        "số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm hoạt động trong kỳ được kiểm tra ít "
        "nhất một lần trong kỳ",
        "số cơ sở hoạt động trong kỳ (đăng ký đến ngày cuối kỳ, chưa ngừng trước ngày đầu kỳ)",
    ),
    "BIZ_COMMITMENT": (
        "số cơ sở hoạt động trong kỳ có chủ cơ sở đã ký cam kết đến ngày cuối kỳ",
        "số cơ sở hoạt động trong kỳ (đăng ký đến ngày cuối kỳ, chưa ngừng trước ngày đầu kỳ)",
    ),
    "TIP_HANDLED": (
        "số tố giác, tin báo tiếp nhận trong kỳ được xử lý đúng hạn",
        "số tố giác, tin báo tiếp nhận trong kỳ",
    ),
    "STAFF_TRAINED": (
        "số người (không phải lượt người) được tập huấn lần đầu trong năm ở các lớp trong kỳ",
        "số cán bộ, công chức, chiến sĩ, cộng tác viên làm công tác phòng, chống mại dâm (số liệu "
        "nền theo vai trò, cấp) áp dụng tại ngày cuối kỳ",
    ),
    "TRAINING_ATTENDANCES": ("tổng số lượt người dự các lớp tập huấn trong kỳ", ""),
    "HOTSPOT_ERADICATED": (
        "số điểm phức tạp phát hiện đến ngày cuối kỳ đã được triệt xóa đến ngày đó",
        "số điểm phức tạp phát hiện đến ngày cuối kỳ",
    ),
    "PENALTIES": ("số cá nhân, hộ kinh doanh bị cảnh cáo hoặc phạt tiền trong kỳ (chia theo hành vi)", ""),
    "SUPPORTED": ("số lượt người được hỗ trợ trong kỳ (chia theo hình thức hỗ trợ)", ""),
    "HEALTHY_COMMUNE": (
        "1 khi đến ngày cuối kỳ đã có quyết định công nhận của năm (số, ngày, cơ quan ban hành)",
        "1 khi xã đã đăng ký xây dựng xã, phường lành mạnh của năm",
    ),
    "WORKERS_REACHED": (
        "số người lao động được tuyên truyền (nhập tay)",
        "số người lao động tại các cơ sở (số liệu nền) áp dụng tại ngày cuối kỳ",
    ),
    "TEACHERS_REACHED": (
        "số giáo viên được cung cấp thông tin (nhập tay)",
        "số giáo viên (số liệu nền) áp dụng tại ngày cuối kỳ",
    ),
    "PUPILS_REACHED": (
        "số học sinh được tuyên truyền (nhập tay)",
        "số học sinh (số liệu nền) áp dụng tại ngày cuối kỳ",
    ),
    "PEOPLE_REACHED": (
        "số người dân được tuyên truyền (nhập tay)",
        "số nhân khẩu (số liệu nền) áp dụng tại ngày cuối kỳ",
    ),
    "PLAN_BUILT": ("1 khi xã đã ban hành và tổ chức thực hiện kế hoạch của mình (nhập có/không)", "1"),
    "INTEGRATED": ("1 khi nhiệm vụ được lồng ghép với các chương trình khác (nhập có/không)", "1"),
    "HARM_REDUCTION": ("1 khi có hoạt động can thiệp giảm hại, phòng, chống bạo lực giới (nhập có/không)", "1"),
    "VIOLATIONS_HANDLED": ("số vụ vi phạm được xử lý theo quy định (nhập tay)", "số vụ vi phạm phát hiện (nhập tay)"),
    "DOCUMENTS_ISSUED": ("số văn bản chỉ đạo, kế hoạch, hướng dẫn xã đã ban hành (nhập tay)", ""),
    "MODELS_OPERATING": (
        "số mô hình đang hoạt động vào ngày cuối kỳ, hoặc vào ngày tính nếu ngày đó đến trước (chia theo loại mô hình)",
        "",
    ),
    "MODELS_MAINTAINED": (
        "số mô hình hoạt động liên tục mọi ngày trong kỳ (đến ngày tính): thành lập trước ngày "
        "đầu kỳ, không tạm dừng hay giải thể trong kỳ (chia theo loại mô hình)",
        "",
    ),
    "MODEL_PEOPLE_SERVED": (
        "số người được mô hình hỗ trợ lần đầu trong năm, theo số liệu quý của các quý nằm trong "
        "kỳ (chia theo giới tính)",
        "",
    ),
    "TEAM_ACTIVITIES": (
        "số hoạt động tuyên truyền, hỗ trợ và tin báo trong kỳ do đội, nhóm thực hiện (chia theo loại đội, nhóm)",
        "",
    ),
}


def how_counted(code: str, numerator: str, denominator: str) -> tuple[str, str]:
    """(tử số, mẫu số) of `code` in Vietnamese; an indicator added to the catalogue later keeps its own notes."""
    return HOW_COUNTED.get(code, (numerator, denominator))
