"""Plan tables: imported plan versions, their targets, and manually entered indicator values."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.String(60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("issuing_office", sa.String(300), nullable=False),
        sa.Column("receiving_office", sa.String(300), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("plan_id", "version"),
    )
    op.create_index("ix_plan_version_plan_id", "plan_version", ["plan_id"])
    op.create_index("ix_plan_version_year", "plan_version", ["year"])
    op.create_table(
        "plan_target",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_version_id", sa.Integer(), sa.ForeignKey("plan_version.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("indicator", sa.String(60), nullable=False),
        sa.Column("comparison", sa.String(4), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(10), nullable=False),
        sa.Column("period_scope", sa.String(20), nullable=False),
        sa.UniqueConstraint("plan_version_id", "code"),
    )
    op.create_index("ix_plan_target_plan_version_id", "plan_target", ["plan_version_id"])
    op.create_index("ix_plan_target_indicator", "plan_target", ["indicator"])
    op.create_table(
        "manual_indicator_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("indicator", sa.String(60), nullable=False),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("numerator", sa.Float(), nullable=True),
        sa.Column("denominator", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("indicator", "period"),
    )
    op.create_index("ix_manual_indicator_value_indicator", "manual_indicator_value", ["indicator"])
    # Imported plan versions are documents: the database refuses to edit or delete them.
    op.execute("CREATE TRIGGER plan_version_no_update BEFORE UPDATE ON plan_version "
               "BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END")
    op.execute("CREATE TRIGGER plan_version_no_delete BEFORE DELETE ON plan_version "
               "BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS plan_version_no_update")
    op.execute("DROP TRIGGER IF EXISTS plan_version_no_delete")
    for table in ("manual_indicator_value", "plan_target", "plan_version"):
        op.drop_table(table)
