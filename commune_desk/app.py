"""Composition root: builds the Qt application and the window first, then opens the database and the areas."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from commune_desk import __version__
from commune_desk.app_wiring import Stores
from commune_desk.paths import (
    LOG_NAME,
    PASSWORD_FILE_ENV,
    data_dir,
    default_db_path,
    log_dir,
    resources_dir,
    translations_dir,
)
from commune_desk.ui.errors import install_excepthook, show_expected
from commune_desk.ui.language import DEFAULT_LANGUAGE, install_translator
from commune_desk.ui.language_switch import TRANSLATOR_ATTRIBUTE
from commune_desk.ui.main_window import AREA_KEYS, AREAS, MainWindow

if TYPE_CHECKING:  # the types only: these modules load when their area is first built
    from commune_desk.domain.catalogues import CatalogueSet
    from commune_desk.domain.profile import Profile
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.database import Database
    from commune_desk.storage.period_repo import PeriodStateRepository
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.app_settings import AppSettings
    from commune_desk.ui.views.home_view import HomeView
    from commune_desk.ui.views.office_areas import OfficeAreas
    from commune_desk.ui.views.record_areas import RecordAreas

ACTOR = "user"  # until sign-in exists
PREFERRED_FONTS = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Liberation Sans", "Arial")


# ---- Qt application ---------------------------------------------------------------------------------------------
def ensure_vietnamese_font(app: QApplication) -> str:
    """Make sure the interface font draws Vietnamese; registers bundled fonts (resources/fonts) when needed."""
    vietnamese = QFontDatabase.WritingSystem.Vietnamese
    if vietnamese in QFontDatabase.writingSystems(app.font().family()):
        return app.font().family()
    families = set(QFontDatabase.families(vietnamese))
    if not families:
        for ttf in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(ttf))
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    for family in (*PREFERRED_FONTS, *sorted(families)):
        if family in families:
            font = QFont(family, app.font().pointSize())
            app.setFont(font)
            return family
    return app.font().family()


def make_application(lang: str | None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "commune-desk"]))
    app.setApplicationName("CommuneDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CommuneDesk")
    # Keep the translator alive as long as the application.
    app.setProperty("commune_desk_lang", lang or DEFAULT_LANGUAGE)
    setattr(app, TRANSLATOR_ATTRIBUTE, install_translator(app, lang or DEFAULT_LANGUAGE, translations_dir()))
    ensure_vietnamese_font(app)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The window icon (resources/icons, drawn by scripts/make_icon.py); the file is read when first drawn."""
    return QIcon(str(resources_dir() / "icons" / "commune_desk.png"))


# ---- the areas, built once the database is open ------------------------------------------------------------------
@dataclass
class Areas:
    """The repositories of one open database and the window whose pages show it; a page other than home is built
    the first time it is shown or asked for (MainWindow.set_page_factory), so opening costs one page, not all."""

    db: Database
    profiles: ProfileRepository
    periods: PeriodStateRepository
    audit: AuditLog
    home: HomeView
    window: MainWindow
    records: RecordAreas
    stores: Stores

    @property
    def propaganda_view(self) -> Any:  # a RecordView; Any: tests call its methods
        return self.window.page("propaganda")

    @property
    def profile_view(self) -> Any:  # a ProfileView
        return self.window.page("profile")

    @property
    def plan_view(self) -> Any:  # a PlanView
        return self.window.page("plan")


def build_areas(
    window: MainWindow, db: Database, *, actor: str = ACTOR, today: Callable[[], date] = date.today
) -> Areas | OfficeAreas:
    """Create repositories for `db` (a new Stores: views never keep those of a database closed since), put the home
    page into `window` and register how every other page is made."""
    from commune_desk.render.charts import targets_chart_png
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.ui.views.home_view import HomeView
    from commune_desk.ui.views.figure_pages import install_figure_pages
    from commune_desk.ui.views.report_pages import install_report_pages
    from commune_desk.ui.views.record_areas import RECORD_KEYS, build_record_areas

    profile = Stores(db, actor).profiles.get()
    if profile.role == "office":  # the receiving office's desk: its own areas instead of the record areas
        from commune_desk.ui.views.office_areas import build_office_areas

        return build_office_areas(window, Stores(db, actor, today=today), today=today)
    if window.area_keys() != AREA_KEYS:  # the office desk was shown before the role changed back
        window.use_areas(AREAS)
    home = HomeView(lambda: from_database(db, today()))
    catalogues = record_catalogues(db, today)
    stores = Stores(db, actor, today=today, catalogues=catalogues)
    profiles, periods, audit = stores.profiles, stores.periods, stores.audit
    records = build_record_areas(stores, today=today)
    areas = Areas(db, profiles, periods, audit, home, window=window, records=records, stores=stores)

    def status(p: Profile) -> None:
        title = p.official_name if p.is_set else QCoreApplication.translate("App", "Unit profile not set")
        window.set_status(unit_title=title, is_demo=p.is_demo, encrypted=bool(db.encrypted), db_path=str(db.path))
        window.import_action.setVisible(True)

    def profile_changed(p: Profile) -> None:
        if p.role == "office":  # now the receiving office's desk: other areas altogether
            window.rebuildRequested.emit()
            return
        records.set_units(p.residential_units)
        home.refresh()
        status(p)

    def record_page(key: str) -> QWidget:
        view: QWidget = records.build(key)
        if hasattr(view, "changed"):
            view.changed.connect(home.refresh)
        if key == "units":
            cast(Any, view).profileChanged.connect(profile_changed)
        return view

    def plan_page() -> QWidget:
        from commune_desk.ui.views.plan_view import PlanView

        view = PlanView(
            stores.services.plans, plans=stores.plans, office_certs=stores.office_certs, profiles=profiles, today=today
        )
        view.planImported.connect(home.refresh)
        return view

    def profile_page() -> QWidget:
        from commune_desk.ui.views.profile_view import ProfileView

        view = ProfileView(profiles)
        view.profileChanged.connect(profile_changed)
        return view

    def import_workbook() -> None:
        from commune_desk.ui.dialogs.import_dialog import ImportDialog

        def imported(_counts: object) -> None:
            records.reload()
            home.refresh()

        dialog = ImportDialog(stores.services.records, profiles=profiles, parent=window)
        dialog.imported.connect(imported)
        dialog.exec()

    def page_factory(key: str) -> Callable[[], QWidget]:
        return lambda: record_page(key)

    def add_propaganda() -> None:
        window.show_area("propaganda")
        cast(Any, window.page("propaganda")).add()

    def import_plan() -> None:
        window.show_area("plan")
        cast(Any, window.page("plan")).import_plan()

    window.set_page("home", home)
    for key in RECORD_KEYS:
        window.set_page_factory(key, page_factory(key))
    window.set_page_factory("plan", plan_page)
    window.set_page_factory("profile", profile_page)
    install_report_pages(window, stores, chart=targets_chart_png, today=today)
    install_figure_pages(window, stores, home, catalogues=catalogues, today=today)
    home.areaRequested.connect(window.show_area)
    home.addPropagandaRequested.connect(add_propaganda)
    home.importPlanRequested.connect(import_plan)
    window.connect_area(window.importRequested, import_workbook)
    status(profile)
    return areas


def record_catalogues(db: Database, today: Callable[[], date]) -> CatalogueSet:
    """The catalogues of the plan in force this year, else the shipped defaults."""
    from commune_desk.services.plans.plan_catalogues import catalogues_for

    return catalogues_for(db, today().year)


# ---- opening the database ----------------------------------------------------------------------------------------
def _password_from_args(args: argparse.Namespace) -> str | None:
    source = getattr(args, "db_password_file", None) or os.environ.get(PASSWORD_FILE_ENV)
    if not source:
        return None
    from commune_desk.cli import read_password_file

    return read_password_file(source)


class Startup:
    """The deferred step, run once the empty window is on screen: a ui.session.Session does the work."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        args: argparse.Namespace,
        *,
        settings: AppSettings | None = None,
        warn: Callable[..., Any] | None = None,
        inform: Callable[..., Any] | None = None,
    ) -> None:
        from commune_desk.ui.app_settings import load_settings
        from commune_desk.ui.session import Session

        self.app = app
        self.window = window
        self.args = args
        self._first_open = True
        demo = bool(getattr(args, "demo", False))
        self.session = Session(
            window,
            self.db_path(),
            build=build_areas,
            stores=lambda db: Stores(db, ACTOR),
            demo=demo,
            prepare=self._fill_demo if demo else None,
            settings=settings or load_settings(),
            show_error=lambda parent, exc: show_expected(parent, exc),
            warn=warn,
            inform=inform,
            quit=app.exit,
            actor=ACTOR,
        )
        self.session.opened.connect(self._opened)
        app.aboutToQuit.connect(self.session.close)  # safety net; the window's close comes first
        window.backupRequested.connect(
            lambda: self.session.db is not None and backup_interactively(window, self.session.db)
        )

    @property
    def areas(self) -> Areas | None:
        return cast("Areas | None", self.session.areas)

    def db_path(self) -> Path:
        if getattr(self.args, "demo", False):
            return data_dir() / "demo.db"
        return Path(self.args.db) if getattr(self.args, "db", None) else default_db_path()

    def run(self, show: Callable[[], None] | None = None) -> bool:
        """Open the database behind the window; `show` puts the window on screen (see Session.start).

        False: the start ended already (the file is open in another window, or opening failed)."""
        secret = None if getattr(self.args, "demo", False) else _password_from_args(self.args)
        self.session.initial_secret = secret
        from commune_desk.ui.quick_start import quick_home

        return bool(self.session.start(quick_home=lambda path: quick_home(self.window, path), show=show))

    def close(self) -> None:
        """Exit backup, dispose, release the instance lock (the window's close does the same)."""
        self.session.close()

    def _opened(self, areas: Areas) -> None:
        if self._first_open and not areas.profiles.get().is_set:
            self.window.show_area("profile")
            areas.profile_view.edit(first_run=True)
        self._first_open = False

    @staticmethod
    def _fill_demo(db: Database) -> None:
        from commune_desk.services.demo_data.demo import create_demo

        if not Stores(db, "system").profiles.get().is_set:
            create_demo(db, year=date.today().year, seed=1, force=False, actor="system", with_plan=True)


def backup_interactively(window: QWidget, db: Database) -> None:
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.storage.backup import write_backup

    suggested = str(Path.home() / f"commune_desk-{date.today():%Y%m%d}.db")
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("App", "Back up the database"),
        suggested,
        QCoreApplication.translate("App", "Database (*.db)"),
    )
    if not path:
        return
    try:
        dest = write_backup(db, path)
    except ExpectedError as exc:
        show_expected(window, exc)
        return
    from commune_desk.ui.views.list_parts import inform_saved

    inform_saved(
        window,
        QCoreApplication.translate("App", "Backup written"),
        QCoreApplication.translate("App", "The backup was written and verified:\n%1").replace("%1", str(dest)),
        dest,
    )


def show_about(window: QWidget, startup: Startup) -> None:
    from commune_desk.ui.dialogs.about_dialog import AboutDialog

    db_path = str(startup.areas.db.path) if startup.areas else ""
    from commune_desk.paths import log_dir

    AboutDialog(__version__, str(data_dir()), db_path, window, log_folder=str(log_dir())).exec()


# ---- entry points ------------------------------------------------------------------------------------------------
def setup_logging() -> Path:
    """The rotating, redacting log file (imported late: logging.handlers is slow to import); then the private
    work folder: what a crashed run left is settled, temporary files of this one stay private."""
    from commune_desk.logging_setup import setup_logging as attach

    path = attach()
    from commune_desk.storage import scratch

    for line in scratch.recover():
        logging.getLogger(__name__).info("%s", line)
    scratch.use_private_tempdir()
    return path


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (called by cli.py when no subcommand is given)."""
    if getattr(args, "self_check", False):
        return self_check(args)
    from commune_desk.ui.app_settings import load_settings

    os.umask(0o077)  # every file this process makes (database, backups, exports, logs) is private: 0600
    settings = load_settings()
    app = make_application(getattr(args, "lang", None) or settings.language)
    install_excepthook(log_dir() / LOG_NAME)
    window = MainWindow()
    startup = Startup(app, window, args, settings=settings)
    # The log file's handler (logging.handlers pulls in socket, pickle …) is attached once the home is painted.
    startup.session.before_open = setup_logging
    if os.environ.get("COMMUNE_DESK_PRELOAD", "1") != "0":  # 0: everything on the UI thread (bench baseline)
        from commune_desk.ui.quick_start import preload_storage

        startup.session.preload = preload_storage
    window.aboutRequested.connect(lambda: show_about(window, startup))
    from commune_desk.ui import first_paint

    probe = None  # benchmarks: quit right after the home screen with its content is painted; kept until exit
    if first_paint.wanted():
        probe = first_paint.FirstPaintProbe(window, startup.session, app.exit)
    if not startup.run(show=window.show):  # the quick home goes in before the window's first paint
        return 2  # already open elsewhere: said in a message box, and the event loop never started
    code = app.exec()
    del probe
    return code


def self_check(args: argparse.Namespace) -> int:
    """Temporary database, migrations, translations, window, report and package (see commune_desk/self_check.py)."""
    from commune_desk.self_check import run

    return run(args)
