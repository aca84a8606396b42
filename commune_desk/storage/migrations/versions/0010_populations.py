"""Populations per year, persons (not only attendances) in trainings, evidence of hand-entered values, unit splits.

- `population`: new table, history kept (no delete; only `replaced_at` may change).
- `training_participant` gains `level_code` and `persons`; its unique key becomes (training, role, level), which
  SQLite can only change by rebuilding the table: rows are copied with level '' and persons NULL (not stated).
- `manual_indicator_value` gains `evidence` and `entered_by`.
- `residential_unit_event` gains `successor_codes` (a split names the units that take over).
- A staff total entered before as the denominator of STAFF_TRAINED becomes a staff population of that year.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "population",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("role_code", sa.String(60), nullable=False, server_default=""),
        sa.Column("level_code", sa.String(20), nullable=False, server_default=""),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("replaced_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_population_year", "population", ["year"])
    # History is evidence: a figure is never deleted, and only its replacement mark may change.
    op.execute("CREATE TRIGGER population_no_delete BEFORE DELETE ON population "
               "BEGIN SELECT RAISE(ABORT, 'population figures are kept as history'); END")
    op.execute("CREATE TRIGGER population_no_update BEFORE UPDATE ON population "
               "WHEN NEW.value IS NOT OLD.value OR NEW.year IS NOT OLD.year OR NEW.kind IS NOT OLD.kind "
               "OR NEW.role_code IS NOT OLD.role_code OR NEW.level_code IS NOT OLD.level_code "
               "OR NEW.as_of IS NOT OLD.as_of OR NEW.source IS NOT OLD.source "
               "OR OLD.replaced_at IS NOT NULL "
               "BEGIN SELECT RAISE(ABORT, 'population figures are kept as history'); END")

    op.create_table(
        "training_participant_new",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("training_id", sa.Integer(), sa.ForeignKey("training.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role_code", sa.String(60), nullable=False),
        sa.Column("level_code", sa.String(20), nullable=False, server_default=""),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=True),
        sa.UniqueConstraint("training_id", "role_code", "level_code"),
    )
    op.execute("INSERT INTO training_participant_new (id, training_id, role_code, level_code, count, persons) "
               "SELECT id, training_id, role_code, '', count, NULL FROM training_participant")
    op.drop_index("ix_training_participant_training_id", "training_participant")
    op.drop_table("training_participant")
    op.rename_table("training_participant_new", "training_participant")
    op.create_index("ix_training_participant_training_id", "training_participant", ["training_id"])

    with op.batch_alter_table("manual_indicator_value") as batch:
        batch.add_column(sa.Column("evidence", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("entered_by", sa.String(100), nullable=False, server_default=""))
    with op.batch_alter_table("residential_unit_event") as batch:
        batch.add_column(sa.Column("successor_codes", sa.String(500), nullable=False, server_default=""))

    # STAFF_TRAINED's denominator used to be typed in as a hand value; it is a population now.
    op.execute(
        "INSERT INTO population (year, kind, role_code, level_code, value, as_of, source, note, recorded_at, "
        "recorded_by) SELECT CAST(substr(period, 1, 4) AS INTEGER), 'staff', '', '', CAST(denominator AS INTEGER), "
        "substr(period, 1, 4) || '-01-01', 'nhập trước đây làm mẫu số của chỉ tiêu STAFF_TRAINED (kỳ ' || period "
        "|| ')', note, updated_at, 'migration 0010' FROM manual_indicator_value "
        "WHERE indicator = 'STAFF_TRAINED' AND denominator IS NOT NULL AND period GLOB '[0-9][0-9][0-9][0-9]*'")
    op.execute("DELETE FROM manual_indicator_value WHERE indicator = 'STAFF_TRAINED'")


def downgrade() -> None:
    with op.batch_alter_table("residential_unit_event") as batch:
        batch.drop_column("successor_codes")
    with op.batch_alter_table("manual_indicator_value") as batch:
        batch.drop_column("entered_by")
        batch.drop_column("evidence")
    op.execute("DROP TRIGGER IF EXISTS population_no_update")
    op.execute("DROP TRIGGER IF EXISTS population_no_delete")
    op.drop_table("population")
