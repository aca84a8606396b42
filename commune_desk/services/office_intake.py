"""Intake of a folder of report packages at the office: verify, classify, file atomically, record in the ledger.

Streaming: one package is in memory at a time; verdicts are recorded in small transactions so an interrupted
intake loses at most one batch, and a resumed intake skips every file already recorded (same path and digest).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, fill
from commune_desk.domain.office import REASONS
from commune_desk.domain.office import (
    DUPLICATE, FILED, CertFacts, IntakeSummary, LedgerEntry, TrustedUnit, classify, trust_verdict,
    verification_state,
)

BATCH = 50
STORE_SUFFIX = "-office-store"


def cert_facts(cert) -> CertFacts:
    """The facts the trust list keeps of a certificate (cryptography object)."""
    from commune_desk.services.signing_keys import cert_bytes, common_name_of, fingerprint_sha256, unit_code_of

    return CertFacts(fingerprint_sha256(cert), cert_bytes(cert, "pem").decode("ascii"), unit_code_of(cert),
                     common_name_of(cert), cert.subject.rfc4514_string(), cert.not_valid_after_utc)


def load_cert_file(path: Path | str):
    """The one certificate of a .pem/.cer file."""
    from commune_desk.services.signing_keys import load_trust

    path = Path(path)
    if not path.is_file():
        raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "certificate file {path} does not exist"), path=str(path))
    certs = load_trust(path)
    if len(certs) != 1:
        raise ExpectedError(f"{path} holds {len(certs)} certificates; give the file of one unit's certificate")
    return certs[0]


@dataclass
class TrustSource:
    """Trusted certificates by fingerprint, and the units expected to report (code -> name)."""

    by_fingerprint: dict[str, list[TrustedUnit]] = field(default_factory=dict)
    expected: dict[str, str] = field(default_factory=dict)
    origin: str = "office trust list"

    @classmethod
    def of_units(cls, units: list[TrustedUnit], origin: str = "office trust list") -> "TrustSource":
        source = cls(origin=origin)
        for u in units:
            source.by_fingerprint.setdefault(u.fingerprint, []).append(u)
            if u.status == "active":
                source.expected[u.unit_code] = u.unit_name
        return source

    def verdict(self, fingerprint: str, unit_code: str, signed_at) -> str:
        return trust_verdict(self.by_fingerprint.get(fingerprint, ()), fingerprint, unit_code, signed_at)


def trust_from_db(db) -> TrustSource:
    from commune_desk.storage.office_repo import TrustRepository

    return TrustSource.of_units(TrustRepository(db, "office").all())


def trust_from_path(path: Path | str) -> TrustSource:
    """A trust list from a certificate file or folder (`--trust`): each certificate's subject names its unit."""
    from commune_desk.services.signing_keys import load_trust

    units = []
    for cert in load_trust(path):
        facts = cert_facts(cert)
        if facts.unit_code:
            units.append(TrustedUnit(facts.unit_code, facts.common_name, facts.fingerprint))
    return TrustSource.of_units(units, origin=str(path))


def store_dir(db) -> Path:
    """The office store folder beside the database: accepted/<period>/… and rejected/<state>/…"""
    return Path(db.path).parent / f"{Path(db.path).stem}{STORE_SUFFIX}"


def find_packages(folder: Path, exclude: Path | None = None) -> list[Path]:
    """Every .zip under `folder` (recursively, sorted), outside the office store."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExpectedError(f"{folder} is not a folder")
    out = []
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() != ".zip" or not p.is_file() or p.is_symlink():
            continue
        if exclude is not None and exclude in p.resolve().parents:
            continue
        out.append(p)
    return out


def _sha256_of(path: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


@dataclass
class _Verified:
    """One verified package waiting to be recorded (indicators only; the package bytes are not kept)."""

    path: Path
    sha256: str
    size: int
    info: dict
    kept_aside: tuple[str, str] | None
    indicators: list
    supersedes: str
    unit_name: str
    signed_at: dt.datetime | None


def verify_one(path: Path, sha256: str, size: int, trust: TrustSource, now: dt.datetime) -> _Verified:
    """Run the packages issue's checks, then the office's trust check by fingerprint (one dictionary look-up)."""
    from commune_desk.services.package import REPORT_DATA
    from commune_desk.services.package_verify import M, VerifyResult, read_zip, verify_bag

    result = VerifyResult(path=str(path))
    files = read_zip(path, result)
    data: dict = {}
    if files is not None:
        verify_bag(files, result, trust=None, now=now)
        prefix = f"{result.info['bag_folder']}/" if result.info.get("bag_folder") else ""
        try:
            data = json.loads(files.get(prefix + REPORT_DATA, b"{}").decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            data = {}
        del files
    info = result.info
    signed_at = dt.datetime.fromisoformat(info["signing_time"]) if info.get("signing_time") else None
    if not isinstance(data, dict):
        data = {}
    unit = data.get("unit") if isinstance(data.get("unit"), dict) else {}
    try:  # the package's own creation time (covered by the signature) dates the submission
        created = dt.datetime.fromisoformat(str(data.get("created")))
        signed_at = created if created.tzinfo else signed_at
    except ValueError:
        pass
    if info.get("fingerprint"):
        problem = trust.verdict(info["fingerprint"].replace(" ", ""), info.get("unit_code", ""), signed_at)
        result.add("trust", not problem, "signature.p7s", problem or fill(REASONS["trusted_in"], {"origin": trust.origin}))
    failed = [(c.name, c.file, c.message) for c in result.failed]
    if not result.readable and not failed:
        failed = [("zip", path.name, M["unreadable"])]
    aside = verification_state(failed, demo=info.get("demo") == "yes")
    return _Verified(path, sha256, size, info, aside, data.get("indicators") or [],
                     data.get("supersedes_sha256") or "", str(unit.get("official_name") or ""), signed_at)


def _filed_name(v: _Verified, state: str) -> str:
    from commune_desk.services.package import safe_file_name

    short = v.sha256[:12]
    if state in FILED:
        unit, period = safe_file_name(v.info.get("unit_code") or "unit"), safe_file_name(v.info.get("period")
                                                                                          or "period")
        return f"accepted/{period}/{unit}_{period}_r{v.info.get('revision') or 0}_{short}.zip"
    return f"rejected/{state}/{safe_file_name(v.path.stem)}_{short}.zip"


ProgressFn = Callable[[int, int, str, str], None]     # (done, total, file, state)


def intake_folder(db, folder: Path | str, *, trust: TrustSource | None = None, actor: str = "office",
                  progress: ProgressFn | None = None, cancel: Callable[[], bool] | None = None,
                  now: dt.datetime | None = None, batch: int = BATCH) -> IntakeSummary:
    """Verify and record every package under `folder`; call `progress` after each file, stop when `cancel()`."""
    from commune_desk.storage.office_repo import IntakeLedger

    store = store_dir(db)
    trust = trust or trust_from_db(db)
    ledger = IntakeLedger(db, actor)
    paths = find_packages(Path(folder), exclude=store.resolve())
    recorded = ledger.recorded_sources()
    digests = ledger.digests()
    summary = IntakeSummary()
    pending: list[_Verified] = []
    now = now or dt.datetime.now(dt.timezone.utc)

    def flush() -> None:
        if pending:
            _record(db, ledger, pending, store, summary, now)
            pending.clear()

    for done, path in enumerate(paths):
        if cancel is not None and cancel():
            summary.cancelled = True
            break
        source = str(path.resolve())
        try:
            sha, size = _sha256_of(path)
        except OSError as exc:
            summary.add("invalid", source, fill(REASONS["unreadable"], {"detail": exc.strerror or exc}))
            continue
        if recorded.get(source, ("",))[0] == sha:
            _, state, reason = recorded[source]
            summary.add(state, source, reason, earlier=True)
            if progress:
                progress(done + 1, len(paths), source, "skipped")
            continue
        if sha in digests:
            pending.append(_Verified(path, sha, size, {}, (DUPLICATE, ""), [], "", "", None))
        else:
            pending.append(verify_one(path, sha, size, trust, now))
            digests.add(sha)
        if progress:
            progress(done + 1, len(paths), source, (pending[-1].kept_aside or ("verified",))[0])
        if len(pending) >= batch:
            flush()
    flush()
    return summary


def _copy_batch(pairs: list[tuple[Path, Path]]) -> None:
    """Copy each file to a temporary name and rename it into place, then make the whole batch durable at once.

    One `os.sync()` per batch (POSIX) instead of two fsyncs per file: the ledger commit that follows never
    names a file that a power cut could lose. Where `os.sync` is missing (Windows) each file is fsynced.
    """
    from commune_desk.storage.files import FileWriteFailed, describe_os_error, fsync_dir

    written = []
    for source, dest in pairs:
        tmp = dest.with_name(f".{dest.name}.tmp")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(source, "rb") as src, open(tmp, "wb") as out:
                while block := src.read(1 << 20):
                    out.write(block)
                if not hasattr(os, "sync"):
                    out.flush()
                    os.fsync(out.fileno())
            os.replace(tmp, dest)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise FileWriteFailed(f"cannot file {source.name} in {dest.parent}: {describe_os_error(exc)}") from exc
        written.append(dest)
    if hasattr(os, "sync"):
        os.sync()
    else:  # pragma: no cover - Windows
        for folder in {d.parent for d in written}:
            fsync_dir(folder)


def _record(db, ledger, items: list[_Verified], store: Path, summary: IntakeSummary, now: dt.datetime) -> None:
    """Classify and record a batch in one transaction; the batch's files are filed (durably) before it commits."""
    copies: list[tuple[Path, Path]] = []
    with db.write() as s:
        for v in items:
            info = v.info
            source = str(v.path.resolve())
            base = dict(sha256=v.sha256, unit_code=info.get("unit_code", "")[:20], period=info.get("period", "")[:20],
                        unit_name=v.unit_name, supersedes=v.supersedes, source=source, signed_at=v.signed_at,
                        received_at=now, fingerprint=info.get("fingerprint", "").replace(" ", "")[:64])
            try:
                base["revision"] = int(info.get("revision") or 0)
            except ValueError:
                base["revision"] = 0
            supersede: tuple[int, ...] = ()
            if v.kept_aside and v.kept_aside[0] == DUPLICATE:
                first = ledger.first_with_digest(s, v.sha256)
                state, filed = DUPLICATE, first.filed_path if first else ""
                reason = (fill(REASONS["same_content"], {"source": first.source}) if first
                          else REASONS["same_content_package"])
                if first is not None:
                    base.update(unit_code=first.unit_code, period=first.period, revision=first.revision,
                                unit_name=first.unit_name)
            else:
                if v.kept_aside:
                    state, reason = v.kept_aside
                else:
                    decision = classify(v.sha256, base["revision"],
                                        ledger.filed_for(s, base["unit_code"], base["period"]))
                    state, reason, supersede = decision.state, decision.reason, decision.supersede_ids
                filed = _filed_name(v, state)
                copies.append((v.path, store / filed))
            entry = LedgerEntry(state=state, reason=reason, filed_path=filed, **base)
            ledger.add(s, entry, size=v.size, indicators=v.indicators if state in FILED else None,
                       supersede_ids=supersede)
            summary.add(state, source, reason)
        s.flush()
        _copy_batch(copies)
