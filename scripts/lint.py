"""Lint, format check and types for CI (`.ci/run`): ruff check, ruff format --check and mypy --strict over
domain/, storage/, services/ and the composition root, each with a backlog that may only shrink.

Usage: python3 scripts/lint.py            # all three; exit 0 = clean, 1 = findings (printed), 2 = a tool is missing
       python3 scripts/lint.py --update   # after a cleanup: drop the files that became clean from the backlogs
       python3 scripts/lint.py --update --adopt   # take today's unclean files as the backlogs (only for code
                                                  # written before the gate, e.g. a branch landing from then)

Why backlogs: reformatting the whole house (325 files) or annotating every service at once would collide with every
branch in flight; instead every file NOT in a backlog must be clean now, and a backlog file that became clean must
leave its backlog (this script says so), so the lists only get shorter. The settings live in pyproject.toml.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINTED = ["commune_desk", "tests", "scripts", "bench"]
FORMAT_BACKLOG = ROOT / "scripts" / "format-backlog.txt"
MYPY_BACKLOG = ROOT / "scripts" / "mypy-backlog.txt"
FORMAT_LINE = re.compile(r"^(?P<file>[^:\s]+\.py):\d+:\d+: unformatted: ")
MYPY_LINE = re.compile(r"^(?P<file>[^:\s]+\.py):\d+(?::\d+)?: error: ")


def _read_backlog(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(line for line in lines if line)


def _write_backlog(path: Path, files: set[str], why: str) -> None:
    text = (
        f"# {why}\n# One path a line; scripts/lint.py fails when a listed file is clean (remove it) or when a file\n"
        "# not listed is unclean. Regenerate with: python3 scripts/lint.py --update\n"
    )
    path.write_text(text + "".join(f"{f}\n" for f in sorted(files)), encoding="utf-8")


def _python_files() -> list[str]:
    out = []
    for top in LINTED:
        out += [p.relative_to(ROOT).as_posix() for p in (ROOT / top).rglob("*.py")]
    return sorted(out)


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def ruff_check() -> list[str]:
    done = _run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", *LINTED])
    if done.returncode == 0:
        return []
    return [line for line in done.stdout.splitlines() if line.strip()] or [done.stderr.strip()]


def unformatted() -> set[str]:
    """Files `ruff format` would change (relative paths)."""
    done = _run(
        [sys.executable, "-m", "ruff", "format", "--no-cache", "--check", "--output-format", "concise", *LINTED]
    )
    found = {m["file"] for m in map(FORMAT_LINE.match, done.stdout.splitlines()) if m}
    if done.returncode not in (0, 1) or (done.returncode == 1 and not found):
        raise SystemExit(f"ruff format failed:\n{done.stdout}{done.stderr}")
    return found


def mypy_errors() -> tuple[dict[str, list[str]], str]:
    """file -> its error lines, from one strict run over the files configured in pyproject.toml."""
    done = _run([sys.executable, "-m", "mypy"])
    errors: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        m = MYPY_LINE.match(line)
        if m:
            errors.setdefault(m["file"], []).append(line)
    if done.returncode not in (0, 1) or (done.returncode == 1 and not errors):
        raise SystemExit(f"mypy failed to run:\n{done.stdout}{done.stderr}")
    return errors, done.stdout


def findings(
    ruff_lines: list[str],
    unformatted_now: set[str],
    mypy_now: dict[str, list[str]],
    format_backlog: set[str],
    mypy_backlog: set[str],
    *,
    exists: Callable[[str], bool],
) -> list[str]:
    """Every problem to report: ruff's findings, unformatted files outside the backlog, backlog files that are
    formatted (or gone), mypy errors outside the backlog, backlog modules that are clean."""
    problems = [f"ruff: {line}" for line in ruff_lines]
    problems += [
        f"format: {f} is not in ruff format style (run: ruff format {f})"
        for f in sorted(unformatted_now - format_backlog)
    ]
    problems += [
        f"format: {f} is formatted now: remove it from {FORMAT_BACKLOG.name}"
        for f in sorted(format_backlog - unformatted_now)
        if exists(f)
    ]
    problems += [
        f"format: {f} no longer exists: remove it from {FORMAT_BACKLOG.name}"
        for f in sorted(format_backlog)
        if not exists(f)
    ]
    for file, lines in sorted(mypy_now.items()):
        if file not in mypy_backlog:
            problems += [f"mypy: {line}" for line in lines]
    problems += [
        f"mypy: {f} is clean under --strict now: remove it from {MYPY_BACKLOG.name}"
        for f in sorted(mypy_backlog - set(mypy_now))
    ]
    return problems


def main(argv: list[str]) -> int:
    for module in ("ruff", "mypy"):
        if _run([sys.executable, "-m", module, "--version"]).returncode != 0:
            print(f"{module} is not installed: bash scripts/install.sh --test (the lint extra)", file=sys.stderr)
            return 2
    bad = unformatted()
    errors, _ = mypy_errors()
    if "--update" in argv:  # shrink only: a file leaves its backlog when clean, nothing new ever joins
        fmt, typed = set(bad), set(errors)
        if FORMAT_BACKLOG.exists() and MYPY_BACKLOG.exists() and "--adopt" not in argv:
            fmt &= set(_read_backlog(FORMAT_BACKLOG))
            typed &= set(_read_backlog(MYPY_BACKLOG))
        _write_backlog(FORMAT_BACKLOG, fmt, "Files not yet in `ruff format` style.")
        _write_backlog(MYPY_BACKLOG, typed, "Modules not yet clean under mypy --strict.")
        print(f"backlogs written: {len(fmt)} files to format, {len(typed)} modules to type")
        return 0
    format_backlog, mypy_backlog = set(_read_backlog(FORMAT_BACKLOG)), set(_read_backlog(MYPY_BACKLOG))
    problems = findings(ruff_check(), bad, errors, format_backlog, mypy_backlog, exists=lambda f: (ROOT / f).exists())
    for line in problems:
        print(line)
    print(
        f"lint: {len(problems)} problem(s); backlog {len(format_backlog)} files to format, "
        f"{len(mypy_backlog)} modules to type"
    )
    if problems:
        print(
            "A new or changed file must be clean: ruff format FILE, ruff check --fix, annotate for mypy. Code written "
            "before this gate (a branch from before it) may be listed once: python3 scripts/lint.py --update --adopt"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
