"""Durability: a writer killed with SIGKILL leaves an intact database holding every record it committed."""

import os
import signal
import subprocess
import sys
import time

import pytest

from commune_desk.storage.database import integrity_ok, open_database
from tests.propaganda import propaganda_repo

WRITER = r"""
import sys
from datetime import date
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.storage.database import open_database
from tests.propaganda import propaganda_repo
db = open_database(sys.argv[1])
repo = propaganda_repo(db, "writer")
n = 0
while True:
    n += 1
    rec = repo.add(PropagandaActivity(activity_date=date(2026, 1, 1 + n % 28), form_code="loa",
                                      title=f"Bản ghi số {n}", participants=n))
    # Only after commit: the parent may now expect this id to survive.
    sys.stdout.write(f"{rec.id}\n")
    sys.stdout.flush()
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_during_writes_loses_no_committed_record(tmp_path):
    path = tmp_path / "kill.db"
    open_database(path).dispose()
    committed: set[int] = set()
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        seen_this_round = 0
        while seen_this_round < 20 + 15 * round_ and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            committed.add(int(line))
            seen_this_round += 1
        proc.send_signal(signal.SIGKILL)
        # Ids printed before the kill but not yet read are committed too.
        rest, _ = proc.communicate(timeout=10)
        committed.update(int(x) for x in rest.split())
        assert proc.returncode == -signal.SIGKILL
    db = open_database(path)
    try:
        assert integrity_ok(db)
        stored = {r.id for r in propaganda_repo(db, "t").list()}
        assert committed and committed <= stored
        from commune_desk.storage.audit_log import AuditLog

        assert AuditLog(db).first_broken() is None
    finally:
        db.dispose()
