"""Finds removable drives (USB sticks) and the workbooks on them: /sys/block on Linux, GetDriveTypeW on Windows."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from commune_desk.domain.text import natural_key

DRIVE_REMOVABLE = 2          # GetDriveTypeW result for floppy, USB sticks and card readers
MAX_DEPTH = 3                # folders below the drive root that are searched
MAX_FILES = 200              # workbooks listed at most, per drive
MAX_ENTRIES = 20000          # directory entries looked at, per drive (a full disk must not hang the dialog)
_SKIP_DIRS = {"$recycle.bin", "system volume information", ".trash-1000", ".trashes", ".spotlight-v100",
              ".fseventsd", "found.000"}


@dataclass(frozen=True)
class Volume:
    """A mounted volume: where it is mounted, its device, a display name and whether it is removable."""

    root: str
    device: str = ""
    name: str = ""
    removable: bool = False


def base_device(device: str) -> str:
    """The whole-disk name under /sys/block for a partition device: /dev/sdb1 -> sdb, /dev/nvme0n1p2 -> nvme0n1,
    /dev/mmcblk0p1 -> mmcblk0."""
    name = os.path.basename(device.rstrip("/"))
    m = re.match(r"^((?:nvme\d+n\d+)|(?:mmcblk\d+)|(?:loop\d+))(?:p\d+)?$", name)
    if m:
        return m.group(1)
    return re.sub(r"\d+$", "", name)


def linux_removable(device: str, sys_block: Path = Path("/sys/block")) -> bool:
    """True when /sys/block/<disk>/removable says 1, or the disk hangs off a USB bus (many USB disks say 0)."""
    if not device.startswith("/dev/"):
        return False
    disk = base_device(device)
    if not disk:
        return False
    folder = sys_block / disk
    try:
        if (folder / "removable").read_text(encoding="ascii").strip() == "1":
            return True
    except OSError:
        return False
    try:
        return "/usb" in os.path.realpath(folder / "device")
    except OSError:
        return False


def windows_removable(root: str) -> bool:
    """GetDriveTypeW(root) == DRIVE_REMOVABLE; False everywhere but Windows."""
    if sys.platform != "win32":
        return False
    import ctypes

    drive = root if root.endswith("\\") else root + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive)) == DRIVE_REMOVABLE


def is_removable(root: str, device: str = "") -> bool:
    if sys.platform == "win32":
        return windows_removable(root)
    if sys.platform.startswith("linux"):
        return linux_removable(device)
    return root.startswith("/Volumes/")        # macOS: external volumes are mounted there


def removable_volumes(volumes: list[Volume]) -> list[Volume]:
    """Those of `volumes` that are removable (the flag already set by the caller, or looked up now)."""
    out = []
    for v in volumes:
        if v.removable or is_removable(v.root, v.device):
            out.append(Volume(v.root, v.device, v.name, True))
    return out


def find_files(root, wanted: Callable[[str], bool], *, max_depth: int = MAX_DEPTH, limit: int = MAX_FILES,
               max_entries: int = MAX_ENTRIES) -> list[Path]:
    """The files under `root` whose name is `wanted` (at most `max_depth` folders down), hidden ("."), system ("$")
    and trash folders skipped, links not followed; sorted naturally by path. Bounded so that a big disk answers
    quickly: at most `limit` files and `max_entries` directory entries looked at."""
    found: list[Path] = []
    seen = 0
    stack = [(Path(root), 0)]
    while stack and len(found) < limit and seen < max_entries:
        folder, depth = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name.lower())
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if seen > max_entries or len(found) >= limit:
                break
            name = entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth < max_depth and not name.startswith((".", "$")) and name.lower() not in _SKIP_DIRS:
                        stack.append((Path(entry.path), depth + 1))
                elif entry.is_file(follow_symlinks=False) and wanted(name):
                    found.append(Path(entry.path))
            except OSError:
                continue
    return sorted(found, key=lambda p: natural_key(str(p)))


def find_workbooks(root, *, max_depth: int = MAX_DEPTH, limit: int = MAX_FILES,
                   max_entries: int = MAX_ENTRIES) -> list[Path]:
    """The .xlsx files under `root`, Office lock files (~$…) and hidden files ignored (see find_files)."""
    return find_files(root, lambda name: name.lower().endswith(".xlsx") and not name.startswith(("~$", ".")),
                      max_depth=max_depth, limit=limit, max_entries=max_entries)
