"""What an import would change about the plan in force, as a rule the command line and the window both keep:
another plan replacing it needs --replace, a plan of another year, province or issuer --accept-mismatch (the
window's tick box under services.plans.plan_warnings' amber lines gives both)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from commune_desk.domain.errors import ExpectedError, Problem
from commune_desk.domain.plans import Plan

if TYPE_CHECKING:
    from commune_desk.storage.database import Database

MISMATCHES = ("year", "province", "issuer")  # services.plans.plan_warnings' kinds that are not a replacement


class PlanReplaceRefused(ExpectedError):
    """A plan with another plan_id would replace the plan in force for its year: needs --replace / confirmation."""


class PlanMismatchRefused(ExpectedError):
    """The plan's year, province or issuer is not this commune's: needs --accept-mismatch / confirmation."""


def replace_text(current: Plan) -> str:
    """'plan X version N (title), issued by …, stops being in force for YEAR': the words every refusal uses."""
    return (
        f"plan {current.plan_id} version {current.version} ({current.title}), issued by "
        f"{current.issuing_office or '?'}, stops being in force for {current.year}"
    )


def import_checks(db: Database, plan: Plan, today: date | None = None) -> tuple[Plan | None, list[Problem]]:
    """(the plan of another plan_id that importing `plan` would put out of force, the mismatches)."""
    from commune_desk.services.plans.plan_warnings import import_warnings
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.profile_repo import ProfileRepository

    current = PlanRepository(db, "check").active_for_year(plan.year)
    profile = ProfileRepository(db, "check").get()
    warnings = import_warnings(plan, current, profile, today or date.today())
    replaced = current if current is not None and current.plan_id != plan.plan_id else None
    return replaced, [w for w in warnings if w.where in MISMATCHES]


def refuse_unconfirmed(
    db: Database, plan: Plan, name: str, *, replace: bool, accept_mismatch: bool, today: date | None = None
) -> None:
    """Raise PlanReplaceRefused / PlanMismatchRefused unless the officer confirmed what the import changes."""
    current, mismatches = import_checks(db, plan, today)
    if current is not None and not replace:
        raise PlanReplaceRefused(
            f"{name}: refused: {replace_text(current)}; to import it anyway, confirm in the window or use "
            f"--replace (plan activate {current.plan_id} puts it back)"
        )
    if mismatches and not accept_mismatch:
        raise PlanMismatchRefused(
            f"{name}: refused: "
            + "; ".join(m.text() for m in mismatches)
            + "; to import it anyway, confirm in the window or use --accept-mismatch"
        )
