"""The receiving office's areas (profile role "office"): a home page, and the wiring of the office screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class OfficeHomeView(QWidget):
    """What the office desk sees first: the trust list size, the latest period received, the next steps."""

    areaRequested = Signal(str)

    def __init__(self, office, *, profiles, trust, ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self._profiles, self._trust, self._ledger = profiles, trust, ledger
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("officeHomeSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for key, text in (("office_trust", self.tr("Trust list")), ("office_intake", self.tr("Take in packages")),
                          ("office_completeness", self.tr("Completeness and aggregation"))):
            button = QPushButton(text)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, k=key: self.areaRequested.emit(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        profile = self._profiles.get()
        self.heading.setText(profile.official_name or self.tr("Receiving office"))
        expected = self._trust.expected_units()
        periods = self._ledger.periods()
        lines = [self.tr("%1 units are expected to report (active certificates in the trust list).")
                 .replace("%1", str(len(expected)))]
        if periods:
            comp = self._office.period_completeness(periods[-1])
            lines.append(self.tr("Latest period received: <b>%1</b> — %2 of %3 units submitted, %4 missing, "
                                 "%5 rejected.").replace("%1", periods[-1]).replace("%2", str(len(comp.submitted)))
                         .replace("%3", str(comp.expected)).replace("%4", str(len(comp.missing)))
                         .replace("%5", str(len(comp.rejected))))
        else:
            lines.append(self.tr("No package has been taken in yet."))
        self.summary.setText("<br>".join(lines))


@dataclass
class OfficeAreas:
    """The views of an office database (kept so nothing is garbage-collected); same names as the commune's Areas."""

    db: object
    profiles: object
    home: object
    trust_view: object
    intake_view: object
    completeness_view: object
    plan_view: object
    profile_view: object


def build_office_areas(window, stores, *, today: Callable[[], date] = date.today, volumes=None) -> OfficeAreas:
    """Show the office areas in `window` (instead of the commune's record areas) and wire them; `stores`
    (app_wiring.Stores) is the open database with its repositories, use cases and actor."""
    from commune_desk.ui.main_window import OFFICE_AREAS
    from commune_desk.ui.views.office_completeness_view import OfficeCompletenessView
    from commune_desk.ui.views.office_intake_view import OfficeIntakeView
    from commune_desk.ui.views.office_trust_view import OfficeTrustView
    from commune_desk.ui.views.plan_view import PlanView
    from commune_desk.ui.views.profile_view import ProfileView

    db, profiles, office = stores.db, stores.profiles, stores.services.office
    window.use_areas(OFFICE_AREAS)
    home = OfficeHomeView(office, profiles=profiles, trust=stores.trust, ledger=stores.intake)
    trust = OfficeTrustView(office, trust=stores.trust, cas=stores.cas)
    intake = OfficeIntakeView(office, ledger=stores.intake, volumes=volumes)
    completeness = OfficeCompletenessView(office, ledger=stores.intake, today=today)
    plan_view = PlanView(stores.services.plans, plans=stores.plans, office_certs=stores.office_certs, profiles=profiles,
                         today=today)
    profile_view = ProfileView(profiles)
    for key, view in (("home", home), ("office_trust", trust), ("office_intake", intake),
                      ("office_completeness", completeness), ("plan", plan_view), ("profile", profile_view)):
        window.set_page(key, view)

    def status(p) -> None:
        title = p.official_name if p.is_set else QCoreApplication.translate("App", "Unit profile not set")
        window.set_status(unit_title=title, is_demo=p.is_demo, encrypted=bool(db.encrypted), db_path=str(db.path))
        window.import_action.setVisible(False)          # records workbooks are the communes' business

    def data_changed(*_) -> None:
        home.refresh()
        completeness.refresh()

    home.areaRequested.connect(window.show_area)
    trust.changed.connect(data_changed)
    intake.intakeFinished.connect(data_changed)
    plan_view.planImported.connect(lambda *_: completeness.refresh())
    def profile_changed(p) -> None:
        if p.role != "office":  # a commune's database now: the record areas instead of this desk
            window.rebuildRequested.emit()
            return
        status(p)
        home.refresh()

    profile_view.profileChanged.connect(profile_changed)
    status(profiles.get())
    return OfficeAreas(db, profiles, home, trust, intake, completeness, plan_view, profile_view)
