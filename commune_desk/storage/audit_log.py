"""Appends hash-chained audit entries inside the caller's transaction, reads them back and checks the chain."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.audit import GENESIS, AuditEntry, canonical, diff, verify_chain
from commune_desk.storage.models import AuditRow

if TYPE_CHECKING:
    from commune_desk.storage.database import Database


def append(session: Session, actor: str, action: str, entity: str, entity_id: object, before: dict[str, Any] | None,
           after: dict[str, Any] | None, *, full: bool = False) -> AuditEntry:
    """Add one entry after the current head; must run in a write session (BEGIN IMMEDIATE serialises heads)."""
    if not full:
        before, after = diff(before, after)
    last = session.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = AuditEntry(
        seq=seq,
        at=datetime.now(timezone.utc).isoformat(timespec="microseconds"),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=before,
        after=after,
        prev_hash=prev,
    )
    digest = entry.compute_hash()
    session.add(
        AuditRow(
            seq=seq, at=entry.at, actor=actor, action=action, entity=entity, entity_id=str(entity_id),
            before_json=None if before is None else canonical(before),
            after_json=None if after is None else canonical(after),
            prev_hash=prev, hash=digest,
        )
    )
    session.flush()
    return AuditEntry(**{**entry.__dict__, "hash": digest})


def _to_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        seq=row.seq, at=row.at, actor=row.actor, action=row.action, entity=row.entity, entity_id=row.entity_id,
        before=None if row.before_json is None else json.loads(row.before_json),
        after=None if row.after_json is None else json.loads(row.after_json),
        prev_hash=row.prev_hash, hash=row.hash,
    )


class AuditLog:
    """Read side of the audit trail."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(self, entity: str | None = None, entity_id: object = None, limit: int | None = None) -> list[AuditEntry]:
        with self._db.read() as s:
            q = select(AuditRow).order_by(AuditRow.seq)
            if entity is not None:
                q = q.where(AuditRow.entity == entity)
            if entity_id is not None:
                q = q.where(AuditRow.entity_id == str(entity_id))
            if limit is not None:
                q = q.limit(limit)
            return [_to_entry(r) for r in s.scalars(q)]

    def head(self) -> str:
        with self._db.read() as s:
            value = s.scalar(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1))
            return value or GENESIS

    def first_broken(self) -> int | None:
        """The seq of the first entry whose link or content does not match, or None when intact."""
        with self._db.read() as s:
            return verify_chain(_to_entry(r) for r in s.scalars(select(AuditRow).order_by(AuditRow.seq)))
