"""The session behind the window: sign-in, recovery, first-run encryption, auto-lock, one instance, backups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from commune_desk.storage import keys
from commune_desk.storage.database import open_database
from commune_desk.storage.errors import WrongPassword
from commune_desk.ui.dialogs.password_change_dialog import PasswordChangeDialog
from commune_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from commune_desk.ui.dialogs.sign_in_dialog import LockScreen, SignInDialog
from tests.ui.session_helpers import PASSWORD, ModalScript, cheap_scrypt, make_session, profile_name, save_profile

pytestmark = pytest.mark.usefixtures("cheap_scrypt")
__all__ = ["cheap_scrypt"]


def _plain_db(path, name="Hòa Mỹ", demo=False):
    db = open_database(path)
    save_profile(db, name, demo=demo)
    db.dispose()


def _key_file_db(path, name="Hòa Mỹ"):
    _plain_db(path, name)
    keys.encrypt_plain_database(path, PASSWORD)


def _type_and_accept(text):
    def act(dialog):
        dialog.panel.secret.setText(text)
        dialog.accept()
    return act


def _new_password(password):
    def act(dialog):
        dialog.new.setText(password)
        dialog.repeat.setText(password)
        dialog.submit()
    return act


def _keep_key(store):
    def act(dialog):
        store.append(dialog.key_label.text())
        dialog.confirm.setChecked(True)
        dialog.accept()
    return act


def test_wrong_then_right_password_opens_the_data(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    _key_file_db(path)
    window, session, told, codes = make_session(qtbot, path)
    errors = []

    def wrong(dialog):
        errors.append(dialog.panel.error.text())
        _type_and_accept("sai mật khẩu")(dialog)

    def right(dialog):
        errors.append(dialog.panel.error.text())
        _type_and_accept(PASSWORD)(dialog)

    script = ModalScript([(SignInDialog, wrong), (SignInDialog, right)])
    try:
        assert session.start() is True
        assert script.done and script.unexpected == []
        assert errors == ["", "Wrong password or recovery key; try again."]
        assert session.db.encrypted and profile_name(session.db) == "Hòa Mỹ"
        assert "Hòa Mỹ" in window.unit_label.text()
        assert window.unprotected_banner.isHidden()
        assert codes == []
    finally:
        session.close()


def test_quitting_the_sign_in_releases_the_lock_and_exits(qtbot, tmp_path):
    from commune_desk.storage.instance_lock import InstanceLock

    path = tmp_path / "xa.db"
    _key_file_db(path)
    window, session, told, codes = make_session(qtbot, path)
    script = ModalScript([(SignInDialog, lambda d: d.reject())])
    assert session.start() is False
    assert script.done and codes == [0] and session.db is None
    InstanceLock(path).acquire().release()


def test_recovery_key_sign_in_forces_a_new_password_and_shows_a_new_key(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    _key_file_db(path)
    old_key = keys.create_recovery_key(path, PASSWORD)
    window, session, told, codes = make_session(qtbot, path)
    shown = []

    def use_recovery(dialog):
        dialog.panel.use_recovery.setChecked(True)
        assert dialog.panel.secret.echoMode() == dialog.panel.secret.EchoMode.Normal
        _type_and_accept(old_key.lower().replace("-", " "))(dialog)

    def forced(dialog):
        assert dialog.mode == "forced" and dialog.current.isHidden()
        _new_password("mật khẩu mới 2027")(dialog)

    script = ModalScript([(SignInDialog, use_recovery), (PasswordChangeDialog, forced),
                          (RecoveryKeyDialog, _keep_key(shown))])
    try:
        assert session.start() is True
        assert script.done and script.unexpected == []
        assert profile_name(session.db) == "Hòa Mỹ"
        new_key = shown[0]
        assert keys.normalise_recovery_key(new_key) and new_key != old_key
        for stale in (old_key, PASSWORD):
            with pytest.raises(WrongPassword):
                open_database(path, stale)
        for fresh in (new_key, "mật khẩu mới 2027"):
            other = open_database(path, fresh)
            assert profile_name(other) == "Hòa Mỹ"
            other.dispose()
    finally:
        session.close()


def test_first_run_on_a_plain_database_encrypts_it(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    _plain_db(path, "Nguyễn Thị Bí Mật")
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    window, session, told, codes = make_session(qtbot, path)
    shown = []

    def set_password(dialog):
        assert dialog.mode == "set"
        _new_password(PASSWORD)(dialog)

    script = ModalScript([(PasswordChangeDialog, set_password), (RecoveryKeyDialog, _keep_key(shown))])
    try:
        assert session.start() is True
        assert script.done and script.unexpected == []
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"
        assert "Bí Mật".encode() not in path.read_bytes()
        assert session.db.encrypted and profile_name(session.db) == "Nguyễn Thị Bí Mật"
        assert window.unprotected_banner.isHidden()
        recovered = open_database(path, shown[0])
        assert profile_name(recovered) == "Nguyễn Thị Bí Mật"
        recovered.dispose()
    finally:
        session.close()


def test_postponing_the_password_keeps_the_unprotected_banner(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    _plain_db(path)
    window, session, told, codes = make_session(qtbot, path)
    script = ModalScript([(PasswordChangeDialog, lambda d: d.reject())])
    try:
        assert session.start() is True
        assert script.done and not session.db.encrypted
        assert window.unprotected_banner.isVisibleTo(window)
        assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    finally:
        session.close()


def test_a_demo_database_is_not_nagged_but_marked(qtbot, tmp_path):
    path = tmp_path / "demo.db"
    _plain_db(path, "Xã Mẫu", demo=True)
    window, session, told, codes = make_session(qtbot, path)
    script = ModalScript([])
    try:
        assert session.start() is True
        qtbot.wait(50)
        assert script.unexpected == []
        assert window.unprotected_banner.isVisibleTo(window) and window.demo_banner.isVisibleTo(window)
    finally:
        session.close()


def test_auto_lock_disposes_the_database_and_unlock_restores_the_view(qtbot, tmp_path):
    from commune_desk.ui.views.placeholder import PlaceholderPage

    path = tmp_path / "xa.db"
    open_database(path, PASSWORD).dispose()  # keyed with the password directly: no dialog needed
    db = open_database(path, PASSWORD)
    save_profile(db)
    db.dispose()
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    content = None
    try:
        assert session.start() is True
        content = window.centralWidget()
        disposed = []
        first_db = session.db
        original_dispose = first_db.dispose
        first_db.dispose = lambda: (disposed.append(True), original_dispose())
        for key in window.area_keys():  # built now: pages are made on first showing, which takes a moment
            window.page(key)
        session.set_idle_timeout_ms(300)
        for _ in range(6):  # user input keeps it open (the app-wide event filter restarts the timer)
            qtbot.wait(100)
            QTest.keyClick(window.nav, Qt.Key.Key_Down)
        assert not session.is_locked
        qtbot.waitUntil(lambda: session.is_locked, timeout=3000)
        assert disposed == [True] and session.db is None and session.areas is None
        assert isinstance(window.centralWidget(), LockScreen)
        assert isinstance(window.page("propaganda"), PlaceholderPage)
        assert not window.menuBar().isEnabled()
        screen = window.centralWidget()
        screen.panel.secret.setText("không đúng")
        screen.unlock_button.click()
        assert session.is_locked and screen.panel.error.isVisibleTo(screen)
        screen.panel.secret.setText(PASSWORD)
        screen.unlock_button.click()
        assert not session.is_locked and window.centralWidget() is content
        assert not isinstance(window.page("propaganda"), PlaceholderPage)
        assert profile_name(session.db) == "Hòa Mỹ" and "Hòa Mỹ" in window.unit_label.text()
        assert session.idle.isActive() and window.menuBar().isEnabled()
    finally:
        session.close()


def test_lock_now_from_the_menu(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    open_database(path, PASSWORD).dispose()
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    try:
        session.start()
        assert window.lock_action.shortcut().toString() == "Ctrl+L"
        window.lock_action.trigger()
        assert session.is_locked and session.db is None
    finally:
        session.close()


def test_a_second_instance_on_the_same_database_is_told(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    open_database(path, PASSWORD).dispose()
    _w1, first, _t1, _c1 = make_session(qtbot, path, secret=PASSWORD)
    _w2, second, told, codes = make_session(qtbot, path, secret=PASSWORD)
    try:
        assert first.start() is True
        assert second.start() is False
        assert codes == [2] and second.db is None
        assert told and told[0][0] == "Already open" and "already open in another CommuneDesk" in told[0][1]
    finally:
        first.close()


def test_closing_the_window_writes_a_verified_exit_backup_and_releases_the_lock(qtbot, tmp_path):
    from commune_desk.services.protection.backups import list_backups
    from commune_desk.storage.backup import _counts, inspect_backup
    from commune_desk.storage.instance_lock import InstanceLock

    path = tmp_path / "xa.db"
    _key_file_db(path)
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    assert session.start() is True
    counts = _counts(session.db)
    window.close()
    assert session.db is None and told == []
    exits = list_backups(path, kinds=("exit",))
    assert len(exits) == 1
    summary = inspect_backup(exits[0].path, PASSWORD)
    assert summary.integrity == "ok" and summary.counts == counts and summary.unit_name == "Hòa Mỹ"
    assert exits[0].path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert list_backups(path, kinds=("daily",)), "the day's first start writes the daily backup"
    InstanceLock(path).acquire().release()


def test_a_missing_second_backup_folder_is_a_warning_not_a_failure(qtbot, tmp_path):
    from commune_desk.services.protection.backups import save_second_folder

    path = tmp_path / "xa.db"
    db = open_database(path, PASSWORD)
    save_second_folder(db, tmp_path / "usb-gone", "test")
    db.dispose()
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    session.start()
    told.clear()
    window.close()
    assert [t for t, _ in told] == ["Backup on exit incomplete"] and "usb-gone" in told[0][1]


def test_restore_from_the_menu_previews_and_restores(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from commune_desk.ui.dialogs.restore_dialog import RestoreDialog

    path = tmp_path / "xa.db"
    _key_file_db(path, "Hòa Mỹ")
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    previews = []

    def choose(dialog):
        manual = [i for i in range(dialog.list.count()) if ".manual-" in dialog.list.item(i).text()]
        dialog.list.setCurrentRow(manual[0])
        previews.append(dialog.details.text())
        dialog.restore_button.click()

    try:
        session.start()
        window.backup_now_action.trigger()
        assert told[-1][0] == "Backup written"
        save_profile(session.db, "Tên đã sửa")
        assert profile_name(session.db) == "Tên đã sửa"
        script = ModalScript([(RestoreDialog, choose)])
        window.restore_action.trigger()
        assert script.done and script.unexpected == []
        assert "Hòa Mỹ" in previews[0] and "Integrity check" in previews[0] and "Residential units" in previews[0]
        assert profile_name(session.db) == "Hòa Mỹ"
        assert "Hòa Mỹ" in window.unit_label.text()
        # the views' repositories were made again over the restored database, not kept from the replaced one
        assert session.areas.stores.db is session.db and session.areas.profiles.get().name == "Hòa Mỹ"
        assert told[-1][0] == "Backup restored" and "before-restore" in told[-1][1]
    finally:
        session.close()


def test_change_password_from_the_menu_rebuilds_the_views(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    open_database(path, PASSWORD).dispose()
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    errors = []

    def wrong_current(dialog):
        dialog.current.setText("không phải")
        _new_password("mật khẩu mới 2027")(dialog)
        errors.append(dialog.error.text())

    def right_current(dialog):
        dialog.current.setText(PASSWORD)
        _new_password("mật khẩu mới 2027")(dialog)

    try:
        session.start()
        script = ModalScript([(PasswordChangeDialog, wrong_current), (PasswordChangeDialog, right_current)])
        window.change_password_action.trigger()
        assert script.done and script.unexpected == []
        assert errors == ["The current password is wrong."]
        assert session.db is not None and session.areas is not None
        with pytest.raises(WrongPassword):
            open_database(path, PASSWORD)
        open_database(path, "mật khẩu mới 2027").dispose()
    finally:
        session.close()
