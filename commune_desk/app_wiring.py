"""The repositories and use cases of one open database, made by the composition root and handed to its views."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the types only: each repository's module loads when its first view asks for it
    from commune_desk.app_services import Services
    from commune_desk.domain.catalogues import CatalogueSet
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.database import Database
    from commune_desk.storage.import_log import ImportLog
    from commune_desk.storage.loop_repo import OfficeCertRepository, ReceiptRepository
    from commune_desk.storage.manual_values import ManualValueRepository
    from commune_desk.storage.number_register import NumberRegister
    from commune_desk.storage.office_ca_repo import CaTrustRepository
    from commune_desk.storage.office_repo import IntakeLedger, TrustRepository
    from commune_desk.storage.period_repo import PeriodStateRepository
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.population_repo import PopulationRepository
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.storage.report_repo import ReportRepository
    from commune_desk.storage.repos.base import RecordRepository
    from commune_desk.storage.repos.listing import RecordListing
    from commune_desk.storage.repos.parent_refs import ParentRefs


class Stores:
    """Every repository over `db`, each made on first use and then shared by the views of this database.

    A repository holds only the database and the actor (each call opens its own session), so sharing one is the
    same as making one per call; what must not happen is a view keeping one past its database: ui.session builds
    the areas, and with them a new Stores, after every unlock, restore and password change, and the old views go.
    """

    def __init__(
        self,
        db: Database,
        actor: str,
        *,
        today: Callable[[], date] = date.today,
        catalogues: CatalogueSet | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.today = today
        self.catalogues = catalogues
        self._records: dict[str, RecordRepository] = {}

    @cached_property
    def profiles(self) -> ProfileRepository:
        from commune_desk.storage.profile_repo import ProfileRepository

        return ProfileRepository(self.db, self.actor)

    @cached_property
    def periods(self) -> PeriodStateRepository:
        from commune_desk.storage.period_repo import PeriodStateRepository

        return PeriodStateRepository(self.db, self.actor)

    @cached_property
    def audit(self) -> AuditLog:
        from commune_desk.storage.audit_log import AuditLog

        return AuditLog(self.db)

    @cached_property
    def import_log(self) -> ImportLog:
        from commune_desk.storage.import_log import ImportLog

        return ImportLog(self.db)

    # ---- plans, reports, figures --------------------------------------------------------------------------------
    @cached_property
    def plans(self) -> PlanRepository:
        from commune_desk.storage.plan_repo import PlanRepository

        return PlanRepository(self.db, self.actor)

    @cached_property
    def reports(self) -> ReportRepository:
        from commune_desk.storage.report_repo import ReportRepository

        return ReportRepository(self.db, self.actor)

    @cached_property
    def numbers(self) -> NumberRegister:
        from commune_desk.storage.number_register import NumberRegister

        return NumberRegister(self.db, self.actor)

    @cached_property
    def manual_values(self) -> ManualValueRepository:
        from commune_desk.storage.manual_values import ManualValueRepository

        return ManualValueRepository(self.db, self.actor)

    @cached_property
    def populations(self) -> PopulationRepository:
        from commune_desk.storage.population_repo import PopulationRepository

        return PopulationRepository(self.db, self.actor, today=self.today, catalogues=self.catalogues)

    # ---- the loop with the superior office, and the office's own desk ---------------------------------------------
    @cached_property
    def office_certs(self) -> OfficeCertRepository:
        from commune_desk.storage.loop_repo import OfficeCertRepository

        return OfficeCertRepository(self.db, self.actor)

    @cached_property
    def receipts(self) -> ReceiptRepository:
        from commune_desk.storage.loop_repo import ReceiptRepository

        return ReceiptRepository(self.db, self.actor)

    @cached_property
    def trust(self) -> TrustRepository:
        from commune_desk.storage.office_repo import TrustRepository

        return TrustRepository(self.db, self.actor)

    @cached_property
    def intake(self) -> IntakeLedger:
        from commune_desk.storage.office_repo import IntakeLedger

        return IntakeLedger(self.db, self.actor)

    @cached_property
    def cas(self) -> CaTrustRepository:
        from commune_desk.storage.office_ca_repo import CaTrustRepository

        return CaTrustRepository(self.db, self.actor)

    # ---- the use cases ---------------------------------------------------------------------------------------------
    @cached_property
    def services(self) -> Services:
        """The use cases over the same database and actor (app_services), for the views that run them."""
        from commune_desk.app_services import Services

        return Services(self.db, self.actor)

    # ---- the record kinds ----------------------------------------------------------------------------------------
    def record(self, entity: str) -> RecordRepository:
        """The repository of one record kind (propaganda, training … residential units)."""
        if entity not in self._records:
            from commune_desk.storage.repos import KINDS, RecordRepository

            self._records[entity] = RecordRepository(
                self.db, self.actor, KINDS[entity], today=self.today, catalogues=self.catalogues
            )
        return self._records[entity]

    @cached_property
    def parent_refs(self) -> ParentRefs:
        """The parents (businesses, hotspots, models, teams) a record form's reference fields search as typed."""
        from commune_desk.storage.repos.parent_refs import ParentRefs

        return ParentRefs(self.db)

    def listing(self, entity: str) -> RecordListing:
        """A new listing of one record kind (a view's filter, page and sort; not shared between views)."""
        from commune_desk.storage.repos import KINDS
        from commune_desk.storage.repos.listing import RecordListing

        return RecordListing(self.db, KINDS[entity])
