"""The import log: every workbook import with the file's digest, started and (in the import's own transaction)
committed, so a repeated file is noticed and an import cut short by a crash is reported at the next start."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase
from commune_desk.storage.models import Base


class ImportLogRow(Base):
    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "records", "mapping"
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    owner: Mapped[str] = mapped_column(String(200), default="")  # "host:pid" of the importing process
    started_at: Mapped[datetime] = mapped_column(DateTime)
    committed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    reported: Mapped[int] = mapped_column(Integer, default=0)  # 1 once the user was told how it ended


@dataclass(frozen=True)
class ImportEntry:
    """One import as the user is told about it."""

    id: int
    kind: str
    file_name: str
    sha256: str
    started_at: datetime
    committed_at: datetime | None
    counts: dict

    @property
    def committed(self) -> bool:
        return self.committed_at is not None

    def phrase(self) -> Phrase:
        """What became of this import, as a translatable phrase (the window says it in Vietnamese)."""
        args = {"name": self.file_name, "when": f"{self.started_at:%d/%m/%Y %H:%M}", "count": sum(self.counts.values())}
        if self.committed:
            return Phrase(
                QT_TRANSLATE_NOOP(
                    "Problems", "the import of {name} started {when} was completed ({count} records saved)"
                ),
                args,
            )
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Problems",
                "the import of {name} started {when} did not finish; nothing of "
                "it was saved: import the workbook again",
            ),
            args,
        )

    def summary(self) -> str:
        return self.phrase().text()


def _owner() -> str:
    from commune_desk.storage.instance_lock import _host_name

    return f"{_host_name()}:{os.getpid()}"


def _running(owner: str) -> bool:
    """True when the process that started an import is still running on this computer (still importing)."""
    host, _, pid = owner.rpartition(":")
    from commune_desk.storage.instance_lock import _host_name

    if host != _host_name() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _entry(row: ImportLogRow) -> ImportEntry:
    return ImportEntry(
        row.id,
        row.kind,
        row.file_name,
        row.sha256,
        row.started_at,
        row.committed_at,
        json.loads(row.counts_json or "{}"),
    )


class ImportLog:
    """Read and write the import log of one database."""

    def __init__(self, db) -> None:
        self._db = db

    def start(self, kind: str, file_name: str, sha256: str, actor: str) -> int:
        """Note an import about to write, in its own transaction: a crash leaves it "started", never silent."""
        with self._db.write() as s:
            row = ImportLogRow(
                kind=kind,
                file_name=file_name[:300],
                sha256=sha256,
                actor=actor[:100],
                owner=_owner(),
                started_at=datetime.now(),
                committed_at=None,
                counts_json="{}",
                reported=0,
            )
            s.add(row)
            s.flush()
            return row.id

    @staticmethod
    def commit(session, entry_id: int, counts: dict) -> None:
        """Mark the import committed inside the import's own transaction (both happen, or neither)."""
        row = session.get(ImportLogRow, entry_id)
        row.committed_at = datetime.now()
        row.counts_json = json.dumps(counts, sort_keys=True)

    def reported(self, entry_id: int) -> None:
        with self._db.write() as s:
            row = s.get(ImportLogRow, entry_id)
            if row is not None:
                row.reported = 1

    def abandoned(self, entry_id: int) -> None:
        """The import was refused or failed and wrote nothing: its entry goes too (a refusal changes nothing)."""
        with self._db.write() as s:
            row = s.get(ImportLogRow, entry_id)
            if row is not None and row.committed_at is None:
                s.delete(row)

    def committed_with(self, sha256: str) -> ImportEntry | None:
        """The first committed import of a file with this digest, or None."""
        with self._db.read() as s:
            row = s.scalars(
                select(ImportLogRow)
                .where(ImportLogRow.sha256 == sha256, ImportLogRow.committed_at.is_not(None))
                .order_by(ImportLogRow.id)
            ).first()
            return _entry(row) if row is not None else None

    def unreported(self) -> list[ImportEntry]:
        """Imports whose end the user was never told (killed before or after the commit)."""
        with self._db.read() as s:
            rows = list(s.scalars(select(ImportLogRow).where(ImportLogRow.reported == 0).order_by(ImportLogRow.id)))
            return [_entry(r) for r in rows if not _running(r.owner)]  # a running import tells its own end

    def tell(self) -> list[Phrase]:
        """What to tell the user about imports cut short (str() of each is English), marking them told."""
        lines = []
        for entry in self.unreported():
            lines.append(entry.phrase())
            self.reported(entry.id)
        return lines
