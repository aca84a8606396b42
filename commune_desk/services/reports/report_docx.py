"""The periodic report as a Word document in the NĐ 30/2020 layout, built from ReportContent and the narrative."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commune_desk.domain.doc_format import document_number, vn_date, vn_int, vn_percent
from commune_desk.domain.healthy_commune import recognised
from commune_desk.domain.indicators import AT_RISK, ON_TRACK, PERCENT, STATUS_VI
from commune_desk.domain.periods import Period
from commune_desk.domain.report_content import (DEMO_NOTICE, ESTIMATE_LABEL, ESTIMATE_NOTE, ReportContent, StatTable,
                                               number_text)
from commune_desk.domain.report_findings import ratio_text
from commune_desk.services.reports.report_community import model_paragraph, team_paragraph

USABLE_CM = 16.5          # A4 width 21 cm minus margins 3 cm and 1.5 cm
SUBJECT = "Kết quả công tác phòng, chống mại dâm {}"
# Phụ lục I in cm (16,5), measured in Liberation Serif 11: "(đến ngày 05/12/2026)" needs 2,3 cm for its date,
# "12.475/13.000" 2,7 cm for a ratio, "≥ 100%" 1,7 cm (at 1,6 cm the sign stood alone above "100%"); at 1,9 and
# 2,1 cm the date and the ratio broke inside.
TARGET_WIDTHS = [1.2, 4.2, 1.7, 2.4, 2.7, 2.7, 1.6]


def next_period_name(code: str) -> str:
    p = Period.parse(code)
    if p.kind == "quarter":
        return Period(p.year + (p.index == 4), "quarter", p.index % 4 + 1).name_vi()
    if p.kind == "half":
        return "6 tháng cuối năm {}".format(p.year) if p.index == 1 else f"năm {p.year + 1}"
    if p.kind == "nine_months":
        return Period(p.year, "quarter", 4).name_vi()
    return f"năm {p.year + 1}"


def dmy(day: date) -> str:
    """Dates in the text follow the heading's NĐ 30 style (05/3/2026, 05/01/2026): one style per document."""
    return vn_date(day)


def reference_line(number: str, day: date, c: ReportContent) -> str:
    return (f"(Kèm theo Báo cáo số {number_text(number)}/BC-UBND ngày {dmy(day)} của "
            f"{c.heading.official_name})")


def cell(value) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return vn_int(value)
    if isinstance(value, float):
        return vn_int(int(value)) if value.is_integer() else vn_percent(value).rstrip("%")
    return str(value)


def widths(ncols: int) -> list[float]:
    numeric = ncols - 2
    each = min(2.6, (USABLE_CM - 1.2 - 4.0) / numeric) if numeric else 0
    return [1.2, USABLE_CM - 1.2 - each * numeric] + [each] * numeric


def target_text(op: str, value: float, unit: str) -> str:
    sign = {">=": "≥", "<=": "≤", "=": "="}.get(op, op)
    number = vn_percent(value) if unit == PERCENT else vn_int(int(value))
    return f"{sign} {number}"


def achieved_text(value, achieved: float | None, unit: str) -> str:
    if achieved is None:
        return "Chưa có số liệu"
    if unit == PERCENT:
        return ratio_text(value.numerator, value.denominator)
    return vn_int(int(achieved))


def _in_unit(value: float, unit: str) -> str:
    return vn_percent(value) if unit == PERCENT else vn_int(int(round(value)))


def target_cell(t) -> str:
    """"≥ 60" and, for a superior-level target, that it is the office's (with the commune's quota, if any)."""
    text = target_text(t.comparison, t.target, t.unit)
    if t.level != "office":
        return text
    quota = f"; phần của xã: {target_text(t.comparison, t.goal, t.unit)}" if t.goal is not None else ""
    return f"{text} (chỉ tiêu chung của cấp trên{quota})"


def scope_cell(t) -> str:
    """The period judged, and how far it was counted when that period is still running."""
    if t.window and t.period_window and t.window[1] < t.period_window[1]:
        return f"{t.scope_vi} (đến ngày {dmy(t.window[1])})"
    return t.scope_vi


def result_cell(t) -> str:
    """The figure; its projection to the period's end while the period runs; each quarter of a quarterly target."""
    text = achieved_text(t.value, t.achieved, t.unit)
    running = t.window and t.period_window and t.window[1] < t.period_window[1]
    if running and t.projection is not None and t.status in (ON_TRACK, AT_RISK) and not t.parts:
        text += f"; dự kiến cả kỳ: {_in_unit(t.projection, t.unit)}"
    for part in t.parts:
        text += f"\n{part.scope_vi[:1].upper()}{part.scope_vi[1:]}: " \
                f"{achieved_text(part.value, part.achieved, t.unit)} ({STATUS_VI[part.status]})"
    return text


def targets_rows(c: ReportContent) -> list[list[str]]:
    rows = []
    for i, t in enumerate(c.targets, start=1):
        rows.append([str(i), t.text, target_cell(t), scope_cell(t), result_cell(t),
                     achieved_text(t.ytd, t.ytd_achieved, t.unit), STATUS_VI[t.status]])
    return rows


def estimate_rows(c: ReportContent) -> list[list[str]]:
    """Each indicator counted to the cut-off and its estimate for the whole period (ESTIMATE_LABEL)."""
    rows = []
    for i, (code, guess) in enumerate(c.estimates.items(), start=1):
        pair = c.figures[code]
        rows.append([str(i), pair.label, figure_text(pair.period), figure_text(guess)])
    return rows


def figure_text(value) -> str:
    """A ratio whose denominator is 0 has no value ("-"): nothing to measure against."""
    if value.denominator == 0:
        return "-"
    return ratio_text(value.numerator, value.denominator)


def indicator_rows(c: ReportContent) -> list[list[str]]:
    rows = []
    for i, pair in enumerate((p for p in c.figures.values() if p.period.entered), start=1):
        rows.append([str(i), pair.label, figure_text(pair.period), figure_text(pair.ytd)])
    return rows


def _ytd(c: ReportContent, text: str) -> str:
    return "" if c.is_year else f" (lũy kế năm: {text})"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _breakdown(pairs, labels: dict) -> str:
    """"mua dâm: 4; bán dâm: 2" in catalogue order (unknown codes last); zero counts left out."""
    order = {code: i for i, code in enumerate(labels)}
    items = sorted((p for p in pairs if p[1]), key=lambda p: (order.get(p[0], len(order)), p[0]))
    return "; ".join(f"{_lower_first(labels.get(k, k))}: {vn_int(int(v))}" for k, v in items)


def team_sentence(c: ReportContent, teams) -> str:
    """The 178 team's inspections and the other forces' (services.reports.report_tallies: the 178 team is listed first)."""
    if not teams:
        return f"Trong kỳ không có lượt kiểm tra cơ sở kinh doanh dịch vụ nào được ghi nhận ({c.ref('forces')}, Phụ lục II)."
    first = teams[0]
    others = sum(t[1] for t in teams[1:])
    if first[0].startswith("Đội kiểm tra liên ngành 178"):
        text = (f"Đội kiểm tra liên ngành 178 thực hiện {vn_int(first[1])} lượt kiểm tra tại {vn_int(first[2])} cơ "
                f"sở, phát hiện {vn_int(first[3])} lượt vi phạm")
        text += f"; các lực lượng khác thực hiện {vn_int(others)} lượt" if others else ""
    else:
        text = (f"Đội kiểm tra liên ngành 178 chưa thực hiện lượt kiểm tra nào; các lực lượng khác thực hiện "
                f"{vn_int(others + first[1])} lượt")
    return text + f" ({c.ref('forces')}, Phụ lục II)."


def _manual_line(c: ReportContent, code: str, words: str) -> list[str]:
    from commune_desk.domain.indicators import CATALOGUE
    from commune_desk.domain.populations import MISSING_VI, label_vi

    v = c.figures[code].period
    if not v.entered:
        return []
    if CATALOGUE[code].shape == "yes_no":
        return [f"{words} {'có' if v.numerator else 'không'}."]
    if v.missing_population:
        return [f"{words} {vn_int(int(v.numerator))} người ({MISSING_VI}: "
                f"{_lower_first(label_vi(v.missing_population))})."]
    return [f"{words} {ratio_text(v.numerator, v.denominator)}."]


def _persons_of_staff(v) -> str:
    """Persons trained for the first time this year over the staff: never attendances over a head count."""
    from commune_desk.domain.populations import MISSING_VI

    if v.denominator:
        return (f"{vn_int(int(v.numerator))} người được tập huấn lần đầu trong năm, bằng "
                f"{vn_percent(100.0 * v.numerator / v.denominator)} tổng số "
                f"{vn_int(int(v.denominator))} cán bộ làm công tác phòng, chống mại dâm")
    return (f"{vn_int(int(v.numerator))} người được tập huấn lần đầu trong năm ({MISSING_VI} về số cán bộ làm "
            "công tác phòng, chống mại dâm)")


def section_results(c: ReportContent) -> list[tuple[str, list[str]]]:
    f, d = c.figures, c.details
    labels = d["labels"]
    who = c.heading.official_name
    direction = ([f"Thực hiện {c.plan_reference}, {who} đã triển khai các nhiệm vụ phòng, chống mại dâm tới các "
                  "ban, ngành, đoàn thể và thôn, tổ dân phố."] if c.plan_reference else
                 [f"{who} tiếp tục chỉ đạo các ban, ngành, đoàn thể và thôn, tổ dân phố triển khai các nhiệm vụ "
                  "phòng, chống mại dâm."])
    direction += _manual_line(c, "PLAN_BUILT", "Xây dựng kế hoạch và tổ chức thực hiện:")
    acts, people, units = f["PROP_ACTIVITIES"], f["PROP_PARTICIPANTS"], f["PROP_UNITS"].period
    propaganda = [
        f"Tổ chức {vn_int(acts.period.numerator)} hoạt động tuyên truyền với {vn_int(people.period.numerator)} lượt "
        f"người tham dự, phát ra {vn_int(d['materials'])} tài liệu"
        + _ytd(c, f"{vn_int(acts.ytd.numerator)} hoạt động, {vn_int(people.ytd.numerator)} lượt người") + "; "
        f"{ratio_text(units.numerator, units.denominator)} thôn, tổ dân phố tổ chức ít nhất một hình thức tuyên "
        f"truyền; đăng {vn_int(f['PROP_ONLINE'].period.numerator)} tin, bài trên trang thông tin điện tử, mạng xã "
        f"hội; {vn_int(f['PROP_SCHOOL'].period.numerator)} buổi tuyên truyền trong trường học (chi tiết tại Biểu 2, "
        "Phụ lục II)."]
    facts = c.tallies
    for code, words in (("PEOPLE_REACHED", "Người dân được tuyên truyền, giáo dục:"),
                        ("WORKERS_REACHED", "Người lao động tại cơ sở kinh doanh dịch vụ được tuyên truyền:"),
                        ("TEACHERS_REACHED", "Giáo viên được tuyên truyền:"),
                        ("PUPILS_REACHED", "Học sinh được tuyên truyền:")):
        propaganda += _manual_line(c, code, words)
    integrated = [f"Tổ chức {vn_int(d['integrated'])} hoạt động tuyên truyền lồng ghép phòng, chống mại dâm với "
                  "phòng, chống ma túy, HIV/AIDS và mua bán người."]
    integrated += _manual_line(c, "INTEGRATED", "Lồng ghép nhiệm vụ với các chương trình kinh tế - xã hội:")
    biz, com, tip, hot = (f[k] for k in ("BIZ_INSPECTED", "BIZ_COMMITMENT", "TIP_HANDLED", "HOTSPOT_ERADICATED"))
    handling = _breakdown(d["inspection_handling"], labels["inspection_handling"])
    inspection = [
        f"Kiểm tra {ratio_text(biz.period.numerator, biz.period.denominator)} cơ sở kinh doanh dịch vụ dễ phát sinh "
        f"tệ nạn mại dâm với {vn_int(d['inspections'])} lượt kiểm tra"
        + _ytd(c, f"{ratio_text(biz.ytd.numerator, biz.ytd.denominator)} cơ sở")
        + (f"; hình thức xử lý: {handling}" if handling else "") + "; "
        f"{ratio_text(com.period.numerator, com.period.denominator)} cơ sở hoạt động trong kỳ đã ký cam kết; "
        f"{ratio_text(facts.get('workers_committed', 0), facts.get('workers', 0))} người lao động tại các cơ sở đang "
        f"hoạt động đã ký cam kết (Biểu 4, {c.ref('commitments')}, Phụ lục II).",
        team_sentence(c, facts.get("teams", ())),
        f"Xử lý kịp thời {ratio_text(tip.period.numerator, tip.period.denominator)} tố giác, tin báo đến hạn; triệt "
        f"xóa {ratio_text(hot.period.numerator, hot.period.denominator)} điểm phức tạp về tệ nạn mại dâm.",
        *d["penalty_text"],         # services/reports/report_penalties: cases by act, persons, outcomes, sex and age
    ]
    inspection += _manual_line(c, "VIOLATIONS_HANDLED", "Vụ việc vi phạm được xử lý theo quy định:")
    sup = f["SUPPORTED"]
    support = [f"Hỗ trợ {vn_int(sup.period.numerator)} lượt người hòa nhập cộng đồng"
               + _ytd(c, f"{vn_int(sup.ytd.numerator)} lượt người")
               + (f"; trong đó {_breakdown(sup.period.breakdown, labels['support_kinds'])}"
                  if sup.period.breakdown else "") + " (Biểu 5, Phụ lục II)."]
    support += _manual_line(c, "HARM_REDUCTION", "Hoạt động can thiệp giảm hại, phòng chống bạo lực giới:")
    support += [model_paragraph(c), team_paragraph(c)]        # services/reports/report_community.py
    staff, attended = f["STAFF_TRAINED"], f["TRAINING_ATTENDANCES"]
    training = [f"Tổ chức, cử cán bộ tham gia {vn_int(d['trainings'])} lớp tập huấn, bồi dưỡng với "
                f"{vn_int(attended.period.numerator)} lượt cán bộ, công chức, chiến sĩ, cộng tác viên tham dự; "
                f"trong đó {_persons_of_staff(staff.period)}"
                + _ytd(c, f"{vn_int(d['trainings_ytd'])} lớp, {vn_int(attended.ytd.numerator)} lượt, "
                          f"{vn_int(staff.ytd.numerator)} người") + "."]
    healthy = []
    year = int(c.period_code[:4])
    results = labels["healthy_commune_results"]
    default_set = " (chấm theo bộ tiêu chí mặc định, không phải tiêu chí chính thức)" if d.get(
        "healthy_default_set") else ""
    for y, (result, total, number, when, issuer) in d["assessments"]:
        # Only a recorded decision is a recognition; a self-assessment says so, whatever its score.
        own = f"kết quả tự đánh giá: {vn_int(total)} điểm, {results.get(result, result).lower()}{default_set}"
        if recognised(number, when, issuer):
            healthy.append(f"Năm {y}, {c.heading.short_name} được công nhận lành mạnh không có tệ nạn ma túy, mại "
                           f"dâm theo Quyết định số {number} ngày {dmy(date.fromisoformat(when))} của {issuer}; "
                           f"{own}.")
        else:
            healthy.append(f"Năm {y}, {own}; chưa có quyết định công nhận.")
    if not any(y == year for y, _ in d["assessments"]):
        healthy.append(f"Năm {year}: chưa ghi nhận việc đăng ký, tự đánh giá xây dựng {c.heading.short_name} lành "
                       "mạnh không có tệ nạn ma túy, mại dâm.")
    healthy[-1] = healthy[-1][:-1] + f" ({c.ref('healthy')}, Phụ lục II)."
    if c.empty:      # no "0 hoạt động" lines: one sentence says there is nothing to report
        # Models and teams exist beyond any dated record: their state (or their absence) is still said.
        return [("", [f"Trong {c.period_name}, chưa ghi nhận kết quả hoạt động nào: không có bản ghi về tuyên "
                      "truyền, tập huấn, kiểm tra, xử phạt, hỗ trợ hòa nhập cộng đồng trong kỳ.",
                      model_paragraph(c), team_paragraph(c)])]
    return [("1. Công tác chỉ đạo, ban hành văn bản", direction), ("2. Công tác tuyên truyền", propaganda),
            ("3. Lồng ghép với các chương trình khác", integrated),
            ("4. Kiểm tra, phát hiện và xử lý vi phạm", inspection),
            ("5. Giảm hại và hỗ trợ hòa nhập cộng đồng", support), ("6. Tập huấn, bồi dưỡng", training),
            ("7. Xây dựng xã, phường lành mạnh không có tệ nạn ma túy, mại dâm", healthy)]


def _lines(doc, text: str) -> None:
    for line in text.split("\n"):
        if line.strip():
            doc.paragraph(line.strip())


def stat_spec(table: StatTable):
    from commune_desk.services.documents.docx_official import TableSpec

    def shown(i, v):
        return f"+{vn_int(v)}" if i in table.signed and isinstance(v, int) and v > 0 else cell(v)

    return TableSpec(list(table.headers), [[shown(i, v) for i, v in enumerate(row)] for row in table.rows],
                     list(table.widths) or widths(len(table.headers)), set(table.numeric),
                     {len(table.rows) - 1} if table.has_total else set())


def build(c: ReportContent, narrative: dict, *, number: str, day: date, recipients: tuple[str, ...],
          addressed: bool = True, chart_png: Path | None = None):
    """The OfficialDocument of the report, ready to save."""
    from commune_desk.services.documents.docx_official import DocHeader, OfficialDocument, SignBlock, TableSpec

    h = c.heading
    header = DocHeader(issuing_body=h.issuing_body, number_line=document_number(number_text(number)),
                       place=h.place, day=day, subject=SUBJECT.format(c.period_name),
                       addressees=(h.receiving_office,) if addressed and h.receiving_office else (),
                       demo_notice=DEMO_NOTICE if h.is_demo else "")
    doc = OfficialDocument(header)
    if h.is_demo:
        doc.paragraph("Báo cáo này được lập từ dữ liệu mẫu (demo) để minh họa, không phản ánh số liệu thật của "
                      "địa phương.", italic=True)
    basis = f"Thực hiện {c.plan_reference}, " if c.plan_reference else ""
    doc.paragraph(f"{basis}{h.official_name} báo cáo kết quả công tác phòng, chống mại dâm {c.period_name} (số liệu "
                  f"từ ngày {dmy(c.window[0])}, tính đến ngày {dmy(c.window[1])}) như sau:")
    doc.heading(1, "I. Tình hình tệ nạn mại dâm trên địa bàn")
    _lines(doc, narrative["situation"])
    doc.heading(1, "II. Kết quả thực hiện")
    for title, lines in section_results(c):
        if title:
            doc.heading(2, title)
        for line in lines:
            doc.paragraph(line)
    doc.heading(1, "III. Đánh giá chung")
    doc.heading(2, "1. Kết quả đạt được")
    _lines(doc, narrative["assessment"])
    doc.heading(2, "2. Tồn tại, hạn chế và nguyên nhân")
    _lines(doc, narrative["difficulties"])
    doc.heading(1, f"IV. Phương hướng, nhiệm vụ {next_period_name(c.period_code)}")
    _lines(doc, narrative["next_tasks"])
    doc.heading(1, "V. Đề xuất, kiến nghị")
    _lines(doc, narrative["proposals"])
    doc.paragraph(f"Trên đây là báo cáo kết quả công tác phòng, chống mại dâm {c.period_name} của "
                  f"{h.official_name}./.").paragraph_format.keep_with_next = True   # never a signature page alone
    doc.closing(list(recipients), SignBlock(h.signer_authority, h.signer_title, h.signer_name))
    ref = reference_line(number, day, c)
    doc.appendix("Phụ lục I", f"Kết quả thực hiện chỉ tiêu {c.period_name}", ref)
    if c.targets:
        doc.paragraph(f"Kế hoạch áp dụng: {c.plan_title}" + (f" ({c.plan_reference})." if c.plan_reference else "."))
        doc.table(TableSpec(["STT", "Chỉ tiêu", "Kế hoạch", "Kỳ đánh giá", "Kết quả", "Lũy kế năm", "Đánh giá"],
                            targets_rows(c), TARGET_WIDTHS, set()), size=11)
        if chart_png is not None:
            doc.picture(chart_png, "Biểu đồ: chỉ tiêu kế hoạch và kết quả thực hiện (số liệu của biểu đồ là các cột "
                        "“Kế hoạch” và “Kết quả” của bảng trên)", width_cm=USABLE_CM)
    else:
        doc.paragraph("Chưa có kế hoạch của cấp trên áp dụng cho kỳ báo cáo; dưới đây là các chỉ số theo dõi.",
                      italic=True)
        doc.table(TableSpec(["STT", "Chỉ số", "Trong kỳ", "Lũy kế năm"], indicator_rows(c),
                            [1.2, 9.3, 3.0, 3.0], {2, 3}), size=11)
    if c.estimates:
        doc.paragraph(f"{ESTIMATE_LABEL} {c.period_name} ({ESTIMATE_NOTE}; số liệu thực tế tính đến ngày "
                      f"{dmy(c.window[1])}, ước tính cho cả kỳ đến ngày {dmy(c.period_window[1])}):", italic=True)
        doc.table(TableSpec(["STT", "Chỉ số", f"Thực hiện đến ngày {dmy(c.window[1])}",
                             f"{ESTIMATE_LABEL} (ước tính)"], estimate_rows(c), [1.2, 9.3, 3.0, 3.0], {2, 3}),
                  size=11)
    doc.appendix("Phụ lục II", f"Biểu thống kê {c.period_name}", ref)
    for table in c.tables:
        doc.caption(table.title, table.note)
        doc.table(stat_spec(table), size=11)
        if table.key == "violations":
            for note in c.details.get("penalty_notes", ()):
                doc.paragraph(f"Ghi chú: {note}", italic=True)
    return doc


def write_docx(path: Path, c: ReportContent, narrative: dict, *, number: str, day: date,
               recipients: tuple[str, ...], addressed: bool = True, chart_png: Path | None = None) -> Path:
    return build(c, narrative, number=number, day=day, recipients=recipients, addressed=addressed,
                 chart_png=chart_png).save(path)

