"""The narrow search index of each record list (migration 0019), declared on the tables the models made."""

from __future__ import annotations

from sqlalchemy import Index, MetaData

# table -> columns of ix_<table>_search: the kind filter, the list's default sort column, the folded search text,
# what a word may also match through (unit, team, parent, codes shown by label), the date and the summed columns.
# A search that must test its words on every record reads this index (~100 bytes a record) instead of the records
# (~550 bytes); a kind with a word reads one range of it, its first page in order. As migration 0019 creates them.
SEARCH: dict[str, tuple[str, ...]] = {
    "propaganda_activity": (
        "form_code",
        "activity_date",
        "search_text",
        "unit_id",
        "team_id",
        "participants",
        "materials",
    ),
    "training": ("topic_code", "training_date", "search_text", "unit_id", "participant_total", "persons_total"),
    "business": ("kind_code", "sort_key", "search_text", "unit_id", "workers", "workers_committed"),
    "inspection": ("outcome_code", "inspection_date", "search_text", "business_id", "handling_code"),
    "hotspot": ("search_text", "unit_id"),
    "hotspot_event": ("kind_code", "event_date", "search_text", "hotspot_id"),
    "tipoff": ("outcome_code", "received_date", "search_text", "unit_id", "team_id", "handled_date"),
    "penalty_decision": (
        "violation_code",
        "sort_key",
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
    "reintegration_support": ("kind_code", "support_date", "search_text", "unit_id", "team_id", "count"),
    "healthy_commune_assessment": ("result", "year", "search_text", "assessed_date"),
    "residential_unit_event": ("kind", "effective_date", "search_text", "unit_id", "merged_into_id"),
    "team": ("kind_code", "sort_key", "search_text", "unit_id", "member_total"),
    "community_model": ("kind_code", "sort_key", "search_text"),
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
