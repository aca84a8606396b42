"""The narrow search index of each record list (migration 0019), declared on the tables the models made."""

from __future__ import annotations

from sqlalchemy import Index, MetaData

# table -> columns of ix_<table>_search: the kind filter, the folded search text, what a word may also match
# through (unit, team, parent, codes shown by label), the date and the summed columns of the list. A search that
# must test its words on every record reads this index (~100 bytes a record) instead of the records (~550 bytes),
# and a kind with a word reads one range of it. The same columns as migration 0019 creates.
SEARCH: dict[str, tuple[str, ...]] = {
    "propaganda_activity": (
        "form_code",
        "search_text",
        "unit_id",
        "team_id",
        "activity_date",
        "participants",
        "materials",
    ),
    "training": ("topic_code", "search_text", "unit_id", "training_date", "participant_total", "persons_total"),
    "business": ("kind_code", "search_text", "unit_id", "workers", "workers_committed"),
    "inspection": ("outcome_code", "search_text", "business_id", "handling_code", "inspection_date"),
    "hotspot": ("search_text", "unit_id"),
    "hotspot_event": ("kind_code", "search_text", "hotspot_id", "event_date"),
    "tipoff": ("outcome_code", "search_text", "unit_id", "team_id", "received_date", "handled_date"),
    "penalty_decision": (
        "violation_code",
        "search_text",
        "unit_id",
        "sex",
        "age_group_code",
        "violator_kind",
        "outcome",
        "review",
        "legacy",
        "decision_date",
        "total_fine",
    ),
    "reintegration_support": ("kind_code", "search_text", "unit_id", "team_id", "support_date", "count"),
    "healthy_commune_assessment": ("result", "search_text", "assessed_date"),
    "residential_unit_event": ("kind", "search_text", "unit_id", "merged_into_id", "effective_date"),
    "team": ("kind_code", "search_text", "unit_id", "member_total"),
    "community_model": ("kind_code", "search_text"),
    "community_model_status": ("search_text", "model_id", "status", "status_date"),
    "community_model_figures": ("search_text", "model_id", "anchor_date", "persons_total", "sessions", "referrals"),
}


def declare(metadata: MetaData) -> None:
    """Put each search index on its table (an Index made of a table's columns attaches itself to that table).

    Each model module calls this at its end: the modules import one another, so whichever finishes last finds the
    tables the others have made (a table not made yet is left to that later call)."""
    for name, columns in SEARCH.items():
        table = metadata.tables.get(name)
        if table is not None and f"ix_{name}_search" not in {i.name for i in table.indexes}:
            Index(f"ix_{name}_search", *(table.c[c] for c in columns))
