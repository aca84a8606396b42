"""The office screens over a real office database and real signed packages: trust list, intake, completeness."""

from __future__ import annotations

import datetime as dt
import os
import time
from datetime import date
from pathlib import Path

import pytest

from tests.office.helpers import SIGNED, build, export_pem, make_units, sha256
from commune_desk.app_wiring import Stores

TODAY = date(2026, 10, 5)


@pytest.fixture(scope="module")
def units():
    return make_units(5, prefix="8")


@pytest.fixture
def office_db(db):
    """A database whose profile is a receiving office (role "office")."""
    from commune_desk.domain.profile import Profile
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "t").save(Profile.from_json({
        "role": "office", "kind": "sở", "name": "Y tế tỉnh Mẫu", "unit_code": "SYT01",
        "official_name": "Sở Y tế tỉnh Mẫu", "place_name": "Tỉnh Mẫu",
        "issuing_body": "ỦY BAN NHÂN DÂN TỈNH MẪU\nSỞ Y TẾ",
        "signer": {"name": "Trần Thị Bình", "title": "PHÓ GIÁM ĐỐC", "authority": "KT. GIÁM ĐỐC"}}))
    return db


def register(db, units):
    from commune_desk.services.office.office_intake import cert_facts
    from commune_desk.storage.office_repo import TrustRepository

    TrustRepository(db, "t").add_many([(cert_facts(u.identity.cert), u.code, u.name) for u in units])


def tamper(path: Path, out: Path) -> Path:
    """Flip one byte of the report .docx inside the zip (the signature no longer covers it)."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in members if n.endswith(".docx"))
    data = bytearray(members[name])
    data[3] ^= 0x01
    members[name] = bytes(data)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    return out


def mixed_inbox(units, tmp_path: Path) -> Path:
    """Valid (units 1 and 2), tampered (unit 3), demo (unit 4) and untrusted (unit 5) packages."""
    inbox = tmp_path / "usb"
    build(units[0], inbox, name="valid_1")
    build(units[1], inbox, name="valid_2", signed=SIGNED + dt.timedelta(days=5))
    tamper(build(units[2], tmp_path / "x", name="c"), inbox / "tampered.zip")
    build(units[3], inbox, demo=True, name="demo")
    build(units[4], inbox, name="untrusted")
    return inbox


def take_in(qtbot, view, folder):
    with qtbot.waitSignal(view.intakeFinished, timeout=60000) as blocker:
        assert view.start_intake(folder)
    assert not view.running
    return blocker.args[0]


def test_trust_view_shows_the_fingerprint_and_registers_replaces_revokes(qtbot, office_db, units, tmp_path):
    from commune_desk.services.packages.signing_keys import create_identity, describe
    from commune_desk.ui.views.office_trust_view import OfficeTrustView

    view = OfficeTrustView(Stores(office_db, "t").services.office, trust=Stores(office_db, "t").trust, cas=Stores(office_db, "t").cas)
    qtbot.addWidget(view)
    dialog = view.register_certificate(export_pem(units[0], tmp_path / "certs"))
    fingerprint = describe(units[0].identity.cert).fingerprint
    assert dialog.fingerprint_label.text() == fingerprint and len(fingerprint.split()) == 16
    assert not dialog.save_button.isEnabled()
    dialog.accept()                                          # not confirmed: nothing saved
    assert dialog.isVisible() and view.table.rowCount() == 0
    dialog.confirm.setChecked(True)
    dialog.unit_code.setText("99999")                        # another unit's code: refused, dialog stays
    dialog.accept()
    assert "99999" in dialog.error.text() and view.table.rowCount() == 0
    dialog.unit_code.setText(units[0].code)
    dialog.accept()
    assert not dialog.isVisible()
    assert [view.table.item(0, c).text() for c in (0, 1, 2)] == [units[0].code, units[0].name, "Active"]

    new_key = create_identity(units[0].name, units[0].code, now=SIGNED)
    new_pem = tmp_path / "new.pem"
    from commune_desk.services.packages.signing_keys import export_cert

    export_cert(new_key.cert, new_pem)
    view.select_unit(units[0].code)
    dialog = view.replace_certificate(new_pem)
    dialog.confirm.setChecked(True)
    dialog.accept()                                          # a reason is required
    assert dialog.isVisible() and "say why" in dialog.error.text()
    dialog.reason.setText("Máy tính hỏng, tạo khóa mới")
    dialog.accept()
    assert sorted(view.table.item(r, 2).text() for r in range(view.table.rowCount())) == ["Active", "Replaced"]

    view.select_unit(units[0].code)
    revoke = view.revoke_certificate()
    revoke.reason.setText("Mất USB chứa khóa")
    revoke.accept()
    statuses = {view.table.item(r, 2).text(): view.table.item(r, 6).text() for r in range(view.table.rowCount())}
    assert statuses == {"Replaced": "Máy tính hỏng, tạo khóa mới", "Revoked": "Mất USB chứa khóa"}
    assert not view.revoke_button.isEnabled() or view.selected() is None


def test_intake_view_classifies_each_package_in_the_background(qtbot, office_db, units, tmp_path):
    from commune_desk.ui.views.office_intake_view import OfficeIntakeView

    register(office_db, units[:4])
    inbox = mixed_inbox(units, tmp_path)
    view = OfficeIntakeView(Stores(office_db, "t").services.office, ledger=Stores(office_db, "t").intake, volumes=lambda: [])
    qtbot.addWidget(view)
    summary = take_in(qtbot, view, inbox)
    assert not summary.cancelled and summary.counts["accepted"] == 2
    assert view.states_shown() == {"valid_1.zip": "accepted", "valid_2.zip": "accepted", "tampered.zip": "invalid",
                                   "demo.zip": "demo", "untrusted.zip": "untrusted"}
    reasons = {view.table.item(r, 0).text(): view.table.item(r, 6).text() for r in range(view.table.rowCount())}
    assert "not in the office trust list" in reasons["untrusted.zip"] and "demo" in reasons["demo.zip"]
    assert view.progress.value() == view.progress.maximum() == 5

    build(units[0], inbox, name="valid_1_r2", revision=2,         # a newer revision supersedes the first
          supersedes=sha256(inbox / "valid_1.zip"))
    take_in(qtbot, view, inbox)
    assert view.states_shown()["valid_1.zip"] == "superseded"
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "valid_1_r2.zip")
    view.table.selectRow(row)
    history = [(view.history.item(r, 0).text(), view.history.item(r, 5).data(256))
               for r in range(view.history.rowCount())]
    assert history == [("valid_1.zip", "superseded"), ("valid_1_r2.zip", "accepted")]
    view.state_combo.setCurrentIndex(view.state_combo.findData("accepted"))
    assert set(view.states_shown().values()) == {"accepted"} and len(view.states_shown()) == 2


def test_intake_can_be_cancelled_midway_and_resumed(qtbot, office_db, units, tmp_path, monkeypatch):
    from commune_desk.services.office import office_intake
    from commune_desk.storage.office_repo import IntakeLedger
    from commune_desk.ui.views.office_intake_view import OfficeIntakeView

    register(office_db, units[:4])
    for i, u in enumerate(units[:4]):
        build(u, tmp_path / "in", name=f"p{i}")
    view = OfficeIntakeView(Stores(office_db, "t").services.office, ledger=Stores(office_db, "t").intake, volumes=lambda: [])
    qtbot.addWidget(view)
    real, calls = office_intake.verify_one, []

    def verify_then_press_cancel(*args, **kwargs):           # the officer presses Cancel during the 2nd package
        calls.append(args[0])
        if len(calls) == 2:
            # The worker may reach here before the window stored its operation (a loaded machine): wait for it.
            deadline = time.monotonic() + 30
            while view.operation is None and time.monotonic() < deadline:
                time.sleep(0.01)
            view.operation.cancel()
        return real(*args, **kwargs)

    monkeypatch.setattr(office_intake, "verify_one", verify_then_press_cancel)
    first = take_in(qtbot, view, tmp_path / "in")
    assert first.cancelled and first.counts["accepted"] == 2
    assert len(IntakeLedger(office_db, "t").entries()) == 2 and view.table.rowCount() == 2
    assert not view.resume_button.isHidden() and "Resume" in view.status.text()

    with qtbot.waitSignal(view.intakeFinished, timeout=60000) as blocker:
        assert view.resume()
    second = blocker.args[0]
    assert not second.cancelled and second.skipped == 2 and second.counts["accepted"] == 2
    assert len(calls) == 4                                   # nothing verified twice
    assert set(view.states_shown()) == {"p0.zip", "p1.zip", "p2.zip", "p3.zip"}
    assert view.resume_button.isHidden()


def test_completeness_lists_exactly_the_missing_units_and_aggregate_writes_both_files(
        qtbot, office_db, units, tmp_path):
    from openpyxl import load_workbook

    from commune_desk.services.office.office_intake import intake_folder
    from commune_desk.ui.views.office_completeness_view import OfficeCompletenessView

    register(office_db, units[:4])
    intake_folder(office_db, mixed_inbox(units, tmp_path))    # units 1, 2 submit; 3 tampered, 4 demo
    view = OfficeCompletenessView(Stores(office_db, "t").services.office, ledger=Stores(office_db, "t").intake, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert view.period() == "2026-Q3"
    assert view.units_with_status("missing") == [] and view.completeness.missing == []
    assert view.units_with_status("rejected") == [units[2].code, units[3].code]
    assert view.units_with_status("submitted") == [units[0].code, units[1].code]
    assert view.tile_values["submitted"].text() == "2 (50%)"
    register(office_db, make_units(1, prefix="6"))            # a unit that sent nothing at all
    view.refresh()
    assert view.units_with_status("missing") == ["60001"] == view.completeness.missing
    view.status_filter.setCurrentIndex(view.status_filter.findData("missing"))
    assert view.units.rowCount() == 1

    with qtbot.waitSignal(view.aggregated, timeout=60000) as blocker:
        assert view.aggregate_to(tmp_path / "out")
    docx_path, xlsx_path = blocker.args[0]
    assert docx_path == tmp_path / "out" / "Tong-hop_2026-Q3.docx" and docx_path.stat().st_size > 0
    wb = load_workbook(xlsx_path, read_only=True)
    rows = list(wb["Theo don vi"].iter_rows(values_only=True))
    wb.close()  # read-only workbooks keep their file open until closed
    cells = {str(c) for r in rows for c in r if c is not None}
    assert {units[0].code, units[1].code, units[2].code, units[3].code, "60001"} <= cells
    assert view.figures_table.rowCount() == 5 and "Tong-hop_2026-Q3.docx" in view.result.text()
    bar = view._saved_bar_under  # issue 18 item 7: the written file named, with "Mở thư mục"
    assert bar.isVisibleTo(view) and bar.path == docx_path


def test_office_role_switches_the_navigation_to_the_office_areas(qtbot, office_db):
    from commune_desk.app import build_areas
    from commune_desk.ui.main_window import OFFICE_AREAS, MainWindow
    from commune_desk.ui.views.office_intake_view import OfficeIntakeView

    window = MainWindow()
    qtbot.addWidget(window)
    areas = build_areas(window, office_db, today=lambda: TODAY)
    keys = [window.nav.item(r).data(256) for r in range(window.nav.count())]
    assert keys == [k for k, _ in OFFICE_AREAS] and "propaganda" not in keys
    assert isinstance(window.page("office_intake"), OfficeIntakeView)
    areas.home.areaRequested.emit("office_completeness")
    assert window.current_area() == "office_completeness"
    assert window.stack.currentWidget() is areas.completeness_view
    assert window.unit_label.text() == "Sở Y tế tỉnh Mẫu"


def test_commune_role_keeps_the_record_areas(qtbot, db):
    from commune_desk.app import build_areas
    from commune_desk.ui.main_window import AREA_KEYS, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    build_areas(window, db)
    assert window.area_keys() == AREA_KEYS and window.nav.count() == len(AREA_KEYS)


@pytest.mark.skipif(not os.environ.get("COMMUNE_DESK_SCREENSHOTS"), reason="set COMMUNE_DESK_SCREENSHOTS=DIR")
def test_screenshots_of_the_intake_and_completeness_screens(qtbot, office_db, units, tmp_path, vietnamese):
    from commune_desk.app import build_areas
    from commune_desk.ui.main_window import MainWindow

    from commune_desk.domain.plans import Deadline, DueRule, Plan, Target
    from commune_desk.storage.plan_repo import PlanRepository

    out = Path(os.environ["COMMUNE_DESK_SCREENSHOTS"])
    register(office_db, units[:4] + make_units(2, prefix="6"))
    PlanRepository(office_db, "t").store(Plan(
        "KH-TINH", 1, "Kế hoạch phòng, chống mại dâm năm 2026", "Sở Y tế", 2026, "Sở Y tế",
        targets=(Target("1", "≥ 60% thôn được tuyên truyền", "PROP_UNITS", ">=", 60, "%"),),
        deadlines=(Deadline("quarter", DueRule.parse("day 10 of last month of quarter", 2026)),)))
    inbox = mixed_inbox(units, tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    areas = build_areas(window, office_db, today=lambda: TODAY)
    window.show()
    window.show_area("office_intake")
    take_in(qtbot, areas.intake_view, inbox)
    areas.intake_view.table.selectRow(0)
    qtbot.wait(50)
    assert window.grab().save(str(out / "office_intake.png"))
    window.show_area("office_completeness")
    with qtbot.waitSignal(areas.completeness_view.aggregated, timeout=60000):
        areas.completeness_view.aggregate_to(tmp_path / "out")
    qtbot.wait(50)
    assert window.grab().save(str(out / "office_completeness.png"))
    window.show_area("office_trust")
    qtbot.wait(50)
    assert window.grab().save(str(out / "office_trust.png"))
