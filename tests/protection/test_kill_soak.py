"""kill -9 during `demo --force`, `report`, `backup`, `restore` and `password set`, then one more command: no half
state (the database old or new, a report's two files together or none, a backup with its seal or none) and no
file anywhere holding the plaintext marker (docs/security.md, "Nothing left behind").

The quick test kills each command once at a random moment; `-m slow` kills each one KILLS_SLOW times, at a moment
drawn between 0.3 s and the time the same command took to finish on this machine just before.
`COMMUNE_DESK_SOAK_TABLE=FILE` writes the per-command summary (runs, killed, states seen, seconds) to FILE.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from .helpers import NEEDLES, PASSWORD, add_sensitive

ROOT = Path(__file__).resolve().parents[2]
KILLS_SLOW = 10
SUMMARY: dict[str, "Tally"] = {}


@dataclass
class Tally:
    runs: int = 0
    killed: int = 0
    states: dict = field(default_factory=dict)
    seconds: float = 0.0


# ---- the world: built once, copied for every run ----------------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """enc/c.db (password mode) with the demo of seed 5 and the marker, state 'current', and its sealed backup
    enc/b.db (state 'backup'); plain/p.db, a plain demo with the marker."""
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.backup import write_backup
    from commune_desk.storage.database import open_database

    base = tmp_path_factory.mktemp("soak-template")
    (base / "enc").mkdir()
    (base / "plain").mkdir()
    (base / "pw.txt").write_text(PASSWORD + "\n", encoding="utf-8")
    home = base / "home"
    old = os.environ.get("COMMUNE_DESK_HOME")
    os.environ["COMMUNE_DESK_HOME"] = str(home)  # the seal key and private folder of this world
    try:
        for path, secret in ((base / "enc" / "c.db", PASSWORD), (base / "plain" / "p.db", None)):
            db = open_database(path, secret)
            try:
                create_demo(db, year=2026, seed=5, force=False, actor="t", today=date(2026, 11, 20))
                add_sensitive(db)
                _set_state(db, "backup")
                if secret:
                    write_backup(db, base / "enc" / "b.db")
                _set_state(db, "current")
            finally:
                db.dispose()
    finally:
        if old is None:
            os.environ.pop("COMMUNE_DESK_HOME", None)
        else:
            os.environ["COMMUNE_DESK_HOME"] = old
    shutil.rmtree(home / "tmp", ignore_errors=True)
    return base


def _set_state(db, value: str) -> None:
    with db.write() as s:
        s.execute(text("INSERT OR REPLACE INTO setting (key, value) VALUES ('test.state', :v)"), {"v": value})


def _world(template: Path, dest: Path) -> Path:
    shutil.copytree(template, dest)
    (dest / "systmp").mkdir()
    (dest / "out").mkdir()
    (dest / "usb").mkdir()
    return dest


def _env(world: Path) -> dict:
    env = dict(os.environ, COMMUNE_DESK_HOME=str(world / "home"), TMPDIR=str(world / "systmp"), PYTHONPATH=str(ROOT))
    env.pop("COMMUNE_DESK_DB", None)
    return env


def _cmd(world: Path, scenario: str) -> list:
    enc = ["--db", world / "enc" / "c.db", "--db-password-file", world / "pw.txt"]
    return {
        "demo --force": [*enc, "demo", "--seed", "6", "--year", "2026", "--force", "--no-plan"],
        "report": [*enc, "report", "2026-Q3", "--out", world / "out", "--date", "2026-11-20"],
        "backup": [*enc, "backup", world / "usb" / "b.db"],
        "restore": [*enc, "restore", world / "enc" / "b.db"],
        "password set": ["--db", world / "plain" / "p.db", "password", "set", "--new-password-file", world / "pw.txt"],
    }[scenario]


def _run(world: Path, args, *, kill_after: float | None = None) -> tuple[int, float]:
    """(exit code, seconds) of one real command line; killed with SIGKILL after `kill_after` seconds."""
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-m", "commune_desk", *map(str, args)],
        env=_env(world),
        cwd=world,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as proc:
        try:
            _out, err = proc.communicate(timeout=kill_after if kill_after is not None else 600)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=60)
        code = proc.returncode
    assert code in (0, -signal.SIGKILL), (args, code, err)
    return code, time.monotonic() - started


# ---- what the state must be after a kill and the next command ---------------------------------------------------
def _counts(path: Path, secret: str | None) -> dict:
    from commune_desk.storage.database import integrity_ok, open_database

    db = open_database(path, secret, create=False)
    try:
        assert integrity_ok(db)
        with db.read() as s:
            names = [
                r[0]
                for r in s.execute(
                    text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                )
            ]
            counts = {n: s.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in names}
            state = s.execute(text("SELECT value FROM setting WHERE key = 'test.state'")).scalar()
        return {**counts, "test.state": state}
    finally:
        db.dispose()


def _state(world: Path, scenario: str, old: dict, new: dict | None) -> str:
    """Which whole state the world is in ('old' / 'new'); fails on anything in between."""
    if scenario == "report":
        names = sorted(p.name for p in (world / "out").iterdir())
        assert names in ([], ["Bao-cao-2026-Q3.docx", "Bao-cao-2026-Q3.xlsx"]) or (
            len(names) == 2 and {Path(n).suffix for n in names} == {".docx", ".xlsx"}
        ), names
        for name in names:
            with zipfile.ZipFile(world / "out" / name) as zf:
                assert zf.testzip() is None, name
        return "new" if names else "old"
    if scenario == "backup":
        from commune_desk.storage.backup_seal import check_seal

        names = sorted(p.name for p in (world / "usb").iterdir())
        assert names in ([], ["b.db", "b.db.seal"]), names
        if names:
            assert check_seal(world / "enc" / "c.db", world / "usb" / "b.db").verified
            assert _counts(world / "usb" / "b.db", PASSWORD) == old
        return "new" if names else "old"
    if scenario == "password set":
        from commune_desk.storage.keys import protection

        mode = protection(world / "plain" / "p.db").mode
        assert mode in ("plain", "key-file"), mode
        got = _counts(world / "plain" / "p.db", None if mode == "plain" else PASSWORD)
        assert got == old, "records changed while encrypting"
        return "old" if mode == "plain" else "new"
    got = _counts(world / "enc" / "c.db", PASSWORD)
    assert got in (old, new), {k: (old.get(k), got.get(k), (new or {}).get(k)) for k in got if got[k] != old.get(k)}
    return "old" if got == old else "new"


def _no_leftovers(world: Path, scenario: str, state: str) -> None:
    """No hidden temporary file anywhere; no file but the expected plaintext ones holds the marker."""
    allowed: set[Path] = set()
    if scenario == "password set" and state == "old":  # still a plain database: it is the plaintext
        p = world / "plain" / "p.db"
        allowed = {p, Path(f"{p}-wal"), Path(f"{p}-shm")}
    if scenario == "report":  # a report is plaintext by design once written
        allowed = {p for p in (world / "out").iterdir() if p.suffix in (".docx", ".xlsx")}
    hidden, leaking = [], []
    for path in world.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            hidden.append(path)
        if path.parent == world / ("enc" if scenario == "password set" else "plain"):
            continue  # the world's other database is not in play
        if path not in allowed and any(n in path.read_bytes() for n in NEEDLES):
            leaking.append(path)
    assert not hidden, hidden
    assert not leaking, leaking
    leftover_dirs = (
        [p for p in (world / "home" / "tmp").glob("*") if p.is_dir()] if (world / "home" / "tmp").is_dir() else []
    )
    assert not leftover_dirs, leftover_dirs
    assert not list((world / "systmp").iterdir()), "something was written to the system temp folder"


def _soak(template: Path, tmp_path: Path, scenario: str, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = SUMMARY.setdefault(scenario, Tally())
    # One run to the end: the new state, and how long the command takes on this machine now.
    ref = _world(template, tmp_path / "ref")
    old = _state_counts(ref, scenario)
    code, full = _run(ref, _cmd(ref, scenario))
    assert code == 0
    new = _state_counts(ref, scenario) if scenario in ("demo --force", "restore") else None
    if scenario == "restore":
        assert new["test.state"] == "backup"
    started = time.monotonic()
    for i in range(kills):
        world = _world(template, tmp_path / f"k{i}")
        code, _took = _run(world, _cmd(world, scenario), kill_after=rng.uniform(0.3, full * 1.05))
        tally.runs += 1
        tally.killed += code == -signal.SIGKILL
        enc = ["--db-password-file", world / "pw.txt"] if scenario != "password set" else []
        db = world / ("plain/p.db" if scenario == "password set" else "enc/c.db")
        after, _ = _run(world, ["--db", db, *enc, "password", "status"])  # the next start settles what was left
        assert after == 0
        state = _state(world, scenario, old, new)
        tally.states[state] = tally.states.get(state, 0) + 1
        _no_leftovers(world, scenario, state)
        shutil.rmtree(world)
    tally.seconds += time.monotonic() - started
    return tally


def _state_counts(world: Path, scenario: str) -> dict:
    if scenario == "password set":
        return _counts(world / "plain" / "p.db", None)
    return _counts(world / "enc" / "c.db", PASSWORD)


SCENARIOS = ["demo --force", "report", "backup", "restore", "password set"]


@pytest.fixture(scope="module", autouse=True)
def _summary():
    """After the module: runs, kills and the states seen per command (printed with -s; written to a file when
    COMMUNE_DESK_SOAK_TABLE names one)."""
    yield
    lines = ["| command | runs | killed | states after the next start | seconds |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {t.runs} | {t.killed} | {t.states} | {t.seconds:.0f} |" for k, t in SUMMARY.items()]
    print("\n" + "\n".join(lines))
    target = os.environ.get("COMMUNE_DESK_SOAK_TABLE")
    if target:
        Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_one_kill_leaves_no_half_state_and_no_plaintext(template, tmp_path, scenario):
    tally = _soak(template, tmp_path, scenario, 1, seed=SCENARIOS.index(scenario))
    assert tally.runs >= 1


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_kill_9_soak(template, tmp_path, scenario):
    tally = _soak(template, tmp_path, scenario, KILLS_SLOW, seed=100 + SCENARIOS.index(scenario))
    assert tally.killed >= KILLS_SLOW // 2, "most runs must really be killed mid-way"
