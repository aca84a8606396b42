"""The database's contents as a whole: whether it holds anything yet, and emptying every record table at once
(`demo --force`), the one deliberate exception to the no-delete triggers that protect imported plans."""

from __future__ import annotations

from sqlalchemy import func, select

from commune_desk.storage.batch_triggers import no_delete_guards, triggers_lifted

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
    with db.write() as s, triggers_lifted(s, no_delete_guards(s)):
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in KEPT:
                s.execute(table.delete())
