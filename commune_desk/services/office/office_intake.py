"""Intake of a folder of report packages at the office: verify, classify, file atomically, record in the ledger.

Streaming: one package is in memory at a time, read once (hashed, verified and filed from the same bytes);
verdicts are recorded in small transactions so an interrupted intake loses at most one batch, and a resumed
intake skips every file already recorded (same path and digest). One bad file is one `invalid` verdict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, fill
from commune_desk.domain.office import REASONS
from commune_desk.domain.office import (
    DUPLICATE, FILED, INVALID, REJECTED, CertFacts, IntakeSummary, LedgerEntry, TrustedUnit, classify, trust_verdict,
    verification_state,
)
from commune_desk.services.safe_input.text import file_label, path_text

BATCH = 50
STORE_SUFFIX = "-office-store"
STAGING = ".staging"                # verified bytes wait here until their batch is recorded


def cert_facts(cert) -> CertFacts:
    """The facts the trust list keeps of a certificate (cryptography object)."""
    from commune_desk.services.packages.signing_keys import cert_bytes, common_name_of, fingerprint_sha256, unit_code_of

    return CertFacts(fingerprint_sha256(cert), cert_bytes(cert, "pem").decode("ascii"), unit_code_of(cert),
                     common_name_of(cert), cert.subject.rfc4514_string(), cert.not_valid_after_utc)


def load_cert_file(path: Path | str):
    """The one certificate of a .pem/.cer file."""
    from commune_desk.services.packages.signing_keys import load_trust

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
    chain: object = None               # chain_trust.ChainTrust of trusted CAs and CRLs, tried after the fingerprint

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

    def bindings(self) -> dict[str, str]:
        """Fingerprint -> unit code of the certificates registered one by one (the officer's binding)."""
        return {fp: units[0].unit_code for fp, units in self.by_fingerprint.items() if units}

    def chain_verdict(self, info: dict, signed_at):
        """The CA path verdict (chain_trust.ChainVerdict) for a signer not registered by fingerprint, or None."""
        if not self.chain or info.get("signer_cert") is None:
            return None
        if info.get("fingerprint", "").replace(" ", "") in self.by_fingerprint:
            return None       # registered one by one: its own status (replaced, revoked) decides
        return self.chain.verdict(info["signer_cert"], info.get("carried_certs") or [], info.get("unit_code", ""),
                                  signed_at)


def trust_from_db(db) -> TrustSource:
    from commune_desk.services.office.office_ca import chain_trust_from_db
    from commune_desk.storage.office_repo import TrustRepository

    source = TrustSource.of_units(TrustRepository(db, "office").all())
    source.chain = chain_trust_from_db(db)
    source.chain.bindings = source.bindings()
    return source


def trust_from_path(path: Path | str) -> TrustSource:
    """A trust list from a certificate file or folder (`--trust`): each certificate's subject names its unit."""
    from commune_desk.services.packages.signing_keys import load_trust

    from commune_desk.services.packages.chain_trust import ChainTrust, split_trust

    units = []
    leaves, authorities = split_trust(load_trust(path))
    for cert in leaves:
        facts = cert_facts(cert)
        if facts.unit_code:
            units.append(TrustedUnit(facts.unit_code, facts.common_name, facts.fingerprint))
    source = TrustSource.of_units(units, origin=str(path))
    source.chain = ChainTrust(authorities) if authorities else None
    return source


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


class _TooLarge(Exception):
    """The file is larger than the package cap: recorded with its digest, never read into memory or copied."""


def _read_once(path: Path) -> tuple[bytes | None, str, int]:
    """(bytes, SHA-256, size) of a package file read once under the cap; bytes None when it is over the cap.

    A file over the cap is only hashed in a stream (its digest keeps reruns idempotent), never kept or filed.
    Raises OSError when the file cannot be read.
    """
    from commune_desk.services.packages.package_verify import MAX_PACKAGE_BYTES

    with open(path, "rb") as fh:
        data = fh.read(MAX_PACKAGE_BYTES + 1)
        if len(data) <= MAX_PACKAGE_BYTES:
            return data, hashlib.sha256(data).hexdigest(), len(data)
        h, size = hashlib.sha256(data), len(data)
        del data
        while block := fh.read(1 << 20):
            h.update(block)
            size += len(block)
    return None, h.hexdigest(), size


@dataclass
class _Verified:
    """One verified package waiting to be recorded (indicators only; its bytes wait in the store's staging)."""

    path: Path
    sha256: str
    size: int
    info: dict
    kept_aside: tuple[str, str] | None
    indicators: list
    supersedes: str
    unit_name: str
    signed_at: dt.datetime | None                 # `created` (the unit's claim), for timeliness
    staged: Path | None = None                    # the bytes that were verified, written once to the staging
    content: str = ""                             # digest of the signed content (tag manifest + signature)


def verify_one(path: Path, data: bytes, sha256: str, trust: TrustSource, now: dt.datetime) -> _Verified:
    """The packages issue's checks on the bytes read, then the office's trust check by the CMS signing time.

    Never raises: whatever goes wrong with this file is this file's `invalid` verdict.
    """
    from commune_desk.services.reports import report_data_check as rdc
    from commune_desk.services.packages.package_verify import M, verify_data

    result = verify_data(data, file_label(path), trust=None, now=now, bindings=trust.bindings())
    info = result.info
    report = result.data or {}
    signing_time = dt.datetime.fromisoformat(info["signing_time"]) if info.get("signing_time") else None
    unit = report.get("unit") if isinstance(report.get("unit"), dict) else {}
    created = rdc.created_time(report)
    if info.get("fingerprint"):
        # Trust is judged at the CMS signing time, never at `created`: report-data.json's own date is a field the
        # signer writes freely, so a key replaced at the office could otherwise sign with a backdated `created`.
        problem = trust.verdict(info["fingerprint"].replace(" ", ""), info.get("unit_code", ""), signing_time)
        chained = trust.chain_verdict(info, signing_time) if problem else None
        if chained is not None:     # a CA the office trusts may vouch for a certificate it never registered
            result.add("trust", chained.ok, "signature.p7s", chained.template, **chained.args)
        else:
            result.add("trust", not problem, "signature.p7s",
                       problem or fill(REASONS["trusted_in"], {"origin": trust.origin}))
    failed = [(c.name, c.file, c.message) for c in result.failed]
    if not result.readable and not failed:
        failed = [("zip", file_label(path), M["unreadable"])]
    aside = verification_state(failed, demo=info.get("demo") == "yes")
    indicators = report.get("indicators") if isinstance(report.get("indicators"), list) else []
    supersedes = report.get("supersedes_sha256") if isinstance(report.get("supersedes_sha256"), str) else ""
    # The signed content identifies a package only when the whole bag checks out: a zip with a changed payload
    # keeps the genuine tag manifest and signature, and must not make the genuine file a "duplicate" of it.
    content = info.get("content_sha256", "") if aside is None or aside[0] != INVALID else ""
    return _Verified(path, sha256, len(data), info, aside, indicators, supersedes,
                     str(unit.get("official_name") or "")[:300], created or signing_time, content=content)


def _rejected(path: Path, sha256: str, size: int, reason: str) -> _Verified:
    """An invalid file that is recorded but not filed (nothing of it was kept in memory)."""
    return _Verified(path, sha256, size, {}, (INVALID, reason), [], "", "", None)


def _filed_name(v: _Verified, state: str) -> str:
    from commune_desk.services.packages.package import safe_file_name

    short = v.sha256[:12]
    if state in FILED:
        unit, period = safe_file_name(v.info.get("unit_code") or "unit"), safe_file_name(v.info.get("period")
                                                                                          or "period")
        return f"accepted/{period}/{unit}_{period}_r{_revision(v.info)}_{short}.zip"
    return f"rejected/{state}/{safe_file_name(v.path.stem)}_{short}.zip"


def _revision(info: dict) -> int:
    """Report-Revision as a number the ledger can hold (0 when it is not 1 … 999: the package is invalid then)."""
    text = str(info.get("revision") or "")
    return int(text) if text.isdigit() and 1 <= len(text) <= 3 else 0


def _stage(store: Path, sha256: str, data: bytes) -> Path:
    """Write the verified bytes once to the store's staging folder; they are renamed into place at recording."""
    staging = store / STAGING
    staging.mkdir(parents=True, exist_ok=True)
    tmp = staging / f"{sha256}.part"
    with open(tmp, "wb") as out:
        out.write(data)
        if not hasattr(os, "sync"):           # pragma: no cover - Windows: one fsync per file
            out.flush()
            os.fsync(out.fileno())
    return tmp


ProgressFn = Callable[[int, int, str, str], None]     # (done, total, file, state)


def intake_folder(db, folder: Path | str, *, trust: TrustSource | None = None, actor: str = "office",
                  progress: ProgressFn | None = None, cancel: Callable[[], bool] | None = None,
                  now: dt.datetime | None = None, batch: int = BATCH) -> IntakeSummary:
    """Verify and record every package under `folder`; call `progress` after each file, stop when `cancel()`.

    Each file is read once: the bytes hashed are the bytes verified and the bytes filed. A file that cannot be
    read, unpacked or parsed is one `invalid` verdict naming it; the batch goes on and commits.
    """
    from commune_desk.services.packages.package_verify import MAX_PACKAGE_BYTES
    from commune_desk.storage.office_repo import IntakeLedger

    store = store_dir(db)
    trust = trust or trust_from_db(db)
    ledger = IntakeLedger(db, actor)
    paths = find_packages(Path(folder), exclude=store.resolve())
    recorded = ledger.recorded_sources()
    digests = ledger.digests()
    contents = ledger.content_digests()
    summary = IntakeSummary()
    pending: list[_Verified] = []
    now = now or dt.datetime.now(dt.timezone.utc)

    def flush() -> None:
        if pending:
            _record(db, ledger, pending, store, summary, now)
            pending.clear()

    try:
        for done, path in enumerate(paths):
            if cancel is not None and cancel():
                summary.cancelled = True
                break
            source = path_text(path.resolve())
            try:
                data, sha, size = _read_once(path)
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
            elif data is None:
                pending.append(_rejected(path, sha, size, fill(REASONS["too_large"], {
                    "size": f"{size:,}", "limit": f"{MAX_PACKAGE_BYTES:,}"})))
                digests.add(sha)
            else:
                v = verify_one(path, data, sha, trust, now)
                digests.add(sha)
                if v.content and v.content in contents:
                    v = _Verified(path, sha, size, v.info, (DUPLICATE, v.content), [], "", "", None, content=v.content)
                else:
                    if v.content:
                        contents.add(v.content)
                    v.staged = _stage(store, sha, data)
                pending.append(v)
            del data
            if progress:
                progress(done + 1, len(paths), source, (pending[-1].kept_aside or ("verified",))[0])
            if len(pending) >= batch:
                flush()
        flush()
    finally:
        for v in pending:                     # a batch that could not be recorded leaves no staged file behind
            if v.staged is not None:
                v.staged.unlink(missing_ok=True)
    return summary


def _file_batch(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each staged file into place, then make the whole batch durable at once.

    One `os.sync()` per batch (POSIX) instead of two fsyncs per file: the ledger commit that follows never
    names a file that a power cut could lose. Where `os.sync` is missing (Windows) each staged file was
    fsynced when written and each folder is synced here.
    """
    from commune_desk.storage.files import FileWriteFailed, describe_os_error, fsync_dir

    written = []
    for staged, dest in pairs:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, dest)
        except OSError as exc:
            raise FileWriteFailed(f"cannot file {dest.name} in {dest.parent}: {describe_os_error(exc)}") from exc
        written.append(dest)
    if hasattr(os, "sync"):
        os.sync()
    else:  # pragma: no cover - Windows
        for folder in {d.parent for d in written}:
            fsync_dir(folder)


def _duplicate(ledger, s, v: _Verified, base: dict) -> tuple[str, str, str]:
    """(state, reason, filed path) of a file whose bytes or signed content were recorded before.

    A copy of an accepted package is a duplicate; a copy of a rejected one repeats that rejection.
    """
    by_content = v.kept_aside[1] if v.kept_aside else ""
    first = ledger.first_with_content(s, by_content) if by_content else ledger.first_with_digest(s, v.sha256)
    if first is None:
        return DUPLICATE, REASONS["same_content_package"], ""
    base.update(unit_code=first.unit_code, period=first.period, revision=first.revision, unit_name=first.unit_name)
    template = REASONS["same_signed_content"] if by_content else REASONS["same_content"]
    reason = fill(template, {"source": first.source})
    if first.state in REJECTED:
        return first.state, fill(REASONS["repeats"], {"reason": reason, "earlier": first.reason}), first.filed_path
    return DUPLICATE, reason, first.filed_path


def _record(db, ledger, items: list[_Verified], store: Path, summary: IntakeSummary, now: dt.datetime) -> None:
    """Classify and record a batch in one transaction; the batch's files are filed (durably) before it commits."""
    moves: list[tuple[Path, Path]] = []
    with db.write() as s:
        for v in items:
            info = v.info
            source = path_text(v.path.resolve())
            base = dict(sha256=v.sha256, content_sha256=v.content, unit_code=str(info.get("unit_code", ""))[:20],
                        period=str(info.get("period", ""))[:20], unit_name=v.unit_name, supersedes=v.supersedes[:64],
                        source=source[:1000], signed_at=v.signed_at, received_at=now,
                        fingerprint=info.get("fingerprint", "").replace(" ", "")[:64], revision=_revision(info))
            supersede: tuple[int, ...] = ()
            if v.kept_aside and v.kept_aside[0] == DUPLICATE:
                state, reason, filed = _duplicate(ledger, s, v, base)
            else:
                if v.kept_aside:
                    state, reason = v.kept_aside
                else:
                    decision = classify(v.sha256, base["revision"],
                                        ledger.filed_for(s, base["unit_code"], base["period"]))
                    state, reason, supersede = decision.state, decision.reason, decision.supersede_ids
                    if state in FILED and v.supersedes and not ledger.first_with_digest(s, v.supersedes):
                        reason = "; ".join(r for r in (reason, fill(REASONS["unknown_supersedes"], {
                            "sha": v.supersedes[:16]})) if r)
                filed = ""
                if v.staged is not None:
                    filed = _filed_name(v, state)
                    moves.append((v.staged, store / filed))
            entry = LedgerEntry(state=state, reason=reason, filed_path=filed, **base)
            ledger.add(s, entry, size=v.size, indicators=v.indicators if state in FILED else None,
                       supersede_ids=supersede)
            summary.add(state, source, reason)
        s.flush()
        _file_batch(moves)
    for v in items:
        v.staged = None
