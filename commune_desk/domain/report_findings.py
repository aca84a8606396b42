"""What a report's narrative says, derived from its figures only: each sentence is a Finding carrying the numbers
it states, so that tests can check every claim against the figures (sections I, III, IV, V of the report).

Pure Python: it reads a ReportContent (figures, targets, facts, comparisons) and writes Vietnamese sentences.
A claim is made only when the figures support it: no "units without activities" when every unit had one, no
increase or decrease against a period without records, no "được triển khai" for a period without any record.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from commune_desk.domain.doc_format import vn_date, vn_int, vn_percent
from commune_desk.domain.indicators import AT_RISK, MET, MISSED, NO_DATA, OFFICE, ON_TRACK, PERCENT
from commune_desk.domain.report_content import Comparison, ReportContent, TargetLine

SITUATION, STRENGTH, SHORTCOMING, CAUSE, TASK, PROPOSAL = (
    "situation",
    "strength",
    "shortcoming",
    "cause",
    "task",
    "proposal",
)
VERDICT_VI = {
    MET: "đã đạt",
    ON_TRACK: "đúng tiến độ",
    AT_RISK: "có nguy cơ không đạt",
    MISSED: "không đạt",
    NO_DATA: "chưa có số liệu để đánh giá",
}
NAMES_LISTED = 6  # up to this many names are written out; more are counted


@dataclass(frozen=True)
class Finding:
    """One sentence of the narrative, the section it belongs to, a stable key and the numbers it states."""

    section: str
    key: str
    text: str
    facts: tuple[tuple[str, float], ...] = ()


def ratio_text(num: float, den: float | None) -> str:
    """ "20/52 (38,5%)"; without a denominator only the count."""
    if not den:
        return vn_int(int(num))
    return f"{vn_int(int(num))}/{vn_int(int(den))} ({vn_percent(100.0 * num / den)})"


def quoted(t: TargetLine) -> str:
    """The plan's words of a target, without a final full stop (the sentence around it has its own)."""
    return t.text.strip().rstrip(".")


def short(c: ReportContent, t: TargetLine, words: int = 12) -> str:
    """A target named briefly after section III has quoted it in full: its first words and its row number in
    Phụ lục I ("chỉ tiêu số 4, Phụ lục I")."""
    parts = quoted(t).split()
    head = " ".join(parts[:words]).rstrip(",;:") + ("…" if len(parts) > words else "")
    number = next((i for i, x in enumerate(c.targets, start=1) if x.code == t.code), None)
    return f"“{head}”" + (f" (chỉ tiêu số {number}, Phụ lục I)" if number else "")


def target_text(t: TargetLine) -> str:
    sign = {">=": "≥", "<=": "≤", "=": "="}.get(t.comparison, t.comparison)
    return f"{sign} {vn_percent(t.target) if t.unit == PERCENT else vn_int(int(t.target))}"


def achieved_text(t: TargetLine) -> str:
    if t.achieved is None:
        return "chưa có số liệu"
    return ratio_text(t.value.numerator, t.value.denominator) if t.unit == PERCENT else vn_int(int(t.achieved))


def shortfall(t: TargetLine) -> int | None:
    """How many more (businesses, activities, persons …) a ">=" target still needs; None when not computable."""
    if t.comparison != ">=" or t.achieved is None:
        return None
    if t.unit == PERCENT:
        if not t.value.denominator:
            return None
        needed = math.ceil(t.target * t.value.denominator / 100.0 - 1e-9)
        return max(0, needed - int(t.value.numerator))
    return max(0, math.ceil(t.target - 1e-9) - int(t.achieved))


def names(items: Iterable[str], unit_word: str) -> str:
    """ "Thôn 3, Thôn 6" for a few; "12 thôn, tổ dân phố" for many."""
    items = list(items)
    if len(items) <= NAMES_LISTED:
        return ", ".join(items)
    return f"{vn_int(len(items))} {unit_word}"


def _kinds(pairs: Iterable[tuple[str, int]], labels: dict[str, str]) -> str:
    return "; ".join(f"{labels.get(k, k).lower()}: {vn_int(n)}" for k, n in pairs if n)


def _kind_facts(pairs: Iterable[tuple[str, int]]) -> tuple[tuple[str, float], ...]:
    """The counts of a by-kind breakdown stated in a sentence, as facts ("kind:karaoke", 3)."""
    return tuple((f"kind:{k}", float(n)) for k, n in pairs if n)


def _facts(**values: float | None) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((k, float(v)) for k, v in values.items() if v is not None))


def _target_facts(t: TargetLine) -> tuple[tuple[str, float], ...]:
    return _facts(numerator=t.value.numerator, denominator=t.value.denominator, target=t.target)


# ---- I. Situation --------------------------------------------------------------------------------------------
def situation(c: ReportContent) -> list[Finding]:
    d, f, facts = c.details, c.figures, c.tallies
    who = c.heading.short_name
    if c.empty:
        return [
            Finding(
                SITUATION,
                "empty",
                f"Trong {c.period_name} (từ ngày {vn_date(c.window[0])} đến ngày "
                f"{vn_date(c.window[1])}), trên địa bàn {who} chưa ghi nhận vụ việc, hoạt động nào liên quan "
                "đến tệ nạn mại dâm: không có tố giác, tin báo, không phát hiện điểm phức tạp mới, không có "
                "quyết định xử phạt vi phạm hành chính.",
                _facts(records=0),
            )
        ]
    out = []
    outcomes = dict(d["inspection_outcomes"])
    prev = _comparison(c, "previous")
    trend = ""
    if prev is not None:
        now_t, then_t = prev.pairs()["tipoffs"]
        trend = f" ({prev.name_vi}: {vn_int(then_t)})"
    out.append(
        Finding(
            SITUATION,
            "tipoffs_inspections",
            f"Trong kỳ, tiếp nhận {vn_int(d['tipoffs'])} tố giác, tin báo liên quan đến hoạt động mại "
            f"dâm{trend}; qua {vn_int(d['inspections'])} lượt kiểm tra cơ sở kinh doanh dịch vụ, phát "
            f"hiện {vn_int(outcomes.get('dau_hieu_mai_dam', 0))} lượt có dấu hiệu hoạt động mại dâm và "
            f"{vn_int(outcomes.get('vi_pham_hanh_chinh', 0))} lượt vi phạm hành chính.",
            _facts(
                tipoffs=d["tipoffs"],
                inspections=d["inspections"],
                signs=outcomes.get("dau_hieu_mai_dam", 0),
                violations=outcomes.get("vi_pham_hanh_chinh", 0),
            ),
        )
    )
    hot = f["HOTSPOT_ERADICATED"].period
    events = dict(d["hotspot_events"])
    new = facts.get("hotspots_new", ())
    where = f" ({names(new, 'điểm')})" if new and len(new) <= NAMES_LISTED else ""
    out.append(
        Finding(
            SITUATION,
            "hotspots",
            f"Tính đến ngày {vn_date(c.window[1])}, trên địa bàn có {vn_int(int(hot.denominator or 0))} "
            f"điểm phức tạp về tệ nạn mại dâm đã được phát hiện, trong đó {vn_int(int(hot.numerator))} "
            f"điểm đã được triệt xóa; trong kỳ phát hiện mới {vn_int(events.get('phat_hien', 0))}"
            f"{where}, triệt xóa {vn_int(events.get('triet_xoa', 0))}, phát sinh trở lại "
            f"{vn_int(events.get('phat_sinh_lai', 0))} điểm.",
            _facts(
                hotspots=hot.denominator or 0,
                eradicated=hot.numerator,
                found=events.get("phat_hien", 0),
                reemerged=events.get("phat_sinh_lai", 0),
            ),
        )
    )
    decisions = int(f["PENALTIES"].period.numerator)
    out.append(
        Finding(
            SITUATION,
            "penalties",
            f"Lực lượng chức năng ra {vn_int(decisions)} quyết định xử phạt vi phạm hành chính đối với "
            "hành vi liên quan đến mại dâm (chi tiết tại mục II.4 và Biểu 3, Phụ lục II)."
            if decisions
            else "Trong kỳ không có quyết định xử phạt vi phạm hành chính về hành vi liên quan đến mại dâm.",
            _facts(decisions=decisions),
        )
    )
    new_biz = facts.get("new_businesses", ())
    added = sum(n for _, n in new_biz)
    closed = facts.get("closed_businesses", 0)
    kinds = _kinds(new_biz, d["labels"].get("business_kinds", {}))
    out.append(
        Finding(
            SITUATION,
            "businesses",
            (
                f"Có thêm {vn_int(added)} cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm đăng ký "
                f"hoạt động ({kinds})"
                if added
                else "Không có cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm mới đăng ký hoạt động"
            )
            + (f", {vn_int(closed)} cơ sở ngừng hoạt động" if closed else "")
            + f"; đến ngày {vn_date(c.window[1])} có {vn_int(facts.get('operating', 0))} cơ sở đang hoạt "
            "động (Biểu 4, Phụ lục II).",
            _facts(new=added, closed=closed, operating=facts.get("operating", 0)) + _kind_facts(new_biz),
        )
    )
    return out


# ---- III.1 Strengths -----------------------------------------------------------------------------------------
def _comparison(c: ReportContent, key: str) -> Comparison | None:
    return next((x for x in c.comparisons if x.key == key and x.has_data), None)


def comparison_sentence(c: ReportContent, key: str) -> Finding | None:
    from commune_desk.domain.report_content import COMPARED_LABELS

    cmp = _comparison(c, key)
    if cmp is None:
        return None
    parts = []
    pairs = cmp.pairs()
    for measure in COMPARED_LABELS:
        now, then = pairs.get(measure, (0, 0))
        if now == then:
            continue
        word = "tăng" if now > then else "giảm"
        parts.append(
            f"{COMPARED_LABELS[measure][0].lower()} {word} {vn_int(abs(now - then))} "
            f"({vn_int(now)} so với {vn_int(then)})"
        )
    label = "kỳ trước" if key == "previous" else "cùng kỳ năm trước"
    if not parts:
        text = f"So với {label} ({cmp.name_vi}), các kết quả chủ yếu không thay đổi."
    else:
        text = f"So với {label} ({cmp.name_vi}): " + "; ".join(parts) + f" ({c.ref('compare')}, Phụ lục II)."
    return Finding(
        STRENGTH,
        f"compare:{key}",
        text,
        tuple((f"{m}:{which}", float(v)) for m, pair in cmp.pairs().items() for which, v in zip(("now", "then"), pair)),
    )


def targets_summary(c: ReportContent) -> Finding | None:
    """How many of the plan's targets stand where (Phụ lục I has each one); none without targets."""
    if not c.targets:
        return None
    count = {k: sum(1 for t in c.targets if t.status == k) for k in (MET, ON_TRACK, AT_RISK, MISSED, NO_DATA, OFFICE)}
    words = {
        MET: "đã đạt",
        ON_TRACK: "đúng tiến độ",
        AT_RISK: "có nguy cơ không đạt",
        MISSED: "không đạt",
        NO_DATA: "chưa có số liệu",
        OFFICE: "chung của cấp trên (xã đóng góp, không tự đánh giá)",
    }
    parts = [f"{vn_int(n)} chỉ tiêu {words[k]}" for k, n in count.items() if n]
    return Finding(
        STRENGTH,
        "targets",
        f"Trong tổng số {vn_int(len(c.targets))} chỉ tiêu của kế hoạch áp dụng cho "
        f"kỳ báo cáo: " + ", ".join(parts) + " (chi tiết tại Phụ lục I).",
        _facts(targets=len(c.targets), **{k: n for k, n in count.items() if n}),
    )


def office_targets(c: ReportContent) -> list[Finding]:
    """A superior office's target is judged on the communes together: the commune states its contribution (and
    its quota, when the plan gives one), never a verdict of its own."""
    out = []
    for t in c.targets:
        if t.status != OFFICE:
            continue
        quota = ""
        if t.goal is not None:
            sign = {">=": "≥", "<=": "≤", "=": "="}.get(t.comparison, t.comparison)
            quota = f"; phần của xã {sign} {vn_percent(t.goal) if t.unit == PERCENT else vn_int(int(t.goal))}"
        out.append(
            Finding(
                STRENGTH,
                f"office:{t.code}",
                f"- Chỉ tiêu chung của cấp trên “{quoted(t)}” ({t.scope_vi}, kế hoạch {target_text(t)}"
                f"{quota}): {c.heading.short_name} đóng góp {achieved_text(t)}.",
                _target_facts(t) + _facts(goal=t.goal),
            )
        )
    return out


def strengths(c: ReportContent) -> list[Finding]:
    f, facts = c.figures, c.tallies
    if c.empty:  # nothing recorded: no activity to praise, but the plan's targets are still accounted for
        summary = targets_summary(c)
        return (
            [
                Finding(
                    STRENGTH,
                    "empty",
                    f"Trong {c.period_name} chưa có hoạt động, kết quả nào được ghi nhận để đánh giá.",
                    _facts(records=0),
                )
            ]
            + ([summary] if summary else [])
            + office_targets(c)
        )
    units, biz = f["PROP_UNITS"].period, f["BIZ_INSPECTED"].period
    out = [
        Finding(
            STRENGTH,
            "summary",
            f"Trong {c.period_name}, {c.heading.short_name} tổ chức "
            f"{vn_int(int(f['PROP_ACTIVITIES'].period.numerator))} hoạt động tuyên truyền với "
            f"{vn_int(int(f['PROP_PARTICIPANTS'].period.numerator))} lượt người tham dự; "
            f"{ratio_text(units.numerator, units.denominator)} thôn, tổ dân phố có hoạt động tuyên truyền; "
            f"kiểm tra {ratio_text(biz.numerator, biz.denominator)} cơ sở kinh doanh dịch vụ dễ phát sinh tệ "
            f"nạn mại dâm; hỗ trợ {vn_int(int(f['SUPPORTED'].period.numerator))} lượt người hòa nhập cộng đồng.",
            _facts(
                activities=f["PROP_ACTIVITIES"].period.numerator,
                participants=f["PROP_PARTICIPANTS"].period.numerator,
                units=units.numerator,
                units_total=units.denominator,
                inspected=biz.numerator,
                operating=biz.denominator,
                supported=f["SUPPORTED"].period.numerator,
            ),
        )
    ]
    summary = targets_summary(c)
    if summary is not None:
        out.append(summary)
    for key in ("previous", "last_year"):
        sentence = comparison_sentence(c, key)
        if sentence is not None:
            out.append(sentence)
    for t in c.targets:
        if t.status in (MET, ON_TRACK):
            out.append(
                Finding(
                    STRENGTH,
                    f"target:{t.code}",
                    f"- Chỉ tiêu “{quoted(t)}” ({t.scope_vi}, kế hoạch {target_text(t)}): "
                    f"{VERDICT_VI[t.status]}, kết quả {achieved_text(t)}.",
                    _target_facts(t),
                )
            )
    out += office_targets(c)
    if units.denominator and units.numerator == units.denominator:
        out.append(
            Finding(
                STRENGTH,
                "units_all",
                f"- Tất cả {vn_int(int(units.denominator))} thôn, tổ dân phố đều có hoạt động tuyên truyền trong kỳ.",
                _facts(units=units.numerator),
            )
        )
    tip = f["TIP_HANDLED"].period
    if tip.denominator and tip.numerator == tip.denominator:
        out.append(
            Finding(
                STRENGTH,
                "tipoffs_all",
                f"- {vn_int(int(tip.denominator))}/{vn_int(int(tip.denominator))}"
                " tố giác, tin báo đến hạn được xử lý trong thời hạn 20 ngày.",
                _facts(handled=tip.numerator, due=tip.denominator),
            )
        )
    hot = f["HOTSPOT_ERADICATED"].period
    if hot.denominator and hot.numerator == hot.denominator:
        out.append(
            Finding(
                STRENGTH,
                "hotspots_all",
                f"- Cả {vn_int(int(hot.denominator))} điểm phức tạp về tệ nạn "
                "mại dâm đã phát hiện đều đã được triệt xóa.",
                _facts(eradicated=hot.numerator),
            )
        )
    team = next((t for t in facts.get("teams", ()) if t[0].startswith("Đội kiểm tra liên ngành 178")), None)
    if team:
        out.append(
            Finding(
                STRENGTH,
                "team_178",
                f"- Đội kiểm tra liên ngành 178 thực hiện {vn_int(team[1])} lượt "
                f"kiểm tra tại {vn_int(team[2])} cơ sở, phát hiện {vn_int(team[3])} lượt vi phạm.",
                _facts(visits=team[1], businesses=team[2], found=team[3]),
            )
        )
    return out
