"""Start-up helpers: heavy work waits for the home's first paint; storage imports run off the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from commune_desk.ui.first_paint import AfterFirstPaint, preload_then


def test_preload_runs_on_a_worker_and_the_rest_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = {}
    holder = QLabel("x")
    qtbot.addWidget(holder)

    def preload():
        seen["preload"] = threading.get_ident()

    def then():
        seen["then"] = threading.get_ident()

    preload_then(preload, then, holder)
    qtbot.waitUntil(lambda: "then" in seen, timeout=5000)
    assert seen["preload"] != ui_thread
    assert seen["then"] == ui_thread


def test_a_failing_preload_still_lets_the_start_go_on(qtbot):
    done = []
    holder = QLabel("x")
    qtbot.addWidget(holder)

    def preload():
        raise ImportError("a module that is missing")

    preload_then(preload, lambda: done.append(threading.get_ident()), holder)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [threading.get_ident()]


def test_heavy_work_waits_for_the_first_paint_of_the_home(qtbot):
    home = QLabel("Trang chủ")
    qtbot.addWidget(home)
    ran = []
    AfterFirstPaint(home, lambda: ran.append(home.isVisible()), fallback_ms=10_000)
    qtbot.wait(50)
    assert ran == []  # not shown, not painted: nothing yet
    home.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran == [True]  # ran once, after the home was on screen
    qtbot.wait(50)
    assert ran == [True]


def test_a_home_that_never_paints_does_not_hold_the_start_forever(qtbot):
    home = QLabel("thu nhỏ")  # a minimised window gets no paint events
    qtbot.addWidget(home)
    ran = []
    AfterFirstPaint(home, lambda: ran.append(True), fallback_ms=30)
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran == [True]
