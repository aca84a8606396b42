"""The report's account of models (mô hình) and teams: the II.5 paragraphs and Biểu 6–7, from their records.

The model figures reuse the indicator rules (domain/records/community.py): a model's status on a day, operating
through the window, and the quarterly figures a window states (its quarters, once counted to a day the data reach).
Models' status is read on the window's last day or the report's date, whichever comes first, like the indicators.
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.doc_format import vn_date, vn_int
from commune_desk.domain.periods import Period
from commune_desk.domain.records.community import CLOSED, OPERATING, PAUSED, operating_through, status_on
from commune_desk.domain.report_content import ReportContent, StatTable
from commune_desk.domain.text import fold
from commune_desk.storage import community_reads
from commune_desk.storage.community_queries import figures_counted
from commune_desk.storage.sql_reader import SessionReader

STATUS_VI = {OPERATING: "đang hoạt động", PAUSED: "tạm dừng", CLOSED: "chấm dứt hoạt động"}


def _dmy(day: date) -> str:
    """The document's one date style (NĐ 30: a leading zero for days below 10 and months 1–2)."""
    return vn_date(day)


def model_lines(s, window, ytd_window, as_of: date) -> list[dict]:
    """One line per model that existed in the window (closed before it and silent in it: left out)."""
    start, end = window
    day = min(end, as_of)
    changes = community_reads.status_changes(s, day)
    # the quarterly figures counted as MODEL_PEOPLE_SERVED counts them: in the window and in the year to date
    now = community_reads.model_served(s, window, as_of)
    ytd = community_reads.model_served(s, (ytd_window[0], end), as_of)
    lines = []
    for row in community_reads.models_set_up_by(s, day):
        history = changes.get(row.id, [])
        status = status_on(row.set_up_date, history, day)
        since = max([when for when, _ in history] + [row.set_up_date])
        active = status_on(row.set_up_date, history, start) != CLOSED or any(start <= w for w, _ in history)
        if not active and row.id not in now:
            continue
        persons, women, sessions, referrals = now.get(row.id, (0, 0, 0, 0))
        lines.append({"code": row.code, "name": row.name, "kind": row.kind_code, "partner": row.partner,
                      "set_up": row.set_up_date, "status": status, "since": since,
                      "maintained": operating_through(row.set_up_date, history, start, day),
                      "persons": persons, "women": women, "sessions": sessions, "referrals": referrals,
                      "persons_ytd": ytd.get(row.id, (0,))[0]})
    return lines


def team_lines(s, window) -> list[dict]:
    """One line per team that existed in the window or carried something out in it, with what it did."""
    start, end = window
    counts = community_reads.team_activity(s, window)
    members = community_reads.team_members(s)
    lines = []
    for t in community_reads.teams(s):
        did = counts.get(t.id, {})       # what it did in the window counts even if its dates say otherwise
        existed = t.formed_date <= end and (t.dissolved_date is None or t.dissolved_date >= start)
        if not (existed or did):
            continue
        lines.append({"code": t.code, "name": t.name, "kind": t.kind_code, "members": members.get(t.id, 0),
                      "propaganda": did.get("propaganda", (0, 0)), "support": did.get("support", (0, 0)),
                      "tipoffs": did.get("tipoffs", (0, 0))[0]})
    return lines


def late_quarters(s, window, as_of: date) -> list[str]:
    """Quarters of `window` whose figures (of some model) are counted past the data cut-off: left out, and said."""
    return figures_counted(SessionReader(s), window, as_of)[1]


def community_details(s, window, ytd_window, as_of: date) -> dict:
    return {"models": model_lines(s, window, ytd_window, as_of), "teams": team_lines(s, window),
            "models_as_of": min(window[1], as_of), "late_quarters": late_quarters(s, window, as_of)}


def community_tables(details: dict, labels: dict) -> tuple[StatTable, StatTable]:
    """Biểu 6 (models) and Biểu 7 (teams), each with its total row."""
    rows = []
    for line in details["models"]:
        # Name and status only: the column is narrow in Word; kinds are told in the II.5 paragraph.
        state = STATUS_VI[line["status"]] + ("" if line["status"] == OPERATING else f" từ {_dmy(line['since'])}")
        rows.append((len(rows) + 1, f"{line['name']} ({state})", line["persons"], line["women"], line["persons_ytd"],
                     line["sessions"], line["referrals"]))
    rows.append(("", "Tổng cộng", *[sum(r[i] for r in rows) for i in range(2, 7)]))
    models = StatTable("models", "Biểu 6. Mô hình phòng, chống mại dâm, hỗ trợ người bán dâm",
                       "Đơn vị tính: người, buổi, lượt",
                       ("STT", "Mô hình", "Người được hỗ trợ trong kỳ", "Trong đó: nữ", "Người được hỗ trợ lũy kế năm",
                        "Buổi sinh hoạt, hỗ trợ", "Lượt chuyển gửi"), tuple(rows), frozenset(range(2, 7)))
    rows = []
    for line in details["teams"]:
        kind = labels["team_kinds"].get(line["kind"], line["kind"])
        name = line["name"] if fold(kind) in fold(line["name"]) else f"{line['name']} ({kind})"
        # Support in persons helped (lượt người), as II.5's paragraph and Biểu 5 count it, not in records.
        rows.append((len(rows) + 1, name, line["members"], line["propaganda"][0], line["propaganda"][1],
                     line["support"][1], line["tipoffs"]))
    rows.append(("", "Tổng cộng", *[sum(r[i] for r in rows) for i in range(2, 7)]))
    teams = StatTable("teams", "Biểu 7. Hoạt động của Đội công tác xã hội tình nguyện, nhóm đồng đẳng",
                      "Đơn vị tính: người, hoạt động, lượt",
                      ("STT", "Đội, nhóm", "Thành viên", "Hoạt động tuyên truyền", "Lượt người được tuyên truyền",
                       "Lượt người được hỗ trợ hòa nhập", "Tin báo tiếp nhận, xác minh"), tuple(rows), frozenset(range(2, 7)))
    return models, teams


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def model_paragraph(c: ReportContent) -> str:
    """What the models did, with the same figures as the indicators (MODELS_OPERATING … MODEL_PEOPLE_SERVED)."""
    d, f = c.details, c.figures
    lines = d["models"]
    if not lines:
        return ("Trên địa bàn chưa có mô hình phòng, chống mại dâm, hỗ trợ người bán dâm hòa nhập cộng đồng được "
                "ghi nhận.")
    kinds = d["labels"]["model_kinds"]
    operating, maintained = f["MODELS_OPERATING"].period, f["MODELS_MAINTAINED"].period
    order = {code: i for i, code in enumerate(kinds)}          # the catalogue's order (the plan's own)
    by_kind = "; ".join(f"{vn_int(int(n))} {_lower_first(kinds.get(k, k))}"
                        for k, n in sorted(operating.breakdown, key=lambda p: (order.get(p[0], len(order)), p[0])))
    stopped = [x for x in lines if x["status"] != OPERATING]
    text = (f"Tính đến ngày {_dmy(d['models_as_of'])}, trên địa bàn có {vn_int(int(operating.numerator))} mô hình "
            "đang hoạt động" + (f" ({by_kind})" if by_kind else "") +
            f", trong đó {vn_int(int(maintained.numerator))} mô hình duy trì hoạt động liên tục suốt kỳ")
    if stopped:
        text += "; " + "; ".join(f"{x['name']} {STATUS_VI[x['status']]} từ ngày {_dmy(x['since'])}" for x in stopped)
    served = f["MODEL_PEOPLE_SERVED"]
    women = dict(served.period.breakdown).get("nu", 0)
    sessions = sum(x["sessions"] for x in lines)
    referrals = sum(x["referrals"] for x in lines)
    ytd = "" if c.is_year else f"; lũy kế năm {vn_int(int(served.ytd.numerator))} người"
    text += (f". Trong kỳ, các mô hình đã hỗ trợ {vn_int(int(served.period.numerator))} người (trong đó "
             f"{vn_int(int(women))} nữ; mỗi người chỉ tính một lần trong năm{ytd}), tổ chức {vn_int(sessions)} buổi "
             f"sinh hoạt, tư vấn, hỗ trợ và chuyển gửi {vn_int(referrals)} lượt người đến các dịch vụ (Biểu 6, "
             "Phụ lục II).")
    late = [Period.parse(q).name_vi() for q in d.get("late_quarters") or []]
    if late:        # figures counted past the cut-off are not stated, and the reader is told why they are missing
        quarters = late[0] if len(late) == 1 else ", ".join(late[:-1]) + " và " + late[-1]
        text += (f" Số liệu {quarters} của các mô hình được tổng hợp đến sau ngày {_dmy(d['models_as_of'])} nên "
                 "chưa tính vào báo cáo này.")
    return text


def team_paragraph(c: ReportContent) -> str:
    """What each team did: its propaganda, support and tip-offs ("carried out by" on those records)."""
    d = c.details
    if not d["teams"]:
        return "Chưa ghi nhận thông tin về Đội công tác xã hội tình nguyện, nhóm đồng đẳng trên địa bàn."
    parts = []
    for t in d["teams"]:
        (acts, people), (sup, sup_people), tips = t["propaganda"], t["support"], t["tipoffs"]
        did = []
        if acts:
            did.append(f"{vn_int(acts)} hoạt động tuyên truyền với {vn_int(people)} lượt người tham dự")
        if sup:       # each support record counts people helped: a sum of them is attendances (lượt người)
            did.append(f"hỗ trợ hòa nhập cộng đồng {vn_int(sup_people)} lượt người")
        if tips:
            did.append(f"tiếp nhận, phối hợp xác minh {vn_int(tips)} tin báo")
        who = f"{t['name']} ({vn_int(t['members'])} thành viên)"
        parts.append(f"{who} đã thực hiện " + ", ".join(did) if did else f"{who} chưa có hoạt động được ghi nhận")
    total = c.figures["TEAM_ACTIVITIES"].period.numerator
    return ("Trong kỳ, " + "; ".join(parts) + f" (tổng cộng {vn_int(int(total))} hoạt động; Biểu 7, Phụ lục II).")
