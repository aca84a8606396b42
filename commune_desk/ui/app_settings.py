"""Settings of the application itself (language, auto-lock) in settings.json, and backup retention in the database."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from commune_desk.paths import data_dir

SETTINGS_FILE = "settings.json"
KEEP_DAILY_KEY = "backup.keep_daily"
KEEP_EXIT_KEY = "backup.keep_exit"
DEFAULT_AUTO_LOCK_MINUTES = 10


@dataclass(frozen=True)
class AppSettings:
    """Read before any database is open, so they live in a small file in the data folder, not in the database."""

    language: str = "vi"
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0 = never lock
    # The officer using this computer account: change history names them ("user" stood for everyone before).
    officer: str = ""

    def with_(self, **changes) -> "AppSettings":
        return replace(self, **changes)


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> AppSettings:
    """The saved settings; defaults for anything missing, unreadable or out of range."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    if not isinstance(raw, dict):
        return AppSettings()
    language = raw.get("language") if raw.get("language") in ("vi", "en") else "vi"
    minutes = raw.get("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
    if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
        minutes = DEFAULT_AUTO_LOCK_MINUTES
    return AppSettings(language=language, auto_lock_minutes=minutes, officer=clean_officer(raw.get("officer")))


OFFICER_MAX = 80


def clean_officer(value) -> str:
    """An officer's name as history keeps it: NFC, one line, no control characters, at most 80 characters;
    anything else (a number, a list from a hand-edited file) is no name."""
    import unicodedata

    if not isinstance(value, str):
        return ""
    spaced = " ".join(unicodedata.normalize("NFC", value).split())  # tabs and line breaks become one space
    text = "".join(ch for ch in spaced if unicodedata.category(ch)[0] != "C")
    return " ".join(text.split())[:OFFICER_MAX].strip()


def save_settings(settings: AppSettings, path: Path | None = None) -> Path:
    from commune_desk.storage.files import write_bytes_atomic

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_bytes_atomic(path, json.dumps(asdict(settings), indent=1).encode("utf-8"))


# ---- backup settings kept in the database (they travel with it) ---------------------------------------------------
def backup_policy(db):
    """The BackupPolicy of `db`: second folder and retention counts from its settings."""
    from commune_desk.services.protection.backups import BackupPolicy, load_policy
    from commune_desk.storage.profile_repo import ProfileRepository

    repo = ProfileRepository(db, "system")
    defaults = BackupPolicy()
    return load_policy(db, keep_daily=_count(repo.get_setting(KEEP_DAILY_KEY, ""), defaults.keep_daily),
                       keep_exit=_count(repo.get_setting(KEEP_EXIT_KEY, ""), defaults.keep_exit))


def save_backup_settings(db, *, second_folder: Path | None, keep_daily: int, keep_exit: int, actor: str) -> None:
    from commune_desk.services.protection.backups import save_second_folder
    from commune_desk.storage.profile_repo import ProfileRepository

    save_second_folder(db, second_folder, actor)
    repo = ProfileRepository(db, actor)
    repo.set_setting(KEEP_DAILY_KEY, str(int(keep_daily)))
    repo.set_setting(KEEP_EXIT_KEY, str(int(keep_exit)))


def _count(text: str, default: int) -> int:
    try:
        value = int(text)
    except ValueError:
        return default
    return value if 1 <= value <= 365 else default
