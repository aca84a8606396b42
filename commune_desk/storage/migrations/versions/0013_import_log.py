"""Import log: each workbook import with its digest, so a second import of the same file is noticed and an
interrupted one is reported at the next start."""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("committed_at", sa.DateTime(), nullable=True),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("reported", sa.Integer(), nullable=False),
    )
    op.create_index("ix_import_log_sha256", "import_log", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_import_log_sha256", "import_log")
    op.drop_table("import_log")
