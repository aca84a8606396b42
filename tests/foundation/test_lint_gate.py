"""The lint gate (scripts/lint.py, run by .ci/run): what it reports, that its backlogs can only shrink, and that
the settings it relies on are where it expects them."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("lint_gate", ROOT / "scripts" / "lint.py")
lint = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lint)


def _findings(ruff=(), unformatted=(), mypy=None, fmt_backlog=(), mypy_backlog=(), gone=()):
    return lint.findings(
        list(ruff), set(unformatted), mypy or {}, set(fmt_backlog), set(mypy_backlog), exists=lambda f: f not in gone
    )


def test_clean_house_and_a_kept_backlog_pass():
    assert (
        _findings(
            unformatted={"a.py"},
            fmt_backlog={"a.py"},
            mypy={"commune_desk/services/x.py": ["commune_desk/services/x.py:3: error: e  [type-arg]"]},
            mypy_backlog={"commune_desk/services/x.py"},
        )
        == []
    )


def test_every_way_of_breaking_the_gate_is_reported():
    found = _findings(
        ruff=["commune_desk/x.py:1:1: F401 `os` imported but unused"],
        unformatted={"new.py", "old.py"},
        fmt_backlog={"old.py", "tidy.py", "deleted.py"},
        gone={"deleted.py"},
        mypy={"commune_desk/domain/new.py": ["commune_desk/domain/new.py:9: error: untyped  [no-untyped-def]"]},
        mypy_backlog={"commune_desk/storage/typed_now.py"},
    )
    assert found == [
        "ruff: commune_desk/x.py:1:1: F401 `os` imported but unused",
        "format: new.py is not in ruff format style (run: ruff format new.py)",
        "format: tidy.py is formatted now: remove it from format-backlog.txt",
        "format: deleted.py no longer exists: remove it from format-backlog.txt",
        "mypy: commune_desk/domain/new.py:9: error: untyped  [no-untyped-def]",
        "mypy: commune_desk/storage/typed_now.py is clean under --strict now: remove it from mypy-backlog.txt",
    ]


def test_backlogs_name_real_files_and_domain_is_fully_strict():
    fmt = lint._read_backlog(lint.FORMAT_BACKLOG)
    typed = lint._read_backlog(lint.MYPY_BACKLOG)
    assert fmt and typed, "backlogs are read from scripts/"
    assert [f for f in fmt + typed if not (ROOT / f).is_file()] == []
    assert [f for f in typed if f.startswith("commune_desk/domain/")] == []  # domain/ has no backlog
    assert "scripts/lint.py" not in fmt  # the gate keeps its own rules


def test_settings_strict_mypy_over_the_inner_layers_and_ci_runs_the_gate():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = conf["tool"]["mypy"]
    assert mypy["strict"] is True
    assert {"commune_desk/domain", "commune_desk/storage", "commune_desk/services"} <= set(mypy["files"])
    assert "python3 scripts/lint.py" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert "ruff==" in pins and "mypy==" in pins


@pytest.mark.skipif(
    shutil.which("ruff") is None and importlib.util.find_spec("ruff") is None,
    reason="ruff not installed (the lint extra)",
)
def test_ruff_reports_a_real_mistake_with_these_settings(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('"""A module."""\n\nimport os\n\n\ndef f(x=[]):\n    return undefined_name\n', encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--output-format",
            "concise",
            str(bad),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 1
    assert all(code in out.stdout for code in ("F401", "F821", "B006")), out.stdout


@pytest.mark.skipif(
    importlib.util.find_spec("mypy") is None or importlib.util.find_spec("ruff") is None,
    reason="ruff/mypy not installed (bash scripts/install.sh --test installs the lint extra)",
)
def test_the_gate_passes_on_this_tree():
    # In the default suite too, so a branch sees what .ci/run will say before it lands: a new module must be
    # formatted (ruff format FILE) and, under domain/, storage/ or services/, clean under mypy --strict.
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lint.py")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout + out.stderr
