"""The private work folder: temporary files that may hold plaintext, and the journal that finds them after a crash.

Every process gets `<data>/tmp/<pid>-<token>/` (0700), locked by the operating system while it lives. Python's
own temporary files (openpyxl writes each sheet of an export to one) go there instead of the shared system temp
folder. A temporary file made beside a destination (an atomic write, a backup, a restore, a re-key) is noted in
the folder's journal before it exists and crossed out when it is gone, and a group of renames (a report's .docx
and .xlsx) is noted as one intent before the first rename. At the next start, `recover()` takes the folders of
processes that died: it finishes their noted renames (roll forward), wipes every temporary file still listed,
then the folder itself. The rule is in docs/security.md ("Nothing left behind").
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

JOURNAL = "journal"
LOCK = "lock"
_state: dict = {}  # {"pid", "base", "dir", "fd"}: this process's folder (re-made after a fork)


def root() -> Path:
    from commune_desk.paths import data_dir

    return data_dir() / "tmp"


def _lock(fd: int) -> bool:
    from commune_desk.storage.instance_lock import _try_lock

    return _try_lock(fd)


def private_dir() -> Path:
    """This process's private folder (made and locked on first use; under the current data folder)."""
    base = root()
    if _state.get("pid") == os.getpid() and _state.get("base") == base and _state["dir"].is_dir():
        return _state["dir"]
    base.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(base, 0o700)
    name = f"{os.getpid()}-{secrets.token_hex(4)}"
    making = base / f".{name}"  # locked before it gets a name recover() looks at
    making.mkdir(mode=0o700)
    fd = os.open(making / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    _lock(fd)
    folder = base / name
    os.replace(making, folder)
    _state.update(pid=os.getpid(), base=base, dir=folder, fd=fd)
    return folder


def note(entry: dict) -> None:
    """Append one line to this process's journal and make it durable before the caller goes on."""
    # surrogateescape: a path whose bytes are not UTF-8 (a stick's folder in an old code page) is written back as
    # those very bytes, so the next start finds and wipes the right file
    line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "surrogateescape")
    fd = os.open(private_dir() / JOURNAL, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def new_temp_name(dest: Path, suffix: str = "") -> Path:
    """A fresh hidden name beside `dest`, noted in the journal before anything is created under it."""
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{suffix}.tmp")
    note({"tmp": str(tmp)})
    return tmp


def secrets_token() -> str:
    return secrets.token_hex(8)


def forget(path: Path) -> None:
    """The temporary file is gone (renamed into place or removed): cross it out."""
    with contextlib.suppress(OSError):
        note({"done": str(path)})


def use_private_tempdir() -> Path:
    """Send Python's temporary files (tempfile, hence openpyxl's) into the private folder; returns it."""
    folder = private_dir() / "t"
    folder.mkdir(mode=0o700, exist_ok=True)
    tempfile.tempdir = str(folder)
    os.environ["TMPDIR"] = str(folder)  # child processes (LibreOffice for previews) too
    atexit.register(cleanup_own)
    return folder


@contextlib.contextmanager
def private_temp(prefix: str) -> Iterator[Path]:
    """A temporary folder inside the private folder, never in the shared system temp folder; Python's own
    temporary files (openpyxl writes each sheet to one) go there too while it is open, whoever called
    use_private_tempdir or not. Removed at the end; after a kill, by the next start's recover()."""
    base = private_dir() / "t"
    base.mkdir(mode=0o700, exist_ok=True)
    before = tempfile.tempdir
    tempfile.tempdir = str(base)
    try:
        with tempfile.TemporaryDirectory(prefix=prefix, dir=base) as tmp:
            yield Path(tmp)
    finally:
        tempfile.tempdir = before


def cleanup_own() -> None:
    """At a clean exit: wipe this process's folder (its journal lists nothing pending by then)."""
    folder = _state.get("dir")
    if folder is None or _state.get("pid") != os.getpid():
        return
    with contextlib.suppress(OSError):
        _settle(folder, own=True)


def recover() -> list[str]:
    """Settle the folders of processes that died (the lock is free): finish noted renames, wipe temporaries.

    Returns one line per thing done, for the log (paths only, never contents).
    """
    done: list[str] = []
    base = root()
    if not base.is_dir():
        return done
    own = _state.get("dir") if _state.get("pid") == os.getpid() else None
    for folder in sorted(base.iterdir()):
        if folder == own or folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            continue
        try:
            if not _lock(fd):
                continue  # its process is alive
            done += _settle(folder, own=False)
        except OSError as exc:
            log.warning("private folder %s not settled: %s", folder.name, exc.strerror)
        finally:
            os.close(fd)
    return done


def _read_journal(folder: Path) -> tuple[list[Path], list[list[tuple[Path, Path]]]]:
    temps: dict[str, None] = {}
    moves: dict[str, list] = {}
    try:
        lines = (folder / JOURNAL).read_bytes().splitlines()
    except FileNotFoundError:
        lines = []
    for raw in lines:
        try:
            entry = json.loads(raw.decode("utf-8", "surrogateescape"))
        except (UnicodeDecodeError, ValueError):
            continue  # a line cut by the crash: the one before it still counts
        if "tmp" in entry:
            temps[entry["tmp"]] = None
        elif "done" in entry:
            temps.pop(entry["done"], None)
        elif "move" in entry:
            moves[entry["id"]] = [(Path(a), Path(b)) for a, b in entry["move"]]
        elif "moved" in entry:
            moves.pop(entry["moved"], None)
    return [Path(t) for t in temps], list(moves.values())


def _settle(folder: Path, *, own: bool) -> list[str]:
    from commune_desk.storage.files import fsync_dir, secure_delete

    done = []
    temps, moves = _read_journal(folder)
    for pairs in moves:  # a group of renames was decided: finish it
        for tmp, dest in pairs:
            if tmp.exists():
                os.replace(tmp, dest)
                fsync_dir(dest.parent)
                done.append(f"finished an interrupted write: {dest}")
    for tmp in temps:
        for path in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            if secure_delete(path, sole_name_only=True):
                done.append(f"removed a temporary file left by an interrupted operation: {path}")
    for item in sorted(folder.rglob("*"), reverse=True):
        if item.is_file() and not item.is_symlink():
            if item.name not in (LOCK, JOURNAL):
                done.append(f"removed a private temporary file: {item.name}")
            secure_delete(item)
    shutil.rmtree(folder, ignore_errors=True)
    if own:
        _state.clear()
    return done
