"""The narrative sections of a report (I, III, IV, V) as a first draft written from the figures (deterministic).

Each line comes from a domain.report_findings Finding; the officer edits the draft in the app, and the stored text
then replaces it (storage.report_repo). "Trở về bản nháp" brings the draft back.
"""

from __future__ import annotations

from commune_desk.domain.report_content import SECTIONS, ReportContent
from commune_desk.domain.report_findings import (CAUSE, PROPOSAL, SHORTCOMING, TASK, Finding, ratio_text,
                                                 situation, strengths)
from commune_desk.domain.report_shortcomings import causes, shortcomings
from commune_desk.domain.report_tasks import proposals, tasks

__all__ = ["draft", "findings", "merged", "ratio_text"]


def findings(c: ReportContent, next_period: str = "kỳ tới") -> dict[str, list[Finding]]:
    """Section key -> its findings, in the order printed."""
    from commune_desk.services.reports.report_penalties import findings as penalty_findings

    extra = penalty_findings(c)
    gaps = shortcomings(c) + [f for f in extra if f.section == SHORTCOMING]
    return {"situation": situation(c), "assessment": strengths(c),
            "difficulties": gaps + causes(c, gaps) + [f for f in extra if f.section == CAUSE],
            "next_tasks": tasks(c, next_period) + [f for f in extra if f.section == TASK],
            "proposals": proposals(c, [f for f in extra if f.section == PROPOSAL])}


def _text(section: str, items: list[Finding]) -> str:
    if section != "difficulties":
        return "\n".join(f.text for f in items)
    gaps = [f.text for f in items if f.section != CAUSE]
    why = [f.text for f in items if f.section == CAUSE]
    return "\n".join(gaps + (["Nguyên nhân:"] + why if why else []))


def draft(c: ReportContent) -> dict[str, str]:
    """Section key -> draft text (lines separated by newlines; "- " lines are list items)."""
    from commune_desk.services.reports.report_docx import next_period_name

    return {k: _text(k, v) for k, v in findings(c, next_period_name(c.period_code)).items()}


def merged(c: ReportContent, stored: dict[str, str]) -> dict[str, str]:
    """The officer's edited text where stored and not blank, else the draft."""
    base = draft(c)
    return {k: (stored.get(k) or "").strip() or base[k] for k in SECTIONS}
