"""The window's choice of a USB token: module path remembered, PIN never kept, the token signs the package."""

from __future__ import annotations

from datetime import date

from tests.ui.screens import agree

from .softhsm import PIN
from .test_token_cli import PROFILE
from commune_desk.app_wiring import Stores


def test_package_view_signs_with_the_token(qtbot, db, hsm, ca, tmp_path):
    from commune_desk.domain.profile import Profile
    from commune_desk.services.packages.chain_trust import Authority, ChainTrust
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.dialogs.token_dialog import LIB_SETTING
    from commune_desk.ui.views.package_view import PackageView

    ProfileRepository(db, "t").save(Profile.from_json(PROFILE))
    stores = Stores(db, "user")
    view = PackageView(stores.services.packages, reporting=stores.services.reports, receipts=stores.receipts, profiles=stores.profiles, today=lambda: date(2026, 11, 20), key_path=tmp_path / "none.p12")
    qtbot.addWidget(view)
    view.resize(1100, 800)
    dialog = view.open_token_dialog()
    dialog.library.setText(hsm.module)
    dialog.token_label.setText("Unit Token")
    dialog.pin.setText("000000")
    dialog.accept()
    assert "wrong PIN for the token Unit Token" in dialog.message.text()
    assert dialog.pin.text() == "" and view.identity is None and dialog.isVisible()
    dialog.pin.setText(PIN)
    dialog.grab().save(str(tmp_path / "token-dialog.png"))
    dialog.accept()
    assert not dialog.isVisible() and view.identity is not None, dialog.message.text()
    assert dialog.pin.text() == ""
    assert "USB token Unit Token, key unit key" in view.key_label.text()
    assert ProfileRepository(db, "t").get_setting(LIB_SETTING) == hsm.module        # the path, never the PIN
    assert PIN not in str(ProfileRepository(db, "t").get_setting(LIB_SETTING))

    view.select("2026-Q3")
    asked = []           # nothing is recorded in this database: the officer is asked, and confirms
    view.confirm = lambda title, text: asked.append(text) or True
    out = tmp_path / "usb"
    out.mkdir()
    assert view.sign_selected(out, confirm=agree)
    qtbot.waitUntil(lambda: not view.busy() and view.sign_button.isEnabled(), timeout=120_000)
    assert view.last_result is not None, view.status.text()
    assert len(asked) == 1 and "No record is dated" in asked[0]
    assert view.identity is None and not view.key_label.text().startswith("USB token")   # logged out
    view.grab().save(str(tmp_path / "package-view.png"))
    result = verify_package(view.last_result.path, trust=[], authorities=ChainTrust([Authority(ca["root"].cert)]))
    assert result.valid, [c.message for c in result.failed]
