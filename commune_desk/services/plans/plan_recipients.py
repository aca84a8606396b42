"""Warnings about a plan's recipients that do not stop its import: offices naming bodies that no longer exist."""

from __future__ import annotations

from commune_desk.domain.errors import Problem
from commune_desk.domain.plans import Plan
from commune_desk.domain.recipients import abolished


def recipient_warnings(plan: Plan) -> list[Problem]:
    """Every place of `plan` that the report would print and that names an abolished body (severity "warning")."""
    found = abolished("sheet 'settings', column 'receiving_office'", plan.receiving_office or "")
    for i, recipient in enumerate(plan.recipients, start=1):
        found += abolished(f"sheet 'report', recipient {i}", recipient)
    return found
