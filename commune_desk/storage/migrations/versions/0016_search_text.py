"""Record lists search, sort and total in SQL: every record table gets the folded search text propaganda had, the
listed code, number or title its natural sort key (indexed), penalties their total fine."""

import unicodedata

import sqlalchemy as sa
from alembic import op

from commune_desk.domain.text import natural_key

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# table -> its text columns, as storage/repos/kinds.py folds them on every write (frozen here as released).
SEARCHED = {
    "residential_unit_event": ("old_name", "new_name", "note"),
    "training": ("title", "organiser", "note"),
    "business": ("code", "name", "address", "owner_name", "note"),
    "inspection": ("team", "findings", "note"),
    "hotspot": ("code", "location", "description", "note"),
    "hotspot_event": ("note",),
    "tipoff": ("content", "channel", "note"),
    "penalty_decision": ("number", "transfer_to", "decree", "article", "issuer", "note"),
    "reintegration_support": ("partner", "note"),
    "healthy_commune_assessment": ("decision_number", "decision_issuer", "note"),
    "team": ("code", "name", "note"),
    "community_model": ("code", "name", "partner", "note"),
    "community_model_status": ("note",),
    "community_model_figures": ("quarter", "note"),
}

# table -> the text column whose natural sort key is stored (kinds.py: Kind.sort_field). The key function is the
# app's own, not a copy: a stored key must equal what the running app computes when it writes a row.
SORTED = {
    "propaganda_activity": "title",
    "training": "title",
    "business": "code",
    "hotspot": "code",
    "penalty_decision": "number",
    "team": "code",
    "community_model": "code",
}


def _fold(text: str) -> str:
    """domain.text.fold as released: lower case, no diacritics, đ -> d."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _amount(part: str) -> int:
    number = part.partition("=")[2].strip()
    return int(number) if number.lstrip("-").isdigit() else 0


def upgrade() -> None:
    conn = op.get_bind()
    for table, columns in SEARCHED.items():
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
        values = [{"id": r[0], "text": _fold(" ".join(v or "" for v in r[1:]))} for r in rows]
        if values:
            conn.execute(sa.text(f"UPDATE {table} SET search_text = :text WHERE id = :id"), values)
    op.execute("ALTER TABLE penalty_decision ADD COLUMN total_fine INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute(sa.text("SELECT id, fine, more_acts FROM penalty_decision")).all()
    totals = [
        {"id": rid, "total": int(fine or 0) + sum(_amount(p) for p in (more or "").split(";") if p)}
        for rid, fine, more in rows
    ]
    if totals:
        conn.execute(sa.text("UPDATE penalty_decision SET total_fine = :total WHERE id = :id"), totals)
    for table, column in SORTED.items():
        op.execute(f"ALTER TABLE {table} ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
        rows = conn.execute(sa.text(f"SELECT id, {column} FROM {table}")).all()
        keys = [{"id": rid, "key": natural_key(value or "")} for rid, value in rows]
        if keys:
            conn.execute(sa.text(f"UPDATE {table} SET sort_key = :key WHERE id = :id"), keys)
        op.create_index(f"ix_{table}_sort_key", table, ["sort_key"])


def downgrade() -> None:
    for table in SORTED:
        op.drop_index(f"ix_{table}_sort_key", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sort_key")
    with op.batch_alter_table("penalty_decision") as batch:
        batch.drop_column("total_fine")
    for table in SEARCHED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_text")
