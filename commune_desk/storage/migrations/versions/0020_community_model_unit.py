"""The residential units each community model covers, one row per (model, unit) kept by triggers from the model's
';'-joined `unit_codes`, so that a list filtered by a unit reads an index instead of testing every model's string."""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# The parts of `{r}.unit_codes` cut at ';' (as kinds.py reads them back: empty parts dropped), one row each. SQLite
# has no split function and refuses a WITH clause inside a trigger; json_quote escapes '\', '"' and control
# characters and never writes ';', so every ';' of its output is a separator that can become '","'. char(59) is ';'
# (a ';' inside a trigger's body would end its statement for the batch path's reader, storage/batch_triggers.py).
PARTS = "json_each('[' || replace(json_quote({r}.unit_codes), char(59), '\",\"') || ']')"
# DISTINCT: the domain refuses a unit given twice, but a file written by another tool must not break a save.
FILL = (
    "INSERT INTO community_model_unit (model_id, unit_code) SELECT DISTINCT {r}.id, value FROM "
    + PARTS
    + " WHERE value <> ''"
)
TRIGGERS = {
    "community_model_unit_insert": (
        "AFTER INSERT ON community_model",
        FILL.format(r="new") + ";",
    ),
    "community_model_unit_update": (
        "AFTER UPDATE OF id, unit_codes ON community_model",
        "DELETE FROM community_model_unit WHERE model_id = old.id; " + FILL.format(r="new") + ";",
    ),
    # the foreign key cascades too, but only where foreign keys are on: a trigger holds for every connection
    "community_model_unit_delete": (
        "AFTER DELETE ON community_model",
        "DELETE FROM community_model_unit WHERE model_id = old.id;",
    ),
}


def upgrade() -> None:
    op.create_table(
        "community_model_unit",
        sa.Column("model_id", sa.Integer, sa.ForeignKey("community_model.id", ondelete="CASCADE"), nullable=False),
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("model_id", "unit_code"),
    )
    # the unit filter: the models of one unit, in model order, read from the index alone
    op.create_index("ix_community_model_unit_code", "community_model_unit", ["unit_code", "model_id"])
    for name, (event, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {body} END")
    op.execute(
        "INSERT INTO community_model_unit (model_id, unit_code) SELECT DISTINCT m.id, value FROM community_model AS m, "
        + PARTS.format(r="m")
        + " WHERE value <> ''"
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS community_model_unit")
