"""Record lists at 100,000 records: a trigram full-text index over every record table's folded search text, sums
over child rows stored on the parent (kept by triggers), and stored sort keys for the listed text columns."""

import sqlalchemy as sa
from alembic import op

from commune_desk.domain.text import natural_key

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# Every table with a search_text column (0016 and propaganda's own): each gets `<table>_fts`.
SEARCHED = (
    "propaganda_activity",
    "residential_unit_event",
    "training",
    "business",
    "inspection",
    "hotspot",
    "hotspot_event",
    "tipoff",
    "penalty_decision",
    "reintegration_support",
    "healthy_commune_assessment",
    "team",
    "community_model",
    "community_model_status",
    "community_model_figures",
)

# table -> the listed text columns whose natural key is stored in `<column>_key` (kinds.py: Kind.text_sorts).
KEYED = {
    "propaganda_activity": ("organiser",),
    "residential_unit_event": ("old_name", "new_name", "note"),
    "training": ("organiser",),
    "business": ("name", "owner_name"),
    "inspection": ("team", "findings"),
    "hotspot": ("location", "description"),
    "hotspot_event": ("note",),
    "tipoff": ("channel", "content"),
    "penalty_decision": ("article",),
    "reintegration_support": ("partner", "note"),
    "healthy_commune_assessment": ("decision_number", "decision_issuer"),
    "team": ("name",),
    "community_model": ("name", "partner"),
    "community_model_status": ("note",),
    "community_model_figures": ("note",),
}
KEY_CHARS = 200  # as kinds.KEY_CHARS when released: the key reads a text's first 200 characters

# table -> an index holding what a list counts and totals by (its date, catalogue code, unit and the summed
# columns): count and totals of a filtered list read the index, not the wide rows.
LISTED = {
    "propaganda_activity": ("activity_date", "form_code", "unit_id", "participants", "materials"),
    "training": ("training_date", "topic_code", "unit_id", "participant_total", "persons_total"),
    "business": ("registered_date", "kind_code", "unit_id", "workers", "workers_committed"),
    "tipoff": ("received_date", "outcome_code", "unit_id", "handled_date"),
    "penalty_decision": ("decision_date", "violation_code", "unit_id", "total_fine"),
    "reintegration_support": ("support_date", "kind_code", "unit_id", "count"),
    "team": ("kind_code", "unit_id", "member_total"),
    "community_model_figures": ("anchor_date", "model_id", "persons_total", "sessions", "referrals"),
}

# parent table -> (child table, column naming the parent, {parent column: SQL of the child row's share});
# `{r}` stands for new or old.
TOTALS = (
    (
        "training",
        "training_participant",
        "training_id",
        {"participant_total": "{r}.count", "persons_total": "coalesce({r}.persons, 0)"},
    ),
    (
        "community_model_figures",
        "community_model_served",
        "figures_id",
        {
            "persons_total": "{r}.persons",
            "women_total": "CASE WHEN {r}.sex = 'nu' THEN {r}.persons ELSE 0 END",
            "men_total": "CASE WHEN {r}.sex = 'nam' THEN {r}.persons ELSE 0 END",
        },
    ),
    ("team", "team_member", "team_id", {"member_total": "{r}.count"}),
    ("team", "propaganda_activity", "team_id", {"activity_count": "1"}),
    ("team", "reintegration_support", "team_id", {"activity_count": "1"}),
    ("team", "tipoff", "team_id", {"activity_count": "1"}),
)


def trigram_available(conn) -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34+); without it lists search by scanning."""
    try:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
    except sa.exc.OperationalError:
        return False
    conn.exec_driver_sql("DROP TABLE temp.trigram_probe")
    return True


def _fts(table: str) -> list[str]:
    """The index of `table`'s search text (external content: the text itself stays in the table) and the
    triggers that keep it in step with every insert, update and delete, whoever writes."""
    fts = f"{table}_fts"
    add = f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text);"
    remove = f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    return [
        # case_sensitive 1: the text is folded by Python already; the index must not fold it again differently
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', content_rowid='id', "
        "tokenize='trigram case_sensitive 1')",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, search_text ON {table} BEGIN {remove} {add} END",
    ]


def _total_triggers(parent: str, child: str, fk: str, shares: dict[str, str]) -> list[str]:
    def change(sign: str, r: str) -> str:
        sets = ", ".join(f"{c} = {c} {sign} ({s.format(r=r)})" for c, s in shares.items())
        return f"UPDATE {parent} SET {sets} WHERE id = {r}.{fk};"

    name = f"{parent}_{'_'.join(shares)}_from_{child}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {child} BEGIN {change('+', 'new')} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {child} BEGIN {change('-', 'old')} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE ON {child} BEGIN {change('-', 'old')} {change('+', 'new')} END",
    ]


def _recount(parent: str, child: str, fk: str, shares: dict[str, str]) -> str:
    sets = ", ".join(
        f"{c} = {c} + (SELECT coalesce(sum({s.format(r=child)}), 0) FROM {child} WHERE {child}.{fk} = {parent}.id)"
        for c, s in shares.items()
    )
    return f"UPDATE {parent} SET {sets}"


def upgrade() -> None:
    conn = op.get_bind()
    added: set[tuple[str, str]] = set()
    for parent, child, fk, shares in TOTALS:
        for column in shares:
            if (parent, column) not in added:
                op.execute(f"ALTER TABLE {parent} ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
                added.add((parent, column))
        op.execute(_recount(parent, child, fk, shares))
        for statement in _total_triggers(parent, child, fk, shares):
            op.execute(statement)
    for table, columns in KEYED.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column}_key TEXT NOT NULL DEFAULT ''")
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
        keys = [{"id": r[0], **{c: natural_key((v or "")[:KEY_CHARS]) for c, v in zip(columns, r[1:])}} for r in rows]
        if keys:
            sets = ", ".join(f"{c}_key = :{c}" for c in columns)
            conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), keys)
    for table, columns in LISTED.items():
        op.create_index(f"ix_{table}_listed", table, list(columns))
    if trigram_available(conn):
        for table in SEARCHED:
            for statement in _fts(table):
                op.execute(statement)


def downgrade() -> None:
    for table in SEARCHED:
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    for table in LISTED:
        op.drop_index(f"ix_{table}_listed", table_name=table)
    for parent, child, _fk, shares in TOTALS:
        name = f"{parent}_{'_'.join(shares)}_from_{child}"
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
    dropped: dict[str, list[str]] = {}
    for parent, _child, _fk, shares in TOTALS:
        dropped.setdefault(parent, []).extend(c for c in shares if c not in dropped.get(parent, []))
    for table, columns in KEYED.items():
        dropped.setdefault(table, []).extend(f"{c}_key" for c in columns)
    for table, columns in dropped.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
