"""Rules of a penalty case under NĐ 282/2025/NĐ-CP (and NĐ 144/2021 for acts that ended before 15/12/2025).

What is checked, and where the law says it (docs/penalties.md): the act's entry must be in force on the day the
act ended (Điều 70); a fine lies in the act's bracket, doubled for an organisation (Điều 5 khoản 2); a warning only
where the entry allows it; a commune decides only acts whose bracket maximum is within its competence (Điều 54
khoản 1, Điều 55 khoản 4) and otherwise records the case as transferred; a crime is referred, never fined;
supplementary penalties and remedial measures come from the act's own lists; trục xuất is never a commune's;
several acts in one decision only under Điều 32–33, and then fined once, on the most serious of them (NĐ 282/2025
Điều 3 khoản 6; NĐ 68/2025 Điều 1 khoản 3); a decision more than a year after the act is out of time.
"""

from __future__ import annotations

from dataclasses import replace

from commune_desk.domain import penalty_law as law
from commune_desk.domain.catalogues import CatalogueSet
from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.records.rules import MAX_FINE, RuleContext, _Check, _UNKNOWN_UNIT
from commune_desk.domain.records.types import Penalty


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def with_legal_basis(rec: Penalty, catalogues: CatalogueSet) -> Penalty:
    """Decree and article from the act's entry when it names them (typed by hand only for unchecked entries)."""
    entry = law.entry(catalogues, rec.violation_code)
    if entry is None:
        return rec
    decree = entry.decree or rec.decree
    article = entry.reference() or rec.article
    version = rec.catalogue_version or catalogues.version
    if (decree, article, version) == (rec.decree, rec.article, rec.catalogue_version):
        return rec
    return replace(rec, decree=decree, article=article, catalogue_version=version)


def validate_penalty(rec: Penalty, ctx: RuleContext) -> list[Problem]:
    c = _Check(rec, ctx)
    c.text("number", required=True, limit=60)
    c.day("decision_date")
    c.day("act_date", required=not rec.legacy)
    if rec.act_date is not None and rec.decision_date is not None and rec.act_date > rec.decision_date:
        c.add("act_date", QT_TRANSLATE_NOOP("Problems", "must not be after the decision date"))
    if rec.violator_kind not in law.VIOLATOR_KINDS:
        c.add("violator_kind", QT_TRANSLATE_NOOP("Problems", "must be one of {value}"),
              value=", ".join(law.VIOLATOR_KINDS))
    if rec.outcome not in law.OUTCOMES:
        c.add("outcome", QT_TRANSLATE_NOOP("Problems", "must be one of {value}"), value=", ".join(law.OUTCOMES))
    c.text("decree", required=True, limit=100)
    c.text("article", required=True, limit=200)
    c.text("transfer_to", required=rec.outcome in ("transferred", "referred"), limit=300)
    _acts(c, rec, ctx)
    _person(c, rec)
    c.ref("unit_code", ctx.unit_codes, _UNKNOWN_UNIT)
    c.alive("decision_date")
    c.text("issuer", limit=200)
    c.text("note", limit=2000)
    if rec.identity is not None:
        ic = _Check(rec.identity, ctx)
        ic.text("full_name", limit=200)
        ic.text("id_number", limit=40)
        ic.text("address")
        if rec.identity.id_number and not rec.identity.id_number.isdigit():
            ic.add("id_number", QT_TRANSLATE_NOOP("Problems", "must be digits only"))
        c.problems += [Problem(f"identity.{p.where}", p.message, args=p.args) for p in ic.problems]
    return c.problems


def _person(c: _Check, rec: Penalty) -> None:
    """Sex and age group describe a person: required for an individual or household business, none for a body."""
    if rec.violator_kind == "organisation":
        for name in ("sex", "age_group_code"):
            if getattr(rec, name):
                c.add(name, QT_TRANSLATE_NOOP("Problems", "must be empty for an organisation"))
        return
    c.code("sex", "sexes")
    c.code("age_group_code", "age_groups")


def _acts(c: _Check, rec: Penalty, ctx: RuleContext) -> None:
    judged = law.judged_on(rec.act_date, rec.decision_date)
    if judged is None and rec.act_date is None and rec.decision_date is not None and "act_date" not in {
            p.where for p in c.problems}:
        c.add("act_date", QT_TRANSLATE_NOOP(
            "Problems", "is needed: it decides whether NĐ 144/2021 or NĐ 282/2025 applies (NĐ 282/2025 Điều 70)"))
    found: list[tuple[str, law.ViolationEntry, object]] = []
    seen: set[str] = set()
    for i, (code, fine) in enumerate(rec.acts):
        where = "violation_code" if i == 0 else f"more_acts.{code}"
        fine_where = "fine" if i == 0 else where
        if not code:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "is required"))
            continue
        if code in seen:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "act given twice"))
            continue
        seen.add(code)
        entry = law.entry(ctx.catalogues, code)
        if entry is None:
            c.add(where, QT_TRANSLATE_NOOP("Problems", "unknown code {value} (catalogue {catalogue})"),
                  value=repr(code), catalogue="violation_types")
            continue
        if judged is not None and not entry.in_force(judged):
            c.add(where, QT_TRANSLATE_NOOP(
                "Problems", "{act} ({decree}) does not apply to an act that ended on {day}: choose an act of the "
                "decree in force that day (NĐ 282/2025 Điều 70)"),
                act=entry.label, decree=entry.decree_name(), day=f"{judged:%d/%m/%Y}")
        c.count(fine_where, fine, limit=MAX_FINE)
        found.append((fine_where, entry, fine))
    if len(found) > 1 and any(e.article not in law.MULTI_ACT_ARTICLES or e.criminal for _, e, _ in found):
        c.add("more_acts", QT_TRANSLATE_NOOP(
            "Problems", "several acts make one decision only under Điều 32–33 (mua dâm, bán dâm); record the "
            "other acts as separate cases"))
    decided_here = rec.outcome in law.DECIDED_BY_COMMUNE
    carrier = law.fined_act([e for _, e, _ in found], rec.violator_kind) \
        if rec.outcome == "fine" and len(found) > 1 else None
    if carrier:  # the decision's own act (index 0) is the one its fine is for
        c.add("violation_code", QT_TRANSLATE_NOOP(
            "Problems", "must be the most serious act of the decision ({act}, {reference}): acts found together "
            "under Điều 32–33 are fined once, in its bracket; list the others as further acts with no fine"),
            act=found[carrier][1].label, reference=found[carrier][1].reference())
    for i, (fine_where, entry, stated) in enumerate(found):
        if not isinstance(stated, int) or isinstance(stated, bool):
            continue
        fine = stated
        if carrier is not None and i != carrier and not entry.criminal:
            _fined_once(c, fine_where, fine, found[carrier][1])
        elif entry.criminal and rec.outcome != "referred":
            c.add("outcome", QT_TRANSLATE_NOOP(
                "Problems", "{act} is a crime ({decree}, Điều {article}): it is not fined; record the case as "
                "referred to the police or investigators"),
                act=entry.label, decree=entry.decree_name(), article=entry.article)
        elif rec.outcome == "fine":
            _fine(c, fine_where, entry, fine, rec.violator_kind)
        elif rec.outcome == "warning":
            if entry.verified and not entry.warning_allowed:   # an unchecked entry cannot say: not refused
                c.add("outcome", QT_TRANSLATE_NOOP("Problems", "a warning is not provided for {act}{reference}"),
                      act=entry.label, reference=f" ({entry.reference()})" if entry.reference() else "")
            if fine:
                c.add(fine_where, QT_TRANSLATE_NOOP("Problems", "must be 0 with a warning"))
        elif fine:
            c.add(fine_where, QT_TRANSLATE_NOOP(
                "Problems", "must be 0: a transferred or referred case carries no fine (the competent level decides)"))
        if decided_here and not entry.criminal:
            _competence(c, entry, rec.violator_kind, ctx)
    _measures(c, rec, [e for _, e, _ in found], decided_here)
    if decided_here and rec.act_date is not None and rec.decision_date is not None and \
            rec.decision_date > law.add_years(rec.act_date, 1):
        c.add("decision_date", QT_TRANSLATE_NOOP(
            "Problems", "is more than a year after the act ended: the time limit for a penalty has passed"))


def _fine(c: _Check, where: str, entry: law.ViolationEntry, fine: int, kind: str) -> None:
    bracket = entry.bracket(kind)
    if fine <= 0:
        c.add(where, QT_TRANSLATE_NOOP("Problems", "a fine must be more than 0 (a warning is its own outcome)"))
    elif bracket is not None and not bracket[0] <= fine <= bracket[1]:
        message = (QT_TRANSLATE_NOOP("Problems", "must lie between {low} and {high} đồng for {act} ({reference}), "
                                     "doubled for an organisation") if kind == "organisation" else
                   QT_TRANSLATE_NOOP("Problems", "must lie between {low} and {high} đồng for {act} ({reference})"))
        c.add(where, message, low=_money(bracket[0]), high=_money(bracket[1]), act=entry.label,
              reference=entry.reference())


def _fined_once(c: _Check, where: str, fine: int, carrier: law.ViolationEntry) -> None:
    """An act found together with a more serious one has no fine of its own: the decision fines them once."""
    if fine:
        c.add(where, QT_TRANSLATE_NOOP(
            "Problems", "must be 0: acts found together under Điều 32–33 are fined once, in the bracket of the most "
            "serious of them ({act}, {reference}), with “vi phạm nhiều lần” as an aggravating circumstance"),
            act=carrier.label, reference=carrier.reference())


def _competence(c: _Check, entry: law.ViolationEntry, kind: str, ctx: RuleContext) -> None:
    limits = law.competence(ctx.catalogues)
    bracket = entry.bracket(kind)
    if limits is None or bracket is None or entry.within_commune(kind, limits) is not False:
        return  # (beyond the commune's competence is only ever said of a known bracket)
    message = (QT_TRANSLATE_NOOP(
        "Problems", "{reference} {decree} ({act}: up to {high} đồng for an organisation) is beyond the commune's "
        "competence ({limit} đồng, {source}): record the case as transferred to the competent level")
        if kind == "organisation" else QT_TRANSLATE_NOOP(
        "Problems", "{reference} {decree} ({act}: up to {high} đồng) is beyond the commune's competence ({limit} "
        "đồng, {source}): record the case as transferred to the competent level"))
    c.add("outcome", message, reference=entry.reference(), decree=entry.decree_name(), act=entry.label,
          high=_money(bracket[1]), limit=_money(limits.limit(kind)), source=limits.source)


def _measures(c: _Check, rec: Penalty, found: list[law.ViolationEntry], decided_here: bool) -> None:
    for name, catalogue, of_entry in (("supplementary", "supplementary_penalties", "supplementary"),
                                      ("remedial", "remedial_measures", "remedial")):
        allowed = {code for e in found for code in getattr(e, of_entry)}
        for code in getattr(rec, name):
            c.code(name, catalogue, value=code)
            if not decided_here:
                c.add(name, QT_TRANSLATE_NOOP(
                    "Problems", "is decided by the level the case goes to: leave it empty for a transferred or "
                    "referred case"))
            elif found and code not in allowed and ctx_known(c, catalogue, code):
                c.add(name, QT_TRANSLATE_NOOP("Problems", "{value} is not provided for this act"), value=code)
    if decided_here:
        for code in rec.supplementary:
            if code in law.NEVER_COMMUNE:
                c.add("supplementary", QT_TRANSLATE_NOOP(
                    "Problems", "{value} is never decided by a commune: record the case as transferred"), value=code)


def ctx_known(c: _Check, catalogue: str, code: str) -> bool:
    return c.ctx.catalogues[catalogue].get(code) is not None
