"""Where things live: data, log and backup folders (platformdirs) and the shipped resources; no side effects."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CommuneDesk"
DB_ENV = "COMMUNE_DESK_DB"
PASSWORD_FILE_ENV = "COMMUNE_DESK_DB_PASSWORD_FILE"
HOME_ENV = "COMMUNE_DESK_HOME"  # tests and portable installs put every folder below this one


def _base_dirs() -> tuple[Path, Path]:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "data", Path(home) / "logs"
    import platformdirs

    return (
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def data_dir() -> Path:
    return _base_dirs()[0]


LOG_NAME = "commune_desk.log"  # in log_dir(); logging_setup attaches it, the crash dialog names it


def log_dir() -> Path:
    return _base_dirs()[1]


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database in a `backups` folder, so a copied data folder carries them along."""
    return Path(db_path).resolve().parent / "backups"


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or data_dir() / "commune_desk.db")


def project_root() -> Path:
    """The folder holding `resources/` and `translations/`: the bundle when frozen, else the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def translations_dir() -> Path:
    return project_root() / "translations"
