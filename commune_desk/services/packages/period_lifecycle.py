"""Period lifecycle use cases: sign a period into a signed package, amend a signed one, list states and packages.

draft → signed (package written and verified; the data window locks; the figures are kept) → amended (a stated
reason; the window unlocks) → signed again at revision n+1, naming the digest it supersedes. Revisions and
digests also go to the ledger beside the database (storage/ledger.py), which a restore does not roll back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from commune_desk.domain.errors import ExpectedError
from commune_desk.domain.period_state import AMENDED, DRAFT, SIGNED, PeriodState
from commune_desk.domain.periods import Period
from commune_desk.services.reports.chart_data import ChartRenderer
from commune_desk.storage import scratch

MIN_REASON = 5


class PeriodAlreadySigned(ExpectedError):
    """`package` on a signed period without an amendment reason."""


class NothingToAmend(ExpectedError):
    """An amendment asked for a period that was never signed."""


class NotReady(ExpectedError):
    """The profile lacks what a package needs (unit code, official name)."""


@dataclass(frozen=True)
class SignResult:
    """A signed revision: the package on disk (read back and verified) and what the ledger recorded."""

    period: str
    revision: int
    path: Path
    sha256: str
    supersedes: str
    window: tuple[dt.date, dt.date]
    report_number: str
    demo: bool
    reconciled: tuple = ()  # Phrases: str() is English, .text(translate) for the window


@dataclass(frozen=True)
class PackageLine:
    """One ledger entry of a period, for the UI's list of packages and amendments."""

    at: str
    event: str
    revision: int
    sha256: str
    supersedes: str
    reason: str
    package_name: str


@dataclass(frozen=True)
class PeriodStatus:
    state: PeriodState
    packages: tuple[PackageLine, ...]


def _ledger(db, actor: str):
    from commune_desk.storage.ledger import Ledger

    return Ledger(db, actor)


def reconcile(db, actor: str = "app") -> list:
    """Bring the database up to the ledger (call on opening): after a restore, the ledger's revisions win.
    Returns what changed as domain Phrases (str() gives English, `.text(translate)` the interface language)."""
    return _ledger(db, actor).reconcile()


def state_of(db, period: str) -> PeriodState:
    from commune_desk.storage.period_repo import PeriodStateRepository

    for st in PeriodStateRepository(db, "").all():
        if st.period == period:
            return st
    return PeriodState(period)


def status(db) -> list[PeriodStatus]:
    """Every period with a state or a ledger entry: its state and its packages, oldest first (for the UI)."""
    from commune_desk.storage.period_repo import PeriodStateRepository

    ledger = _ledger(db, "app")
    rows = ledger.rows()
    states = {st.period: st for st in PeriodStateRepository(db, "").all()}
    periods = sorted(set(states) | {r.period for r in rows})
    return [PeriodStatus(states.get(p, PeriodState(p)), tuple(
        PackageLine(r.at, r.event, r.revision, r.sha256, r.supersedes, r.reason, r.package_name)
        for r in rows if r.period == p)) for p in periods]


def signed_snapshot(db, period: str, revision: int | None = None) -> dict | None:
    """The report-data.json kept in the database when the period was signed."""
    return _ledger(db, "app").snapshot(period, revision)


def amend(db, period: str, reason: str, *, actor: str = "app") -> PeriodState:
    """Reopen a signed period with a stated reason: audit entry and ledger line, state AMENDED (records unlock)."""
    reason = " ".join((reason or "").split())
    if len(reason) < MIN_REASON:
        raise ExpectedError(f"state the reason for amending {period} (at least {MIN_REASON} characters)")
    ledger = _ledger(db, actor)
    ledger.reconcile()
    st = state_of(db, period)
    if st.state == DRAFT or st.revision < 1:
        raise NothingToAmend(f"{period} was never signed; there is nothing to amend, make its first package")
    ledger.record_amended(st, reason)
    return state_of(db, period)


def _indicators(content) -> list[dict]:
    out = []
    for code, pair in content.figures.items():
        value = pair.period
        ratio = value.denominator is not None
        numerator = value.numerator if value.entered else None
        out.append({"code": code, "name": pair.label, "numerator": numerator,
                    "denominator": value.denominator if ratio else None,
                    "value": (round(value.percent, 4) if value.percent is not None else None) if ratio
                    else numerator, "unit": "%" if ratio else ""})
    return out


def report_facts(content) -> dict:
    """What report-data.json adds to the figures (docs/package-format.md): how far they count, the labelled
    estimate, and each target with its level, verdict, projection and quarters."""
    from commune_desk.services.reports.report_facts import facts

    return facts(content)


def _report_data_text(path: Path) -> str:
    from commune_desk.services.safe_input import PACKAGE, read_zip_members

    files = read_zip_members(path, PACKAGE.zip, max_bytes=PACKAGE.max_file_bytes,
                             wanted=lambda n: n.endswith("/data/report-data.json"))
    return next(iter(files.values())).decode("utf-8")


def sign(db, period: Period, out_dir, identity, *, actor: str = "app", amend_reason: str | None = None,
         day: dt.date | None = None, number: str | None = None, now: dt.datetime | None = None,
         progress=None, cutoff: dt.date | None = None, estimate: bool = False,
         today: dt.date | None = None, chart: ChartRenderer | None = None) -> SignResult:
    """Generate the report, build and sign the package into `out_dir`, then record the period as SIGNED.

    A signed period needs `amend_reason` (else PeriodAlreadySigned, exit 2 in the CLI); an amended one is
    signed again at the next revision. Nothing is recorded unless the package was written and read back valid.
    `chart` draws the report's targets chart (report_service.generate).
    """
    from commune_desk.services.packages.package import PackageContent, build_package
    from commune_desk.services.reports.report_service import generate, prepare
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.profile_repo import ProfileRepository

    report = progress or (lambda pct, msg: None)
    ledger = _ledger(db, actor)
    changed = tuple(ledger.reconcile())
    st = state_of(db, period.code)
    if st.state == SIGNED and not amend_reason:
        raise PeriodAlreadySigned(
            f"{period.code} is signed (revision {st.revision}, package SHA-256 {st.digest[:16]}…); "
            "to issue a corrected package, amend it with --amend REASON")
    profile = ProfileRepository(db, actor).get()
    if not (profile.unit_code and (profile.official_name or profile.name)):
        raise NotReady("the profile has no unit code or official name; complete the profile first")
    if amend_reason:
        if st.state == DRAFT or st.revision < 1:
            raise NothingToAmend(f"{period.code} was never signed; there is nothing to amend, "
                                 "make its first package without --amend")
        if st.state == SIGNED:
            amend(db, period.code, amend_reason, actor=actor)
        else:  # already reopened: the reason still goes into the log
            ledger.record_amended(st, " ".join(amend_reason.split()))
    revision = ledger.next_revision(period.code)
    latest = [e for e in ledger.entries() if e.period == period.code and e.sha256 and e.event == SIGNED]
    supersedes = latest[-1].sha256 if latest else (st.digest if revision > 1 else "")
    day = day or dt.date.today()
    plan = PlanRepository(db, actor).active_for_period(period)
    report(10, "writing the report")
    # The report is rendered into the private folder (storage/scratch.py), never the shared system temp folder:
    # its .docx and .xlsx hold the commune's figures until they are packed (issue 19 item 4).
    with scratch.private_temp("package-") as tmp:
        # The number is consumed below, only when the signed package is kept.
        files = generate(db, period, Path(tmp), day=day, number=number, ascii_names=True, actor=actor,
                         cutoff=cutoff, estimate=estimate, today=today, keep_number=False, chart=chart)
        content, _narrative, _settings = prepare(db, period, day=files.day, number=files.number, actor=actor,
                                                 cutoff=cutoff, estimate=estimate)
        report(60, "signing the package")
        package = PackageContent(
            unit_name=profile.official_name or profile.name, unit_code=profile.unit_code, period=period.code,
            report_number=f"{files.number}/BC-UBND", revision=revision, demo=bool(profile.is_demo),
            plan_id=plan.plan_id if plan else "", plan_version=str(plan.version) if plan else "",
            supersedes_sha256=supersedes if revision > 1 else "", audit_head=AuditLog(db).head(),
            indicators=_indicators(content), payload=[(files.docx.name, files.docx), (files.xlsx.name, files.xlsx)],
            penalties=content.details.get("penalties"),
            extra=report_facts(content))
        built = build_package(package, identity, out_dir, now=now)
    report(90, "recording the signed revision")
    window = content.window
    signed = PeriodState(period.code, SIGNED, revision, built.sha256, window[0], window[1])
    try:
        ledger.record_signed(signed, supersedes=package.supersedes_sha256, package_name=built.path.name,
                             demo=package.demo, snapshot=_report_data_text(built.path))
    except OSError as exc:
        # Not in the ledger: the file must not go out, or its revision number could be given again.
        built.path.unlink(missing_ok=True)
        raise ExpectedError(f"the ledger {ledger.path} cannot be written ({exc.strerror or exc}); "
                            "the package was removed, nothing was signed") from exc
    from commune_desk.services.reports import report_numbers
    from commune_desk.services.reports.report_docx import SUBJECT

    # The kept package's report takes its number in the register of issued numbers (unique per body and year).
    report_numbers.issue(db, content.heading.official_name, period, files.number, files.day,
                         SUBJECT.format(content.period_name), actor)
    report(100, "done")
    return SignResult(period.code, revision, built.path, built.sha256, package.supersedes_sha256, window,
                      package.report_number, package.demo, changed)


__all__ = ["AMENDED", "DRAFT", "SIGNED", "SignResult", "PeriodStatus", "PackageLine", "PeriodAlreadySigned",
           "NothingToAmend", "NotReady", "sign", "amend", "reconcile", "status", "state_of", "signed_snapshot"]
