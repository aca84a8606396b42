"""Record lists filtered by a residential unit or a parent record read their page in the list's default order and
their count and totals straight from one index each (unit or parent first, then the default sort column)."""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# table -> (filtered column, the list's default sort column, the summed columns the list totals): a unit's page
# walks the index in order (no sort of every record of the unit) and its count and totals read only the index.
# As released; the ORM tables declare the same indexes in their __table_args__.
ORDERED = {
    "propaganda_activity": ("unit_id", "activity_date", "participants", "materials"),
    "training": ("unit_id", "training_date", "participant_total", "persons_total"),
    "tipoff": ("unit_id", "received_date", "handled_date"),
    "reintegration_support": ("unit_id", "support_date", "count"),
    "residential_unit_event": ("unit_id", "effective_date"),
    "business": ("unit_id", "sort_key", "workers", "workers_committed"),
    "hotspot": ("unit_id", "sort_key"),
    "team": ("unit_id", "sort_key", "member_total"),
    "penalty_decision": ("unit_id", "sort_key", "decision_date", "total_fine"),
    "inspection": ("business_id", "inspection_date"),
    "hotspot_event": ("hotspot_id", "event_date"),
    "community_model_status": ("model_id", "status_date"),
    "community_model_figures": ("model_id", "anchor_date", "persons_total", "sessions", "referrals"),
}
# index name -> (table, columns): lists whose date or default column had no index (unfiltered pages sorted every row)
DATED = {
    "ix_residential_unit_event_effective_date": ("residential_unit_event", ("effective_date",)),
    "ix_healthy_commune_assessment_assessed_date": ("healthy_commune_assessment", ("assessed_date",)),
    "ix_healthy_commune_assessment_year": ("healthy_commune_assessment", ("year", "assessed_date")),
}


def upgrade() -> None:
    for table, columns in ORDERED.items():
        op.create_index(f"ix_{table}_ordered", table, list(columns))
    for name, (table, columns) in DATED.items():
        op.create_index(name, table, list(columns))


def downgrade() -> None:
    for table in ORDERED:
        op.drop_index(f"ix_{table}_ordered", table_name=table)
    for name, (table, _columns) in DATED.items():
        op.drop_index(name, table_name=table)
