"""The register of issued document numbers: unique per issuing body and year; each document keeps its number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.storage import audit_log
from commune_desk.storage.models_reports import IssuedNumberRow, ReportNumberRow


class NumberTaken(ExpectedError):
    """The number asked for is already the number of another document of the same body and year."""


TAKEN = QT_TRANSLATE_NOOP(
    "Problems",
    "number {number} of {year} is already used by the report of {period} dated "
    "{day}; choose another number (the next free one is {free})",
)


@dataclass(frozen=True)
class IssuedNumber:
    """One line of the register: "07/BC-UBND" of 2026 given to the report of 2026-Q3 dated 05/10/2026."""

    issuing_body: str
    year: int
    number: int
    kind: str
    period: str
    subject: str
    issued_on: date


def _issued(row: IssuedNumberRow) -> IssuedNumber:
    return IssuedNumber(row.issuing_body, row.year, row.number, row.kind, row.period, row.subject, row.issued_on)


def _as_dict(entry: IssuedNumber) -> dict:
    return {
        "issuing_body": entry.issuing_body,
        "year": entry.year,
        "number": entry.number,
        "kind": entry.kind,
        "period": entry.period,
        "subject": entry.subject,
        "issued_on": entry.issued_on.isoformat(),
    }


class NumberRegister:
    """Reads and writes the register; every change is audited."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def issued(self, year: int | None = None) -> list[IssuedNumber]:
        """The register (of one year, or all), by year and number."""
        with self._db.read() as s:
            q = select(IssuedNumberRow).order_by(
                IssuedNumberRow.year, IssuedNumberRow.number, IssuedNumberRow.issuing_body
            )
            if year is not None:
                q = q.where(IssuedNumberRow.year == year)
            return [_issued(r) for r in s.scalars(q)]

    def of_document(self, body: str, kind: str, period: str) -> IssuedNumber | None:
        with self._db.read() as s:
            row = s.scalar(
                select(IssuedNumberRow).where(
                    IssuedNumberRow.issuing_body == body, IssuedNumberRow.kind == kind, IssuedNumberRow.period == period
                )
            )
            return None if row is None else _issued(row)

    def holder(self, body: str, year: int, number: int) -> IssuedNumber | None:
        with self._db.read() as s:
            return self._holder(s, body, year, number)

    @staticmethod
    def _holder(s, body: str, year: int, number: int) -> IssuedNumber | None:
        row = s.scalar(
            select(IssuedNumberRow).where(
                IssuedNumberRow.issuing_body == body, IssuedNumberRow.year == year, IssuedNumberRow.number == number
            )
        )
        return None if row is None else _issued(row)

    def next_free(self, body: str, year: int) -> int:
        """One past the highest number of the year (the body's register, and the older per-year counter), so
        numbering restarts at 01 every 1 January."""
        with self._db.read() as s:
            return self._next_free(s, body, year)

    @staticmethod
    def _next_free(s, body: str, year: int) -> int:
        top = (
            s.scalar(
                select(func.max(IssuedNumberRow.number)).where(
                    IssuedNumberRow.issuing_body == body, IssuedNumberRow.year == year
                )
            )
            or 0
        )
        legacy = s.get(ReportNumberRow, year)
        return max(top, legacy.last_number if legacy else 0) + 1

    def refusal(self, body: str, year: int, number: int, kind: str, period: str) -> NumberTaken | None:
        """The error to raise when `number` belongs to another document, else None."""
        with self._db.read() as s:
            return self._refusal(s, body, year, number, kind, period)

    def _refusal(self, s, body, year, number, kind, period) -> NumberTaken | None:
        held = self._holder(s, body, year, number)
        if held is None or (held.kind, held.period) == (kind, period):
            return None
        return NumberTaken.of(
            TAKEN,
            number=f"{number:02d}",
            year=year,
            period=held.period or held.kind,
            day=f"{held.issued_on:%d/%m/%Y}",
            free=f"{self._next_free(s, body, year):02d}",
        )

    def issue(
        self, body: str, year: int, number: int, *, kind: str, period: str, subject: str, issued_on: date
    ) -> IssuedNumber:
        """Give `number` to the document (kind, period): its earlier number, if any, is freed. Raises NumberTaken
        when another document holds the number; checked and written in one transaction."""
        entry = IssuedNumber(body, year, number, kind, period, subject, issued_on)
        with self._db.write() as s:
            refused = self._refusal(s, body, year, number, kind, period)
            if refused is not None:
                raise refused
            row = s.scalar(
                select(IssuedNumberRow).where(
                    IssuedNumberRow.issuing_body == body, IssuedNumberRow.kind == kind, IssuedNumberRow.period == period
                )
            )
            before = None if row is None else _as_dict(_issued(row))
            if before is not None and before == _as_dict(entry):
                return entry
            now = datetime.now()
            if row is None:
                row = IssuedNumberRow(issuing_body=body, kind=kind, period=period, created_at=now)
                s.add(row)
            row.year, row.number, row.subject, row.issued_on, row.updated_at = year, number, subject, issued_on, now
            s.flush()
            audit_log.append(
                s,
                self._actor,
                "update" if before else "create",
                "issued_number",
                f"{kind}:{period}",
                before,
                _as_dict(entry),
            )
        return entry
