"""Writes constraints.txt: every package the app, its tests, its linters and its build need, pinned to the version
installed here (the versions the suite passed with).

Usage: python3 scripts/pin_constraints.py            # rewrite constraints.txt from this environment
       python3 scripts/pin_constraints.py --check    # exit 1 if constraints.txt differs from this environment

The closure is walked from pyproject.toml's dependencies and the test, lint and build extras through each installed
distribution's own requirements (markers evaluated for this machine: a Windows-only dependency such as pefile is
not pinned here and stays free on Windows). Used by scripts/install.sh and .ci/run as `pip install -c
constraints.txt …`, so a fresh machine installs what passed here, not whatever was published last night.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "constraints.txt"
EXTRAS = ("test", "lint", "build")
HEADER = (
    "# Pinned versions the suite passed with (runtime + test + lint + build), for `pip install -c constraints.txt`.\n"
    "# Written by scripts/pin_constraints.py from a working environment; do not edit by hand.\n"
)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _wanted(req: Requirement, extras: set[str]) -> bool:
    if req.marker is None:
        return True
    env = default_environment()
    return any(req.marker.evaluate({**env, "extra": e}) for e in (extras or {""}))


def closure(roots: list[Requirement]) -> dict[str, str]:
    """Name -> installed version for every distribution reachable from `roots` on this machine."""
    pins: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(r, set()) for r in roots]
    while todo:
        req, parent_extras = todo.pop()
        if not _wanted(req, parent_extras):
            continue
        key = (_canonical(req.name), frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{req.name} is required but not installed: install the project with its extras first") from None
        pins[_canonical(dist.metadata["Name"])] = dist.version
        for text in dist.requires or []:
            todo.append((Requirement(text), set(req.extras)))
    return pins


def render() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    roots = [Requirement(r) for r in project["dependencies"]]
    for extra in EXTRAS:
        roots += [Requirement(r) for r in project["optional-dependencies"][extra]]
    pins = closure(roots)
    # The project itself, and the packaging tools pip-tools also leaves out: pinning setuptools here would fight
    # pyproject's build-system requirement (setuptools>=68) in environments that pass constraints to builds.
    for name in ("commune-desk", "setuptools", "pip", "wheel"):
        pins.pop(name, None)
    return HEADER + "".join(f"{name}=={version}\n" for name, version in sorted(pins.items()))


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print("constraints.txt differs from this environment: run python3 scripts/pin_constraints.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({text.count('==')} pins)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
