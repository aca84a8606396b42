"""A model's quarterly figures say up to which day they are counted (counted_to): existing figures are taken as
counted to the day they were last written, at most their calendar quarter's last day, since figures written on a
day cannot speak of later days (reports then leave out a running quarter's figures until their data reach it)."""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The calendar quarter's last day of a "YYYY-Qn" code, in SQLite's date arithmetic.
QUARTER_END = (
    "date(substr(quarter, 1, 4) || '-' || printf('%02d', 3 * CAST(substr(quarter, 7, 1) AS INTEGER)) "
    "|| '-01', '+1 month', '-1 day')"
)


def upgrade() -> None:
    with op.batch_alter_table("community_model_figures") as batch:
        batch.add_column(sa.Column("counted_to", sa.Date(), nullable=True))
    # SQLite's min() of several values is NULL if one is: a time that cannot be read falls back to the creation
    # time, then to the quarter's end (the figures as they stood before this revision)
    op.execute(
        "UPDATE community_model_figures SET counted_to = "
        f"coalesce(min(coalesce(date(updated_at), date(created_at)), {QUARTER_END}), {QUARTER_END})"
    )


def downgrade() -> None:
    with op.batch_alter_table("community_model_figures") as batch:
        batch.drop_column("counted_to")
