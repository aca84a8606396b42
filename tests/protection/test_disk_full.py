"""A really full disk (a small filesystem filled up, not a mocked write): `backup`, `report`, `package` and
`records export` onto it exit 2 with one line naming the target, leave nothing half-written, change no data."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from .test_exits_and_backups import _one_clear_line

PASSWORD = "khóa bí mật 2026"


@contextlib.contextmanager
def small_filesystem(where: Path, size_mb: int = 8):
    """A filesystem of `size_mb` at `where`: tmpfs if the kernel lets us mount one, else an ext2 image on a loop
    device; the test is skipped, naming both refusals, only when neither can be mounted (not root, a container
    without CAP_SYS_ADMIN)."""
    where.mkdir()
    tried = []
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        tried.append(f"tmpfs: {r.stderr.strip() or r.returncode}")
        image = where.parent / f"{where.name}.img"
        with open(image, "wb") as fh:
            fh.truncate(size_mb << 20)
        made = (
            subprocess.run(["mkfs.ext2", "-q", "-F", "-m", "0", str(image)], capture_output=True, text=True)
            if shutil.which("mkfs.ext2")
            else None
        )
        r = (
            subprocess.run(["mount", "-o", "loop", str(image), str(where)], capture_output=True, text=True)
            if made is not None and made.returncode == 0
            else None
        )
        if r is None or r.returncode != 0:
            tried.append("loop image: " + (r.stderr.strip() if r is not None else "mkfs.ext2 unavailable or failed"))
            pytest.skip("no small filesystem can be mounted here to fill up (" + "; ".join(tried) + ")")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the filesystem of `folder` until only about `leave` bytes are free; returns the filler file."""
    filler = folder / "filler.bin"
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        chunk = b"\0" * (1 << 20)
        todo = max(free - leave, 0)
        while todo > 0:
            try:
                todo -= fh.write(chunk[: min(todo, len(chunk))])
            except OSError:
                break
        fh.flush()
        os.fsync(fh.fileno())
    return filler


def _dump(db: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def commune(tmp_path_factory, run_cli_module):
    """A demo commune with a signing key, and the size each command writes when there is room."""
    tmp = tmp_path_factory.mktemp("full")
    db, pw, key = tmp / "c.db", tmp / "pw.txt", tmp / "k.p12"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    for args in (
        ("demo", "--seed", "3", "--year", "2026"),
        (
            "keys",
            "new",
            "--out",
            key,
            "--password-file",
            pw,
            "--name",
            "UBND phường Phú Thịnh",
            "--unit-code",
            "900038",
        ),
    ):
        r = run_cli_module("--db", db, *args)
        assert r.returncode == 0, r.stderr
    return db, pw, key


@pytest.fixture(scope="module")
def run_cli_module():
    from tests.conftest import run_cli

    return run_cli


def _commands(commune, target: Path) -> dict[str, list]:
    db, pw, key = commune
    return {
        "backup": ["backup", target / "sao-luu.db"],
        "report": ["report", "2026-Q3", "--out", target / "bao-cao", "--date", "2026-10-05"],
        "package": [
            "package",
            "2026-Q3",
            "--out",
            target / "goi",
            "--key",
            key,
            "--password-file",
            pw,
            "--date",
            "2026-10-05",
        ],
        "records export": ["records", "export", target / "ho-so.xlsx"],
    }


_NEEDED: dict[str, int] = {}


def _needed(commune, run_cli_module, tmp_path, name) -> int:
    """Bytes the command writes when there is room (on the ordinary disk, on a copy of the database)."""
    if name not in _NEEDED:
        copy = tmp_path / "copy.db"
        shutil.copyfile(commune[0], copy)
        room = tmp_path / "room"
        room.mkdir()
        r = run_cli_module("--db", copy, *_commands((copy, *commune[1:]), room)[name])
        assert r.returncode == 0, r.stderr
        _NEEDED[name] = sum(p.stat().st_size for p in room.rglob("*") if p.is_file())
    return _NEEDED[name]


CASES = [
    pytest.param("backup", 0.0, id="backup-no-room"),
    pytest.param("report", 0.0, id="report-no-room"),
    pytest.param("package", 0.0, id="package-no-room"),
    pytest.param("records export", 0.0, id="records-export-no-room"),
    # Room for part of the output: the backup without its seal, the .docx without the .xlsx, half a zip (slow: run
    # by .ci/run after the default suite).
    pytest.param("backup", 0.5, id="backup-half-the-room", marks=pytest.mark.slow),
    pytest.param("report", 0.5, id="report-half-the-room", marks=pytest.mark.slow),
    pytest.param("package", 0.5, id="package-half-the-room", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("name", "share"), CASES)
def test_a_full_disk_gives_exit_2_naming_the_target_and_leaves_nothing(commune, run_cli_module, tmp_path, name, share):
    needed = _needed(commune, run_cli_module, tmp_path, name)
    db = tmp_path / "c.db"  # each case on its own copy of the commune
    shutil.copyfile(commune[0], db)
    mine = (db, *commune[1:])
    before = _dump(db)
    with small_filesystem(tmp_path / "stick", size_mb=max(4, needed * 3 >> 20)) as stick:
        filler = _fill(stick, int(needed * share))
        left = _tree(stick)
        args = _commands(mine, stick)[name]
        r = run_cli_module("--db", db, *args)
        assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
        line = _one_clear_line(r)
        assert str(stick) in line, line  # names the file or folder it could not write
        assert "space" in line.lower(), line  # and says what is wrong (free some space)
        assert _tree(stick) == left, _tree(stick) - left  # nothing half-written, no temporary file
        assert _dump(db) == before  # no data changed, no report number used
        if share == 0.0:
            filler.unlink()  # room again: the same command now works
            again = run_cli_module("--db", db, *args)
            assert again.returncode == 0, again.stderr
