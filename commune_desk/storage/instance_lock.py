"""One CommuneDesk window per database: an OS-level lock on `<db>.lock`; a dead holder's lock vanishes with it."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from commune_desk.storage.errors import StorageError

LOCK_SUFFIX = ".lock"


def _host_name() -> str:
    """This computer's name, without importing socket (it costs start-up time; see docs/startup.md)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


class AlreadyOpen(StorageError):
    """Another CommuneDesk (window or command) has this database open."""


def lock_path_for(db_path: os.PathLike | str) -> Path:
    return Path(str(Path(db_path).absolute()) + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f" (process {info.get('pid', '?')} on {info.get('host', '?')}, since {info.get('since', '?')})"
    except (OSError, ValueError):
        return ""


class InstanceLock:
    """Hold `<db>.lock` while a window works on the database; use as a context manager or acquire/release.

    The lock is the operating system's (flock / msvcrt.locking), so a crashed or killed holder releases it: a
    lock file left behind is stale and simply taken over.
    """

    def __init__(self, db_path: os.PathLike | str, purpose: str = "window") -> None:
        self.db_path = Path(db_path).absolute()
        self.path = lock_path_for(self.db_path)
        self.purpose = purpose
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "InstanceLock":
        if self._fd is not None:
            return self
        for _attempt in range(5):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise AlreadyOpen(f"cannot create the lock file {self.path}: {exc.strerror}") from exc
            if not _try_lock(fd):
                os.close(fd)
                raise AlreadyOpen(
                    f"the database {self.db_path.name} is already open in another CommuneDesk{_holder(self.path)}; "
                    "close it there first")
            # The file may have been removed by a releasing holder between our open and lock: retry on a fresh one.
            if os.name != "nt":
                try:
                    same = os.path.samestat(os.fstat(fd), os.stat(self.path))
                except FileNotFoundError:
                    same = False
                if not same:
                    _unlock(fd)
                    os.close(fd)
                    continue
            info = {"pid": os.getpid(), "host": _host_name(), "purpose": self.purpose,
                    "since": datetime.now().isoformat(timespec="seconds")}
            data = json.dumps(info).encode("utf-8")
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET) if os.name != "nt" else os.lseek(fd, 1, os.SEEK_SET)
            os.write(fd, data)
            self._fd = fd
            return self
        raise AlreadyOpen(f"the database {self.db_path.name} is being opened by another CommuneDesk; try again")

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if os.name != "nt":
                # Removed while still locked, so no one can lock the old file after we let go.
                try:
                    self.path.unlink()
                except OSError:
                    pass
            _unlock(fd)
        finally:
            os.close(fd)
        if os.name == "nt":  # pragma: no cover - Windows: remove after closing
            try:
                self.path.unlink()
            except OSError:
                pass

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
