"""Reading a package for verification: a .zip through the shared guard or an unpacked bag folder, bounded, and
telling a package that fails from something that is no package at all."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from commune_desk.services.packages.package import BAG_INFO, BAGIT_TXT, MANIFEST, SIGNATURE, TAGMANIFEST
from commune_desk.services.packages.verify_result import M, VerifyResult

if TYPE_CHECKING:
    from commune_desk.services.safe_input.limits import ZipLimits

log = logging.getLogger(__name__)
MiB = 1024 * 1024
MAX_PACKAGE_BYTES = 200 * MiB  # an unpacked bag folder; a .zip gets safe_input.PACKAGE
# The tag files every package carries; a folder or archive holding none of them is not a package at all.
PACKAGE_MARKERS = (BAGIT_TXT, BAG_INFO, MANIFEST, TAGMANIFEST, SIGNATURE)


def _package_limits() -> ZipLimits:
    from commune_desk.services.safe_input.limits import PACKAGE

    assert PACKAGE.zip is not None  # a package is a zip kind: its limits always carry zip bounds
    return PACKAGE.zip


def read_package_file(path: Path, result: VerifyResult) -> bytes | None:
    """The package file's bytes, read once under the size cap (None when refused: not a file, empty, too large)."""
    from commune_desk.services.safe_input.files import InputTooLarge, UnsafeInput, read_bytes_capped

    try:
        return read_bytes_capped(path, max_bytes=MAX_PACKAGE_BYTES)
    except InputTooLarge as exc:
        result.add("zip", False, Path(path).name, exc.template or str(exc), **exc.params)
    except UnsafeInput as exc:  # not a file, empty, unreadable
        result.readable = False
        result.add("zip", False, Path(path).name, exc.template or str(exc), **exc.params)
    return None


def read_zip(path: Path, result: VerifyResult) -> dict[str, bytes] | None:
    """The archive's files through the shared guard (safe_input, package limits); None when refused."""
    data = read_package_file(Path(path), result)
    return None if data is None else read_zip_data(data, Path(path).name, result)


def read_zip_data(data: bytes, name: str, result: VerifyResult) -> dict[str, bytes] | None:
    """The files of a package already in memory (the bytes hashed are the bytes verified); None when refused.

    Any failure while unpacking (a damaged deflate stream, a CRC error, odd headers) is this file's verdict,
    never an exception: one bad file must not stop a batch.
    """
    from commune_desk.services.safe_input.files import InputTooLarge, UnsafeArchive, UnsafeInput
    from commune_desk.services.safe_input.zips import read_zip_members

    try:
        files = read_zip_members(data, _package_limits(), max_bytes=MAX_PACKAGE_BYTES, name=name)
    except (UnsafeArchive, InputTooLarge) as exc:
        result.add("zip", False, name, exc.template or str(exc), **exc.params)
        return None
    except UnsafeInput as exc:  # not a zip, empty
        result.readable = False
        result.add("zip", False, name, exc.template or str(exc), **exc.params)
        return None
    except Exception as exc:  # noqa: BLE001 - untrusted input boundary: any unpacking failure is the file's
        log.warning("package %s refused while unpacking: %s", name, exc.__class__.__name__)
        result.add("zip", False, name, M["damaged"], detail=f"{exc.__class__.__name__}: {str(exc)[:200]}")
        return None
    result.add("zip", True, name, M["zip_ok"], count=len(files))
    return files


def read_folder(path: Path, result: VerifyResult) -> dict[str, bytes] | None:
    """An unpacked bag folder's files (no symbolic links, no FIFOs or devices, bounded size)."""
    import stat

    files, total = {}, 0
    for item in sorted(path.rglob("*")):
        rel = item.relative_to(path).as_posix()
        mode = item.lstat().st_mode
        if stat.S_ISLNK(mode):
            result.add("zip", False, rel, M["symlink"])
            return None
        if stat.S_ISDIR(mode):
            continue
        if not stat.S_ISREG(mode):
            result.add("zip", False, rel, M["not_regular"])
            return None
        total += item.stat().st_size
        if total > MAX_PACKAGE_BYTES:
            result.add("zip", False, rel, M["too_large"], limit=f"{MAX_PACKAGE_BYTES:,}")
            return None
        with open(item, "rb") as fh:  # read under the cap even if the file grows meanwhile
            files[rel] = fh.read(MAX_PACKAGE_BYTES - total + item.stat().st_size + 1)
    return files


def not_a_package(files: dict[str, bytes], name: str, result: VerifyResult) -> bool:
    """True (and the verdict recorded) when no tag file of a bag is at the top or in the one folder holding
    everything: a wrong folder or file, which is bad input (exit 2), not a package that fails (exit 1)."""
    tops = {member.split("/", 1)[0] for member in files}
    inner = tops.pop() + "/" if len(tops) == 1 and all("/" in member for member in files) else ""
    if any(marker in files or (inner and inner + marker in files) for marker in PACKAGE_MARKERS):
        return False
    result.readable = False
    result.not_package = True
    result.add("package", False, name, M["not_package"], names=", ".join(PACKAGE_MARKERS))
    return True
