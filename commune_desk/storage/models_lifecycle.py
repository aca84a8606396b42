"""ORM table of the period lifecycle: the ledger of signed revisions and amendments, with the signed figures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class LedgerEntryRow(Base):
    """One ledger entry, the same facts as the line `seq` of `<db>.ledger.jsonl`; `snapshot_json` holds the
    signed report-data.json of a "signed" entry made on this database (None for amendments and for entries
    copied back from the ledger file after a restore)."""

    __tablename__ = "lifecycle_ledger"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    event: Mapped[str] = mapped_column(String(20))            # "signed" or "amended"
    period: Mapped[str] = mapped_column(String(20), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    supersedes: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    package_name: Mapped[str] = mapped_column(String(200), default="")
    window_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    window_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    demo: Mapped[int] = mapped_column(Integer, default=0)
    entry_hash: Mapped[str] = mapped_column(String(64))
    snapshot_json: Mapped[str | None] = mapped_column(Text, nullable=True)
