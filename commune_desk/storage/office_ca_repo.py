"""The office's trusted certificate authorities (with the units each may vouch for) and imported CRLs, audited."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, overload

from sqlalchemy import select

from commune_desk.domain.errors import ExpectedError, NotFound, Problem, ValidationFailed
from commune_desk.domain.text import nfc
from commune_desk.storage import audit_log
from commune_desk.storage.models_office_ca import OfficeCrlRow, OfficeTrustCaRow

if TYPE_CHECKING:
    from commune_desk.storage.database import Database

CA_ENTITY, CRL_ENTITY = "office_trust_ca", "office_crl"
ALL_UNITS = "*"
CA_ACTIVE, CA_REMOVED = "active", "removed"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _naive(when: datetime | None) -> datetime | None:
    return None if when is None or when.tzinfo is None else when.astimezone(timezone.utc).replace(tzinfo=None)


@overload
def _aware(when: datetime) -> datetime: ...
@overload
def _aware(when: None) -> None: ...
def _aware(when: datetime | None) -> datetime | None:
    return None if when is None else when.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class TrustedCa:
    """A trusted CA as stored: `units` is None for every unit."""

    fingerprint: str
    name: str
    subject: str
    pem: str
    units: frozenset[str] | None
    status: str = CA_ACTIVE
    not_after: datetime | None = None
    added_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class StoredCrl:
    sha256: str
    issuer: str
    der: bytes
    this_update: datetime
    next_update: datetime | None
    revoked_count: int
    imported_at: datetime | None = None


def parse_units(text: str) -> frozenset[str] | None:
    """"*" -> None (every unit); "79999, 79998" -> the codes; ValidationFailed naming the bad code."""
    text = (text or "").strip()
    if text == ALL_UNITS:
        return None
    codes = [c.strip() for c in text.split(",") if c.strip()]
    bad = [c for c in codes if not (c.isascii() and c.replace("-", "").replace(".", "").replace("_", "").isalnum()
                                    and len(c) <= 20)]
    if not codes or bad:
        raise ValidationFailed([Problem("units", "list unit codes separated by commas (1–20 letters or digits "
                                                 f"each), or every unit{': ' + ', '.join(bad) if bad else ''}")])
    return frozenset(codes)


def _units_text(units: frozenset[str] | None) -> str:
    return ALL_UNITS if units is None else ",".join(sorted(units))


def _ca(row: OfficeTrustCaRow) -> TrustedCa:
    units = None if row.units == ALL_UNITS else frozenset(u for u in row.units.split(",") if u)
    return TrustedCa(row.fingerprint, row.name, row.subject, row.cert_pem, units, row.status, _aware(row.not_after),
                     _aware(row.added_at), row.id)


def _snapshot(row: OfficeTrustCaRow) -> dict[str, Any]:
    return {"fingerprint": row.fingerprint, "name": row.name, "units": row.units, "status": row.status,
            "reason": row.reason}


class CaTrustRepository:
    """Trusted CA certificates and CRLs of the office; rows are never deleted (a removed CA keeps its history)."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def add(self, ca: TrustedCa) -> TrustedCa:
        with self._db.write() as s:
            existing = s.scalar(select(OfficeTrustCaRow).where(OfficeTrustCaRow.fingerprint == ca.fingerprint))
            if existing is not None and existing.status == CA_ACTIVE:
                raise ExpectedError(f"this certificate authority ({ca.fingerprint[:16]}…) is already trusted; "
                                    "remove it first to change its units")
            if existing is not None:
                before = _snapshot(existing)
                existing.status, existing.units, existing.reason, existing.ended_at = (
                    CA_ACTIVE, _units_text(ca.units), "", None)
                audit_log.append(s, self._actor, "update", CA_ENTITY, existing.id, before, _snapshot(existing))
                return _ca(existing)
            row = OfficeTrustCaRow(fingerprint=ca.fingerprint, cert_pem=ca.pem, name=nfc(ca.name)[:300],
                                   subject=ca.subject[:500], units=_units_text(ca.units),
                                   not_after=_naive(ca.not_after), status=CA_ACTIVE, reason="", added_at=_now())
            s.add(row)
            s.flush()
            audit_log.append(s, self._actor, "create", CA_ENTITY, row.id, None, _snapshot(row))
            return _ca(row)

    def remove(self, fingerprint: str, reason: str) -> TrustedCa:
        reason = nfc(" ".join((reason or "").split()))
        if not reason:
            raise ValidationFailed([Problem("reason", "is required: say why the authority is no longer trusted")])
        fingerprint = fingerprint.replace(" ", "").replace(":", "").upper()
        with self._db.write() as s:
            rows = [r for r in s.scalars(select(OfficeTrustCaRow).where(OfficeTrustCaRow.status == CA_ACTIVE))
                    if r.fingerprint.startswith(fingerprint)] if len(fingerprint) >= 8 else []
            if len(rows) != 1:
                raise NotFound(f"no single trusted certificate authority with fingerprint {fingerprint[:16]}…")
            row = rows[0]
            before = _snapshot(row)
            row.status, row.reason, row.ended_at = CA_REMOVED, reason, _now()
            audit_log.append(s, self._actor, "update", CA_ENTITY, row.id, before, _snapshot(row))
            return _ca(row)

    def all(self) -> list[TrustedCa]:
        with self._db.read() as s:
            return [_ca(r) for r in s.scalars(select(OfficeTrustCaRow).order_by(OfficeTrustCaRow.id))]

    def active(self) -> list[TrustedCa]:
        return [c for c in self.all() if c.status == CA_ACTIVE]

    def add_crl(self, crl: StoredCrl) -> tuple[StoredCrl, bool]:
        """Store a CRL; (stored, False) when the same file was imported before."""
        with self._db.write() as s:
            if s.scalar(select(OfficeCrlRow).where(OfficeCrlRow.sha256 == crl.sha256)) is not None:
                return crl, False
            row = OfficeCrlRow(sha256=crl.sha256, issuer=crl.issuer[:500], crl_der_b64=base64.b64encode(crl.der)
                               .decode("ascii"), this_update=_naive(crl.this_update), next_update=_naive(
                                   crl.next_update), revoked_count=crl.revoked_count, imported_at=_now())
            s.add(row)
            s.flush()
            audit_log.append(s, self._actor, "create", CRL_ENTITY, row.id, None,
                             {"sha256": crl.sha256, "issuer": crl.issuer, "revoked": crl.revoked_count})
            return crl, True

    def crls(self) -> list[StoredCrl]:
        with self._db.read() as s:
            return [StoredCrl(r.sha256, r.issuer, base64.b64decode(r.crl_der_b64), _aware(r.this_update),
                              _aware(r.next_update), r.revoked_count, _aware(r.imported_at))
                    for r in s.scalars(select(OfficeCrlRow).order_by(OfficeCrlRow.id))]
