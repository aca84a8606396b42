"""The receiving office's rules (pure): classifying received packages, completeness and timeliness, roll-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, fill

ACCEPTED, SUPERSEDED, DUPLICATE, CONFLICT = "accepted", "superseded", "duplicate", "conflict"
INVALID, UNTRUSTED, DEMO = "invalid", "untrusted", "demo"
STATES = (ACCEPTED, SUPERSEDED, DUPLICATE, CONFLICT, INVALID, UNTRUSTED, DEMO)
FILED = (ACCEPTED, SUPERSEDED)                 # kept in the office store as received reports
REJECTED = (CONFLICT, INVALID, UNTRUSTED, DEMO)  # kept aside with the reason

# Why a package was kept aside or superseded; the ledger stores the filled English text, the window matches it
# back to these templates (`match_template`) to show it in Vietnamese.
REASONS = {
    "not_trusted": QT_TRANSLATE_NOOP("Problems", "the signer's certificate is not in the office trust list"),
    "other_unit": QT_TRANSLATE_NOOP("Problems", "the certificate is registered for unit {registered}, the package says {claimed}"),
    "after_replaced": QT_TRANSLATE_NOOP("Problems", "signed after the certificate was replaced ({reason})"),
    "revoked": QT_TRANSLATE_NOOP("Problems", "the certificate was revoked: {reason}"),
    "no_reason": QT_TRANSLATE_NOOP("Problems", "no reason given"),
    "no_longer": QT_TRANSLATE_NOOP("Problems", "the certificate is no longer trusted"),
    "check_file": QT_TRANSLATE_NOOP("Problems", "{check} [{file}]: {message}"),
    "check": QT_TRANSLATE_NOOP("Problems", "{check}: {message}"),
    "demo": QT_TRANSLATE_NOOP("Problems", "the package carries demo data (Demo-Data: yes); it is never counted"),
    "conflict": QT_TRANSLATE_NOOP("Problems", "revision {revision} of this unit and period was already received with another content (SHA-256 {sha}…); ask the unit which is right"),
    "older": QT_TRANSLATE_NOOP("Problems", "revision {revision} of this unit and period is already filed"),
    "supersedes": QT_TRANSLATE_NOOP("Problems", "supersedes revision(s) {revisions}"),
    "state": QT_TRANSLATE_NOOP("Problems", "{state}: {reason}"),
    "earlier": QT_TRANSLATE_NOOP("Problems", "(recorded earlier) {reason}"),
    "same_content": QT_TRANSLATE_NOOP("Problems", "same content as {source} already recorded"),
    "same_content_package": QT_TRANSLATE_NOOP("Problems", "same content as a package already recorded"),
    "same_signed_content": QT_TRANSLATE_NOOP("Problems", "same signed content as {source} already recorded (another zip of the same signed package)"),
    "repeats": QT_TRANSLATE_NOOP("Problems", "{reason}, which was rejected: {earlier}"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "zip [{size} bytes]: larger than the {limit} bytes a package may have; recorded, not copied"),
    "unknown_supersedes": QT_TRANSLATE_NOOP("Problems", "note: it supersedes a package this office never received (SHA-256 {sha}…)"),
    "unreadable": QT_TRANSLATE_NOOP("Problems", "cannot read the file ({detail})"),
    "trusted_in": QT_TRANSLATE_NOOP("Problems", "in the {origin}"),
}
STATE_VI = {ACCEPTED: "Đã tiếp nhận", SUPERSEDED: "Đã được thay thế", DUPLICATE: "Trùng lặp",
            CONFLICT: "Xung đột", INVALID: "Không hợp lệ", UNTRUSTED: "Không tin cậy", DEMO: "Dữ liệu mẫu"}
# Timeliness uses the signing date as the unit's own clock shows it; Vietnam is UTC+7 all year.
VN_TZ = timezone(timedelta(hours=7))
ON_TIME, LATE, SUBMITTED, MISSING, REJECTED_ONLY = "on_time", "late", "submitted", "missing", "rejected"
UNIT_STATUS_VI = {ON_TIME: "Đúng hạn", LATE: "Muộn", SUBMITTED: "Đã nộp", MISSING: "Chưa nộp",
                  REJECTED_ONLY: "Bị từ chối"}
TRUST_ACTIVE, TRUST_REPLACED, TRUST_REVOKED = "active", "replaced", "revoked"


@dataclass(frozen=True)
class CertFacts:
    """What the office keeps of a unit's certificate (read from the certificate by the service layer)."""

    fingerprint: str                 # SHA-256 of the DER, upper-case hex
    pem: str
    unit_code: str                   # from the subject (serialNumber or UID)
    common_name: str
    subject: str
    not_after: datetime | None = None


@dataclass(frozen=True)
class TrustedUnit:
    """A registered certificate of a unit; a replaced one still vouches for signatures made before `ended_at`."""

    unit_code: str
    unit_name: str
    fingerprint: str
    status: str = TRUST_ACTIVE
    reason: str = ""
    added_at: datetime | None = None
    ended_at: datetime | None = None
    not_after: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class LedgerEntry:
    """One received package file as the office recorded it."""

    sha256: str
    state: str
    unit_code: str = ""
    unit_name: str = ""
    period: str = ""
    revision: int = 0
    supersedes: str = ""
    reason: str = ""
    filed_path: str = ""
    source: str = ""
    signed_at: datetime | None = None
    received_at: datetime | None = None
    fingerprint: str = ""
    id: int | None = None
    content_sha256: str = ""          # the signed content (tag manifest + signature), whatever the zip bytes

    @property
    def submitted_on(self) -> date | None:
        """The day the unit signed the package (its own claim), in Vietnam time."""
        if self.signed_at is None:
            return None
        when = self.signed_at if self.signed_at.tzinfo else self.signed_at.replace(tzinfo=timezone.utc)
        return when.astimezone(VN_TZ).date()


@dataclass(frozen=True)
class Decision:
    """What to do with a verified package: its state, why, and which ledger rows it supersedes."""

    state: str
    reason: str = ""
    supersede_ids: tuple[int, ...] = ()


def trust_verdict(units: Iterable[TrustedUnit], fingerprint: str, unit_code: str,
                  signed_at: datetime | None) -> str:
    """'' when the fingerprint vouches for `unit_code` at `signed_at`, else why not (a sentence)."""
    found = [u for u in units if u.fingerprint == fingerprint]
    if not found:
        return REASONS["not_trusted"]
    for u in found:
        if u.unit_code != unit_code:
            return fill(REASONS["other_unit"], {"registered": u.unit_code, "claimed": unit_code})
        if u.status == TRUST_ACTIVE:
            return ""
        if u.status == TRUST_REPLACED and signed_at is not None and u.ended_at is not None:
            # The CMS signingTime has whole seconds: a signature in the second of the replacement counts as after.
            ended = (u.ended_at if u.ended_at.tzinfo else u.ended_at.replace(tzinfo=timezone.utc)).replace(microsecond=0)
            signed = signed_at if signed_at.tzinfo else signed_at.replace(tzinfo=timezone.utc)
            if signed < ended:
                return ""
            return fill(REASONS["after_replaced"], {"reason": u.reason or REASONS["no_reason"]})
        if u.status == TRUST_REVOKED:
            return fill(REASONS["revoked"], {"reason": u.reason or REASONS["no_reason"]})
    return REASONS["no_longer"]


def verification_state(failed: Iterable[tuple[str, str, str]], *, demo: bool) -> tuple[str, str] | None:
    """(state, reason) for a package that must be kept aside, from its failed checks (name, file, message).

    A damaged or altered package is invalid even when its signer is also unknown; a package that is only
    untrusted is untrusted; a sound, trusted package of demo data is demo. None: the package may be filed.
    """
    failed = list(failed)
    broken = [f for f in failed if f[0] != "trust"]
    if broken:
        return INVALID, "; ".join(fill(REASONS["check_file"], {"check": name, "file": file, "message": msg}) if file
                                  else fill(REASONS["check"], {"check": name, "message": msg})
                                  for name, file, msg in broken)
    if failed:
        return UNTRUSTED, "; ".join(msg for _, _, msg in failed)
    if demo:
        return DEMO, REASONS["demo"]
    return None


def classify(sha256: str, revision: int, previous: Iterable[LedgerEntry]) -> Decision:
    """Place a sound, trusted package among the filed packages of the same unit and period.

    Same revision, other digest: conflict (the first one stays). An older revision than one already filed:
    superseded on arrival (history kept). Otherwise accepted, and every accepted older revision is superseded.
    """
    filed = [e for e in previous if e.state in FILED and e.sha256 != sha256]
    same = [e for e in filed if e.revision == revision]
    if same:
        return Decision(CONFLICT, fill(REASONS["conflict"], {"revision": revision, "sha": same[0].sha256[:16]}))
    newer = [e for e in filed if e.revision > revision]
    if newer:
        top = max(newer, key=lambda e: e.revision)
        return Decision(SUPERSEDED, fill(REASONS["older"], {"revision": top.revision}))
    older = tuple(e.id for e in filed if e.state == ACCEPTED and e.id is not None)
    reason = fill(REASONS["supersedes"], {"revisions": ", ".join(str(e.revision) for e in filed)}) if filed else ""
    return Decision(ACCEPTED, reason, older)


# ---- completeness and timeliness (DHIS2's reporting-rate summary) -------------------------------------------
@dataclass(frozen=True)
class UnitCompleteness:
    unit_code: str
    unit_name: str
    status: str                      # on_time, late, submitted (no deadline known), missing, rejected
    submitted_on: date | None = None
    revision: int | None = None
    reasons: tuple[str, ...] = ()
    expected: bool = True
    flags: tuple[str, ...] = ()      # impossible figures of its accepted package: shown, never summed


@dataclass(frozen=True)
class Completeness:
    """Who reported for a period, against which deadline; rates use the expected units as denominator."""

    period: str
    due: date | None
    rows: tuple[UnitCompleteness, ...]

    def _codes(self, *statuses: str) -> list[str]:
        return [r.unit_code for r in self.rows if r.status in statuses and r.expected]

    @property
    def expected(self) -> int:
        return sum(1 for r in self.rows if r.expected)

    @property
    def submitted(self) -> list[str]:
        return self._codes(ON_TIME, LATE, SUBMITTED)

    @property
    def on_time(self) -> list[str]:
        return self._codes(ON_TIME)

    @property
    def late(self) -> list[str]:
        return self._codes(LATE)

    @property
    def missing(self) -> list[str]:
        return self._codes(MISSING)

    @property
    def rejected(self) -> list[str]:
        return self._codes(REJECTED_ONLY)

    @property
    def unexpected(self) -> list[str]:
        return [r.unit_code for r in self.rows if not r.expected]

    @property
    def reporting_rate(self) -> float | None:
        return None if not self.expected else 100.0 * len(self.submitted) / self.expected

    @property
    def on_time_rate(self) -> float | None:
        if not self.expected or self.due is None:
            return None
        return 100.0 * len(self.on_time) / self.expected


def completeness(period: str, expected: dict[str, str], entries: Iterable[LedgerEntry],
                 due: date | None) -> Completeness:
    """Each expected unit's status for `period`; timeliness from its first filed revision's signing day."""
    by_unit: dict[str, list[LedgerEntry]] = {}
    for e in entries:
        if e.period == period and e.unit_code:
            by_unit.setdefault(e.unit_code, []).append(e)
    rows = []
    for code in sorted(set(expected) | set(by_unit)):
        mine = by_unit.get(code, [])
        filed = [e for e in mine if e.state in FILED]
        name = expected.get(code) or next((e.unit_name for e in mine if e.unit_name), "")
        if filed:
            first = min(filed, key=lambda e: (e.revision, e.signed_at or datetime.max))
            current = [e for e in filed if e.state == ACCEPTED] or filed
            day = first.submitted_on
            status = SUBMITTED if due is None or day is None else (ON_TIME if day <= due else LATE)
            rows.append(UnitCompleteness(code, name, status, day, max(e.revision for e in current),
                                         expected=code in expected))
        elif code in expected:
            rejected = [e for e in mine if e.state in REJECTED]
            if rejected:
                rows.append(UnitCompleteness(code, name, REJECTED_ONLY,
                                             reasons=tuple(fill(REASONS["state"], {"state": e.state, "reason": e.reason})
                                                           for e in rejected)))
            else:
                rows.append(UnitCompleteness(code, name, MISSING))
    return Completeness(period, due, tuple(rows))


# ---- roll-up: domain/office_rollup.py (re-exported here for callers of this module) ---------------------------
from commune_desk.domain.office_rollup import OfficeFigure, read_unit_figures, roll_up, values_from_report  # noqa: E402,F401


@dataclass
class IntakeSummary:
    """Counts of one intake run by state, and the rejected files with their reasons."""

    counts: dict[str, int] = field(default_factory=lambda: {s: 0 for s in STATES})
    skipped: int = 0                                                       # recorded by an earlier run
    rejected: list[tuple[str, str, str]] = field(default_factory=list)     # (file, state, reason)
    cancelled: bool = False

    def add(self, state: str, source: str = "", reason: str = "", *, earlier: bool = False) -> None:
        if earlier:
            self.skipped += 1
        else:
            self.counts[state] = self.counts.get(state, 0) + 1
        if state in REJECTED:
            self.rejected.append((source, state, fill(REASONS["earlier"], {"reason": reason}) if earlier else reason))

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.skipped
