"""Loop tables: registered office certificates, receipts with per-indicator comments, plan signature status."""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loop_office_cert",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("common_name", sa.String(300), nullable=False),
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_loop_office_cert_status", "loop_office_cert", ["status"])
    op.create_table(
        "loop_receipt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("receipt_sha256", sa.String(64), nullable=False),
        sa.Column("package_sha256", sa.String(64), nullable=False),
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("office_name", sa.String(300), nullable=False),
        sa.Column("office_fingerprint", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.String(40), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("receipt_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("direction", "receipt_sha256"),
    )
    op.create_index("ix_loop_receipt_package_sha256", "loop_receipt", ["package_sha256"])
    op.create_index("ix_loop_receipt_period", "loop_receipt", ["period"])
    op.create_table(
        "loop_receipt_comment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("receipt_id", sa.Integer(), sa.ForeignKey("loop_receipt.id"), nullable=False),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("indicator", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_loop_receipt_comment_receipt_id", "loop_receipt_comment", ["receipt_id"])
    op.create_index("ix_loop_receipt_comment_period", "loop_receipt_comment", ["period"])
    op.create_index("ix_loop_receipt_comment_indicator", "loop_receipt_comment", ["indicator"])
    op.create_table(
        "loop_plan_signature",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.String(60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("signer", sa.String(500), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("plan_id", "version"),
    )
    op.create_index("ix_loop_plan_signature_plan_id", "loop_plan_signature", ["plan_id"])


def downgrade() -> None:
    op.drop_table("loop_plan_signature")
    op.drop_table("loop_receipt_comment")
    op.drop_table("loop_receipt")
    op.drop_table("loop_office_cert")
