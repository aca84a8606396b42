"""The penalty part of a report: cases of a window counted by act, violator, outcome, sex and age group.

A case is one penalty record (one violator). "Người bị xử phạt" counts the cases the commune decided itself
(warning or fine) of an individual or household business; organisations, transfers and referrals are counted
apart. Acts are counted once per case in which they appear (a decision may hold several Điều 32–33 acts).
Everything is computed here from the stored rows in plain Python: the windows hold tens of cases, not thousands.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date


from commune_desk.domain import penalty_law as law
from commune_desk.domain.report_content import StatTable

PERSON_KINDS = ("individual", "household")


@dataclass(frozen=True)
class Case:
    decision_date: date
    act_date: date | None
    acts: tuple[tuple[str, int], ...]
    outcome: str
    violator_kind: str
    sex: str
    age_group: str
    review: str


@dataclass(frozen=True)
class PenaltySummary:
    """Counts of one window; `by_act` maps an act code to its Counter of outcome/violator keys."""

    cases: int = 0
    persons: int = 0                 # individuals and household businesses warned or fined
    organisations: int = 0           # organisations warned or fined
    warnings: int = 0
    fined: int = 0
    fines_total: int = 0
    transferred: int = 0
    referred: int = 0
    review: int = 0                  # cases flagged "cần rà soát" by the NĐ 282/2025 migration
    unverified: int = 0              # cases under an entry whose amounts were not checked (NĐ 144/2021)
    no_act_date: int = 0             # migrated cases without the day the act ended, decided 15/12/2025–14/12/2026
    by_act: dict = field(default_factory=dict)
    by_sex: dict = field(default_factory=dict)          # persons warned or fined
    by_age: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"cases": self.cases, "persons": self.persons, "organisations": self.organisations,
                "warnings": self.warnings, "fined": self.fined, "fines_total": self.fines_total,
                "transferred": self.transferred, "referred": self.referred, "needs_review": self.review,
                "unverified_entries": self.unverified,
                "by_act": {code: dict(sorted(c.items())) for code, c in sorted(self.by_act.items())},
                "by_sex": dict(sorted(self.by_sex.items())), "by_age_group": dict(sorted(self.by_age.items()))}


def load_cases(s, window) -> list[Case]:
    from commune_desk.storage.report_reads import penalty_rows
    from commune_desk.storage.repos.kinds import code_amount

    return [Case(r[0], r[1], ((r[2], r[3]),) + tuple(code_amount(p) for p in r[4].split(";") if p), r[5], r[6], r[7],
                 r[8], r[9]) for r in penalty_rows(s, window)]


def summarise(cases: list[Case], catalogues) -> PenaltySummary:
    entries = law.entries(catalogues)
    counts = Counter()
    by_act: dict[str, Counter] = {}
    by_sex, by_age = Counter(), Counter()
    for c in cases:
        person = c.violator_kind in PERSON_KINDS
        decided = c.outcome in law.DECIDED_BY_COMMUNE
        counts["cases"] += 1
        counts["review"] += bool(c.review)
        counts["unverified"] += any(code in entries and not entries[code].verified for code, _ in c.acts)
        counts["no_act_date"] += c.act_date is None and law.judged_on(None, c.decision_date) is None
        if decided:
            counts["persons" if person else "organisations"] += 1
            if person:
                by_sex[c.sex or "?"] += 1
                by_age[c.age_group or "?"] += 1
        counts[{"warning": "warnings", "fine": "fined"}.get(c.outcome, c.outcome)] += 1
        if c.outcome == "fine":
            counts["fines_total"] += sum(fine for _, fine in c.acts)
        for code, fine in c.acts:
            act = by_act.setdefault(code, Counter())
            act["cases"] += 1
            act[c.outcome] += 1
            if decided:
                act["persons" if person else "organisations"] += 1
            if c.outcome == "fine":
                act["amount"] += fine
    return PenaltySummary(
        cases=counts["cases"], persons=counts["persons"], organisations=counts["organisations"],
        warnings=counts["warnings"], fined=counts["fined"], fines_total=counts["fines_total"],
        transferred=counts["transferred"], referred=counts["referred"], review=counts["review"],
        unverified=counts["unverified"], no_act_date=counts["no_act_date"], by_act=by_act, by_sex=dict(by_sex),
        by_age=dict(by_age))


def summary(s, window, catalogues) -> PenaltySummary:
    return summarise(load_cases(s, window), catalogues)


# Per-act counts audited as one system (domain/disclosure.py, protect_table): the column totals, and within one
# act persons + organisations = warnings + fines, cases = warnings + fines + transfers + referrals, year-to-date
# cases >= the period's (and >= 1: a listed act occurred). Organisations are not persons: no "< 3" of their own,
# but hidden where the reader's arithmetic needs it. The money is handled apart.
COUNTED = ("persons", "organisations", "warning", "fine", "transferred", "referred", "cases", "ytd_cases")
_TOTALS = {"persons": "persons", "organisations": "organisations", "warning": "warnings", "fine": "fined",
           "transferred": "transferred", "referred": "referred", "cases": "cases"}


@dataclass(frozen=True)
class Protected:
    """What leaves the laptop of one summary: per act code its marks (ints, "< 3" or "x"), by sex and age."""

    by_act: dict
    by_sex: dict
    by_age: dict


def protected(now: PenaltySummary, ytd: PenaltySummary, codes: list[str] | None = None) -> Protected:
    """The outgoing view of `now` (with the year to date's cases per act): small counts hidden, and hidden
    further until no total gives one back; the totals and the fines total stay exact. `by_sex`/`by_age` are
    filled by person_groups (they need the catalogues)."""
    from commune_desk.domain.disclosure import protect_amounts, protect_table

    codes = codes if codes is not None else sorted(set(now.by_act) | set(ytd.by_act))
    values = [[int(now.by_act.get(c, {}).get(k, 0)) for k in COUNTED[:-1]] + [int(ytd.by_act.get(c, {}).get(
        "cases", 0))] for c in codes]
    totals = [getattr(now, _TOTALS[k]) for k in COUNTED[:-1]] + [ytd.cases]
    # A decision holding several acts counts under each, so a column may add up to more than its total; where it
    # adds up exactly the reader is assumed to know it (the stronger reader).
    exact = [sum(r[i] for r in values) == t for i, t in enumerate(totals)]
    # A listed act occurred at least once in the year to date: the reader knows each year-to-date cell is >= 1.
    floors = [0] * (len(COUNTED) - 1) + [1]
    col = COUNTED.index
    marks = protect_table(
        values, totals, exact=exact, floors=floors, persons=[k != "organisations" for k in COUNTED],
        row_equal=[((col("persons"), col("organisations")), (col("warning"), col("fine"))),
                   ((col("cases"),), tuple(col(k) for k in ("warning", "fine", "transferred", "referred")))],
        row_at_least=[((col("ytd_cases"),), (col("cases"),))])
    fine = COUNTED.index("fine")
    amounts = protect_amounts([int(now.by_act.get(c, {}).get("amount", 0)) for c in codes],
                              [i for i, m in enumerate(marks) if isinstance(m[fine], str)], now.fines_total)
    by_act = {code: {**dict(zip(COUNTED, row)), "amount": amount} for code, row, amount in zip(codes, marks, amounts)}
    return Protected(by_act, {}, {})


def person_groups(now: PenaltySummary, catalogues) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
    """(sex code, shown count) and (age group code, shown count) for every catalogue entry and every code met:
    each group adds up to the exact total of persons and is protected as a group (a zero is a published cell too,
    so the table, the sentences and report-data.json list the same codes with the same marks)."""
    from commune_desk.domain.disclosure import protect

    sexes = [e.code for e in catalogues["sexes"].entries] + sorted(set(now.by_sex) - {
        e.code for e in catalogues["sexes"].entries})
    ages = [e.code for e in catalogues["age_groups"].entries]
    ages += sorted(set(now.by_age) - set(ages))
    sexes = [c for c in sexes if now.by_sex.get(c) or catalogues["sexes"].get(c)]
    ages = [c for c in ages if now.by_age.get(c) or catalogues["age_groups"].get(c)]
    sex_marks = protect([now.by_sex.get(c, 0) for c in sexes], now.persons)
    age_marks = protect([now.by_age.get(c, 0) for c in ages], now.persons)
    return list(zip(sexes, sex_marks)), list(zip(ages, age_marks))


OUTGOING_ACT_KEYS = ("cases", "persons", "organisations", "warning", "fine", "amount", "transferred", "referred")


def outgoing_json(now: PenaltySummary, ytd: PenaltySummary, catalogues) -> dict:
    """The summary as report-data.json carries it out of the laptop: per act (every act of Biểu 3, every key) and
    per sex and age group (every code of Biểu 3b) the same protected counts as the documents."""
    codes = _act_order(set(now.by_act) | set(ytd.by_act), catalogues)
    view = protected(now, ytd, codes)
    sexes, ages = person_groups(now, catalogues)
    data = now.to_json()
    data["by_act"] = {code: {k: view.by_act[code][k] for k in OUTGOING_ACT_KEYS} for code in sorted(codes)}
    data["by_sex"] = dict(sexes)
    data["by_age_group"] = dict(ages)
    return data


MAIN_DECREE = "282/2025/NĐ-CP"
# How the report's sentences say the table marks of domain/disclosure.py.
SAID = {"< 3": "dưới 3 {unit}", "x": "(số liệu không công bố)"}
# A whole breakdown hidden is said once, with the reason, rather than once per act or group.
WITHHELD = "không công bố vì số lượng nhỏ, có thể nhận biết cá nhân"


def act_name(code: str, catalogues, *, main_decree: str = "") -> str:
    """"Mua dâm (Điều 32 khoản 1 NĐ 282/2025/NĐ-CP)", without the decree when it is `main_decree` (said once in
    the table's note); an unknown (pre-migration) code is named as it is."""
    e = law.entry(catalogues, code)
    if e is None:
        return f"{code} (mã cũ, cần rà soát)"
    decree = "" if e.decree == main_decree else e.decree_name()
    where = " ".join(x for x in (e.reference(), decree) if x)
    if not where:
        return e.label
    if e.label.endswith(")"):           # "Chứa mại dâm (tội phạm)" -> "Chứa mại dâm (tội phạm; Điều 327 …)"
        return f"{e.label[:-1]}; {where})"
    return f"{e.label} ({where})"


def _act_order(codes, catalogues) -> list[str]:
    order = {e.code: i for i, e in enumerate(catalogues["violation_types"].entries)}
    return sorted(codes, key=lambda c: (order.get(c, len(order)), c))


def by_act_table(now: PenaltySummary, ytd: PenaltySummary, catalogues) -> StatTable:
    """Biểu 3: every act met in the period or the year to date, with persons, organisations, outcomes, fines."""
    rows = []
    codes = _act_order(set(now.by_act) | set(ytd.by_act), catalogues)
    view = protected(now, ytd, codes).by_act     # 1 or 2 persons as "< 3", and nothing a total gives back
    for code in codes:
        a = view[code]
        rows.append((len(rows) + 1, act_name(code, catalogues, main_decree=MAIN_DECREE), a["persons"],
                     a["organisations"], a["warning"],
                     a["fine"], a["amount"], a["transferred"], a["referred"], a["ytd_cases"]))
    rows.append(("", "Tổng cộng (vụ việc)", now.persons, now.organisations, now.warnings, now.fined,
                 now.fines_total, now.transferred, now.referred, ytd.cases))
    return StatTable("violations", "Biểu 3. Xử lý vi phạm hành chính về phòng, chống mại dâm theo hành vi",
                     "Điều, khoản của NĐ 282/2025/NĐ-CP trừ khi ghi khác; số liệu trong kỳ trừ cột lũy kế. "
                     "Đơn vị tính: người, tổ chức, vụ việc, đồng",
                     ("STT", "Hành vi vi phạm (điều, khoản)", "Cá nhân bị xử phạt", "Tổ chức bị xử phạt",
                      "Cảnh cáo", "Phạt tiền", "Tiền phạt (đồng)", "Chuyển cấp có thẩm quyền",
                      "Chuyển cơ quan điều tra", "Lũy kế năm (vụ việc)"),
                     tuple(rows), frozenset(range(2, 10)),
                     # 16,5 cm, measured in Liberation Serif 11 with 0,19 cm cell margins each side: "STT" and
                     # "Chuyển" in bold need 1,2 and 1,7 cm (they broke inside the word at 1,0 and 1,6), an amount
                     # up to "999.999.999" 2,4 cm; the act's name takes what is left.
                     widths=(1.2, 2.9, 1.3, 1.3, 1.3, 1.3, 2.4, 1.7, 1.7, 1.4))


def by_person_table(now: PenaltySummary, catalogues) -> StatTable:
    """Biểu 3b: persons warned or fined in the period by sex and age group (organisations have neither)."""
    sex_marks, age_marks = person_groups(now, catalogues)
    rows = [(i, "Giới tính: " + catalogues["sexes"].label(code), mark)
            for i, (code, mark) in enumerate(sex_marks, start=1)]
    rows += [(len(rows) + i, "Nhóm tuổi: " + catalogues["age_groups"].label(code), mark)
             for i, (code, mark) in enumerate(age_marks, start=1)]
    rows.append(("", "Tổng số người bị xử phạt", now.persons))
    return StatTable("violations_people", "Biểu 3b. Người bị xử phạt theo giới tính và nhóm tuổi",
                     "Đơn vị tính: người", ("STT", "Nhóm", "Số người trong kỳ"), tuple(rows), frozenset({2}))


def sentences(now: PenaltySummary, ytd: PenaltySummary | None, catalogues, fmt) -> list[str]:
    """The report's words on penalties; `fmt` writes a number the Vietnamese way (1.350)."""
    if not now.cases:
        return ["Trong kỳ không có vụ việc vi phạm hành chính về phòng, chống mại dâm được xử lý (Biểu 3, Phụ lục II)."]
    parts = [f"Xử lý {fmt(now.cases)} vụ việc vi phạm hành chính về phòng, chống mại dâm"]
    decided = [f"xử phạt {fmt(now.persons)} người" if now.persons else "",
               f"{fmt(now.organisations)} tổ chức" if now.organisations else ""]
    decided = [d for d in decided if d]
    if decided:
        parts.append(", ".join(decided) + f" (cảnh cáo {fmt(now.warnings)}, phạt tiền {fmt(now.fined)} trường hợp, "
                     f"tổng số tiền phạt {fmt(now.fines_total)} đồng)")
    if now.transferred:
        parts.append(f"chuyển {fmt(now.transferred)} vụ việc vượt thẩm quyền đến cấp có thẩm quyền")
    if now.referred:
        parts.append(f"chuyển {fmt(now.referred)} vụ việc có dấu hiệu tội phạm đến cơ quan điều tra")
    text = "; ".join(parts)
    if ytd is not None:
        text += f"; lũy kế năm {fmt(ytd.cases)} vụ việc, {fmt(ytd.persons)} người bị xử phạt"
    out = [text + " (Biểu 3, Phụ lục II)."]
    # The sentences leave the laptop too: the same protected counts as Biểu 3 and 3b ("< 3", "x" = not shown).
    codes = _act_order(set(now.by_act) | set((ytd or now).by_act), catalogues)
    view = protected(now, ytd if ytd is not None else now, codes)

    def said(label: str, mark, unit: str) -> str:
        # "< 3" and "x" are table marks; the prose says them in words, with the unit, so that "dưới 3" never runs
        # into a label that ends in a number ("dưới 16 tuổi dưới 3 người").
        return f"{label} {fmt(mark) + ' ' + unit if isinstance(mark, int) else SAID[mark].format(unit=unit)}"

    # In the table's order, never by size (an order by size would tell a hidden 2 from a hidden 1); every act or
    # group whose mark is not 0 is named, so naming says no more than the table.
    acts = [said(_short(code, catalogues), view.by_act[code]["cases"], "vụ việc") for code in codes
            if view.by_act[code]["cases"] != 0]
    if codes and all(view.by_act[code]["cases"] == "x" for code in codes):
        out.append(f"Số vụ việc theo từng hành vi {WITHHELD} (Biểu 3, Phụ lục II).")
    elif acts:
        out.append("Theo hành vi: " + "; ".join(acts) + ".")
    if now.persons:
        sex_marks, age_marks = person_groups(now, catalogues)
        sexes = "; ".join(said(catalogues["sexes"].label(k).lower(), m, "người") for k, m in sex_marks if m != 0)
        ages = "; ".join(said(catalogues["age_groups"].label(k).lower(), m, "người") for k, m in age_marks if m != 0)
        hidden_sex, hidden_age = (all(m == "x" for _, m in g) for g in (sex_marks, age_marks))
        if hidden_sex and hidden_age:
            out.append(f"Số người bị xử phạt theo giới tính và nhóm tuổi {WITHHELD} (Biểu 3b, Phụ lục II).")
        else:
            sexes, ages = ("không công bố" if h else t for h, t in ((hidden_sex, sexes), (hidden_age, ages)))
            out.append(f"Người bị xử phạt theo giới tính: {sexes}; theo nhóm tuổi: {ages} (Biểu 3b, Phụ lục II).")
    return out


def _short(code: str, catalogues) -> str:
    """"mua dâm (Đ32 k1)" for the report's sentence on acts."""
    e = law.entry(catalogues, code)
    if e is None:
        return code
    label = e.label.split(" (")[0].lower()
    ref = e.short_reference() if e.decree[:1].isdigit() else ""
    return f"{label} ({ref})" if ref else label


def footnotes(now: PenaltySummary, ytd: PenaltySummary | None) -> list[str]:
    """What the reader must know about the penalty figures: migrated cases to review, unchecked entries."""
    notes = []
    review = max(now.review, ytd.review if ytd else 0)
    if review:
        notes.append(f"Có {review} vụ việc nhập trước khi áp dụng danh mục NĐ 282/2025/NĐ-CP đang “cần rà soát”: "
                     "được tính theo mã và số liệu cũ cho đến khi rà soát xong.")
    if now.unverified:
        notes.append(f"{now.unverified} vụ việc có hành vi kết thúc trước 15/12/2025 được xử lý theo NĐ 144/2021/NĐ-CP "
                     "(Điều 70 NĐ 282/2025/NĐ-CP); điều, khoản ghi theo quyết định, chưa đối chiếu với danh mục.")
    if now.no_act_date:
        notes.append(f"{now.no_act_date} vụ việc chưa ghi ngày kết thúc hành vi vi phạm; nếu hành vi kết thúc trước "
                     "15/12/2025 thì áp dụng NĐ 144/2021/NĐ-CP.")
    return notes


def findings(c) -> list:
    """Penalty findings for sections III–V of the narrative (domain.report_findings.Finding), from the summary
    collect() stored in `c.details["penalties"]`: cases still flagged for review under NĐ 282/2025 and cases sent
    beyond the commune's competence. Nothing is claimed when the period has none."""
    from commune_desk.domain.doc_format import vn_int
    from commune_desk.domain.report_findings import PROPOSAL, SHORTCOMING, TASK, Finding

    p = c.details.get("penalties") or {}
    out = []
    review = int(p.get("needs_review", 0))
    if review:
        out.append(Finding(SHORTCOMING, "penalties_review", f"- {vn_int(review)} vụ việc xử phạt nhập trước khi áp "
                           "dụng danh mục NĐ 282/2025/NĐ-CP chưa được rà soát.", (("cases", float(review)),)))
        out.append(Finding(TASK, "penalties_review", f"- Rà soát {vn_int(review)} vụ việc xử phạt theo danh mục hành "
                           "vi của NĐ 282/2025/NĐ-CP.", (("cases", float(review)),)))
    sent = int(p.get("transferred", 0)) + int(p.get("referred", 0))
    if sent:
        out.append(Finding(PROPOSAL, "penalties_sent", f"- Đề nghị cơ quan có thẩm quyền thông báo kết quả xử lý "
                           f"{vn_int(sent)} vụ việc do {c.heading.short_name} chuyển đến trong kỳ để theo dõi, tổng "
                           "hợp.", (("cases", float(sent)),)))
    return out
