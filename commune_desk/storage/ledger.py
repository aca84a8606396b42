"""The ledger of signed revisions: an append-only, hash-chained JSON-lines file beside the database, mirrored in a table.

A restore from backup replaces the database file but not `<db>.ledger.jsonl`, so the ledger still knows every
revision ever signed and its digest: revision numbers are never reused. Each line is one JSON object with
`seq`, `prev` (the previous line's `hash`, 64 zeros for the first) and `hash` = SHA-256 of the canonical JSON of
the other keys; a changed, removed or inserted line breaks the chain, a cut-off tail is caught by the table.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import select

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, Phrase
from commune_desk.domain.period_state import AMENDED, SIGNED, PeriodState
from commune_desk.storage import audit_log
from commune_desk.storage.models import PeriodStateRow
from commune_desk.storage.models_lifecycle import LedgerEntryRow

GENESIS = "0" * 64
SUFFIX = ".ledger.jsonl"
EVENTS = (SIGNED, AMENDED)
MAX_LINE = 64 * 1024


# Period states and ledger events as words the window translates (the codes stay in files and the database).
_WORDS = {"draft": QT_TRANSLATE_NOOP("Problems", "draft"), "signed": QT_TRANSLATE_NOOP("Problems", "signed"),
          "amended": QT_TRANSLATE_NOOP("Problems", "amended")}


def _word(code: str) -> Phrase:
    return Phrase(_WORDS.get(code, code))


class LedgerTampered(ExpectedError):
    """The ledger file does not check out (a line changed, removed or cut off); nothing is signed until fixed."""


@dataclass(frozen=True)
class LedgerEntry:
    """One ledger line: a signed revision (with its package digest) or an amendment (with its reason)."""

    seq: int
    at: str
    event: str
    period: str
    revision: int
    sha256: str = ""
    supersedes: str = ""
    reason: str = ""
    package_name: str = ""
    window_start: str = ""           # ISO dates ("" for none)
    window_end: str = ""
    demo: bool = False
    prev: str = GENESIS
    hash: str = ""

    def body(self) -> dict:
        data = asdict(self)
        data.pop("hash")
        return data

    def compute_hash(self) -> str:
        text = json.dumps(self.body(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def line(self) -> bytes:
        data = {**self.body(), "hash": self.hash}
        return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")

    def window(self) -> tuple[date | None, date | None]:
        return (date.fromisoformat(self.window_start) if self.window_start else None,
                date.fromisoformat(self.window_end) if self.window_end else None)


def ledger_path(db_path: os.PathLike | str) -> Path:
    return Path(str(Path(db_path).absolute()) + SUFFIX)


def read_entries(path: os.PathLike | str) -> list[LedgerEntry]:
    """Every entry of the ledger file, the chain checked; raises LedgerTampered naming the first bad line."""
    path = Path(path)
    if not path.exists():
        return []
    raw = path.read_bytes()
    if raw and not raw.endswith(b"\n"):
        raise LedgerTampered(f"{path}: the last line is incomplete (cut off or edited)")
    entries: list[LedgerEntry] = []
    prev = GENESIS
    for number, line in enumerate(raw.splitlines(), start=1):
        where = f"{path} line {number}"
        try:
            if len(line) > MAX_LINE:
                raise ValueError("line too long")
            data = json.loads(line.decode("utf-8"))
            entry = LedgerEntry(**data)
        except (ValueError, TypeError, UnicodeDecodeError) as exc:
            raise LedgerTampered(f"{where}: not a ledger entry ({exc})") from exc
        if entry.seq != number:
            raise LedgerTampered(f"{where}: sequence number {entry.seq}, expected {number} (a line was removed "
                                 "or inserted)")
        if entry.prev != prev:
            raise LedgerTampered(f"{where}: does not follow the line before it (the chain is broken)")
        if entry.compute_hash() != entry.hash:
            raise LedgerTampered(f"{where}: its content does not match its hash (the line was changed)")
        if entry.event not in EVENTS:
            raise LedgerTampered(f"{where}: unknown event {entry.event!r}")
        entries.append(entry)
        prev = entry.hash
    return entries


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _row_entry(row: LedgerEntryRow) -> LedgerEntry:
    return LedgerEntry(row.seq, row.at, row.event, row.period, row.revision, row.sha256, row.supersedes, row.reason,
                       row.package_name, row.window_start.isoformat() if row.window_start else "",
                       row.window_end.isoformat() if row.window_end else "", bool(row.demo), "", row.entry_hash)


def _add_row(session, entry: LedgerEntry, snapshot: str | None, actor: str) -> None:
    start, end = entry.window()
    session.add(LedgerEntryRow(
        seq=entry.seq, at=entry.at, event=entry.event, period=entry.period, revision=entry.revision,
        sha256=entry.sha256, supersedes=entry.supersedes, reason=entry.reason, package_name=entry.package_name,
        window_start=start, window_end=end, demo=int(entry.demo), entry_hash=entry.hash, snapshot_json=snapshot))
    after = {k: v for k, v in entry.body().items() if k != "prev"}
    audit_log.append(session, actor, "create", "lifecycle_ledger", entry.seq, None, after)


def _set_state(session, st: PeriodState, actor: str, action: str = "update") -> None:
    row = session.get(PeriodStateRow, st.period)
    before = None
    if row is None:
        row = PeriodStateRow(period=st.period)
        session.add(row)
    else:
        before = {"state": row.state, "revision": row.revision, "digest": row.digest,
                  "window_start": row.window_start, "window_end": row.window_end}
    row.state, row.revision, row.digest = st.state, st.revision, st.digest
    row.window_start, row.window_end = st.window_start, st.window_end
    row.updated_at = datetime.now()
    after = {"state": st.state, "revision": st.revision, "digest": st.digest, "window_start": st.window_start,
             "window_end": st.window_end}
    audit_log.append(session, actor, action, "period_state", st.period, before, after)


def state_after(entry: LedgerEntry, previous: PeriodState | None) -> PeriodState:
    """The period state an entry leaves behind (an amendment keeps the signed revision's digest and window)."""
    if entry.event == SIGNED:
        start, end = entry.window()
        return PeriodState(entry.period, SIGNED, entry.revision, entry.sha256, start, end)
    base = previous or PeriodState(entry.period)
    return PeriodState(entry.period, AMENDED, entry.revision, base.digest or entry.supersedes, base.window_start,
                       base.window_end)


def _rank(st: PeriodState) -> tuple[int, int]:
    return (st.revision, 1 if st.state == AMENDED else 0)


class Ledger:
    """The ledger of one database: the file `<db>.ledger.jsonl` and the `lifecycle_ledger` table."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
        self.path = ledger_path(db.path)

    # ---- reading ---------------------------------------------------------------------------------------------
    def entries(self) -> list[LedgerEntry]:
        return read_entries(self.path)

    def rows(self, period: str | None = None) -> list[LedgerEntry]:
        with self._db.read() as s:
            q = select(LedgerEntryRow).order_by(LedgerEntryRow.seq)
            if period is not None:
                q = q.where(LedgerEntryRow.period == period)
            return [_row_entry(r) for r in s.scalars(q)]

    def snapshot(self, period: str, revision: int | None = None) -> dict | None:
        """The report-data.json kept when `period` was signed (the newest revision unless one is named)."""
        with self._db.read() as s:
            q = select(LedgerEntryRow).where(LedgerEntryRow.period == period, LedgerEntryRow.event == SIGNED,
                                             LedgerEntryRow.snapshot_json.is_not(None))
            if revision is not None:
                q = q.where(LedgerEntryRow.revision == revision)
            row = s.scalars(q.order_by(LedgerEntryRow.seq.desc()).limit(1)).first()
            return None if row is None else json.loads(row.snapshot_json)

    def snapshot_digest(self, period: str, revision: int) -> str | None:
        """SHA-256 of the exact report-data.json bytes kept when `period` revision `revision` was signed."""
        with self._db.read() as s:
            q = select(LedgerEntryRow.snapshot_json).where(
                LedgerEntryRow.period == period, LedgerEntryRow.event == SIGNED, LedgerEntryRow.revision == revision,
                LedgerEntryRow.snapshot_json.is_not(None)).order_by(LedgerEntryRow.seq.desc()).limit(1)
            text = s.scalar(q)
        return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()

    @staticmethod
    def states(entries: list[LedgerEntry]) -> dict[str, PeriodState]:
        """Each period's state as the ledger tells it (its last entry wins)."""
        out: dict[str, PeriodState] = {}
        for e in entries:
            out[e.period] = state_after(e, out.get(e.period))
        return out

    # ---- checking and catching up ------------------------------------------------------------------------------
    def reconcile(self) -> list[Phrase]:
        """Check the file against the table, copy entries the database lacks (after a restore), and move each
        period's state forward to the ledger's where the database is behind. Returns what was changed (str() of
        each is English; the window shows them translated)."""
        entries = self.entries()
        by_seq = {e.seq: e for e in entries}
        changed: list[str] = []
        with self._db.write() as s:
            rows = list(s.scalars(select(LedgerEntryRow).order_by(LedgerEntryRow.seq)))
            for row in rows:
                entry = by_seq.get(row.seq)
                if entry is None:
                    raise LedgerTampered(
                        f"{self.path}: the database records ledger entry {row.seq} ({row.period} revision "
                        f"{row.revision}) but the ledger file does not (the file was cut off, replaced or "
                        "deleted); put the ledger file back from a copy before signing")
                if entry.hash != row.entry_hash:
                    raise LedgerTampered(f"{self.path} line {row.seq}: differs from the database's copy of it")
            known = {r.seq for r in rows}
            for entry in entries:
                if entry.seq not in known:
                    _add_row(s, entry, None, self._actor)
                    changed.append(Phrase(QT_TRANSLATE_NOOP(
                        "Problems", "ledger entry {seq} ({period} revision {revision}, {event}) copied back into "
                                    "the database"),
                        {"seq": entry.seq, "period": entry.period, "revision": entry.revision,
                         "event": _word(entry.event)}))
            for period, st in self.states(entries).items():
                row = s.get(PeriodStateRow, period)
                current = PeriodState(period) if row is None else PeriodState(
                    period, row.state, row.revision, row.digest, row.window_start, row.window_end)
                if _rank(st) > _rank(current):
                    _set_state(s, st, self._actor, "reconcile")
                    changed.append(Phrase(QT_TRANSLATE_NOOP(
                        "Problems", "{period}: state {old_state} revision {old_revision} moved to {state} revision "
                                    "{revision} from the ledger"),
                        {"period": period, "old_state": _word(current.state), "old_revision": current.revision,
                         "state": _word(st.state), "revision": st.revision}))
        return changed

    def next_revision(self, period: str) -> int:
        """One past the highest revision the ledger or the database ever gave `period`."""
        seen = [e.revision for e in self.entries() if e.period == period and e.event == SIGNED]
        with self._db.read() as s:
            row = s.get(PeriodStateRow, period)
            if row is not None:
                seen.append(row.revision)
            seen += [r for r in s.scalars(select(LedgerEntryRow.revision).where(LedgerEntryRow.period == period))]
        return max(seen, default=0) + 1

    # ---- appending -----------------------------------------------------------------------------------------------
    def _append_file(self, **fields) -> LedgerEntry:
        entries = self.entries()
        prev = entries[-1].hash if entries else GENESIS
        entry = LedgerEntry(seq=len(entries) + 1, at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                            prev=prev, **fields)
        entry = LedgerEntry(**{**asdict(entry), "hash": entry.compute_hash()})
        created = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, entry.line())
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            _fsync_dir(self.path.parent)
        return entry

    def record_signed(self, st: PeriodState, *, supersedes: str, package_name: str, demo: bool,
                      snapshot: str) -> LedgerEntry:
        """Append a signed revision to the file (fsynced), then in one transaction: the table row with the
        snapshot, the period state SIGNED, their audit entries."""
        entry = self._append_file(
            event=SIGNED, period=st.period, revision=st.revision, sha256=st.digest, supersedes=supersedes,
            package_name=package_name, demo=demo,
            window_start=st.window_start.isoformat() if st.window_start else "",
            window_end=st.window_end.isoformat() if st.window_end else "")
        with self._db.write() as s:
            _add_row(s, entry, snapshot, self._actor)
            _set_state(s, st, self._actor, "sign")
        return entry

    def record_amended(self, st: PeriodState, reason: str) -> LedgerEntry:
        """Append an amendment (the reason) to the file, then set the period AMENDED with an audit entry."""
        entry = self._append_file(event=AMENDED, period=st.period, revision=st.revision, supersedes=st.digest,
                                  reason=reason)
        with self._db.write() as s:
            _add_row(s, entry, None, self._actor)
            amended = PeriodState(st.period, AMENDED, st.revision, st.digest, st.window_start, st.window_end)
            _set_state(s, amended, self._actor, "amend")
            audit_log.append(s, self._actor, "amend", "period", st.period, None,
                             {"reason": reason, "revision": st.revision, "digest": st.digest}, full=True)
        return entry
