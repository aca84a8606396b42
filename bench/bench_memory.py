"""Memory: peak RSS after opening a 100,000-record database and loading the propaganda list's first page and
totals, against the same process just before it opened the database (modules imported, application made)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import resource, sys
sys.path.insert(0, sys.argv[2]); sys.path.insert(0, sys.argv[3])
from PySide6.QtWidgets import QApplication
from commune_desk.storage.database import open_database
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from commune_desk.ui.models.record_table_model import RecordTableModel
from commune_desk.ui.views.record_specs import SPECS, Env
app = QApplication([])
def peak_mb():
    try:  # VmHWM belongs to this program's memory; ru_maxrss can carry the forking parent's peak
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
before = peak_mb()
db = open_database(sys.argv[1])
spec = SPECS["propaganda"]
model = RecordTableModel(RecordListing(db, KINDS["propaganda"]), spec.columns, ListFilter(),
                         Env(default_catalogues()), sums=spec.sums)
rows, total = model.rowCount(), model.count
assert rows > 0 and total == 100_000, (rows, total)
for r in range(rows):  # every cell of the first page, as the view would ask
    for c in range(model.columnCount()):
        model.data(model.index(r, c))
print(f"{before:.1f} {peak_mb():.1f}")
db.dispose()
"""


def run() -> list[dict]:
    import bench_list_filter  # beside this file; bench/run.py puts bench/ on the path through spec loading

    from commune_desk.storage.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        db = open_database(path)
        try:
            bench_list_filter._fill(db)
        finally:
            db.dispose()
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT), str(Path(__file__).parent)],
                             capture_output=True, text=True, env=env, check=True, timeout=120)
    before, after = (float(x) for x in out.stdout.split())
    return [{"name": "memory: open 100k db + first page + totals", "ours": after, "baseline": before,
             "unit": "MB", "baseline_is": "peak RSS of the same process before opening it"}]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for r in run():
        print(r)
