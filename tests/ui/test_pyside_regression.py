"""PySide6 6.12.0 on Python 3.11 crashed after ~1,000 item hand-overs (toolchain.md); this must keep passing."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication([])
model = QStandardItemModel()
for i in range(2000):
    model.appendRow([QStandardItem(f"row {i}"), QStandardItem(str(i))])
widget = QListWidget()
for i in range(2000):
    widget.addItem(f"item {i}")
assert model.rowCount() == 2000 and widget.count() == 2000
print("ok")
"""


def test_two_thousand_item_handovers_do_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
