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


def _time(cmd, env, marks=("first-paint",), stalls: list | None = None) -> list[float]:
    """Seconds from process start to each of `marks` on its stdout, in order (process exit is not counted);
    the "longest-stall-ms" line the probe prints is appended to `stalls` (seconds)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    found: list[float] = []
    for line in proc.stdout:
        if line.startswith("longest-stall-ms:") and stalls is not None:
            stalls.append(float(line.split(":")[1]) / 1000)
        if len(found) < len(marks) and line.strip() == marks[len(found)]:
            found.append(time.perf_counter() - t0)
            if len(found) == len(marks):
                break
    _, err = proc.communicate(timeout=60)
    if len(found) < len(marks):
        raise RuntimeError(f"no {marks[len(found)]} from {cmd[:3]}: {err[-500:]}")
    return found


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
        paint, ready, bare, stalls, stalls_on_ui, floor = [], [], [], [], [], []
        app = [sys.executable, "-m", "commune_desk", "--db", str(db)]
        for _ in range(repeat):  # interleaved so machine noise hits all alike
            bare.extend(_time([sys.executable, "-c", BARE], env))
            floor.extend(_time([sys.executable, str(Path(__file__).with_name("floor_home.py"))], env))
            first, usable = _time(app, env, ("first-paint", "areas-ready"), stalls)
            paint.append(first)
            ready.append(usable)
            _time(app, dict(env, COMMUNE_DESK_PRELOAD="0"), ("first-paint", "areas-ready"), stalls_on_ui)
    baseline = statistics.median(bare)
    is_ = "bare PySide6 QMainWindow+QTableView, first paint (median of %d)" % repeat
    return [
        {"name": "start-up to first painted home screen", "ours": statistics.median(paint),
         "baseline": baseline, "baseline_is": is_},
        {"name": "start-up until every area is usable", "ours": statistics.median(ready),
         "baseline": baseline, "baseline_is": is_},
        {"name": "PySide6 alone, a page like the home (floor)", "ours": statistics.median(floor),
         "baseline": baseline, "baseline_is": is_ + "; bench/floor_home.py: no CommuneDesk code, no database"},
        {"name": "start-up to first paint, against that floor", "ours": statistics.median(paint),
         "baseline": statistics.median(floor), "baseline_is": "bench/floor_home.py, same run (median)"},
        {"name": "longest UI freeze, first paint to usable", "ours": statistics.median(stalls),
         "baseline": statistics.median(stalls_on_ui),
         "baseline_is": "the same start with the storage imports on the UI thread (COMMUNE_DESK_PRELOAD=0)"},
    ]
