"""The start before the database is open: the quick home read without SQLAlchemy, and the storage preload."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable


def quick_home(window, path: Path, today: Callable[[], date] = date.today):
    """The home page with its figures read without SQLAlchemy (services.targets.home_figures.quick_read), or None.

    Shown while the full application loads behind it; build_areas then replaces it with the live home page.
    """
    from commune_desk.services.targets.home_figures import quick_read
    from commune_desk.ui.views.home_view import HomeView

    figures = quick_read(path, today())
    if figures is None:
        return None
    profile = figures.profile
    window.set_status(unit_title=profile.official_name, is_demo=profile.is_demo, encrypted=False,
                      db_path=str(path), ready=False)
    home = HomeView(lambda: figures)
    # Its buttons already lead to their areas; those show "Opening the database…" until they are built.
    home.areaRequested.connect(window.show_area)
    home.addPropagandaRequested.connect(lambda: window.show_area("propaganda"))
    home.importPlanRequested.connect(lambda: window.show_area("plan"))
    return home


def preload_storage() -> None:
    """Import what opening the database needs (SQLAlchemy, the ORM tables, the repositories the session uses
    first); run on a worker thread while the quick home is on screen (ui.first_paint.preload_then)."""
    import importlib

    for name in ("commune_desk.storage.database", "commune_desk.storage.models", "commune_desk.storage.keys",
                 "commune_desk.storage.profile_repo", "commune_desk.storage.repos.listing",
                 "commune_desk.storage.period_repo", "commune_desk.services.packages.period_lifecycle",
                 "commune_desk.services.protection.backups", "commune_desk.services.plans.plan_catalogues"):
        importlib.import_module(name)
    from commune_desk.storage.models import configure

    configure()
