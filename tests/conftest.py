"""Shared fixtures: offscreen Qt, a private home folder per test session, fresh databases in tmp_path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    # No test may touch the real user data folder.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COMMUNE_DESK_HOME", str(home))
    monkeypatch.delenv("COMMUNE_DESK_DB", raising=False)
    monkeypatch.delenv("COMMUNE_DESK_DB_PASSWORD_FILE", raising=False)
    return home


@pytest.fixture(autouse=True)
def _no_translator_left_behind():
    """A test that installs a translator must remove it: later tests read English texts."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        assert QCoreApplication.translate("MainWindow", "Home") == "Home", \
            "this test left a translator installed (remove it, or use the `vietnamese` fixture)"


@pytest.fixture(autouse=True)
def _nothing_left_frozen():
    """A session's first open freezes what exists then (ui/session.py, gc.freeze): the next test starts unfrozen,
    so what this test made can still be collected."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path):
    from commune_desk.storage.database import open_database

    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db):
    from datetime import date

    from commune_desk.services.demo_data.demo import create_demo

    create_demo(db, year=2026, seed=7, force=False, actor="test", today=date(2026, 11, 20))
    return db


def run_cli(*args, env=None, input_text=None, cwd=None):
    """Run the real CLI in a subprocess; returns CompletedProcess with text output."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "commune_desk", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=full_env, input=input_text, cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli
