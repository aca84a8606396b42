"""constraints.txt pins one version of every dependency pyproject.toml names, and that version satisfies it."""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, sep, version = line.partition("==")
        assert sep and version, f"not an exact pin: {line!r}"
        assert _canonical(name) not in pins, f"pinned twice: {name}"
        pins[_canonical(name)] = version
    return pins


def test_every_declared_dependency_is_pinned_within_its_range():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in ("test", "lint", "build"):
        declared += project["optional-dependencies"][extra]
    pins = _pins()
    for text in declared:
        req = Requirement(text)
        name = _canonical(req.name)
        assert name in pins, f"{req.name} is declared in pyproject.toml but not pinned in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), f"{req.name}=={pins[name]} is outside {req.specifier}"


def test_bagit_is_a_test_tool_not_a_runtime_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(Requirement(r).name == "bagit" for r in project["dependencies"])
    assert any(Requirement(r).name == "bagit" for r in project["optional-dependencies"]["test"])
    for path in (ROOT / "commune_desk").rglob("*.py"):
        assert not re.search(r"^\s*(import|from)\s+bagit\b", path.read_text(encoding="utf-8"), re.M), path


def test_install_and_build_use_the_constraints():
    assert "-c constraints.txt" in (ROOT / "scripts" / "install.sh").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert '-c constraints.txt -e ".[build]"' in ci and "pin_constraints.py --check" in ci
