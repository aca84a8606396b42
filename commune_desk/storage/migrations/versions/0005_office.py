"""Office tables: the trust list of unit certificates and the intake ledger of received packages."""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_trust",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("unit_code", sa.String(20), nullable=False),
        sa.Column("unit_name", sa.String(300), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_office_trust_unit_code", "office_trust", ["unit_code"])
    op.create_index("ix_office_trust_status", "office_trust", ["status"])
    op.create_table(
        "office_intake",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(1000), nullable=False),
        sa.Column("unit_code", sa.String(20), nullable=False),
        sa.Column("unit_name", sa.String(300), nullable=False),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("supersedes", sa.String(64), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("filed_path", sa.String(1000), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("indicators_json", sa.Text(), nullable=False),
        sa.UniqueConstraint("sha256", "source"),
    )
    op.create_index("ix_office_intake_sha256", "office_intake", ["sha256"])
    op.create_index("ix_office_intake_unit_code", "office_intake", ["unit_code"])
    op.create_index("ix_office_intake_period", "office_intake", ["period"])
    op.create_index("ix_office_intake_state", "office_intake", ["state"])


def downgrade() -> None:
    op.drop_table("office_intake")
    op.drop_table("office_trust")
