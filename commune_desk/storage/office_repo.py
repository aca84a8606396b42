"""The office's trust list of unit certificates and its intake ledger: audited writes, domain objects out."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import func, select

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, NotFound, Problem, ValidationFailed
from commune_desk.domain.office import (
    ACCEPTED, FILED, SUPERSEDED, TRUST_ACTIVE, TRUST_REPLACED, TRUST_REVOKED, CertFacts, LedgerEntry,
    TrustedUnit,
)
from commune_desk.domain.text import nfc
from commune_desk.storage import audit_log
from commune_desk.storage.models_office import OfficeIntakeRow, OfficeTrustRow

TRUST_ENTITY, INTAKE_ENTITY = "office_trust", "office_intake"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _naive_utc(when: datetime | None) -> datetime | None:
    if when is None or when.tzinfo is None:
        return when
    return when.astimezone(timezone.utc).replace(tzinfo=None)


def _aware(when: datetime | None) -> datetime | None:
    return None if when is None else when.replace(tzinfo=timezone.utc)


def _trusted(row: OfficeTrustRow) -> TrustedUnit:
    return TrustedUnit(row.unit_code, row.unit_name, row.fingerprint, row.status, row.reason,
                       _aware(row.added_at), _aware(row.ended_at), _aware(row.not_after), row.id)


def _trust_snapshot(row: OfficeTrustRow) -> dict:
    return {"unit_code": row.unit_code, "unit_name": row.unit_name, "fingerprint": row.fingerprint,
            "status": row.status, "reason": row.reason}


def validate_trust(unit_code: str, unit_name: str, cert_code: str) -> list[Problem]:
    problems = []
    if not unit_code or not unit_code.replace("-", "").replace(".", "").replace("_", "").isalnum() \
            or len(unit_code) > 20:
        problems.append(Problem("unit_code", "is required: 1–20 letters or digits"))
    if not unit_name:
        problems.append(Problem("name", "is required"))
    if unit_code and cert_code and cert_code != unit_code:     # no code in the certificate: the officer binds it
        problems.append(Problem("certificate", f"the certificate is for unit code {cert_code or '(none)'!r}, "
                                               f"not {unit_code!r}: ask the unit for the right certificate"))
    return problems


class TrustRepository:
    """Registered unit certificates; the units with an active certificate are the units expected to report."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def add(self, cert: CertFacts, unit_code: str, unit_name: str) -> TrustedUnit:
        """Register a certificate for a unit that has no active certificate yet."""
        return self.add_many([(cert, unit_code, unit_name)])[0]

    def add_many(self, items) -> list[TrustedUnit]:
        """Register several (CertFacts, unit code, name) in one transaction (all or nothing)."""
        out = []
        with self._db.write() as s:
            for cert, unit_code, unit_name in items:
                unit_code, unit_name = unit_code.strip(), nfc(" ".join(unit_name.split()))
                problems = validate_trust(unit_code, unit_name, cert.unit_code)
                if problems:
                    raise ValidationFailed(problems)
                self._check_new(s, cert)
                active = s.scalar(select(OfficeTrustRow).where(OfficeTrustRow.unit_code == unit_code,
                                                               OfficeTrustRow.status == TRUST_ACTIVE))
                if active is not None:
                    raise ExpectedError(f"unit {unit_code} already has an active certificate "
                                        f"({active.fingerprint[:16]}…); replace it with a reason instead")
                out.append(self._insert(s, cert, unit_code, unit_name))
        return out

    @staticmethod
    def _check_new(s, cert: CertFacts) -> None:
        expired = _naive_utc(cert.not_after)
        if expired is not None and expired < _now():
            # An expired certificate can vouch for nothing new; registering it active would make the unit
            # "expected" with a key whose every future package fails the validity check.
            raise ExpectedError.of(QT_TRANSLATE_NOOP(
                "Problems", "this certificate ({fingerprint}…) expired on {day}; ask the unit for its current certificate"),
                fingerprint=cert.fingerprint[:16], day=f"{expired:%d/%m/%Y}")
        if s.scalar(select(OfficeTrustRow).where(OfficeTrustRow.fingerprint == cert.fingerprint)) is not None:
            raise ExpectedError(f"this certificate ({cert.fingerprint[:16]}…) is already in the trust list")

    def _insert(self, s, cert: CertFacts, unit_code: str, unit_name: str) -> TrustedUnit:
        row = OfficeTrustRow(unit_code=unit_code, unit_name=unit_name, fingerprint=cert.fingerprint,
                             cert_pem=cert.pem, subject=cert.subject[:500], not_after=_naive_utc(cert.not_after),
                             status=TRUST_ACTIVE, reason="", added_at=_now())
        s.add(row)
        s.flush()
        audit_log.append(s, self._actor, "create", TRUST_ENTITY, row.id, None, _trust_snapshot(row))
        return _trusted(row)

    def _end(self, s, unit_code: str, status: str, reason: str) -> OfficeTrustRow:
        reason = nfc(" ".join((reason or "").split()))
        if not reason:
            raise ValidationFailed([Problem("reason", "is required: say why the certificate is "
                                                      f"{'replaced' if status == TRUST_REPLACED else 'revoked'}")])
        row = s.scalar(select(OfficeTrustRow).where(OfficeTrustRow.unit_code == unit_code,
                                                    OfficeTrustRow.status == TRUST_ACTIVE))
        if row is None:
            raise NotFound(f"unit {unit_code} has no active certificate in the trust list")
        before = _trust_snapshot(row)
        row.status, row.reason, row.ended_at = status, reason, _now()
        audit_log.append(s, self._actor, "update", TRUST_ENTITY, row.id, before, _trust_snapshot(row))
        return row

    def replace(self, unit_code: str, cert: CertFacts, reason: str) -> TrustedUnit:
        """The unit's new certificate; the old one still vouches for packages signed before now."""
        with self._db.write() as s:
            old = self._end(s, unit_code, TRUST_REPLACED, reason)
            problems = validate_trust(unit_code, old.unit_name, cert.unit_code)
            if problems:
                raise ValidationFailed(problems)
            self._check_new(s, cert)
            return self._insert(s, cert, unit_code, old.unit_name)

    def revoke(self, unit_code: str, reason: str) -> TrustedUnit:
        """No package signed with the unit's certificate is trusted any more (lost or stolen key)."""
        with self._db.write() as s:
            return _trusted(self._end(s, unit_code, TRUST_REVOKED, reason))

    def all(self) -> list[TrustedUnit]:
        with self._db.read() as s:
            q = select(OfficeTrustRow).order_by(func.vi_natural(OfficeTrustRow.unit_code), OfficeTrustRow.id)
            return [_trusted(r) for r in s.scalars(q)]

    def expected_units(self) -> dict[str, str]:
        """Unit code -> name of every unit with an active certificate."""
        return {u.unit_code: u.unit_name for u in self.all() if u.status == TRUST_ACTIVE}

    def certificate_pem(self, fingerprint: str) -> str:
        with self._db.read() as s:
            pem = s.scalar(select(OfficeTrustRow.cert_pem).where(OfficeTrustRow.fingerprint == fingerprint))
        if pem is None:
            raise NotFound(f"no certificate {fingerprint[:16]}… in the trust list")
        return pem


def _entry(row: OfficeIntakeRow) -> LedgerEntry:
    return LedgerEntry(row.sha256, row.state, row.unit_code, row.unit_name, row.period, row.revision,
                       row.supersedes, row.reason, row.filed_path, row.source, _aware(row.signed_at),
                       _aware(row.received_at), row.fingerprint, row.id, row.content_sha256 or "")


def _intake_snapshot(row: OfficeIntakeRow) -> dict:
    return {"sha256": row.sha256, "source": row.source, "unit_code": row.unit_code, "period": row.period,
            "revision": row.revision, "state": row.state, "reason": row.reason[:500], "filed_path": row.filed_path}


class IntakeLedger:
    """Every received package file with its verdict; rows are added and only their state moves to superseded."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def recorded_sources(self) -> dict[str, tuple[str, str, str]]:
        """Source path -> (digest, state, reason) of every recorded file, so a resumed intake skips quickly."""
        with self._db.read() as s:
            q = select(OfficeIntakeRow.source, OfficeIntakeRow.sha256, OfficeIntakeRow.state, OfficeIntakeRow.reason)
            return {src: (sha, state, reason) for src, sha, state, reason in s.execute(q)}

    def digests(self) -> set[str]:
        with self._db.read() as s:
            return set(s.scalars(select(OfficeIntakeRow.sha256)))

    def first_with_digest(self, s, sha256: str) -> OfficeIntakeRow | None:
        return s.scalar(select(OfficeIntakeRow).where(OfficeIntakeRow.sha256 == sha256)
                        .order_by(OfficeIntakeRow.id).limit(1))

    def content_digests(self) -> set[str]:
        """The signed-content digests already recorded (two zips of one signed bag are one package)."""
        with self._db.read() as s:
            return {d for d in s.scalars(select(OfficeIntakeRow.content_sha256)) if d}

    def first_with_content(self, s, content_sha256: str) -> OfficeIntakeRow | None:
        return s.scalar(select(OfficeIntakeRow).where(OfficeIntakeRow.content_sha256 == content_sha256)
                        .order_by(OfficeIntakeRow.id).limit(1))

    def with_content(self, content_sha256: str) -> list[LedgerEntry]:
        """Every recorded file of one signed content (the first is the one filed)."""
        with self._db.read() as s:
            q = select(OfficeIntakeRow).where(OfficeIntakeRow.content_sha256 == content_sha256).order_by(
                OfficeIntakeRow.id)
            return [_entry(r) for r in s.scalars(q)]

    def filed_for(self, s, unit_code: str, period: str) -> list[LedgerEntry]:
        q = select(OfficeIntakeRow).where(OfficeIntakeRow.unit_code == unit_code, OfficeIntakeRow.period == period,
                                          OfficeIntakeRow.state.in_(FILED))
        return [_entry(r) for r in s.scalars(q)]

    def add(self, s, entry: LedgerEntry, *, size: int = 0, indicators: list | None = None,
            supersede_ids=()) -> LedgerEntry:
        """Record one file inside the caller's write session, superseding older accepted rows (audited)."""
        for row_id in supersede_ids:
            old = s.get(OfficeIntakeRow, row_id)
            if old is not None and old.state == ACCEPTED:
                before = _intake_snapshot(old)
                old.state = SUPERSEDED
                old.reason = f"superseded by revision {entry.revision} (SHA-256 {entry.sha256[:16]}…)"
                audit_log.append(s, self._actor, "update", INTAKE_ENTITY, old.id, before, _intake_snapshot(old))
        row = OfficeIntakeRow(
            sha256=entry.sha256, content_sha256=entry.content_sha256, source=entry.source, unit_code=entry.unit_code, unit_name=entry.unit_name,
            period=entry.period, revision=entry.revision, supersedes=entry.supersedes, state=entry.state,
            reason=entry.reason, filed_path=entry.filed_path, fingerprint=entry.fingerprint, size=size,
            signed_at=_naive_utc(entry.signed_at), received_at=_naive_utc(entry.received_at) or _now(),
            indicators_json=json.dumps(indicators, ensure_ascii=False) if indicators is not None else "")
        s.add(row)
        s.flush()
        audit_log.append(s, self._actor, "create", INTAKE_ENTITY, row.id, None, _intake_snapshot(row))
        return _entry(row)

    def entries(self, period: str | None = None, states=None) -> list[LedgerEntry]:
        with self._db.read() as s:
            q = select(OfficeIntakeRow).order_by(OfficeIntakeRow.id)
            if period is not None:
                q = q.where(OfficeIntakeRow.period == period)
            if states is not None:
                q = q.where(OfficeIntakeRow.state.in_(tuple(states)))
            return [_entry(r) for r in s.scalars(q)]

    def history(self, unit_code: str, period: str) -> list[LedgerEntry]:
        with self._db.read() as s:
            q = select(OfficeIntakeRow).where(OfficeIntakeRow.unit_code == unit_code,
                                              OfficeIntakeRow.period == period).order_by(OfficeIntakeRow.id)
            return [_entry(r) for r in s.scalars(q)]

    def accepted_indicators(self, period: str, *, batch: int = 500):
        """(entry, indicators list) of every accepted package of the period, streamed in batches."""
        last = 0
        while True:
            with self._db.read() as s:
                q = (select(OfficeIntakeRow).where(OfficeIntakeRow.period == period,
                                                   OfficeIntakeRow.state == ACCEPTED, OfficeIntakeRow.id > last)
                     .order_by(OfficeIntakeRow.id).limit(batch))
                rows = [(_entry(r), json.loads(r.indicators_json or "[]")) for r in s.scalars(q)]
            if not rows:
                return
            yield from rows
            last = rows[-1][0].id

    def periods(self) -> list[str]:
        with self._db.read() as s:
            return sorted({p for p in s.scalars(select(OfficeIntakeRow.period)) if p})
