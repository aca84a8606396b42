"""Report tables: narrative sections per period, report settings, the last report number used per year."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_narrative",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("section", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("period", "section"),
    )
    op.create_index("ix_report_narrative_period", "report_narrative", ["period"])
    op.create_table(
        "report_settings",
        sa.Column("period", sa.String(20), primary_key=True),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("addressed", sa.Boolean(), nullable=False),
        sa.Column("receiving_office", sa.String(300), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "report_number",
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("report_number")
    op.drop_table("report_settings")
    op.drop_index("ix_report_narrative_period", "report_narrative")
    op.drop_table("report_narrative")
