"""kill -9 at random moments of writes and bulk imports: integrity stays ok, every committed record is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from commune_desk.storage.database import integrity_ok, open_database

from .helpers import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("soak_child.py")


def _soak(tmp_path: Path, kills: int, password: str) -> None:
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.models import PropagandaRow

    db_path, ids_path = tmp_path / "soak.db", tmp_path / "committed.txt"
    open_database(db_path, password or None).dispose()
    rng = random.Random(4)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    deadline = time.monotonic() + 600  # bounded loop, whatever happens
    done = 0
    while done < kills and time.monotonic() < deadline:
        with subprocess.Popen([sys.executable, str(CHILD), str(db_path), password, str(ids_path), str(done)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env) as child:
            assert child.stdout.readline().strip() == "ready"
            assert child.stdout.readline().strip() == "wrote"
            time.sleep(rng.uniform(0.02, 0.6))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(30)
        assert child.returncode == -signal.SIGKILL
        done += 1
    assert done == kills

    lines = ids_path.read_text(encoding="utf-8").splitlines() if ids_path.exists() else []
    committed_ids = {int(line.split()[1]) for line in lines if line.startswith("r ")}
    committed_batches = {line.split()[1] for line in lines if line.startswith("b ")}
    db = open_database(db_path, password or None)
    try:
        assert integrity_ok(db)
        with db.read() as s:
            ids = set(s.scalars(select(PropagandaRow.id)))
            notes = Counter(n for n in s.scalars(select(PropagandaRow.note)) if n.startswith("batch-"))
        assert committed_ids <= ids, f"lost {sorted(committed_ids - ids)[:10]}"
        assert committed_batches <= set(notes)
        assert set(notes.values()) <= {25}, "a half-done import"
        assert AuditLog(db).first_broken() is None
        assert len(committed_ids) + len(committed_batches) >= kills  # the children really wrote
    finally:
        db.dispose()


def test_a_few_kills_quick(tmp_path):
    _soak(tmp_path, 4, "")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_kill_9_soak_encrypted(tmp_path):
    _soak(tmp_path, 110, PASSWORD)
