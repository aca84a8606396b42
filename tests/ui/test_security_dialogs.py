"""Protection dialogs alone: password strength and checks, recovery key, restore preview, settings; screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from commune_desk.app_wiring import Stores
from commune_desk.storage.database import open_database
from commune_desk.ui.dialogs.password_change_dialog import PasswordChangeDialog, strength
from commune_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from commune_desk.ui.dialogs.restore_dialog import RestoreDialog
from commune_desk.ui.dialogs.settings_dialog import SettingsDialog
from commune_desk.ui.dialogs.sign_in_dialog import LockScreen, SignInDialog
from tests.ui.session_helpers import PASSWORD, cheap_scrypt, save_profile

__all__ = ["cheap_scrypt"]
SCREENSHOTS = os.environ.get("COMMUNE_DESK_SCREENSHOTS")


def test_strength_hint_grows_with_length_and_variety():
    assert strength("ngắn") == 0
    assert strength("abcdefgh") == 1
    assert strength("abcdefghijkl") == 2
    assert strength("Mật khẩu dài 2026!") == 4


def test_password_dialog_checks_before_calling_apply(qtbot):
    calls = []
    dialog = PasswordChangeDialog("change", lambda cur, new: calls.append((cur, new)))
    qtbot.addWidget(dialog)
    dialog.current.setText("cũ")
    dialog.new.setText("ngắn")
    dialog.submit()
    assert "at least 8" in dialog.error.text() and calls == []
    dialog.new.setText("mật khẩu mới 2027")
    dialog.repeat.setText("mật khẩu khác 2027")
    dialog.submit()
    assert dialog.error.text() == "The two new passwords are not the same." and calls == []
    assert "Strong" in dialog.hint.text() or "Good" in dialog.hint.text()
    dialog.repeat.setText("mật khẩu mới 2027")
    dialog.submit()
    assert calls == [("cũ", "mật khẩu mới 2027")] and dialog.new_password == "mật khẩu mới 2027"
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in (dialog.current, dialog.new, dialog.repeat))


def test_password_dialog_shows_the_storage_rule_in_place(qtbot):
    from commune_desk.storage.keys import check_new_password

    def apply(_cur, new):
        check_new_password(new)

    dialog = PasswordChangeDialog("set", apply)
    qtbot.addWidget(dialog)
    dialog.new.setText(" có dấu cách ")
    dialog.repeat.setText(" có dấu cách ")
    dialog.submit()
    assert "spaces" in dialog.error.text() and dialog.new_password is None


def test_recovery_key_dialog_copies_saves_and_cannot_be_dismissed_unconfirmed(qtbot, tmp_path):
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", "/data/xa.db")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.isVisible(), "Esc must not lose the only showing of the key"
    dialog.copy()
    assert QApplication.clipboard().text() == "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"
    saved = dialog.save_text(str(tmp_path / "key.txt"))
    text = saved.read_text(encoding="utf-8")
    assert "ABCD-EFGH-IJKL-MNOP-QRST-UVWX" in text and "/data/xa.db" in text
    assert dialog._saved_bar_under.path == saved and dialog._saved_bar_under.isVisibleTo(dialog)
    done = dialog.buttons.buttons()[0]
    assert not done.isEnabled()
    dialog.confirm.setChecked(True)
    assert done.isEnabled()


def test_print_without_a_printer_falls_back_to_a_text_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    target = tmp_path / "khoa.txt"
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr("commune_desk.ui.dialogs.recovery_key_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX")
    qtbot.addWidget(dialog)
    dialog.print_key()
    assert "ABCD-EFGH-IJKL-MNOP-QRST-UVWX" in target.read_text(encoding="utf-8")


def _backup_with_password(tmp_path, password):
    from commune_desk.storage.backup import write_backup

    path = tmp_path / "xa.db"
    db = open_database(path, password)
    save_profile(db, "Hòa Mỹ")
    dest = write_backup(db, tmp_path / "backups" / "xa.manual-20261120-101500.db")
    return path, db, dest


def test_restore_dialog_lists_backups_and_previews_counts(qtbot, tmp_path):
    path, db, dest = _backup_with_password(tmp_path, PASSWORD)
    try:
        dialog = RestoreDialog(path, db.secret)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 1 and "20/11/2026 10:15:00" in dialog.list.item(0).text()
        dialog.list.setCurrentRow(0)
        text = dialog.details.text()
        assert "Hòa Mỹ" in text and "10351" in text and "ok" in text
        assert "Residential units" in text and dialog.restore_button.isEnabled()
    finally:
        db.dispose()


def test_restore_dialog_asks_for_an_older_password(qtbot, tmp_path):
    path, db, dest = _backup_with_password(tmp_path, "mật khẩu năm ngoái")
    db.dispose()
    dialog = RestoreDialog(path, "mật khẩu bây giờ")
    qtbot.addWidget(dialog)
    assert dialog.preview(dest) is False
    assert not dialog.password.isHidden() and not dialog.restore_button.isEnabled()
    dialog.password.setText("mật khẩu năm ngoái")
    assert dialog.preview(dest) is True
    assert dialog._secret_for_preview() == "mật khẩu năm ngoái"


def test_settings_persist_in_the_file_and_the_database(qtbot, tmp_path, db):
    from commune_desk.services.protection.backups import stored_policy
    from commune_desk.ui.app_settings import AppSettings, load_settings

    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = SettingsDialog(AppSettings(), Stores(db, "user").services.backups)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "vi" and dialog.auto_lock.value() == 10
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.auto_lock.setValue(3)
    dialog.second_folder.setText(str(usb))
    dialog.keep_daily.setValue(5)
    dialog.keep_exit.setValue(4)
    dialog.save()
    assert dialog.saved == AppSettings(language="en", auto_lock_minutes=3)
    assert load_settings() == AppSettings(language="en", auto_lock_minutes=3)
    policy = stored_policy(db)
    assert (policy.second_folder, policy.keep_daily, policy.keep_exit) == (usb, 5, 4)
    again = SettingsDialog(load_settings(), Stores(db, "user").services.backups)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en" and again.auto_lock.value() == 3
    assert again.second_folder.text() == str(usb) and again.keep_daily.value() == 5


def test_settings_refuse_a_missing_folder(qtbot, tmp_path, db):
    from commune_desk.ui.app_settings import AppSettings, load_settings

    dialog = SettingsDialog(AppSettings(), Stores(db, "user").services.backups)
    qtbot.addWidget(dialog)
    dialog.second_folder.setText(str(tmp_path / "không có"))
    dialog.save()
    assert dialog.saved is None and "does not exist" in dialog.error.text()
    assert load_settings() == AppSettings()


def test_a_damaged_settings_file_gives_defaults(tmp_path):
    from commune_desk.ui.app_settings import AppSettings, load_settings

    bad = tmp_path / "settings.json"
    bad.write_text('{"language": "fr", "auto_lock_minutes": -4}', encoding="utf-8")
    assert load_settings(bad) == AppSettings()
    bad.write_text("not json", encoding="utf-8")
    assert load_settings(bad) == AppSettings()


@pytest.mark.skipif(not SCREENSHOTS, reason="set COMMUNE_DESK_SCREENSHOTS=DIR")
def test_screenshots_of_sign_in_lock_and_restore(qtbot, tmp_path, vietnamese):
    from commune_desk.ui.session import Session  # noqa: F401 - the session's strings are loaded too
    from tests.ui.session_helpers import make_session

    out = Path(SCREENSHOTS)
    sign_in = SignInDialog("C:/Users/canbo/CommuneDesk/commune_desk.db",
                           "Sai mật khẩu hoặc khóa khôi phục; hãy thử lại.")
    qtbot.addWidget(sign_in)
    sign_in.panel.secret.setText("********")
    sign_in.show()
    qtbot.wait(50)
    assert sign_in.grab().save(str(out / "sign_in.png"))

    path = tmp_path / "xa.db"
    db = open_database(path, PASSWORD)
    save_profile(db, "Hòa Mỹ")
    db.dispose()
    window, session, _told, _codes = make_session(qtbot, path, secret=PASSWORD)
    try:
        session.start()
        session.lock()
        assert isinstance(window.centralWidget(), LockScreen)
        qtbot.wait(50)
        assert window.grab().save(str(out / "locked.png"))
        session.unlock(PASSWORD)
        session.backup_now()
        dialog = RestoreDialog(path, session.db.secret, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.list.setCurrentRow(0)
        qtbot.wait(50)
        assert dialog.grab().save(str(out / "restore_preview.png"))
        password = PasswordChangeDialog("set", lambda c, n: None, window)
        qtbot.addWidget(password)
        password.new.setText("mật khẩu")
        password.show()
        qtbot.wait(50)
        assert password.grab().save(str(out / "first_run_password.png"))
        key = RecoveryKeyDialog("Q7MZ-4KD2-XW3P-LB6T-HN5R-VC2Y", str(path), window)
        qtbot.addWidget(key)
        key.show()
        qtbot.wait(50)
        assert key.grab().save(str(out / "recovery_key.png"))
    finally:
        session.close()


def test_restore_dialog_says_random_bytes_are_no_backup(qtbot, tmp_path):
    """Random bytes chosen as a backup: 'not a CommuneDesk backup' in red, the password field offered (a backup
    encrypted with a password of its own looks the same), nothing to restore."""
    path, db, dest = _backup_with_password(tmp_path, PASSWORD)
    db.dispose()
    junk = tmp_path / "ngau-nhien.db"
    junk.write_bytes(os.urandom(8192))
    dialog = RestoreDialog(path, None)
    qtbot.addWidget(dialog)
    assert dialog.preview(junk) is False
    assert "not a CommuneDesk backup" in dialog.details.text() and not dialog.restore_button.isEnabled()
    assert not dialog.password.isHidden()


def test_start_up_objects_are_frozen_once_and_dropped_views_still_collected(qtbot, tmp_path):
    """Before the first areas are built, what start-up made is moved out of the cyclic collector's sweeps
    (gc.freeze); the areas are not, so a lock drops them for good: a cycle made with them is collected."""
    import gc
    import weakref

    from tests.ui.session_helpers import make_session

    path = tmp_path / "xa.db"
    db = open_database(path, PASSWORD)
    save_profile(db, "Hòa Mỹ")
    db.dispose()
    window, session, _told, _codes = make_session(qtbot, path, secret=PASSWORD)

    class Cycle:  # garbage only the cyclic collector can free, made with the first areas
        def __init__(self) -> None:
            self.me = self

    made: list = []
    build = session.build

    def build_with_a_cycle(*args, **kwargs):
        areas = build(*args, **kwargs)
        if not made:
            cycle = Cycle()
            made.append(weakref.ref(cycle))
            args[0].page("home").cycle = cycle  # lives as long as the first home page
        return areas

    session.build = build_with_a_cycle
    gc.unfreeze()
    try:
        session.start()
        frozen = gc.get_freeze_count()
        assert frozen > 1000
        session.lock()
        qtbot.wait(20)  # the officer types the password: the dropped pages' deferred deletion runs
        session.unlock(PASSWORD)
        assert gc.get_freeze_count() <= frozen  # once, not again for every open (freed objects leave it)
        for _ in range(3):
            qtbot.wait(10)
            gc.collect()
        assert made and made[0]() is None
    finally:
        session.close()
        gc.unfreeze()
