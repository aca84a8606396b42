"""Atomic, durable file writing (temporary name in the same folder, fsync, rename, fsync the folder) and removal."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import Callable, Iterator

from commune_desk.storage.errors import StorageError


class FileWriteFailed(StorageError):
    """A file could not be written (full disk, read-only or vanished medium, no permission); nothing was left."""


_ERRNO_MESSAGES = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    getattr(errno, "EDQUOT", -1): "the disk quota is used up; free some space and try again",
    errno.EFBIG: "the file is too large for this disk",
    errno.EROFS: "the folder is on a read-only medium",
    errno.EACCES: "the folder is read-only or you have no permission to write there",
    errno.EPERM: "the folder is read-only or you have no permission to write there",
    errno.ENOENT: "the folder does not exist (was a USB stick removed?)",
    errno.EIO: "the disk could not be written (was a USB stick removed?)",
    errno.EEXIST: "a file of that name is in the way where a folder is needed",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder, not a file",
    getattr(errno, "ENODEV", -2): "the disk is gone (was a USB stick removed?)",
}


def describe_os_error(exc: OSError) -> str:
    """A plain sentence for an OSError the user can act on."""
    return _ERRNO_MESSAGES.get(exc.errno, exc.strerror or str(exc))


def fsync_dir(folder: Path) -> None:
    # Directory fsync makes the rename itself durable; Windows has no such call, and NTFS journals renames.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def atomic_path(dest: os.PathLike | str, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside `dest`; on success it is fsynced and renamed over `dest`, else removed.

    The caller writes the temporary file by any means (a library's save(), VACUUM INTO …). An OSError on the
    way (full disk, read-only or vanished medium) becomes FileWriteFailed naming `dest`; `dest` is untouched.
    The temporary name is noted in the private folder's journal first (storage/scratch.py), so one left by a
    killed process is wiped at the next start; the finished file is private (0600).
    """
    with atomic_paths([dest], suffixes=[suffix]) as (tmp,):
        yield tmp


@contextlib.contextmanager
def atomic_paths(dests, suffixes=None) -> Iterator[list[Path]]:
    """atomic_path for files that belong together (a report's .docx and .xlsx): all appear, or none does.

    Each is written to its temporary path; then the group of renames is noted in the journal as one intent
    before the first rename, so a process killed between two renames has the group finished at the next start.
    """
    from commune_desk.storage import scratch

    dests = [Path(d) for d in dests]
    suffixes = suffixes or [""] * len(dests)
    tmps: list[Path] = []
    made: list[Path] = []  # folders created here, removed again (when empty) if the group fails
    try:
        for dest, suffix in zip(dests, suffixes):
            made += _make_folders(dest.parent)
            tmps.append(scratch.new_temp_name(dest, suffix))
    except OSError as exc:
        for tmp in tmps:
            scratch.forget(tmp)
        _remove_empty(made)
        raise FileWriteFailed(f"cannot write {dests[len(tmps)] if len(tmps) < len(dests) else dests[0]}: "
                              f"{describe_os_error(exc)}") from exc
    current = dests[0]
    done = False
    try:
        yield tmps
        for tmp, dest in zip(tmps, dests):
            current = dest
            os.chmod(tmp, 0o600)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        if len(dests) > 1:
            group = scratch.secrets_token()
            scratch.note({"id": group, "move": [[str(t), str(d)] for t, d in zip(tmps, dests)]})
        for tmp, dest in zip(tmps, dests):
            current = dest
            os.replace(tmp, dest)
        for folder in {d.parent for d in dests}:
            fsync_dir(folder)
        if len(dests) > 1:
            scratch.note({"moved": group})
        done = True
    except OSError as exc:
        raise FileWriteFailed(f"cannot write {current}: {describe_os_error(exc)}") from exc
    finally:
        for tmp in tmps:
            _remove_quietly(tmp)
            for extra in ("-wal", "-shm", "-journal"):  # left by a database written into tmp
                _remove_quietly(Path(str(tmp) + extra))
            scratch.forget(tmp)
        if not done:  # a refused write leaves no trace, not even the empty folder it made for itself
            _remove_empty(made)


def _make_folders(folder: Path) -> list[Path]:
    """mkdir -p `folder`; returns the folders that did not exist before, outermost first."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    return list(reversed(missing))


def _remove_empty(folders: list[Path]) -> None:
    for folder in reversed(folders):  # innermost first; a folder something else filled meanwhile stays
        with contextlib.suppress(OSError):
            folder.rmdir()


def write_bytes_atomic(dest: os.PathLike | str, data: bytes) -> Path:
    with atomic_path(dest) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
    return Path(dest)


def write_with(dest: os.PathLike | str, writer: Callable[[Path], None]) -> Path:
    """Run `writer(tmp_path)` and move the finished file into place atomically."""
    with atomic_path(dest, suffix=Path(dest).suffix) as tmp:
        writer(tmp)
    return Path(dest)


def copy_atomic(source: os.PathLike | str, dest: os.PathLike | str, *, chunk: int = 1 << 20) -> Path:
    """Copy `source` to `dest` through a temporary file (never a half-copied `dest`)."""
    with atomic_path(dest, suffix=Path(dest).suffix) as tmp:
        with open(source, "rb") as src, open(tmp, "wb") as out:
            while block := src.read(chunk):
                out.write(block)
    return Path(dest)


def secure_delete(path: os.PathLike | str, *, chunk: int = 1 << 20, sole_name_only: bool = False) -> bool:
    """Overwrite a file with zeros, fsync and unlink it; best effort (SSDs and journals may keep old blocks).

    `sole_name_only`: overwrite only when no other name (hard link) shares the content, else just unlink this
    name: after a crash, a temporary second name may still point at a live database. A symbolic link or a
    special file is only unlinked. Returns True when the file existed and was removed.
    """
    path = Path(path)
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    size = info.st_size
    if (sole_name_only and info.st_nlink > 1) or not stat.S_ISREG(info.st_mode):
        # Another name still holds this content (a hard link to a live database): remove this name only.
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return True
    try:
        with open(path, "r+b") as fh:
            zeros = bytes(min(chunk, max(size, 1)))
            left = size
            while left > 0:
                left -= fh.write(zeros[:min(left, len(zeros))])
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass  # still unlink below: a removed file is better than a kept one
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return True
