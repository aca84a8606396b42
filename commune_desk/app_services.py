"""The use cases of one open database, bound to it by the composition root and handed to the views that run them.

A view or dialog calls `reports.prepare(period, day=…)`, never `prepare(db, period, …)`: it holds no database, so it
cannot outlive one (ui.session builds the areas, and with them these objects, anew after every unlock, restore and
password change), and a test can hand it a service over any database it likes. Each method imports its service
module when first called, so building these objects at start-up loads nothing heavy, and a test that patches a
service function in its module still reaches the code here. What takes no database (formatting, file names, a
certificate file's facts) stays a plain function the ui imports itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the types only: each service module loads when its first call is made
    from commune_desk.domain.catalogues import CatalogueSet
    from commune_desk.domain.errors import Problem
    from commune_desk.domain.loop import PlanSignatureRecord, Receipt, RegisteredOffice
    from commune_desk.domain.office import Completeness, IntakeSummary
    from commune_desk.domain.period_state import PeriodState
    from commune_desk.domain.periods import Period
    from commune_desk.domain.plans import Plan
    from commune_desk.domain.report_content import ReportContent, ReportSettings
    from commune_desk.services.loop.receipts import WrittenReceipt
    from commune_desk.services.office.office_aggregate import OfficeAggregate
    from commune_desk.services.packages.period_lifecycle import PeriodStatus, SignResult
    from commune_desk.services.packages.sign_preview import SignPreview
    from commune_desk.services.plans.plan_import import ImportPreview
    from commune_desk.services.plans.plan_signing import PlanSignatureCheck
    from commune_desk.services.protection.backups import BackupPolicy
    from commune_desk.services.records.import_progress import ImportStep
    from commune_desk.services.records.records_import import ImportResult
    from commune_desk.services.records.sheet_mapping import SourceSheet
    from commune_desk.services.records.sheet_mapping_import import MappedResult
    from commune_desk.services.reports.chart_data import ChartRenderer
    from commune_desk.services.reports.report_service import ReportFiles
    from commune_desk.services.targets.hand_entry import HandRow
    from commune_desk.storage.database import Database
    from commune_desk.storage.number_register import NumberTaken
    from commune_desk.storage.office_ca_repo import StoredCrl, TrustedCa
    from commune_desk.storage.plan_repo import StoreResult

Progress = Callable[[int, str], None]  # (percent, what is being done)
Cancel = Callable[[], bool]  # True once the officer pressed Cancel
DRY_RUN = "dry-run"  # the actor a trial import writes under: its audit lines are rolled back with it


class _Bound:
    """A database and the actor who works on it; each call opens its own session, so one object serves every view
    of that database and any background job."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self.actor = actor


class ReportService(_Bound):
    """The report of a period: its content, its files, its number."""

    def prepare(
        self, period: Period, *, day: date, number: str | None = None
    ) -> tuple[ReportContent, dict[str, str], ReportSettings]:
        """The content, the narrative (stored sections over the draft) and the settings, without taking a number."""
        from commune_desk.services.reports.report_service import prepare

        prepared: tuple[ReportContent, dict[str, str], ReportSettings] = prepare(
            self._db, period, day=day, number=number, actor=self.actor
        )
        return prepared

    def generate(
        self,
        period: Period,
        folder: Path,
        *,
        day: date,
        number: str | None,
        ascii_names: bool,
        stem: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        chart: ChartRenderer | None = None,
    ) -> ReportFiles:
        """Write the .docx and .xlsx into `folder` (atomically), registering the number."""
        from commune_desk.services.reports.report_service import generate

        return generate(
            self._db,
            period,
            folder,
            day=day,
            number=number,
            ascii_names=ascii_names,
            actor=self.actor,
            stem=stem,
            progress=progress,
            cancel=cancel,
            chart=chart,
        )

    def number_refusal(self, period: Period, number: str, day: date) -> NumberTaken | None:
        """NumberTaken when `number` belongs to another report of the same issuing body and year, else None."""
        from commune_desk.services.reports.report_numbers import issuing_body, refusal

        refused: NumberTaken | None = refusal(self._db, issuing_body(self._db, period), period, number, day)
        return refused

    def period_is_empty(self, period: Period, day: date) -> bool:
        """No record dated in `period` (the report and the package say so; the officer is asked first)."""
        from commune_desk.services.reports.report_data import period_is_empty

        return period_is_empty(self._db, period, day)


class PackageService(_Bound):
    """Signing, amending and the state of the periods; the receipts the office sends back."""

    def status(self) -> list[PeriodStatus]:
        from commune_desk.services.packages.period_lifecycle import status

        return status(self._db)

    def state_of(self, period: str) -> PeriodState:
        from commune_desk.services.packages.period_lifecycle import state_of

        return state_of(self._db, period)

    def preview(self, period: Period, *, day: date) -> SignPreview:
        """What signing `period` on `day` would lock and send (sign_preview.preview)."""
        from commune_desk.services.packages.sign_preview import preview

        return preview(self._db, period, day=day, actor=self.actor, today=day)

    def sign(
        self,
        period: Period,
        out_dir: Path,
        identity: Any,  # a key file's or a token's identity (signing_keys, pkcs11_token)
        *,
        day: date,
        chart: ChartRenderer | None = None,
        progress: Progress | None = None,
    ) -> SignResult:
        from commune_desk.services.packages.period_lifecycle import sign

        return sign(self._db, period, out_dir, identity, actor=self.actor, day=day, chart=chart, progress=progress)

    def amend(self, period: str, reason: str) -> PeriodState:
        from commune_desk.services.packages.period_lifecycle import amend

        return amend(self._db, period, reason, actor=self.actor)

    def import_receipt(self, path: Path | str) -> tuple[Receipt, bool, object]:
        """(the receipt, whether it is new, the own package it acknowledges)."""
        from commune_desk.services.loop.receipts import import_receipt

        return import_receipt(self._db, path, self.actor)


class OfficeService(_Bound):
    """The receiving office's desk: intake, completeness, aggregation, receipts, trusted CAs."""

    def period_completeness(self, period: Period | str) -> Completeness:
        from commune_desk.services.office.office_aggregate import period_completeness

        return period_completeness(self._db, period)

    def aggregate(self, period: Period | str) -> OfficeAggregate:
        from commune_desk.services.office.office_aggregate import aggregate

        return aggregate(self._db, period)

    def write_outputs(self, agg: OfficeAggregate, out_dir: Path | str) -> tuple[Path, Path]:
        from commune_desk.services.office.office_aggregate import write_outputs

        return write_outputs(self._db, agg, out_dir)

    def intake_folder(
        self,
        folder: Path | str,
        *,
        progress: Callable[[int, int, str, str], None] | None = None,  # (done, total, file, state)
        cancel: Cancel | None = None,
    ) -> IntakeSummary:
        from commune_desk.services.office.office_intake import intake_folder

        return intake_folder(self._db, folder, actor=self.actor, progress=progress, cancel=cancel)

    def package_file(self, entry: Any) -> Path:
        """Where the intake kept the package of a ledger `entry` (loop.receipt_desk)."""
        from commune_desk.services.loop.receipt_desk import package_file

        return package_file(self._db, entry)

    def write_receipt(
        self,
        package: Path | str,
        identity: Any,
        out_dir: Path | str,
        *,
        status: str,
        comments: Sequence[tuple[str, str]],
    ) -> WrittenReceipt:
        from commune_desk.services.loop.receipts import write_receipt

        return write_receipt(self._db, package, identity, out_dir, status=status, comments=list(comments),
                             actor=self.actor)  # fmt: skip

    def add_ca(self, path: Path | str, units: str) -> tuple[TrustedCa, object]:
        """Trust the CA certificate in `path` for `units`; (the stored entry, the certificate)."""
        from commune_desk.services.office.office_ca import add_ca

        added: tuple[TrustedCa, object] = add_ca(self._db, self.actor, path, units)
        return added

    def import_crl(self, path: Path | str) -> tuple[StoredCrl, bool, object]:
        """(the stored CRL, whether it is new, the CA that signed it)."""
        from commune_desk.services.office.office_ca import import_crl

        imported: tuple[StoredCrl, bool, object] = import_crl(self._db, self.actor, path)
        return imported


class PlanService(_Bound):
    """The plan: its import with the signature check, and the superior office whose signature counts."""

    def preview(self, path: Path | str) -> ImportPreview:
        from commune_desk.services.plans.plan_import import preview

        return preview(self._db, path)

    def check_signature(self, workbook: Path | str) -> PlanSignatureCheck:
        from commune_desk.services.plans.plan_signing import check_plan_signature

        return check_plan_signature(self._db, workbook)[0]

    def signed_plan_lost(self, plan: Plan, check: PlanSignatureCheck) -> str:
        from commune_desk.services.plans.plan_signing import signed_plan_lost

        return signed_plan_lost(self._db, plan, check)

    def import_signed(
        self, workbook: Path | str, *, accept_unsigned: bool, replace: bool, accept_mismatch: bool
    ) -> StoreResult:
        """Store the plan of `workbook` with its signature check; returns what the plan repository stored."""
        from commune_desk.services.plans.plan_signing import import_signed_plan

        stored: StoreResult = import_signed_plan(
            self._db, workbook, self.actor, accept_unsigned=accept_unsigned, replace=replace,
            accept_mismatch=accept_mismatch,
        )[0]  # fmt: skip
        return stored

    def signature_of(self, plan: Plan) -> PlanSignatureRecord | None:
        from commune_desk.services.plans.plan_signing import signature_of

        return signature_of(self._db, plan)

    def trust_office(self, cert_path: Path | str) -> RegisteredOffice:
        from commune_desk.services.plans.plan_signing import trust_office

        office: RegisteredOffice = trust_office(self._db, cert_path, self.actor)
        return office


class RecordService(_Bound):
    """Records coming in from workbooks, and the check that warns of a participant count far off last year's."""

    def import_records(
        self,
        path: Path | str,
        *,
        dry_run: bool = False,
        today: date | None = None,
        again: bool = False,
        progress: Callable[[ImportStep], None] | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        """Import (or, `dry_run`, check and roll back) the records workbook at `path`."""
        from commune_desk.services.records.records_import import import_records

        actor = DRY_RUN if dry_run else self.actor
        result: ImportResult = import_records(
            self._db, path, actor, dry_run=dry_run, today=today, again=again, progress=progress, cancel=cancel
        )
        return result

    def mapping_for(
        self, entity: str, headers: Sequence[str], catalogues: CatalogueSet | None
    ) -> tuple[dict[int, str], bool]:
        """The columns of a sheet mapped to fields of `entity` (remembered for these headers, else guessed)."""
        from commune_desk.services.records.sheet_mapping import mapping_for

        return mapping_for(self._db, entity, headers, catalogues)

    def import_mapped(
        self,
        source: SourceSheet,
        entity: str,
        mapping: dict[int, str],
        *,
        dry_run: bool,
        today: date | None,
        catalogues: CatalogueSet | None,
        again: bool = False,
        progress: Callable[[ImportStep], None] | None = None,
        cancel: Cancel | None = None,
    ) -> MappedResult:
        """Import (or check) a sheet by `mapping`; a real import also remembers the mapping for the next file.
        `progress` and `cancel` as for `import_records` (a cancel leaves the mapping unremembered too)."""
        from commune_desk.services.records.sheet_mapping import remember
        from commune_desk.services.records.sheet_mapping_import import import_mapped

        actor = DRY_RUN if dry_run else self.actor
        result = import_mapped(self._db, source, entity, mapping, actor, dry_run=dry_run, today=today,
                               catalogues=catalogues, again=again, progress=progress, cancel=cancel)  # fmt: skip
        if not dry_run:  # the next file like this maps itself
            remember(self._db, self.actor, entity, source.headers, mapping)
        return result

    def plausibility(self, entity: str) -> Callable[[Any], Problem | None] | None:
        """The participant check of `entity` over last year's records, or None when the kind has none."""
        from commune_desk.services.records.plausibility import DATE_FIELDS, PlausibilityCheck

        return PlausibilityCheck(self._db, entity) if entity in DATE_FIELDS else None


class FigureService(_Bound):
    """The indicators an officer enters by hand, with what the records say beside them."""

    def hand_rows(self, today: date, *, period: Period | None = None, every: bool = False) -> list[HandRow]:
        from commune_desk.services.targets.hand_entry import hand_rows

        return hand_rows(self._db, today, period=period, every=every)


class BackupService(_Bound):
    """The backup policy stored in the database (second folder, how many copies are kept)."""

    def policy(self) -> BackupPolicy:
        from commune_desk.services.protection.backups import stored_policy

        return stored_policy(self._db)

    def save_policy(self, *, second_folder: Path | None, keep_daily: int, keep_exit: int) -> None:
        from commune_desk.services.protection.backups import save_stored_policy

        save_stored_policy(self._db, second_folder=second_folder, keep_daily=keep_daily, keep_exit=keep_exit,
                           actor=self.actor)  # fmt: skip


class Services:
    """Every use case over `db`, by capability, each object made on first use and then shared by the views."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    @cached_property
    def reports(self) -> ReportService:
        return ReportService(self.db, self.actor)

    @cached_property
    def packages(self) -> PackageService:
        return PackageService(self.db, self.actor)

    @cached_property
    def office(self) -> OfficeService:
        return OfficeService(self.db, self.actor)

    @cached_property
    def plans(self) -> PlanService:
        return PlanService(self.db, self.actor)

    @cached_property
    def records(self) -> RecordService:
        return RecordService(self.db, self.actor)

    @cached_property
    def figures(self) -> FigureService:
        return FigureService(self.db, self.actor)

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.db, self.actor)
