"""Atomic, durable file writing: temporary name in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator


def fsync_dir(folder: Path) -> None:
    # Directory fsync makes the rename itself durable; Windows has no such call, and NTFS journals renames.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(dest: os.PathLike | str, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside `dest`; on success it is fsynced and renamed over `dest`, else removed.

    The caller writes the temporary file by any means (a library's save(), VACUUM INTO …).
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=suffix + ".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # writers such as VACUUM INTO refuse an existing file
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


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
