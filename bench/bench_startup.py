"""Start-up: process start to the first painted home screen, against a bare PySide6 QMainWindow, same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1000, 700)
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint:
            print("first-paint", flush=True); app.quit()
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _time(cmd, env) -> float:
    """Seconds from process start to the "first-paint" line on its stdout (process exit is not counted)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - t0
            break
    _, err = proc.communicate(timeout=60)
    if elapsed is None:
        raise RuntimeError(f"no first paint from {cmd[:3]}: {err[-500:]}")
    return elapsed


def run(repeat: int = 7) -> list[dict]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as home:
        env["COMMUNE_DESK_HOME"] = home
        env["COMMUNE_DESK_EXIT_AFTER_PAINT"] = "1"
        db = Path(home) / "bench.db"
        # Installed and frozen builds carry compiled bytecode; an editable checkout (or PYTHONDONTWRITEBYTECODE)
        # would otherwise compile our modules from source on every start, which no user's start does.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "commune_desk")], check=True,
                       capture_output=True)
        subprocess.run([sys.executable, "-m", "commune_desk", "--db", str(db), "demo", "--seed", "3"],
                       check=True, env=env, cwd=ROOT, capture_output=True)
        ours, bare = [], []
        for _ in range(repeat):  # interleaved so machine noise hits both alike
            bare.append(_time([sys.executable, "-c", BARE], env))
            ours.append(_time([sys.executable, "-m", "commune_desk", "--db", str(db)], env))
    return [{
        "name": "start-up to first painted home screen",
        "ours": statistics.median(ours), "baseline": statistics.median(bare),
        "baseline_is": "bare PySide6 QMainWindow+QTableView, first paint (median of %d)" % repeat,
    }]
