"""The law a penalty is judged by, read from catalogue data: violation entries, their decree by date, competence.

Sources (docs/penalties.md): NĐ 282/2025/NĐ-CP Điều 32–35 (acts and fines for an individual), Điều 5 khoản 2 (an
organisation pays twice), Điều 54 khoản 1 and Điều 55 khoản 4 (what a commune may decide), Điều 70 (an act that
ended before 15/12/2025 is judged under NĐ 144/2021/NĐ-CP). Amounts live in the catalogue (default.json or a plan's
cat_violation_types), never in code; this module only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain.catalogues import CatalogueEntry, CatalogueSet

NEW_DECREE_FROM = date(2025, 12, 15)           # NĐ 282/2025/NĐ-CP in force (Điều 70 for the transition)
ORGANISATION_FACTOR = 2                         # NĐ 282/2025/NĐ-CP Điều 5 khoản 2
VIOLATOR_KINDS = ("individual", "organisation", "household")   # a household business counts as an individual
OUTCOMES = ("warning", "fine", "transferred", "referred")
DECIDED_BY_COMMUNE = ("warning", "fine")
NEVER_COMMUNE = ("truc_xuat",)                  # trục xuất is never a commune's power
MULTI_ACT_ARTICLES = (32, 33)                   # several acts found together under Điều 32–33: one decision


def _int(value: object) -> int | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "có", "x")
    return bool(value)


def _codes(value: object) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(c.strip() for c in str(value or "").split(";") if c.strip())


def _day(value: object) -> date | None:
    if isinstance(value, date):
        return value
    text = str(value or "").strip()[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass(frozen=True)
class ViolationEntry:
    """One act of the catalogue: where it stands in its decree, the fine for an individual, what may go with it.

    `fine_min`/`fine_max` are None when the amounts were not checked against the decree (never guessed);
    `criminal` marks a crime (Bộ luật Hình sự), which a commune refers to the police or investigators.
    """

    code: str
    label: str
    decree: str = ""
    article: int | None = None
    clause: int | None = None
    point: str = ""
    fine_min: int | None = None
    fine_max: int | None = None
    warning_allowed: bool = False
    supplementary: tuple[str, ...] = ()
    remedial: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    verified: bool = False
    criminal: bool = False
    active: bool = True

    @classmethod
    def of(cls, entry: CatalogueEntry) -> "ViolationEntry":
        """From a CatalogueEntry of `violation_types` (extra fields as in default.json or a plan workbook)."""
        x = entry.extra
        return cls(
            code=entry.code, label=entry.label, decree=str(x.get("decree", "") or ""),
            article=_int(x.get("article")), clause=_int(x.get("clause")), point=str(x.get("point", "") or "").strip(),
            fine_min=_int(x.get("fine_min")), fine_max=_int(x.get("fine_max")),
            warning_allowed=_bool(x.get("warning_allowed")), supplementary=_codes(x.get("supplementary")),
            remedial=_codes(x.get("remedial")), valid_from=_day(x.get("valid_from")),
            valid_until=_day(x.get("valid_until")), verified=_bool(x.get("verified")),
            criminal=str(x.get("kind", "") or "").strip() == "crime", active=entry.active)

    # ---- legal reference --------------------------------------------------------------------------------------
    def decree_name(self) -> str:
        """"NĐ 282/2025/NĐ-CP" for a decree number, the name as written otherwise ("Bộ luật Hình sự 2015")."""
        return f"NĐ {self.decree}" if self.decree[:1].isdigit() else self.decree

    def reference(self) -> str:
        """"Điều 34 khoản 4 điểm c" (empty when the article was not checked)."""
        if self.article is None:
            return ""
        parts = [f"Điều {self.article}"]
        if self.clause is not None:
            parts.append(f"khoản {self.clause}")
        if self.point:
            parts.append(f"điểm {self.point}")
        return " ".join(parts)

    def short_reference(self) -> str:
        """"Đ34 k4 c" for tables and lists."""
        if self.article is None:
            return ""
        return " ".join(p for p in (f"Đ{self.article}", f"k{self.clause}" if self.clause is not None else "",
                                    self.point) if p)

    # ---- amounts and competence -------------------------------------------------------------------------------
    @property
    def has_bracket(self) -> bool:
        return self.fine_min is not None and self.fine_max is not None

    def bracket(self, violator_kind: str) -> tuple[int, int] | None:
        """The fine range for this violator: doubled for an organisation (Điều 5 khoản 2); None when unknown."""
        if self.fine_min is None or self.fine_max is None:
            return None
        factor = ORGANISATION_FACTOR if violator_kind == "organisation" else 1
        return self.fine_min * factor, self.fine_max * factor

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or day >= self.valid_from) and (
            self.valid_until is None or day <= self.valid_until)

    def within_commune(self, violator_kind: str, limits: "Competence") -> bool | None:
        """Whether a commune may decide this act: the bracket maximum against its limit; None when unknowable."""
        if self.criminal:
            return False
        bracket = self.bracket(violator_kind)
        if bracket is None:
            return None
        return bracket[1] <= limits.limit(violator_kind)


@dataclass(frozen=True)
class Competence:
    """The largest fine per act a commune chairman may impose in this field (NĐ 282/2025 Điều 54 khoản 1)."""

    individual: int
    organisation: int
    source: str = ""

    def limit(self, violator_kind: str) -> int:
        return self.organisation if violator_kind == "organisation" else self.individual


def fined_act(acts: "list[ViolationEntry]", violator_kind: str) -> int | None:
    """Which of the acts found together in one decision carries its one fine: the one whose bracket reaches
    highest (the first of equals), None when an act's bracket is unknown (an unchecked entry cannot be judged).

    Several acts found together under Điều 32–33 are fined once, with "vi phạm nhiều lần" as an aggravating
    circumstance (NĐ 282/2025 Điều 3 khoản 6); khoản of one article that differ only in degree count as one act, fined
    in the highest bracket among them (NĐ 68/2025/NĐ-CP Điều 1 khoản 3, khoản 1a–1b it adds). See docs/penalties.md.
    """
    brackets = [a.bracket(violator_kind) for a in acts]
    if not acts or any(b is None for b in brackets):
        return None
    tops = [b[1] for b in brackets if b is not None]
    return tops.index(max(tops))


def competence(catalogues: CatalogueSet) -> Competence | None:
    """The commune's limits from the `penalty_competence` catalogue (entry `commune`), None when absent."""
    entry = catalogues["penalty_competence"].get("commune")
    if entry is None:
        return None
    individual, organisation = _int(entry.extra.get("max_individual")), _int(entry.extra.get("max_organisation"))
    if individual is None or organisation is None:
        return None
    return Competence(individual, organisation, str(entry.extra.get("source", "")))


def entries(catalogues: CatalogueSet) -> dict[str, ViolationEntry]:
    return {e.code: ViolationEntry.of(e) for e in catalogues["violation_types"].entries}


def entry(catalogues: CatalogueSet, code: str) -> ViolationEntry | None:
    found = catalogues["violation_types"].get(code)
    return ViolationEntry.of(found) if found is not None else None


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def judged_on(act_date: date | None, decision_date: date | None) -> date | None:
    """The day whose law applies (Điều 70): the day the act ended; without it, only a decision date that settles it.

    A decision before 15/12/2025 means the act ended before too; one a year or more after 15/12/2025 means the act
    ended after it (a decision more than a year after the act is out of time). In between the act's own date is
    needed, and None is returned.
    """
    if act_date is not None:
        return act_date
    if decision_date is None:
        return None
    if decision_date < NEW_DECREE_FROM:
        return decision_date
    if decision_date >= add_years(NEW_DECREE_FROM, 1):
        return decision_date
    return None


def in_force_on(catalogues: CatalogueSet, day: date) -> list[ViolationEntry]:
    """The catalogue's entries applicable to an act that ended on `day` (the NĐ 144/2021 ones before 15/12/2025)."""
    return [e for e in entries(catalogues).values() if e.active and e.in_force(day)]
