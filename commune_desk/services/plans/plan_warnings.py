"""Why importing a valid plan workbook may still be a mistake: a plan of another year, of another province or
another issuer, or one that replaces the plan in force. The import dialog names each in amber and asks for a
confirmation before importing (issue 18 item 6); nothing here blocks an import.
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.plans import Plan
from commune_desk.domain.profile import Profile
from commune_desk.domain.text import fold


def _words(text: str) -> str:
    """Lower case, no diacritics, single spaces ("Ủy ban  nhân dân tỉnh Nghệ An" -> "uy ban nhan dan tinh nghe an")."""
    return " ".join(fold(text or "").lower().split())


def import_warnings(plan: Plan, current: Plan | None, profile: Profile, today: date) -> list[Problem]:
    """Warnings (severity "warning") about importing `plan` into a unit with `profile` on `today`, where `current`
    is the plan in force for that year (None when there is none)."""
    out = []
    if plan.year != today.year:
        out.append(
            Problem(
                "year",
                QT_TRANSLATE_NOOP("Problems", "it is the plan for {plan_year}, not for this year ({year})"),
                "warning",
                args={"plan_year": plan.year, "year": today.year},
            )
        )
    province = _words(profile.province)
    issuers = _words(plan.issuing_office) + " | " + _words(plan.receiving_office)
    if province and province not in issuers:
        out.append(
            Problem(
                "province",
                QT_TRANSLATE_NOOP(
                    "Problems", "it was issued by {issuer}, which does not name your province ({province})"
                ),
                "warning",
                args={"issuer": plan.issuing_office, "province": profile.province},
            )
        )
    if current is not None and _words(current.issuing_office) != _words(plan.issuing_office):
        out.append(
            Problem(
                "issuer",
                QT_TRANSLATE_NOOP("Problems", "it was issued by {issuer}; the plan in force was issued by {current}"),
                "warning",
                args={"issuer": plan.issuing_office, "current": current.issuing_office},
            )
        )
    if current is not None and current.plan_id == plan.plan_id and current.version != plan.version:
        out.append(
            Problem(
                "replaces",
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "it replaces version {version} of this plan, in force now: the targets and deadlines "
                    "listed below change",
                ),
                "warning",
                args={"version": current.version},
            )
        )
    elif current is not None and current.plan_id != plan.plan_id:
        out.append(
            Problem(
                "replaces",
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "it replaces another plan in force: {title} (version {version}); all its targets and "
                    "deadlines give way to this plan's",
                ),
                "warning",
                args={"title": current.title, "version": current.version},
            )
        )
    return out
