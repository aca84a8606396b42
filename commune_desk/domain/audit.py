"""The audit trail's pure rules: canonical entry encoding and the hash chain that makes tampering visible."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

GENESIS = "0" * 64


def _default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


def canonical(value: object) -> str:
    """Stable JSON: sorted keys, no spaces, UTF-8 characters kept as they are."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default)


@dataclass(frozen=True)
class AuditEntry:
    """One append-only change: who did what to which record, with the state before and after."""

    seq: int
    at: str          # ISO-8601 UTC timestamp
    actor: str       # signed-in user, "cli" or "system"
    action: str      # "create" | "update" | "delete" | "restore" | free verb for non-record events
    entity: str      # "propaganda", "profile", …
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    prev_hash: str
    hash: str = ""

    def payload(self) -> str:
        return canonical(
            {
                "seq": self.seq, "at": self.at, "actor": self.actor, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id,
                "before": self.before, "after": self.after, "prev": self.prev_hash,
            }
        )

    def compute_hash(self) -> str:
        return hashlib.sha256(self.payload().encode("utf-8")).hexdigest()


def diff(before: dict[str, Any] | None,
         after: dict[str, Any] | None) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Keep only the fields that changed, so the log says "old -> new" without repeating the whole record."""
    if before is None or after is None:
        return before, after
    keys = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def verify_chain(entries: Iterable[AuditEntry]) -> int | None:
    """Return the seq of the first entry whose link or hash is wrong, or None when the chain is intact."""
    prev = GENESIS
    expected_seq: int | None = None
    for entry in entries:
        if expected_seq is not None and entry.seq != expected_seq:
            return entry.seq
        if entry.prev_hash != prev or entry.compute_hash() != entry.hash:
            return entry.seq
        prev = entry.hash
        expected_seq = entry.seq + 1
    return None
