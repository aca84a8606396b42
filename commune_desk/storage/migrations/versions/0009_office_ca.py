"""Office trust in certificate authorities: trusted CA certificates with their units, imported CRLs."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_trust_ca",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_office_trust_ca_status", "office_trust_ca", ["status"])
    op.create_table(
        "office_crl",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("issuer", sa.String(500), nullable=False),
        sa.Column("crl_der_b64", sa.Text(), nullable=False),
        sa.Column("this_update", sa.DateTime(), nullable=False),
        sa.Column("next_update", sa.DateTime(), nullable=True),
        sa.Column("revoked_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_office_crl_issuer", "office_crl", ["issuer"])


def downgrade() -> None:
    op.drop_index("ix_office_crl_issuer", "office_crl")
    op.drop_table("office_crl")
    op.drop_index("ix_office_trust_ca_status", "office_trust_ca")
    op.drop_table("office_trust_ca")
