"""Sections IV (tasks ahead) and V (proposals) of a report, each line drawn from what is not yet met."""

from __future__ import annotations

from collections.abc import Sequence

from commune_desk.domain.doc_format import vn_date, vn_int
from commune_desk.domain.indicators import AT_RISK, MISSED
from commune_desk.domain.report_content import ReportContent
from commune_desk.domain.report_findings import (
    PROPOSAL,
    TASK,
    Finding,
    _facts,
    _kind_facts,
    _kinds,
    _target_facts,
    achieved_text,
    names,
    shortfall,
    short,
    target_text,
)


PROPAGANDA_INDICATORS = (
    "PROP_UNITS",
    "PROP_ACTIVITIES",
    "PROP_PARTICIPANTS",
    "PROP_ONLINE",
    "PROP_SCHOOL",
    "PEOPLE_REACHED",
    "WORKERS_REACHED",
    "TEACHERS_REACHED",
    "PUPILS_REACHED",
)


def tasks(c: ReportContent, next_period: str) -> list[Finding]:
    facts, labels = c.tallies, c.details["labels"]
    out = []
    for t in c.targets:
        if t.status not in (MISSED, AT_RISK):
            continue
        gap = shortfall(t)
        more = f", cần thêm {vn_int(gap)}" if gap else ""
        out.append(
            Finding(
                TASK,
                f"target:{t.code}",
                f"- Tập trung thực hiện chỉ tiêu {short(c, t)}: kế hoạch {target_text(t)}, đến nay đạt "
                f"{achieved_text(t)}{more}.",
                _target_facts(t) + _facts(gap=gap),
            )
        )
    without = facts.get("units_without_propaganda", ())
    if without and not c.empty:
        out.append(
            Finding(
                TASK,
                "units_without_propaganda",
                "- Tổ chức tuyên truyền tại các thôn, tổ dân phố chưa có "
                f"hoạt động trong kỳ: {names(without, 'thôn, tổ dân phố')}.",
                _facts(units=len(without)),
            )
        )
    not_inspected = facts.get("not_inspected_ytd", ())
    count = sum(n for _, n in not_inspected)
    if count:
        out.append(
            Finding(
                TASK,
                "not_inspected",
                f"- Kiểm tra {vn_int(count)} cơ sở kinh doanh dịch vụ dễ phát sinh "
                f"tệ nạn mại dâm chưa được kiểm tra ({_kinds(not_inspected, labels.get('business_kinds', {}))})"
                ".",
                _facts(businesses=count) + _kind_facts(not_inspected),
            )
        )
    owners = facts.get("operating", 0) - facts.get("owners_committed", 0)
    workers = facts.get("workers", 0) - facts.get("workers_committed", 0)
    if owners > 0 or workers > 0:
        who = " và ".join(
            ([f"{vn_int(owners)} chủ cơ sở"] if owners > 0 else [])
            + ([f"{vn_int(workers)} người lao động"] if workers > 0 else [])
        )
        out.append(
            Finding(
                TASK,
                "commitments",
                f"- Vận động {who} chưa ký cam kết phòng, chống mại dâm thực hiện ký cam kết.",
                _facts(owners=owners, workers=workers),
            )
        )
    open_spots = facts.get("hotspots_open", ())
    if open_spots:
        out.append(
            Finding(
                TASK,
                "hotspots_open",
                f"- Triệt xóa {vn_int(len(open_spots))} điểm phức tạp còn hoạt động "
                f"({names(open_spots, 'điểm')}), không để phát sinh trở lại.",
                _facts(hotspots=len(open_spots)),
            )
        )
    elif c.figures["HOTSPOT_ERADICATED"].period.denominator:
        out.append(Finding(TASK, "hotspots_watch", "- Theo dõi các điểm đã triệt xóa, không để phát sinh trở lại.", ()))
    pending = facts.get("tipoffs_pending", 0)
    if pending:
        out.append(
            Finding(
                TASK,
                "tipoffs_pending",
                f"- Xác minh, giải quyết dứt điểm {vn_int(pending)} tố giác, tin báo đang xử lý.",
                _facts(pending=pending),
            )
        )
    for name, due, cut in c.deadlines:
        counted = f" (số liệu tính đến ngày {vn_date(cut)})" if cut else ""
        out.append(
            Finding(
                TASK,
                f"deadline:{name}",
                f"- Hoàn thành, gửi báo cáo kết quả công tác phòng, chống mại "
                f"dâm {name}{counted} trước ngày {vn_date(due)}.",
                (),
            )
        )
    if c.is_year:
        out.append(
            Finding(
                TASK,
                "healthy_next_year",
                f"- Đăng ký xây dựng {c.heading.short_name} lành mạnh không có "
                f"tệ nạn ma túy, mại dâm năm {int(c.period_code[:4]) + 1}.",
                (),
            )
        )
    basis = f" theo {c.plan_reference}" if c.plan_reference else ""
    if c.empty:
        out.insert(
            0,
            Finding(
                TASK,
                "empty",
                f"- Tổ chức thực hiện các nhiệm vụ phòng, chống mại dâm {next_period}"
                f"{basis}; ghi nhận đầy đủ số liệu hoạt động vào phần mềm.",
                (),
            ),
        )
    elif not out:
        out.append(
            Finding(
                TASK, "keep", f"- Duy trì các kết quả đã đạt; tiếp tục thực hiện các nhiệm vụ {next_period}{basis}.", ()
            )
        )
    return out


def proposals(c: ReportContent, extra: Sequence[Finding] = ()) -> list[Finding]:
    """Proposals to the receiving office, one per kind of shortfall; `extra` comes from other parts of the report
    (penalties: cases beyond the commune's competence, see services/reports/report_penalties)."""
    to = c.heading.receiving_office or "cấp trên"
    facts = c.tallies
    gaps = [t for t in c.targets if t.status in (MISSED, AT_RISK)]
    out = []
    propaganda = [t for t in gaps if t.indicator in PROPAGANDA_INDICATORS]
    if propaganda:
        out.append(
            Finding(
                PROPOSAL,
                "propaganda",
                f"- Đề nghị {to} hỗ trợ tài liệu, nội dung tuyên truyền để thực "
                "hiện các chỉ tiêu tuyên truyền chưa đạt: " + "; ".join(short(c, t) for t in propaganda) + ".",
                _facts(targets=len(propaganda)),
            )
        )
    if any(t.indicator == "STAFF_TRAINED" for t in gaps):
        out.append(
            Finding(
                PROPOSAL,
                "training",
                f"- Đề nghị {to} mở lớp tập huấn nghiệp vụ phòng, chống mại dâm cho cán bộ, cộng tác viên của xã.",
                (),
            )
        )
    inspected_gap = any(t.indicator in ("BIZ_INSPECTED", "BIZ_COMMITMENT") for t in gaps)
    if inspected_gap or sum(n for _, n in facts.get("not_inspected_ytd", ())) > facts.get("operating", 0) // 2 > 0:
        out.append(
            Finding(
                PROPOSAL,
                "inspection",
                f"- Đề nghị {to} phối hợp kiểm tra các cơ sở kinh doanh dịch vụ dễ "
                "phát sinh tệ nạn mại dâm trên địa bàn, nhất là các cơ sở chưa được kiểm tra.",
                (),
            )
        )
    if facts.get("hotspots_open") or facts.get("hotspots_reemerged"):
        out.append(
            Finding(
                PROPOSAL,
                "hotspots",
                "- Đề nghị Công an tỉnh chỉ đạo, phối hợp với địa phương triệt xóa "
                f"{vn_int(len(facts.get('hotspots_open', ())))} điểm phức tạp còn hoạt động trên địa bàn.",
                _facts(hotspots=len(facts.get("hotspots_open", ()))),
            )
        )
    from commune_desk.domain.report_no_data import no_data

    # Only a missing population is the office's to help with; values the commune enters for the year later, or
    # has not entered yet, are its own work (a proposal about them was sent back as misplaced).
    if no_data(c).no_population:
        out.append(
            Finding(
                PROPOSAL,
                "no_data",
                f"- Đề nghị {to} hướng dẫn nguồn số liệu nền để đánh giá các chỉ tiêu chưa có số liệu.",
                (),
            )
        )
    out.extend(extra)
    if not out:
        out.append(Finding(PROPOSAL, "none", "- Không có đề xuất, kiến nghị.", ()))
    return out
