"""The loop on screen: the office writes a receipt from intake, the commune imports it and sees the comment beside
the figure; a tampered receipt is refused with the reason; the plan dialog shows the signature verdict; opening a
database reconciles it with the signing ledger."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from commune_desk.services.protection.removable import Volume
from tests.loop.helpers import (
    COMMENT, COMMENT_CODE, PERIOD, build_commune_package, make_keys, pem, record_made, register_unit, rewrite_zip,
)
from tests.ui.conftest import TODAY
from commune_desk.app_wiring import Stores

KEY_PASSWORD = "mật khẩu khóa 2026"


@pytest.fixture(scope="module")
def keys():
    return make_keys()


@pytest.fixture
def desks(tmp_path, keys):
    """Two real databases: the commune (profile, a package it made) and the office (the unit trusted)."""
    from commune_desk.domain.profile import Profile
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository

    commune = open_database(tmp_path / "commune" / "xa.db")
    office = open_database(tmp_path / "office" / "so.db")
    ProfileRepository(commune, "t").save(Profile(name="Hòa Mỹ", unit_code="79001",
                                                 official_name="Ủy ban nhân dân xã Hòa Mỹ", province="Tỉnh Mẫu"))
    package = build_commune_package(keys.commune, tmp_path / "usb")
    record_made(commune, package)
    register_unit(office, keys.commune)
    yield commune, office, package
    commune.dispose()
    office.dispose()


def _take_in(qtbot, office, folder):
    from commune_desk.ui.views.office_intake_view import OfficeIntakeView

    view = OfficeIntakeView(Stores(office, "office").services.office, ledger=Stores(office, "office").intake, volumes=lambda: [])
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.intakeFinished, timeout=60000):
        assert view.start_intake(folder)
    return view


def _write_receipt(qtbot, office, keys, tmp_path, *, comment=True, grab: Path | None = None):
    """Through the intake screen: select the row, Write receipt…, type the comment, key and password, write."""
    from commune_desk.services.packages.signing_keys import save_p12

    view = _take_in(qtbot, office, tmp_path / "usb")
    assert not view.receipt_button.isEnabled()                 # nothing selected yet
    view.table.selectRow(0)
    assert view.receipt_button.isEnabled()
    view.receipt_button.click()
    dialog = view.receipt_dialog
    codes = [dialog.comments.item(r, 0).text() for r in range(dialog.comments.rowCount())]
    assert codes == ["PROP_UNITS", COMMENT_CODE]              # the package's own report-data indicators
    assert dialog.status_combo.currentData() == "accepted"
    key = save_p12(tmp_path / "office-key" / "so.p12", keys.office, KEY_PASSWORD)
    dialog.key_edit.setText(str(key))
    dialog.out_edit.setText(str(tmp_path / "stick"))
    (tmp_path / "stick").mkdir(exist_ok=True)
    if comment:
        dialog.set_comment(COMMENT_CODE, COMMENT)
    dialog.password.setText("sai mật khẩu")
    assert dialog.write() is None and dialog.result_receipt is None and "wrong password" in dialog.message.text()
    dialog.password.setText(KEY_PASSWORD)
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.write_button.click()
    if grab is not None:
        dialog.resize(900, 560)
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(grab))
    written = dialog.result_receipt
    assert written.path == tmp_path / "stick" / "Bien-nhan_79001_2026-Q3_r1.zip" and written.path.is_file()
    assert str(written.path) in dialog.message.text() and not dialog.write_button.isEnabled()
    assert dialog._saved_bar_under.path == written.path  # with "Mở thư mục"
    return written


def _register_office(qtbot, commune, keys, tmp_path):
    from commune_desk.services.packages.signing_keys import fingerprint_sha256, group_fingerprint
    from commune_desk.ui.views.plan_view import PlanView

    plan_view = PlanView(Stores(commune, "user").services.plans, plans=Stores(commune, "user").plans, office_certs=Stores(commune, "user").office_certs,
                    profiles=Stores(commune, "user").profiles, today=lambda: TODAY)
    qtbot.addWidget(plan_view)
    grouped = group_fingerprint(fingerprint_sha256(keys.office.cert))
    assert grouped not in plan_view.in_force.text()
    shown, told = [], []
    office = plan_view.register_office(str(pem(keys.office, tmp_path / "so.pem")),
                                       confirm=lambda text: shown.append(text) or True,
                                       inform=lambda title, text: told.append(title))
    assert office is not None and grouped in shown[0] and len(grouped.split()) == 16
    assert len(told) == 1 and grouped in plan_view.in_force.text()
    return plan_view


def _import_dialog(qtbot, commune, stick: Path):
    from commune_desk.ui.views.package_view import PackageView

    stores = Stores(commune, "user")
    packages = PackageView(stores.services.packages, reporting=stores.services.reports, receipts=stores.receipts, profiles=stores.profiles, today=lambda: TODAY, key_path=stick / "none.p12")
    qtbot.addWidget(packages)
    dialog = packages.import_receipt(volumes=lambda: [Volume(str(stick), "/dev/sdb1", "USB", True)])
    return packages, dialog


def _ack_cell(packages) -> str:
    row = packages._codes.index(PERIOD)
    return packages.periods.item(row, 5).text()


def _round_trip(qtbot, desks, keys, tmp_path, shots: Path):
    """Office writes, commune registers the office and imports; returns the package, home and report views."""
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.ui.views.home_view import HomeView
    from tests.ui.plan_fixtures import plan_for_year

    commune, office, _ = desks
    shots.mkdir(parents=True, exist_ok=True)
    written = _write_receipt(qtbot, office, keys, tmp_path, grab=shots / "loop-receipt-dialog.png")
    _register_office(qtbot, commune, keys, tmp_path)
    packages, dialog = _import_dialog(qtbot, commune, tmp_path / "stick")
    items = dialog.receipt_items()
    assert [i.text(0) for i in items] == [written.path.name]
    dialog.files.setCurrentItem(items[0])
    with qtbot.waitSignal(packages.receiptImported, timeout=10000):
        dialog.import_button.click()
    PlanRepository(commune, "t").store(plan_for_year(2026), source_name="ke_hoach.xlsx")
    home = HomeView(lambda: from_database(commune, TODAY))
    qtbot.addWidget(home)
    home.resize(1180, 1000)
    home.show()
    qtbot.waitExposed(home)
    home.grab().save(str(shots / "loop-dashboard-comment.png"))
    packages.resize(1180, 700)
    packages.show()
    qtbot.waitExposed(packages)
    packages.grab().save(str(shots / "loop-period-acknowledged.png"))
    return written, packages, dialog, home


@pytest.mark.skipif(not os.environ.get("COMMUNE_DESK_SCREENSHOTS"), reason="set COMMUNE_DESK_SCREENSHOTS=DIR")
def test_screenshots_of_the_loop_in_vietnamese(qtbot, desks, keys, tmp_path, vietnamese):
    _, packages, dialog, home = _round_trip(qtbot, desks, keys, tmp_path, Path(os.environ["COMMUNE_DESK_SCREENSHOTS"]))
    assert "Đã nhập" in dialog.result.text() and "cấp trên đã xác nhận" in _ack_cell(packages)


def test_office_writes_a_receipt_and_the_commune_sees_the_comment_beside_its_figure(qtbot, desks, keys, tmp_path):
    from commune_desk.storage.loop_repo import ReceiptRepository
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.ui.views.home_view import HomeView
    from commune_desk.ui.views.office_comments import MARKER
    from commune_desk.ui.views.report_view import ReportView
    from tests.ui.plan_fixtures import plan_for_year

    commune, office, _ = desks
    shots = tmp_path / "shots"
    shots.mkdir()
    written = _write_receipt(qtbot, office, keys, tmp_path, grab=shots / "receipt.png")
    assert [r.direction for r in ReceiptRepository(office, "t").all()] == ["sent"]

    _register_office(qtbot, commune, keys, tmp_path)
    packages, dialog = _import_dialog(qtbot, commune, tmp_path / "stick")
    assert _ack_cell(packages) == ""
    items = dialog.receipt_items()
    assert [i.text(0) for i in items] == [written.path.name]
    dialog.files.setCurrentItem(items[0])
    with qtbot.waitSignal(packages.receiptImported, timeout=10000):
        dialog.import_button.click()
    assert "Imported: receipt from Sở Y tế tỉnh Mẫu" in dialog.result.text()
    assert f"{COMMENT_CODE}: {COMMENT}" in dialog.result.text()
    assert _ack_cell(packages).startswith("acknowledged by the office on ")
    assert "accepted, revision 1" in _ack_cell(packages) and "1 comment(s)" in _ack_cell(packages)

    PlanRepository(commune, "t").store(plan_for_year(2026), source_name="ke_hoach.xlsx")
    home = HomeView(lambda: from_database(commune, TODAY))
    qtbot.addWidget(home)
    home.resize(1180, 1000)
    home.show()
    qtbot.waitExposed(home)
    rows = {home.targets.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(home.targets.rowCount())}
    commented = home.targets.item(rows["CT10"], 0)              # CT10 is bound to BIZ_INSPECTED
    assert COMMENT in commented.toolTip() and "Comment of the superior office" in commented.toolTip()
    assert f"Q3 2026: {COMMENT}" in commented.toolTip()
    assert MARKER in commented.text() and home.targets.item(rows["CT10"], 2).text().startswith(MARKER)
    assert COMMENT in home.targets.item(rows["CT10"], 2).toolTip()
    others = [home.targets.item(r, 0) for code, r in rows.items() if code != "CT10"]
    assert all(not i.toolTip() and MARKER not in i.text() for i in others)   # PROP_UNITS got no remark
    home.grab().save(str(shots / "dashboard.png"))
    assert (shots / "dashboard.png").stat().st_size > 10000 and (shots / "receipt.png").stat().st_size > 10000

    stores = Stores(commune, "user")
    report = ReportView(stores.services.reports, reports=stores.reports, profiles=stores.profiles, receipts=stores.receipts, numbers=stores.numbers, today=lambda: TODAY)
    qtbot.addWidget(report)
    report.set_period(PERIOD)
    assert report.office_comments.codes() == [COMMENT_CODE]
    assert "acknowledged by Sở Y tế tỉnh Mẫu" in report.office_comments.heading.text()
    assert COMMENT in report.office_comments.list.item(0).text()
    report.set_period("2026-Q2")
    assert report.office_comments.codes() == [] and "not been acknowledged" in report.office_comments.heading.text()


def test_a_tampered_or_unregistered_receipt_is_refused_with_the_reason(qtbot, desks, keys, tmp_path):
    from commune_desk.storage.loop_repo import ReceiptRepository

    commune, office, _ = desks
    written = _write_receipt(qtbot, office, keys, tmp_path)
    stick = tmp_path / "stick2"
    stick.mkdir()
    rewrite_zip(written.path, stick / "Bien-nhan_79001_2026-Q3_r1.zip",
                lambda n, d: d.replace(b'"accepted"', b'"issues"') if n == "receipt.json" else d)
    packages, dialog = _import_dialog(qtbot, commune, stick)
    assert dialog.import_file(written.path) is None                 # no office registered yet
    assert "Refused:" in dialog.result.text() and "no office certificate is registered" in dialog.result.text()
    _register_office(qtbot, commune, keys, tmp_path)
    dialog.files.setCurrentItem(dialog.receipt_items()[0])
    dialog.import_button.click()
    assert "Refused:" in dialog.result.text() and "altered or forged" in dialog.result.text()
    assert ReceiptRepository(commune, "t").all() == [] and _ack_cell(packages) == ""


@pytest.fixture
def plan_files(tmp_path):
    from tests.ui.plan_fixtures import plan_for_year, write_plan

    root = tmp_path / "PLAN-USB"
    root.mkdir()
    return root, write_plan(root / "Ke-hoach-2026.xlsx", plan_for_year(2026))


def _verdict(qtbot, commune, root, path):
    from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog

    dialog = PlanImportDialog(Stores(commune, "user").services.plans, profiles=Stores(commune, "user").profiles, volumes=lambda: [Volume(str(root), "/dev/sdb1", "USB", True)],
                              today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.choose(path)
    qtbot.waitUntil(lambda: dialog.signature_check is not None or "cannot" in dialog.summary.text(), timeout=20000)
    return dialog


def test_plan_import_dialog_shows_the_signature_verdict(qtbot, desks, keys, plan_files, tmp_path):
    from commune_desk.services.plans.plan_signing import sign_plan, signature_path
    from commune_desk.storage.loop_repo import PlanSignatureRepository

    commune, _, _ = desks
    root, workbook = plan_files
    unsigned = _verdict(qtbot, commune, root, workbook)
    assert unsigned.signature.text().startswith("Signature: unsigned")
    assert [w.where for w in unsigned.warning_list] == ["province"]  # the sample plan is Lạng Sơn's (issue 18)
    assert not unsigned.import_button.isEnabled()
    unsigned.warned.setChecked(True)
    assert unsigned.import_button.isEnabled()                        # the officer decides

    sign_plan(workbook, keys.office)
    _register_office(qtbot, commune, keys, tmp_path)
    signed = _verdict(qtbot, commune, root, workbook)
    assert signed.signature.text().startswith("Signature: signed by registered office (Sở Y tế tỉnh Mẫu;")
    signed.warned.setChecked(True)
    with qtbot.waitSignal(signed.imported, timeout=20000) as blocker:
        signed.import_button.click()
    info = blocker.args[0].info
    assert PlanSignatureRepository(commune, "t").get(info.plan_id, info.version).status == "registered"

    other = root / "Ke-hoach-khac.xlsx"
    other.write_bytes(workbook.read_bytes())
    signature_path(other).write_bytes(signature_path(workbook).read_bytes())
    with open(other, "ab") as fh:
        fh.write(b"\0")                                              # changed after signing
    tampered = _verdict(qtbot, commune, root, other)
    assert tampered.signature.text().startswith("Signature: tampered")
    assert "refused" in tampered.summary.text() and not tampered.import_button.isEnabled()


def test_opening_a_restored_pre_signing_backup_keeps_the_period_signed(qtbot, tmp_path):
    from datetime import date

    from commune_desk.domain.period_state import SIGNED, PeriodState
    from commune_desk.services.packages.period_lifecycle import state_of
    from commune_desk.storage.backup import restore_backup, write_backup
    from commune_desk.storage.database import open_database
    from commune_desk.storage.ledger import Ledger
    from tests.ui.session_helpers import make_session, save_profile

    path = tmp_path / "xa.db"
    db = open_database(path)
    save_profile(db, demo=True)
    before = write_backup(db, tmp_path / "truoc-khi-ky.db")
    Ledger(db, "test").record_signed(PeriodState(PERIOD, SIGNED, 1, "ab" * 32, date(2026, 6, 15),
                                                 date(2026, 9, 14)), supersedes="", package_name="p.zip",
                                     demo=True, snapshot="{}")
    db.dispose()
    restore_backup(path, before, None)
    plain = open_database(path)
    assert state_of(plain, PERIOD).state != SIGNED                  # the restored file alone forgot the signing
    plain.dispose()
    window, session, told, codes = make_session(qtbot, path, demo=True)
    try:
        assert session.start() is True
        assert state_of(session.db, PERIOD).state == SIGNED and state_of(session.db, PERIOD).revision == 1
        assert f"{PERIOD}: state" in window.statusBar().currentMessage()
        assert told == [] and codes == []
    finally:
        session.close()
