"""Helpers for session tests: answer modal dialogs in order, build a window with a Session over a real file."""

from __future__ import annotations

import time
from functools import partial

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from commune_desk.app_wiring import Stores
from tests.ui.conftest import TODAY

PASSWORD = "mật khẩu đúng 2026"


@pytest.fixture
def cheap_scrypt(monkeypatch):
    from commune_desk.storage import keys

    monkeypatch.setattr(keys, "SCRYPT_N", 2 ** 14)


class ModalScript:
    """Answers modal dialogs as they appear: each step is (dialog class, action(dialog)), consumed in order.

    Any other modal dialog, or one still open after `limit` seconds, is rejected and recorded in `unexpected`,
    so a wrong turn fails the test instead of hanging it.
    """

    def __init__(self, steps, limit: float = 60.0) -> None:
        self.steps = list(steps)
        self.unexpected: list[str] = []
        self.seen: list[str] = []
        self._deadline = time.monotonic() + limit
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            if self.steps and isinstance(dialog, self.steps[0][0]):
                kind, action = self.steps.pop(0)
                self.seen.append(kind.__name__)
                action(dialog)
            elif not any(isinstance(dialog, k) for k, _ in self.steps) or time.monotonic() > self._deadline:
                self.unexpected.append(type(dialog).__name__)
                dialog.done(0)
        if self.steps or dialog is not None:
            QTimer.singleShot(20, self._poll)

    @property
    def done(self) -> bool:
        return not self.steps


def build(window, db, **kw):
    from commune_desk.app import build_areas

    return build_areas(window, db, today=lambda: TODAY, **kw)


def make_session(qtbot, path, **kw):
    from commune_desk.ui.main_window import MainWindow
    from commune_desk.ui.session import Session

    window = MainWindow()
    qtbot.addWidget(window)
    told: list[tuple[str, str]] = []
    codes: list[int] = []
    kw.setdefault("warn", lambda title, text: told.append((title, text)))
    kw.setdefault("inform", lambda title, text: told.append((title, text)))
    session = Session(window, path, build=partial(build), stores=lambda db: Stores(db, "test"), quit=codes.append, **kw)
    window.show()
    return window, session, told, codes


def save_profile(db, name: str = "Hòa Mỹ", *, demo: bool = False) -> None:
    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "test").save(Profile(
        name=name, unit_code="10351", official_name=f"Ủy ban nhân dân xã {name}", province="Thanh Hóa",
        residential_units=(ResidentialUnit("T01", "Thôn Đông"),), is_demo=demo))


def profile_name(db) -> str:
    from commune_desk.storage.profile_repo import ProfileRepository

    return ProfileRepository(db, "test").get().name
