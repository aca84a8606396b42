"""The session's parts, each alone: the window's content swap interface, auto-lock's timer, the backups told to the
officer; and the session code reaching no widget of the window but through that interface."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel

from commune_desk.ui.main_window import AREA_KEYS, MainWindow
from commune_desk.ui.views.placeholder import PlaceholderPage

UI = Path(__file__).resolve().parents[2] / "commune_desk" / "ui"


def test_area_links_are_cut_exactly_and_only_those(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    got = []
    window.connect_area(window.importRequested, lambda: got.append("area"))
    window.importRequested.connect(lambda: got.append("kept"))  # not an area's: survives the close
    window.importRequested.emit()
    window.close_pages("closed")
    window.importRequested.emit()
    assert got == ["area", "kept", "kept"]
    assert all(
        isinstance(window.page(k), PlaceholderPage) and window.page(k).message.text() == "closed" for k in AREA_KEYS
    )
    window.drop_area_links()  # twice is harmless
    window.importRequested.emit()
    assert got[-1] == "kept" and len(got) == 4


def test_cover_and_uncover_keep_the_content_and_the_menus(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    content = window.centralWidget()
    screen = QLabel("locked")
    window.cover(screen)
    assert window.centralWidget() is screen and not window.menuBar().isEnabled()
    window.uncover()
    assert window.centralWidget() is content and window.menuBar().isEnabled()
    window.uncover()  # nothing covered: nothing happens
    assert window.centralWidget() is content


def test_closing_is_told_before_the_window_closes(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen = []
    window.closing.connect(lambda: seen.append(window.isVisible()))
    window.close()
    assert seen == [True] and not window.isVisible()


def test_auto_lock_fires_after_quiet_time_waits_for_a_form_and_stops_when_disarmed(qtbot):
    from commune_desk.ui.auto_lock import AutoLock

    lock = AutoLock()
    fired = []
    lock.idle.connect(lambda: fired.append(1))
    lock.set_ms(50)
    assert not lock.isActive()  # not armed: no database open
    lock.arm(True)
    qtbot.waitUntil(lambda: fired == [1], timeout=3000)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    lock.arm(True)
    qtbot.wait(300)
    assert fired == [1] and lock.isActive()  # a form is open: it waits, never fires
    dialog.close()
    qtbot.waitUntil(lambda: fired == [1, 1], timeout=3000)
    lock.arm(False)
    lock.set_ms(20)
    qtbot.wait(100)
    assert fired == [1, 1] and not lock.isActive()
    lock.set_ms(0)
    lock.arm(True)
    assert not lock.isActive()  # 0 = auto-lock off


def test_backup_failures_are_told_not_swallowed(tmp_path, monkeypatch):
    from commune_desk.storage.errors import DatabaseUnavailable
    from commune_desk.ui.session_backups import SessionBackups

    told, errors = [], []
    backups = SessionBackups(
        warn=lambda t, x: told.append((t, x)), inform=lambda t, x: told.append((t, x)), show_error=errors.append
    )
    monkeypatch.setattr("commune_desk.ui.session_backups.stored_policy", lambda db: None)

    def broken(*_a, **_k):
        raise DatabaseUnavailable("the disk is full; free some space and try again")

    monkeypatch.setattr("commune_desk.services.protection.backups.daily_backup_if_due", broken)
    monkeypatch.setattr("commune_desk.services.protection.backups.backup_on_exit", broken)
    monkeypatch.setattr("commune_desk.services.protection.backups.backup_now", broken)
    backups.daily(object())
    backups.on_exit(object())
    backups.now(object())
    assert [t for t, _ in told] == ["Daily backup failed", "Backup on exit failed"]
    assert all("disk is full" in text for _, text in told)
    assert len(errors) == 1 and isinstance(errors[0], DatabaseUnavailable)


def test_session_code_reaches_the_window_only_through_its_interface():
    reaching = re.compile(
        r"takeCentralWidget|setCentralWidget|\.nav\b|__mro__|menuBar\(\)\.setEnabled|"
        r"catch_warnings"
    )
    offenders = [
        f"{p.name}: {m.group(0)}"
        for p in UI.glob("*.py")
        if p.name
        in ("session.py", "session_menu.py", "session_backups.py", "sign_in.py", "auto_lock.py", "language_switch.py")
        for m in reaching.finditer(p.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
