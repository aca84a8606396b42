"""Register of issued document numbers (unique per issuing body and year), filled from the report settings."""

import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_number",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("issuing_body", sa.String(300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("issuing_body", "year", "number"),
        sa.UniqueConstraint("issuing_body", "kind", "period"),
    )
    op.create_index("ix_issued_number_year", "issued_number", ["year"])
    _from_settings()


def _from_settings() -> None:
    """A period whose settings hold a number and a date was given that number by the officer: register it for
    the profile's body. Where two periods share a number the earlier-dated keeps it (the other is asked again)."""
    conn = op.get_bind()
    issuing = _issuing_body(conn)
    rows = conn.execute(sa.text("SELECT period, number, issued_on FROM report_settings "
                                "WHERE number != '' AND issued_on IS NOT NULL ORDER BY issued_on, period")).all()
    taken, now = set(), datetime.now()
    for period, number, issued_on in rows:
        text = str(number).strip()
        if not text.isdigit() or int(text) <= 0:
            continue
        year = int(str(issued_on)[:4])
        if (year, int(text)) in taken:
            continue
        taken.add((year, int(text)))
        conn.execute(sa.text(
            "INSERT INTO issued_number (issuing_body, year, number, kind, period, subject, issued_on, created_at, "
            "updated_at) VALUES (:b, :y, :n, 'BC', :p, '', :d, :t, :t)"),
            {"b": issuing, "y": year, "n": int(text), "p": period, "d": issued_on, "t": now})


def _issuing_body(conn) -> str:
    """The profile's official name as the reports print it (services.reports.report_data.heading_of), "" without one."""
    row = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'profile'")).first()
    try:
        data = json.loads(row[0]) if row else {}
    except (TypeError, ValueError):
        data = {}
    if not isinstance(data, dict):
        return ""
    kind, name = str(data.get("kind") or "xã"), str(data.get("name") or "")
    return str(data.get("official_name") or f"Ủy ban nhân dân {kind} {name}".strip())


def downgrade() -> None:
    op.drop_index("ix_issued_number_year", "issued_number")
    op.drop_table("issued_number")
