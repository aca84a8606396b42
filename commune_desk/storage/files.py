"""Atomic, durable file writing (temporary name in the same folder, fsync, rename, fsync the folder) and removal."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
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
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=suffix + ".tmp", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        raise FileWriteFailed(f"cannot write {dest}: {describe_os_error(exc)}") from exc
    tmp = Path(tmp_name)
    tmp.unlink()  # writers such as VACUUM INTO refuse an existing file
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        raise FileWriteFailed(f"cannot write {dest}: {describe_os_error(exc)}") from exc
    finally:
        _remove_quietly(tmp)
        for extra in ("-wal", "-shm", "-journal"):  # left by a database written into tmp
            _remove_quietly(Path(str(tmp) + extra))


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


def secure_delete(path: os.PathLike | str, *, chunk: int = 1 << 20) -> bool:
    """Overwrite a file with zeros, fsync and unlink it; best effort (SSDs and journals may keep old blocks).

    Returns True when the file existed and was removed.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
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
