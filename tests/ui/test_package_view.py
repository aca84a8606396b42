"""Keys wizard and the packages screen: create a key, sign a period off the UI thread, lock, amend, verify."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ui.conftest import TODAY
from tests.ui.screens import agree
from commune_desk.app_wiring import Stores

PASSWORD = "mat-khau-ky-so"


def make_key(qtbot, profile, key_path):
    from commune_desk.ui.dialogs.keys_wizard import KeysWizard

    wizard = KeysWizard(key_path, profile)
    qtbot.addWidget(wizard)
    wizard.password.setText(PASSWORD)
    wizard.repeat.setText(PASSWORD)
    assert wizard.create_key(), wizard.message.text()
    return wizard


def test_keys_wizard_creates_p12_and_shows_fingerprint(qtbot, repos, tmp_path):
    from commune_desk.services.packages.signing_keys import describe, load_p12

    key_path = tmp_path / "keys" / "unit.p12"
    wizard = KeysWizard_refuses_mismatch(qtbot, repos.profiles.get(), key_path)
    assert not key_path.exists()
    wizard.repeat.setText(PASSWORD)
    assert wizard.create_key()
    identity = load_p12(key_path, PASSWORD)
    info = describe(identity.cert)
    assert info.unit_code == "10351" and info.common_name == "Ủy ban nhân dân xã Hòa Mỹ"
    shown = wizard.fingerprint.text().split()
    assert shown == info.fingerprint.split() and len(shown) == 16
    assert "10351" in wizard.subject.text()
    pem = wizard.export_certificate(tmp_path / "hoa-my.pem")
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert wizard._saved_bar_under.path == pem  # named, with "Mở thư mục"
    # a second wizard opens the existing key with its password, and refuses a wrong one
    from commune_desk.ui.dialogs.keys_wizard import KeysWizard

    again = KeysWizard(key_path, repos.profiles.get())
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    again.open_password.setText("wrong password")
    assert not again.open_key() and "wrong password" in again.message.text()
    again.open_password.setText(PASSWORD)
    assert again.open_key() and again.fingerprint.text() == wizard.fingerprint.text()


def KeysWizard_refuses_mismatch(qtbot, profile, key_path):  # noqa: N802 - reads as a sentence in the test
    from commune_desk.ui.dialogs.keys_wizard import KeysWizard

    wizard = KeysWizard(key_path, profile)
    qtbot.addWidget(wizard)
    wizard.password.setText(PASSWORD)
    wizard.repeat.setText(PASSWORD + "x")
    assert not wizard.create_key()
    assert "differ" in wizard.message.text()
    return wizard


@pytest.fixture
def signed(qtbot, demo_db, tmp_path):
    """The package screen after signing 2026-Q3 into a folder with a key made by the wizard."""
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.views.package_view import PackageView

    key_path = tmp_path / "unit.p12"
    stores = Stores(demo_db, "user")
    view = PackageView(stores.services.packages, reporting=stores.services.reports, receipts=stores.receipts, profiles=stores.profiles, today=lambda: TODAY, key_path=key_path)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    assert "No signing key" in view.key_label.text()
    make_key(qtbot, ProfileRepository(demo_db, "x").get(), key_path)
    view.refresh()
    view.select("2026-Q3")
    assert view.periods.item(view._codes.index("2026-Q3"), 1).text() == "draft"
    out = tmp_path / "packages"
    out.mkdir()
    assert view.sign_selected(out, password=PASSWORD, confirm=agree)
    qtbot.waitUntil(lambda: not view.busy() and view.sign_button.isEnabled(), timeout=120_000)
    assert view.last_result is not None, view.status.text()
    return view, view.last_result


def test_sign_period_locks_and_verifies(qtbot, demo_db, signed):
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.ui.dialogs.record_form import RecordDialog
    from tests.propaganda import activities, propaganda_repo
    from commune_desk.services.plans.catalogues import default_catalogues

    view, result = signed
    row = view._codes.index("2026-Q3")
    assert view.periods.item(row, 1).text() == "signed, revision 1"
    assert view.periods.item(row, 3).text() == "01/07/2026 – 30/09/2026"
    assert view.packages.rowCount() == 1 and view.packages.item(0, 3).text() == result.path.name
    assert result.path.exists() and verify_package(result.path).valid
    bar = view._saved_bar_under  # issue 18 item 7: the package named, with "Mở thư mục"
    assert bar.isVisibleTo(view) and bar.path == result.path
    assert "read back and verified" in view.status.text()

    # a record dated inside the period opens read-only, saying why
    repo = propaganda_repo(demo_db, "user", today=lambda: TODAY)
    inside = [r for r in activities(demo_db) if date(2026, 7, 1) <= r.activity_date <= date(2026, 9, 30)]
    assert inside
    from commune_desk.ui.problems import decision_text

    from commune_desk.storage.period_repo import PeriodStateRepository

    decision = PeriodStateRepository(demo_db, "t").decision(inside[0].activity_date)
    dialog = RecordDialog("propaganda", repo, catalogues=default_catalogues(), units=[], record=inside[0],
                          today=TODAY, lock_reason="" if decision.allowed else decision_text(decision))
    qtbot.addWidget(dialog)
    assert dialog.locked
    assert "Q3 2026" in dialog.lock_banner.text()                # the period by its name, not its code
    assert not dialog.fields["title"].isEnabled()

    # the screen verifies the file and names every check
    assert view.verify_file(result.path)
    qtbot.waitUntil(lambda: view.verify_result is not None and not view.busy(), timeout=60_000)
    names = [view.checks.item(r, 0).text() for r in range(view.checks.rowCount())]
    assert "signature" in " ".join(names) and len(names) >= 4
    assert all(view.checks.item(r, 1).text() == "passed" for r in range(view.checks.rowCount()))
    assert view.verify_summary.text().startswith("VALID")


def test_signed_period_needs_an_amendment_with_reason(qtbot, demo_db, signed, tmp_path):
    view, result = signed
    assert not view.sign_selected(tmp_path)                 # signed: no second package without amending
    assert "already signed" in view.status.text()
    assert not view.amend_selected("")
    assert "reason" in view.status.text()
    assert view.state_of("2026-Q3").state == "signed"
    assert view.amend_selected("Sai số liệu thôn Đông")
    assert view.state_of("2026-Q3").state == "amended"
    row = view._codes.index("2026-Q3")
    assert view.periods.item(row, 1).text().startswith("amended")
    assert [view.packages.item(r, 5).text() for r in range(view.packages.rowCount())][-1] == "Sai số liệu thôn Đông"
    out = tmp_path / "rev2"
    out.mkdir()
    assert view.sign_selected(out, confirm=agree)
    qtbot.waitUntil(lambda: not view.busy() and view.sign_button.isEnabled(), timeout=120_000)
    assert view.last_result.revision == 2 and view.last_result.supersedes == result.sha256


def test_tampered_package_shows_the_failed_check(qtbot, signed, tmp_path):
    view, result = signed
    data = bytearray(result.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    # Signing verifies the new package at once: wait for that check, then ask about the damaged copy and wait
    # for its own verdict (a stale verdict of the genuine package must not answer for it).
    qtbot.waitUntil(lambda: not view.busy(), timeout=60_000)
    view.verify_file(bad)
    qtbot.waitUntil(lambda: view.verify_result is not None and str(view.verify_result.path).endswith("bad.zip")
                    and not view.busy(), timeout=60_000)
    assert not view.verify_result.valid
    assert view.verify_summary.text().startswith(("INVALID", "UNREADABLE"))
