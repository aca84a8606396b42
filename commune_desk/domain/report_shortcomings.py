"""Section III.2 of a report (shortcomings, difficulties and their causes), drawn from the figures only: each
sentence is a domain.report_findings.Finding carrying the numbers it states; nothing is claimed that the figures do
not show (no unit named without activities when every unit had one, no fall against a period without records).
"""

from __future__ import annotations

from commune_desk.domain.doc_format import vn_int
from commune_desk.domain.indicators import AT_RISK, MISSED, NO_DATA
from commune_desk.domain.report_content import ReportContent, TargetLine
from commune_desk.domain.report_findings import (
    CAUSE,
    SHORTCOMING,
    VERDICT_VI,
    Finding,
    _comparison,
    _facts,
    _kind_facts,
    _kinds,
    _target_facts,
    achieved_text,
    names,
    quoted,
    shortfall,
    target_text,
)


# ---- III.2 Shortcomings and causes ---------------------------------------------------------------------------
def _open_targets(c: ReportContent, statuses: tuple[str, ...] = (MISSED, AT_RISK)) -> list[TargetLine]:
    return [t for t in c.targets if t.status in statuses]


# Compared measures whose fall is a shortcoming (doing less); the others are only reported.
MORE_IS_BETTER = ("activities", "participants", "trainings", "inspections", "inspected", "supported")


def shortcomings(c: ReportContent) -> list[Finding]:
    f, facts, labels = c.figures, c.tallies, c.details["labels"]
    out = []
    if c.empty:
        out.append(
            Finding(
                SHORTCOMING,
                "empty",
                f"- Không có số liệu của {c.period_name} để đánh giá: chưa ghi "
                "nhận hoạt động tuyên truyền, kiểm tra, tập huấn, hỗ trợ nào trong kỳ.",
                _facts(records=0),
            )
        )
    for t in _open_targets(c):
        gap = shortfall(t)
        more = f", còn thiếu {vn_int(gap)}" if gap else ""
        out.append(
            Finding(
                SHORTCOMING,
                f"target:{t.code}",
                f"- Chỉ tiêu “{quoted(t)}” ({t.scope_vi}, kế hoạch {target_text(t)}): "
                f"{VERDICT_VI[t.status]}, kết quả {achieved_text(t)}{more}.",
                _target_facts(t) + _facts(gap=gap),
            )
        )
    no_data = [t for t in c.targets if t.status == NO_DATA]
    if no_data:
        out.append(
            Finding(
                SHORTCOMING,
                "targets_no_data",
                f"- {vn_int(len(no_data))} chỉ tiêu chưa có số liệu để đánh giá: "
                + "; ".join(f"“{quoted(t)}”" for t in no_data)
                + ".",
                _facts(count=len(no_data)),
            )
        )
    if c.empty:
        return out
    without = facts.get("units_without_propaganda", ())
    if without:
        out.append(
            Finding(
                SHORTCOMING,
                "units_without_propaganda",
                f"- Còn {vn_int(len(without))} thôn, tổ dân phố chưa tổ chức hoạt động tuyên truyền trong "
                f"kỳ: {names(without, 'thôn, tổ dân phố')}.",
                _facts(units=len(without)),
            )
        )
    not_inspected = facts.get("not_inspected_ytd", ())
    count = sum(n for _, n in not_inspected)
    if count:
        since = "từ đầu năm" if not c.is_year else "trong năm"
        out.append(
            Finding(
                SHORTCOMING,
                "not_inspected",
                f"- Còn {vn_int(count)} cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm chưa được "
                f"kiểm tra {since} ({_kinds(not_inspected, labels.get('business_kinds', {}))}).",
                _facts(businesses=count) + _kind_facts(not_inspected),
            )
        )
    owners = facts.get("operating", 0) - facts.get("owners_committed", 0)
    workers = facts.get("workers", 0) - facts.get("workers_committed", 0)
    if owners > 0 or workers > 0:
        parts = ([f"{vn_int(owners)} chủ cơ sở"] if owners > 0 else []) + (
            [f"{vn_int(workers)}/{vn_int(facts['workers'])} người lao động tại các cơ sở"] if workers > 0 else []
        )
        out.append(
            Finding(
                SHORTCOMING,
                "commitments",
                f"- Còn {' và '.join(parts)} chưa ký cam kết phòng, chống mại dâm.",
                _facts(owners=owners, workers=workers, workers_total=facts.get("workers", 0)),
            )
        )
    open_spots = facts.get("hotspots_open", ())
    if open_spots:
        out.append(
            Finding(
                SHORTCOMING,
                "hotspots_open",
                f"- Còn {vn_int(len(open_spots))} điểm phức tạp về tệ nạn "
                f"mại dâm chưa được triệt xóa: {names(open_spots, 'điểm')}.",
                _facts(hotspots=len(open_spots)),
            )
        )
    if facts.get("hotspots_reemerged"):
        out.append(
            Finding(
                SHORTCOMING,
                "hotspots_reemerged",
                f"- {vn_int(facts['hotspots_reemerged'])} điểm phát sinh trở lại sau khi đã triệt xóa.",
                _facts(reemerged=facts["hotspots_reemerged"]),
            )
        )
    tip = f["TIP_HANDLED"].period
    if tip.denominator and tip.numerator < tip.denominator:
        late = int(tip.denominator - tip.numerator)
        out.append(
            Finding(
                SHORTCOMING,
                "tipoffs_late",
                f"- {vn_int(late)}/{vn_int(int(tip.denominator))} tố giác, "
                "tin báo đến hạn chưa được xử lý trong thời hạn 20 ngày.",
                _facts(late=late, due=tip.denominator),
            )
        )
    prev = _comparison(c, "previous") or _comparison(c, "last_year")
    if prev is not None:
        from commune_desk.domain.report_content import COMPARED_LABELS

        fell = [(m, now, then) for m, (now, then) in prev.pairs().items() if m in MORE_IS_BETTER and now < then]
        if fell:
            out.append(
                Finding(
                    SHORTCOMING,
                    "decreases",
                    f"- So với {prev.name_vi}, "
                    + "; ".join(f"{COMPARED_LABELS[m][0].lower()} giảm {vn_int(then - now)}" for m, now, then in fell)
                    + ".",
                    tuple(
                        (f"{m}:{w}", float(v))
                        for m, now, then in fell
                        for w, v in (("now", now), ("then", then), ("fall", then - now))
                    ),
                )
            )
    if not out:
        out.append(
            Finding(
                SHORTCOMING,
                "none",
                "- Qua số liệu theo dõi, không có chỉ tiêu nào không đạt hoặc có nguy "
                "cơ không đạt; các thôn, tổ dân phố đều có hoạt động tuyên truyền.",
                _facts(open=0),
            )
        )
    return out


def causes(c: ReportContent, gaps: list[Finding]) -> list[Finding]:
    """Causes the figures show; when the shortcomings have none the figures can show, the draft says so."""
    facts, labels = c.tallies, c.details["labels"]
    out = []
    if any(g.key == "targets_no_data" for g in gaps) or any(t.status == NO_DATA for t in c.targets):
        out.extend(_no_data_causes(c))
    added = sum(n for _, n in facts.get("new_businesses", ()))
    if added and any(g.key in ("not_inspected", "commitments") or g.key.startswith("target:") for g in gaps):
        out.append(
            Finding(
                CAUSE,
                "new_businesses",
                f"- Trong kỳ có thêm {vn_int(added)} cơ sở kinh doanh dịch vụ "
                f"mới đăng ký ({_kinds(facts['new_businesses'], labels.get('business_kinds', {}))}), "
                "làm tăng số cơ sở phải kiểm tra, vận động ký cam kết.",
                _facts(new=added) + _kind_facts(facts["new_businesses"]),
            )
        )
    teams = facts.get("teams", ())
    visits = sum(t[1] for t in teams)
    team_178 = sum(t[1] for t in teams if t[0].startswith("Đội kiểm tra liên ngành 178"))
    if visits and team_178 * 2 < visits and any(g.key == "not_inspected" for g in gaps):
        out.append(
            Finding(
                CAUSE,
                "team_178",
                f"- Đội kiểm tra liên ngành 178 thực hiện {vn_int(team_178)}/"
                f"{vn_int(visits)} lượt kiểm tra; phần lớn lượt kiểm tra do các lực lượng khác thực hiện "
                "riêng lẻ.",
                _facts(team=team_178, visits=visits),
            )
        )
    if facts.get("hotspots_reemerged"):
        out.append(
            Finding(
                CAUSE,
                "reemerged",
                f"- {vn_int(facts['hotspots_reemerged'])} điểm đã triệt xóa phát sinh "
                "trở lại: việc theo dõi sau triệt xóa chưa thường xuyên.",
                _facts(reemerged=facts["hotspots_reemerged"]),
            )
        )
    real_gaps = [g for g in gaps if g.key not in ("none", "empty")]
    if real_gaps and not out:
        out.append(
            Finding(
                CAUSE,
                "unknown",
                "- Số liệu theo dõi chưa cho thấy nguyên nhân của các tồn tại nêu trên; "
                "cán bộ phụ trách bổ sung nguyên nhân trước khi trình ký.",
                (),
            )
        )
    return out


def _no_data_causes(c: ReportContent) -> list[Finding]:
    """Why targets have no figure, each reason as it is: it said "số liệu nền … chưa được nhập" in 6- and 9-month
    reports whose populations were entered, while the missing values are those entered for the whole year."""
    from commune_desk.domain.populations import KINDS
    from commune_desk.domain.report_no_data import no_data

    why = no_data(c)
    out = []
    if why.later:
        n = len(why.later)
        out.append(
            Finding(
                CAUSE,
                "no_data_later",
                f"- {vn_int(n)} chỉ tiêu có kết quả do xã tổng hợp, nhập theo cả kỳ của chỉ tiêu "
                f"({why.later[0].scope_vi}): chưa đến kỳ tổng hợp, được đánh giá trong báo cáo "
                f"{why.later[0].scope_vi}.",
                _facts(count=n),
            )
        )
    if why.unentered:
        n = len(why.unentered)
        out.append(
            Finding(
                CAUSE,
                "no_data_unentered",
                f"- Chưa nhập kết quả tổng hợp của {vn_int(n)} chỉ tiêu ({c.period_name}).",
                _facts(count=n),
            )
        )
    if why.no_population:
        n = len(why.no_population)
        kinds = "; ".join(KINDS[k][0].lower() for k in why.populations if k in KINDS)
        out.append(
            Finding(
                CAUSE,
                "no_data_population",
                f"- Chưa nhập số liệu nền ({kinds}) để tính tỷ lệ của {vn_int(n)} chỉ tiêu.",
                _facts(count=n),
            )
        )
    if why.other:
        out.append(Finding(CAUSE, "no_data", "- Một số chỉ tiêu chưa có số liệu được ghi nhận trong kỳ.", ()))
    return out
