"""Settings of the application itself (language, auto-lock, officer) in settings.json; backup retention is kept in the
database (services.protection.backups.stored_policy)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from commune_desk.paths import data_dir

SETTINGS_FILE = "settings.json"
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
