"""Models (mô hình) with status changes and quarterly figures; teams and groups; "carried out by" on records."""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Records a team carried out: the column gets its foreign key inline, because SQLite cannot add a constraint
# to an existing table (ALTER TABLE … ADD COLUMN … REFERENCES is allowed while the default is NULL).
CARRIED_OUT = ("propaganda_activity", "tipoff", "reintegration_support")


def _stamps():
    return [sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind_code", sa.String(60), nullable=False),
        sa.Column("formed_date", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("residential_unit.id"), nullable=True),
        sa.Column("dissolved_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("catalogue_version", sa.String(40), nullable=False),
        *_stamps(),
    )
    op.create_index("ix_team_unit_id", "team", ["unit_id"])
    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role_code", sa.String(60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.UniqueConstraint("team_id", "role_code"),
    )
    op.create_index("ix_team_member_team_id", "team_member", ["team_id"])
    op.create_table(
        "community_model",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind_code", sa.String(60), nullable=False),
        sa.Column("set_up_date", sa.Date(), nullable=False),
        sa.Column("partner", sa.String(300), nullable=False),
        sa.Column("unit_codes", sa.String(2000), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("catalogue_version", sa.String(40), nullable=False),
        *_stamps(),
    )
    op.create_table(
        "community_model_status",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("model_id", sa.Integer(), sa.ForeignKey("community_model.id"), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
    )
    op.create_index("ix_community_model_status_model_id", "community_model_status", ["model_id"])
    op.create_index("ix_community_model_status_status_date", "community_model_status", ["status_date"])
    op.create_table(
        "community_model_figures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("model_id", sa.Integer(), sa.ForeignKey("community_model.id"), nullable=False),
        sa.Column("quarter", sa.String(10), nullable=False),
        sa.Column("anchor_date", sa.Date(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("referrals", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.UniqueConstraint("model_id", "quarter"),
    )
    op.create_index("ix_community_model_figures_model_id", "community_model_figures", ["model_id"])
    op.create_index("ix_community_model_figures_anchor_date", "community_model_figures", ["anchor_date"])
    op.create_table(
        "community_model_served",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("figures_id", sa.Integer(), sa.ForeignKey("community_model_figures.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("sex", sa.String(10), nullable=False),
        sa.Column("age_group_code", sa.String(60), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.UniqueConstraint("figures_id", "sex", "age_group_code"),
    )
    op.create_index("ix_community_model_served_figures_id", "community_model_served", ["figures_id"])
    for table in CARRIED_OUT:
        op.execute(f"ALTER TABLE {table} ADD COLUMN team_id INTEGER REFERENCES team (id)")
        op.create_index(f"ix_{table}_team_id", table, ["team_id"])


def downgrade() -> None:
    for table in CARRIED_OUT:
        op.drop_index(f"ix_{table}_team_id", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("team_id")
    for table in ("community_model_served", "community_model_figures", "community_model_status",
                  "community_model", "team_member", "team"):
        op.drop_table(table)
