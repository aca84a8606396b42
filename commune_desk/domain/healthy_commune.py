"""Healthy-commune assessment (xã, phường lành mạnh không có tệ nạn ma túy, mại dâm): criteria, points, threshold
and result categories come from the plan (catalogues healthy_commune_criteria / healthy_commune_results).

A self-assessment is never a recognition: a commune counts as recognised ("được công nhận") for a year only when a
recognition decision is recorded with its number, date and issuer. The shipped criteria are the app's own default
set (entries marked `default_set`), not official criteria: NQLT 01/2008 could not be retrieved (docs/penalties.md
has the sources of the penalty side; the healthy-commune side is in docs/plan-template.md).
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.catalogues import CatalogueEntry, CatalogueSet

DEFAULT_SET_NOTE = "bộ tiêu chí mặc định, không phải tiêu chí chính thức"


def _threshold(entry: CatalogueEntry) -> int | None:
    value = entry.extra.get("min_total")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def assessment_result(total: int, catalogues: CatalogueSet) -> str:
    """The result category a total earns: the highest threshold it reaches, else the category without one.

    Only active categories count (a retired one stays for old records); the order of the catalogue does not
    matter, the thresholds do.
    """
    active = [e for e in catalogues["healthy_commune_results"].entries if e.active]
    thresholds = {e.code: t for e in active if (t := _threshold(e)) is not None}
    ranked = sorted((e for e in active if e.code in thresholds), key=lambda e: -thresholds[e.code])
    for entry in ranked:
        if total >= thresholds[entry.code]:
            return entry.code
    rest = [e for e in active if _threshold(e) is None]
    return rest[-1].code if rest else (ranked[-1].code if ranked else "")


def qualifying(catalogues: CatalogueSet) -> set[str]:
    """Result codes that meet the standard (`qualifies`); empty when the plan's categories do not say."""
    return {e.code for e in catalogues["healthy_commune_results"].entries if e.extra.get("qualifies") in (True, 1)}


def is_default_set(catalogues: CatalogueSet) -> bool:
    """True when the criteria in force are the app's default set, not a plan's."""
    return any(e.extra.get("default_set") for e in catalogues["healthy_commune_criteria"].entries)


def recognised(decision_number: str, decision_date: date | None, decision_issuer: str) -> bool:
    """Recognition needs the decision itself: number, date and issuer."""
    return bool((decision_number or "").strip() and decision_date and (decision_issuer or "").strip())
