"""The report's facts beyond the indicator list, as plain JSON for report-data.json (docs/package-format.md):
how far the figures count, the labelled whole-period estimate, and every target with its level and verdicts."""

from __future__ import annotations

from commune_desk.domain.indicators import CATALOGUE
from commune_desk.domain.report_content import ESTIMATE_LABEL, ESTIMATE_NOTE, ReportContent


def _window(window) -> dict | None:
    return None if window is None else {"from": window[0].isoformat(), "to": window[1].isoformat()}


def _number(value):
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else round(value, 4)


def _figure(value) -> dict:
    ratio = value.denominator is not None
    return {"numerator": _number(value.numerator) if value.entered else None,
            "denominator": _number(value.denominator) if ratio else None,
            "value": (_number(value.percent) if ratio else _number(value.numerator)) if value.entered else None,
            "unit": "%" if ratio else ""}


def facts(content: ReportContent) -> dict:
    out = {
        "data_cutoff": content.data_cutoff.isoformat() if content.data_cutoff else None,
        "data_window": _window(content.window),
        "period_window": _window(content.period_window),
        "partial": content.partial,
        "estimates": None,
        "targets": [],
    }
    if content.estimates:
        out["estimates"] = {
            "estimate": True, "label": ESTIMATE_LABEL, "note": ESTIMATE_NOTE, "method": "linear",
            "as_of": content.data_cutoff.isoformat(), "window": _window(content.period_window),
            "indicators": [{"code": code, "name": CATALOGUE[code].label, **_figure(value)}
                           for code, value in content.estimates.items()]}
    for t in content.targets:
        out["targets"].append({
            "code": t.code, "level": t.level, "comparison": t.comparison, "target": _number(t.target),
            "commune_quota": _number(t.goal), "unit": t.unit, "scope": t.scope_vi, "status": t.status,
            "achieved": _number(t.achieved), **{k: v for k, v in _figure(t.value).items() if k != "value"},
            "projection": _number(t.projection), "window": _window(t.window),
            "period_window": _window(t.period_window),
            "parts": [{"scope": p.scope_vi, "period": p.period_code, "status": p.status,
                       "achieved": _number(p.achieved), "numerator": _number(p.value.numerator)
                       if p.value.entered else None, "denominator": _number(p.value.denominator)}
                      for p in t.parts]})
    return out
