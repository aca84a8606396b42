"""The database's contents as a whole: whether it holds anything yet, and emptying every record table at once
(`demo --force`), the one deliberate exception to the no-delete triggers that protect imported plans."""

from __future__ import annotations

from sqlalchemy import func, select, text

from commune_desk.storage.database import Database
from commune_desk.storage.models import Base

KEPT = ("audit_log", "residential_unit")  # the audit log keeps its history; units belong to the profile


def has_data(db: Database) -> bool:
    """True when any table other than the audit log holds a row."""
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name != "audit_log" and s.scalar(select(func.count()).select_from(table)):
                return True
    return False


def clear_records(db: Database) -> None:
    """Empty every table but the audit log and the residential units, in one transaction.

    Imported plan versions are protected by no-delete triggers: they are lifted and put back inside the same
    transaction, so a failure leaves both the rows and the triggers as they were.
    """
    with db.write() as s:
        guards = s.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE '%no_delete' AND tbl_name != 'audit_log'"
            )
        ).all()
        for name, _sql in guards:
            s.execute(text(f'DROP TRIGGER "{name}"'))
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in KEPT:
                s.execute(table.delete())
        for _name, sql in guards:
            s.execute(text(sql))
