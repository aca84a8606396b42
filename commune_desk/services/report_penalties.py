"""Penalty content of the narrative: the hook through which the penalties work (by act, persons and organisations,
warnings and fines, cases transferred beyond the commune's competence) adds its findings to sections III–V.

`findings(c)` returns domain.report_findings.Finding objects with section SHORTCOMING, TASK or PROPOSAL; the
narrative places them after its own. It returns none until the penalty records carry those distinctions.
"""

from __future__ import annotations

from commune_desk.domain.report_content import ReportContent


def findings(c: ReportContent) -> list:
    """Penalty findings for sections III–V (none yet; see the module's docstring)."""
    return []
