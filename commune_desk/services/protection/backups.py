"""Automatic rotating backups (daily and on exit) beside the database and on an optional second medium."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from commune_desk.domain.errors import ExpectedError
from commune_desk.paths import backup_dir_for

log = logging.getLogger(__name__)

KINDS = ("daily", "exit", "manual")
SECOND_FOLDER_KEY = "backup.second_folder"
KEEP_DAILY_KEY = "backup.keep_daily"
KEEP_EXIT_KEY = "backup.keep_exit"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupPolicy:
    """How many automatic backups of each kind are kept, and an optional second folder (USB stick, share)."""

    keep_daily: int = 7
    keep_exit: int = 10
    keep_manual: int = 0  # 0 = never removed automatically
    second_folder: Path | None = None

    def keep(self, kind: str) -> int:
        return {"daily": self.keep_daily, "exit": self.keep_exit}.get(kind, self.keep_manual)


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str
    when: datetime


@dataclass
class BackupRun:
    """The outcome of one automatic backup: files written (each verified), files rotated away, problems."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.written) and not self.problems


def _pattern(stem: str, kind: str) -> re.Pattern:
    return re.compile(rf"^{re.escape(stem)}\.{re.escape(kind)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.db$")


def backup_name(db_path: Path, kind: str, when: datetime) -> str:
    return f"{Path(db_path).stem}.{kind}-{when.strftime(_STAMP)}.db"


def list_backups(db_path: Path, folder: Path | None = None, kinds=KINDS) -> list[BackupEntry]:
    """Backups of `db_path` found in `folder` (default: the backups folder beside it), newest first."""
    folder = Path(folder) if folder else backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    out = []
    stem = Path(db_path).stem
    for kind in kinds:
        pattern = _pattern(stem, kind)
        for path in folder.iterdir():
            m = pattern.match(path.name)
            if m:
                out.append(BackupEntry(path, kind, datetime.strptime(m.group(1), _STAMP)))
    return sorted(out, key=lambda e: (e.when, e.path.name), reverse=True)


def rotate(db_path: Path, folder: Path, kind: str, keep: int) -> list[Path]:
    """Remove all but the `keep` newest backups of `kind` (and their key files); keep <= 0 removes nothing."""
    from commune_desk.storage.backup_seal import seal_path
    from commune_desk.storage.keys import key_file_path

    if keep <= 0:
        return []
    removed = []
    for entry in list_backups(db_path, folder, (kind,))[keep:]:
        try:
            entry.path.unlink()
            key_file_path(entry.path).unlink(missing_ok=True)
            seal_path(entry.path).unlink(missing_ok=True)
            removed.append(entry.path)
        except OSError as exc:
            log.warning("old backup %s could not be removed: %s", entry.path.name, exc.strerror)
    return removed


def _free_name(folder: Path, db_path: Path, kind: str, when: datetime) -> Path:
    dest = folder / backup_name(db_path, kind, when)
    n = 2
    while dest.exists():
        dest = folder / f"{Path(db_path).stem}.{kind}-{when.strftime(_STAMP)}-{n}.db"
        n += 1
    return dest


def load_policy(db, **overrides) -> BackupPolicy:
    """The policy with the second folder stored in the database settings (empty = none)."""
    from commune_desk.storage.profile_repo import ProfileRepository

    folder = ProfileRepository(db, "system").get_setting(SECOND_FOLDER_KEY, "").strip()
    return BackupPolicy(second_folder=Path(folder) if folder else None, **overrides)


def save_second_folder(db, folder: Path | None, actor: str) -> None:
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, actor).set_setting(SECOND_FOLDER_KEY, str(folder) if folder else "")


def stored_policy(db) -> BackupPolicy:
    """The policy `db` keeps in its settings (they travel with it): second folder and retention counts."""
    from commune_desk.storage.profile_repo import ProfileRepository

    repo = ProfileRepository(db, "system")
    defaults = BackupPolicy()
    return load_policy(db, keep_daily=_count(repo.get_setting(KEEP_DAILY_KEY, ""), defaults.keep_daily),
                       keep_exit=_count(repo.get_setting(KEEP_EXIT_KEY, ""), defaults.keep_exit))


def save_stored_policy(db, *, second_folder: Path | None, keep_daily: int, keep_exit: int, actor: str) -> None:
    from commune_desk.storage.profile_repo import ProfileRepository

    save_second_folder(db, second_folder, actor)
    repo = ProfileRepository(db, actor)
    repo.set_setting(KEEP_DAILY_KEY, str(int(keep_daily)))
    repo.set_setting(KEEP_EXIT_KEY, str(int(keep_exit)))


def _count(text: str, default: int) -> int:
    """A stored retention count, or `default` when it is not a number from 1 to 365 (a hand-edited file)."""
    try:
        value = int(text)
    except ValueError:
        return default
    return value if 1 <= value <= 365 else default


def backup_now(db, kind: str, policy: BackupPolicy = BackupPolicy(), *, now: datetime | None = None) -> BackupRun:
    """Write one verified backup of `kind` into each folder of the policy, then rotate that folder.

    A failing second medium (missing, full, read-only) is reported in `problems`, never raised; a failure in
    the main backups folder is raised as an ExpectedError with a clear message.
    """
    from commune_desk.storage.backup import write_backup

    if kind not in KINDS:
        raise ValueError(kind)
    now = now or datetime.now()
    run = BackupRun()
    folders = [backup_dir_for(db.path)]
    if policy.second_folder is not None:
        folders.append(Path(policy.second_folder))
    for index, folder in enumerate(folders):
        try:
            if index > 0 and not folder.is_dir():
                raise ExpectedError(f"the second backup folder {folder} is not available (is the USB stick in?)")
            dest = write_backup(db, _free_name(folder, db.path, kind, now), verify=True)
            run.written.append(dest)
            run.removed += rotate(db.path, folder, kind, policy.keep(kind))
        except ExpectedError as exc:
            if index == 0:
                raise
            run.problems.append(str(exc))
            log.warning("second backup folder skipped: %s", exc)
    log.info("%s backup written to %d folder(s)", kind, len(run.written))
    return run


def daily_backup_due(db_path: Path, *, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    return not any(e.when.date() == now.date() for e in list_backups(db_path, kinds=("daily",)))


def daily_backup_if_due(db, policy: BackupPolicy = BackupPolicy(), *, now: datetime | None = None
                        ) -> BackupRun | None:
    """The day's first call writes the daily backup; later calls that day do nothing (returns None)."""
    if not daily_backup_due(db.path, now=now):
        return None
    return backup_now(db, "daily", policy, now=now)


def backup_on_exit(db, policy: BackupPolicy = BackupPolicy(), *, now: datetime | None = None) -> BackupRun:
    """Called when the window closes (before disposing the database): an "exit" backup, and the daily if due."""
    run = backup_now(db, "exit", policy, now=now)
    daily = daily_backup_if_due(db, policy, now=now)
    if daily is not None:
        run.written += daily.written
        run.removed += daily.removed
        run.problems += daily.problems
    return run
