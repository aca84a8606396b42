"""Collects a report's figures for a period and the year to date: indicators, plan targets, statistical tables.

Every indicator figure comes from the indicator engine (services.targets.indicators); the tables break the same
windows down by residential unit, form, violation type and business kind, and their totals equal the engine's.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from commune_desk.domain.disclosure import suppress_columns
from commune_desk.domain.doc_format import vn_date, vn_int
from commune_desk.domain.indicators import CATALOGUE
from commune_desk.domain.periods import Period, PeriodScheme
from commune_desk.domain.healthy_commune import is_default_set
from commune_desk.domain.recipients import noi_nhan
from commune_desk.domain.report_content import (FigurePair, Heading, PartLine, ReportContent, StatTable,
                                               TargetLine)
from commune_desk.services.reports import report_penalties, report_tallies
from commune_desk.services.reports.report_community import community_details, community_tables
from commune_desk.services.reports.report_tables_extra import extra_tables
from commune_desk.storage import report_reads
from commune_desk.storage.report_reads import dated_records

UNKNOWN_UNIT = "Chưa xác định thôn, tổ dân phố"
NO_VIOLATION = "khong_vi_pham"
INTEGRATED_FORM = "long_ghep"


def windows(scheme: PeriodScheme, period: Period) -> tuple[tuple[date, date], tuple[date, date]]:
    """(period window, year-to-date window) under the cut-off rules of the plans (calendar without any plan)."""
    return scheme.window(period), scheme.year_to_date(period)


def heading_of(profile, plan, receiving_override: str = "") -> Heading:
    kind = profile.kind or "xã"
    name = profile.name or ""
    body = tuple(x.strip() for x in (profile.issuing_body or "").splitlines() if x.strip())
    if not body:
        body = ("ỦY BAN NHÂN DÂN", f"{kind} {name}".upper().strip())
    signer = profile.signer
    authority = tuple(x.strip() for x in (signer.authority or "").splitlines() if x.strip())
    receiving = receiving_override or (plan.receiving_office if plan else "") or profile.receiving_office
    return Heading(
        issuing_body=body, place=profile.place_name or f"{kind.capitalize()} {name}".strip(),
        official_name=profile.official_name or f"Ủy ban nhân dân {kind} {name}".strip(),
        short_name=f"{kind} {name}".strip(), receiving_office=receiving, signer_authority=authority,
        signer_title=signer.title or "", signer_name=signer.name or "", is_demo=profile.is_demo)


def _plan_reference(plan) -> str:
    if plan is None:
        return ""
    number = f" số {plan.document_number}" if plan.document_number else ""
    issued = f" ngày {vn_date(plan.issued_on)}" if plan.issued_on else ""
    return f"Kế hoạch{number}{issued} của {plan.issuing_office}".strip()


def _by_unit(s, window, figures) -> StatTable:
    units = report_reads.units_in_order(s)
    cols = report_reads.counts_by_unit(s, window, report_penalties.PERSON_KINDS)   # penalties: persons warned or fined
    order = ("prop", "people", "biz", "insp", "pen", "sup")
    rows = []
    keys = [(uid, name) for uid, name, active in units
            if active or any(cols[c].get(uid) for c in order)] + [(None, UNKNOWN_UNIT)]
    for uid, name in keys:
        values = [int(cols[c].get(uid) or 0) for c in order]
        if uid is None and not any(values):
            continue
        rows.append((len(rows) + 1, name, *values))
    totals = [sum(r[i] for r in rows) for i in range(2, 2 + len(order))]
    rows.append(("", "Tổng cộng", *totals))
    # Persons penalised or supported in one hamlet: 1 or 2 are shown as "< 3" (domain/disclosure.py); the
    # total stays exact. The table goes into the report, its annex and the signed package.
    rows = suppress_columns(rows, {2 + order.index("pen"), 2 + order.index("sup")})
    return StatTable("units", "Biểu 1. Kết quả theo thôn, tổ dân phố", "Đơn vị tính: hoạt động, lượt người, cơ sở",
                     ("STT", "Thôn, tổ dân phố", "Hoạt động tuyên truyền", "Lượt người được tuyên truyền",
                      "Cơ sở kinh doanh dịch vụ", "Lượt kiểm tra", "Người bị xử phạt", "Lượt người được hỗ trợ"),
                     tuple(rows), frozenset(range(2, 8)))


def _by_form(s, window, ytd_window, catalogues) -> StatTable:
    now, ytd = report_reads.propaganda_by_form(s, window), report_reads.propaganda_by_form(s, ytd_window)
    forms = catalogues["activity_forms"]
    codes = [e.code for e in forms.entries] + sorted((set(now) | set(ytd)) - {e.code for e in forms.entries})
    rows = []
    for code in codes:
        a, b = now.get(code, (0, 0, 0)), ytd.get(code, (0, 0, 0))
        if forms.get(code) is not None and not forms.get(code).active and not (a[0] or b[0]):
            continue
        rows.append((len(rows) + 1, forms.label(code), int(a[0]), int(a[1]), int(a[2]), int(b[0]), int(b[1])))
    rows.append(("", "Tổng cộng", *[sum(r[i] for r in rows) for i in range(2, 7)]))
    return StatTable("forms", "Biểu 2. Hoạt động tuyên truyền theo hình thức", "Đơn vị tính: hoạt động, lượt người, tài liệu",
                     ("STT", "Hình thức tuyên truyền", "Số hoạt động trong kỳ", "Lượt người trong kỳ",
                      "Tài liệu phát ra trong kỳ", "Số hoạt động lũy kế năm", "Lượt người lũy kế năm"),
                     tuple(rows), frozenset(range(2, 7)))


def _by_kind(s, window, catalogues) -> StatTable:
    operating, inspected, visits, found = report_reads.businesses_by_kind(s, window, NO_VIOLATION)
    cat = catalogues["business_kinds"]
    seen = set(operating) | set(visits)
    codes = [e.code for e in cat.entries] + sorted(seen - {e.code for e in cat.entries})
    rows = []
    for code in codes:
        if code not in seen and (cat.get(code) is None or not cat.get(code).active):
            continue
        rows.append((len(rows) + 1, cat.label(code), operating[code], inspected[code], visits[code], found[code]))
    rows.append(("", "Tổng cộng", *[sum(r[i] for r in rows) for i in range(2, 6)]))
    return StatTable("kinds", "Biểu 4. Cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm theo loại hình",
                     "Đơn vị tính: cơ sở, lượt",
                     ("STT", "Loại hình kinh doanh", "Số cơ sở hoạt động", "Số cơ sở được kiểm tra",
                      "Lượt kiểm tra", "Lượt phát hiện vi phạm"), tuple(rows), frozenset(range(2, 6)))


def _support(figures, catalogues) -> StatTable:
    now, ytd = dict(figures["SUPPORTED"].period.breakdown), dict(figures["SUPPORTED"].ytd.breakdown)
    cat = catalogues["support_kinds"]
    codes = [e.code for e in cat.entries] + sorted((set(now) | set(ytd)) - {e.code for e in cat.entries})
    rows = [(i, cat.label(c), int(now.get(c, 0)), int(ytd.get(c, 0))) for i, c in enumerate(codes, start=1)]
    rows.append(("", "Tổng cộng", sum(r[2] for r in rows), sum(r[3] for r in rows)))
    return StatTable("support", "Biểu 5. Hỗ trợ hòa nhập cộng đồng theo hình thức", "Đơn vị tính: lượt người",
                     ("STT", "Hình thức hỗ trợ", "Lượt người trong kỳ", "Lũy kế năm"), tuple(rows),
                     frozenset({2, 3}))


def next_table_number(tables) -> int:
    """The number after the highest "Biểu N" already built (Biểu 3b shares Biểu 3's number)."""
    import re

    return 1 + max((int(m.group(1)) for t in tables if (m := re.match(r"Biểu (\d+)", t.title))), default=0)


def _deadlines_ahead(plan, as_of: date, count: int = 2) -> tuple[tuple[str, date, date | None], ...]:
    """The plan's next reports due after the report's date, oldest first, each with the day its figures count to
    (the plan's cut-off for it, when the plan sets one): the tasks ahead name them. "Ahead" is judged on the
    report's date, not its data cut-off: a report due between the two is already past when the document is
    signed (and the report itself is one of them)."""
    if plan is None:
        return ()
    from commune_desk.domain.plans import next_deadlines

    due = [d for d in next_deadlines(plan, as_of, count=count + 1) if d.due > as_of]
    return tuple((d.period.name_vi(), d.due, plan.data_cutoff(d.period)) for d in due[:count])


def data_window(db, period: Period, day: date, cutoff: date | None = None) -> tuple[date, date]:
    """The window the report of `period` dated `day` counts: from the period's start to its data cut-off."""
    from commune_desk.domain.data_cutoff import report_cutoff
    from commune_desk.storage.plan_repo import PlanRepository

    plans = PlanRepository(db, "report")
    full = plans.scheme().window(period)
    plan = plans.active_for_period(period)
    cut = report_cutoff(full, day, plan_cutoff=plan.data_cutoff(period) if plan else None, requested=cutoff)
    return full[0], cut


def period_is_empty(db, period: Period, day: date, cutoff: date | None = None) -> bool:
    """True when no record of any kind is dated in what the report dated `day` counts (its window to the data
    cut-off): the window asks before exporting or signing it."""
    window = data_window(db, period, day, cutoff)
    with db.read() as s:
        return dated_records(s, window) == 0


def _target_line(r) -> TargetLine:
    t = r.target
    parts = tuple(PartLine(p.period.code, p.period.name_vi(), p.value, p.achieved, p.status) for p in r.parts)
    return TargetLine(t.code, t.text, t.comparison, t.value, t.unit, r.period.name_vi(), r.value, r.achieved,
                      r.ytd, r.ytd_achieved, r.status, r.projection, parts, t.level,
                      t.commune_quota if t.is_office else None, r.window, r.period_window, t.indicator)


def collect(db, period: Period, *, as_of: date, receiving_office: str = "", cutoff: date | None = None,
            estimate: bool = False, today: date | None = None, strict: bool = False) -> ReportContent:
    """The content of the report of `period` dated `as_of`: deterministic for equal data.

    The figures count to the data cut-off (domain.data_cutoff: `cutoff` if given, else the plan's cut-off for
    this report, else the report's date; never after the period's end). With `estimate`, a report made before its
    period ends also carries the labelled estimate for the whole period. `strict` refuses (ReportRefused) a
    report of a period not started by `today` or dated before its period; drafts on screen are lenient.
    """
    from commune_desk.domain.data_cutoff import check_report, report_cutoff
    from commune_desk.services.targets.indicators import estimates, evaluate_plan, indicator_values
    from commune_desk.services.plans.plan_catalogues import catalogue_set
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.profile_repo import ProfileRepository

    plans = PlanRepository(db, "report")
    plan = plans.active_for_period(period)
    profile = ProfileRepository(db, "report").get()
    catalogues = catalogue_set(plan)
    scheme = plans.scheme()
    full, ytd_full = windows(scheme, period)
    if strict:
        check_report(period.code, full, as_of, today or date.today(), cutoff)
    cut = report_cutoff(full, as_of, plan_cutoff=plan.data_cutoff(period) if plan else None, requested=cutoff)
    window, ytd_window = (full[0], cut), (ytd_full[0], cut)
    now = indicator_values(db, window, period_code=period.code, as_of=cut)
    ytd = now if period.kind == "year" else indicator_values(db, ytd_window, period_code=period.code, as_of=cut,
                                                             year_to_date=True)
    figures = {code: FigurePair(code, CATALOGUE[code].label, now[code], ytd[code]) for code in CATALOGUE}
    targets = []
    if plan is not None:
        targets = [_target_line(r) for r in evaluate_plan(db, plan, cut, period=period, until=cut)]
    guesses = estimates(now, full, cut) if estimate and cut < full[1] else {}
    labels = defaultdict(dict)
    for name in ("inspection_outcomes", "inspection_handling", "hotspot_events", "violation_types",
                 "support_kinds", "healthy_commune_results", "business_kinds", "model_kinds", "team_kinds"):
        for e in catalogues[name].entries:
            labels[name][e.code] = e.label
    with db.read() as s:
        pen_now = report_penalties.summary(s, window, catalogues)
        pen_ytd = pen_now if period.kind == "year" else report_penalties.summary(s, ytd_window, catalogues)
        tables = (_by_unit(s, window, figures), _by_form(s, window, ytd_window, catalogues),
                  report_penalties.by_act_table(pen_now, pen_ytd, catalogues),
                  report_penalties.by_person_table(pen_now, catalogues), _by_kind(s, window, catalogues),
                  _support(figures, catalogues))
        details = report_reads.window_details(s, window, ytd_window, period.year, INTEGRATED_FORM)
        details.update(community_details(s, window, ytd_window, cut))      # models and teams (to the cut-off)
        details["labels"] = dict(labels)
        tables += community_tables(details, details["labels"])               # Biểu 6 and 7
        # Everything below counts the same windows as the figures: to the data cut-off, never after it.
        empty = dated_records(s, window) == 0
        tallied = report_tallies.tallies(s, period, window, ytd_window, cut, catalogues)
        compared = report_tallies.comparisons(s, scheme, period, window, report_tallies.measures(s, window))
        results = {e.code: e.label for e in catalogues["healthy_commune_results"].entries}
        tables += extra_tables(s, period, window, ytd_window, compared, tallied, catalogues, results,
                               next_table_number(tables))
    # Penalties: the summary (report-data.json), the report's sentences and the notes under Biểu 3.
    details["penalties"] = report_penalties.outgoing_json(pen_now, pen_ytd, catalogues)   # goes into the signed package
    details["penalties_ytd"] = pen_ytd.to_json()
    details["fines"] = pen_now.fines_total
    details["penalty_text"] = tuple(report_penalties.sentences(
        pen_now, None if period.kind == "year" else pen_ytd, catalogues, vn_int))
    details["penalty_notes"] = tuple(report_penalties.footnotes(pen_now, pen_ytd))
    details["healthy_default_set"] = is_default_set(catalogues)
    heading = heading_of(profile, plan, receiving_office)
    kind = profile.kind or "xã"
    # The receiving office always comes first, the plan's recipients after it, "Lưu" last (domain.recipients).
    recipients = noi_nhan(heading.receiving_office, tuple(plan.recipients) if plan and plan.recipients else (
        f"Thường trực Đảng ủy, Hội đồng nhân dân {kind}", f"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân {kind}",
        f"Công an {kind}"))
    return ReportContent(
        period_code=period.code, period_name=period.name_vi(), window=window, ytd_window=ytd_window,
        is_year=period.kind == "year", heading=heading, plan_title=plan.title if plan else "",
        plan_reference=_plan_reference(plan), figures=figures, details=details, targets=tuple(targets),
        tables=tables, recipients_default=recipients, period_window=full, data_cutoff=cut, estimates=guesses,
        empty=empty, tallies=tallied, comparisons=compared, deadlines=_deadlines_ahead(plan, as_of))
