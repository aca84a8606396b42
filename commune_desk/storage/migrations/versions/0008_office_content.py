"""Office intake ledger: the digest of each package's signed content (tag manifest + signature), so two files
with the same signed content are one package whatever their zip bytes."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("office_intake") as batch:
        batch.add_column(sa.Column("content_sha256", sa.String(64), nullable=False, server_default=""))
        batch.create_index("ix_office_intake_content_sha256", ["content_sha256"])


def downgrade() -> None:
    with op.batch_alter_table("office_intake") as batch:
        batch.drop_index("ix_office_intake_content_sha256")
        batch.drop_column("content_sha256")
