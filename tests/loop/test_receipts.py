"""Receipts: commune packages → office intake → signed receipt with a comment → commune imports it."""

from __future__ import annotations

import json

import pytest

from commune_desk.services.office.office_intake import intake_folder
from commune_desk.services.plans.plan_signing import trust_office
from commune_desk.services.loop.receipts import ReceiptRefused, import_receipt, write_receipt
from commune_desk.storage.loop_repo import ReceiptRepository

from .helpers import (
    COMMENT, COMMENT_CODE, PERIOD, build_commune_package, pem, record_made, register_unit, rewrite_zip,
)


@pytest.fixture
def sent(office_db, commune_db, keys, tmp_path):
    """The commune made and recorded a package, the office took it in and wrote a receipt with one comment."""
    package = build_commune_package(keys.commune, tmp_path / "usb")
    sha = record_made(commune_db, package)
    register_unit(office_db, keys.commune)
    summary = intake_folder(office_db, tmp_path / "usb")
    assert summary.counts.get("accepted") == 1, summary
    written = write_receipt(office_db, package, keys.office, tmp_path / "receipts",
                            comments=[(COMMENT_CODE, COMMENT)])
    return package, sha, written


def test_round_trip_comment_lands_on_its_indicator_and_period(sent, commune_db, keys, tmp_path):
    package, sha, written = sent
    assert written.path.name == "Bien-nhan_79001_2026-Q3_r1.zip" and written.path.name.isascii()
    data = json.loads(__import__("zipfile").ZipFile(written.path).read("receipt.json"))
    assert data["schema"] == "commune-desk/receipt" and data["schema_version"] == 1
    content = data["package"].pop("content_sha256")                   # the signed content (issue 22)
    assert len(content) == 64 and data["package"].pop("copies_sha256") == []
    assert len(data["package"].pop("report_data_sha256")) == 64
    assert data["package"] == {"sha256": sha, "unit_code": "79001", "unit_name": "Ủy ban nhân dân xã Hòa Mỹ",
                               "period": PERIOD, "revision": 1}
    assert data["status"] == "accepted" and data["office"]["name"] == "Sở Y tế tỉnh Mẫu"
    repo = ReceiptRepository(commune_db, "t")
    assert repo.acknowledgement(PERIOD) is None
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "test")
    receipt, new, own = import_receipt(commune_db, written.path, "test")
    assert new and own.current and receipt.package_sha256 == sha and receipt.status == "accepted"
    ack = repo.acknowledgement(PERIOD)
    assert ack is not None and ack.revision == 1 and ack.office_name == "Sở Y tế tỉnh Mẫu"
    comments = repo.comments_for(PERIOD)
    assert list(comments) == [COMMENT_CODE]
    assert comments[COMMENT_CODE][0].text == COMMENT and comments[COMMENT_CODE][0].period == PERIOD
    assert repo.comments_for("2026-Q2") == {}
    again, new_again, _ = import_receipt(commune_db, written.path, "test")
    assert not new_again and again.id == receipt.id
    from commune_desk.storage.audit_log import AuditLog
    log = AuditLog(commune_db)
    assert any(e.entity == "receipt_received" for e in log.entries()) and log.first_broken() is None


def test_altered_receipt_is_refused(sent, commune_db, keys, tmp_path):
    _, _, written = sent
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "test")
    altered = rewrite_zip(written.path, tmp_path / "altered.zip",
                          lambda n, d: d.replace(b'"accepted"', b'"issues"') if n == "receipt.json" else d)
    with pytest.raises(ReceiptRefused, match="altered or forged"):
        import_receipt(commune_db, altered, "test")
    assert ReceiptRepository(commune_db, "t").all() == []


def test_receipt_from_an_unregistered_office_is_refused(sent, commune_db, keys, tmp_path):
    from commune_desk.services.packages.cms import sign_detached

    _, _, written = sent
    with pytest.raises(ReceiptRefused, match="no office certificate is registered"):
        import_receipt(commune_db, written.path, "test")
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "test")
    forged = {}
    def resign(name, data):
        if name == "receipt.json":
            forged["body"] = data
            return data
        return sign_detached(forged["body"], keys.stranger.key, keys.stranger.cert)
    forged_zip = rewrite_zip(written.path, tmp_path / "forged.zip", resign)
    with pytest.raises(ReceiptRefused, match="Sở Giả mạo.*not the registered superior office"):
        import_receipt(commune_db, forged_zip, "test")
    assert ReceiptRepository(commune_db, "t").all() == []


def test_receipt_for_an_unknown_package_is_refused(office_db, keys, tmp_path):
    from commune_desk.storage.database import open_database

    package = build_commune_package(keys.commune, tmp_path / "usb")
    register_unit(office_db, keys.commune)
    intake_folder(office_db, tmp_path / "usb")
    written = write_receipt(office_db, package, keys.office, tmp_path / "receipts")
    other = open_database(tmp_path / "other-commune.db")      # never made that package
    try:
        trust_office(other, pem(keys.office, tmp_path / "office.pem"), "test")
        with pytest.raises(ReceiptRefused, match="did not make"):
            import_receipt(other, written.path, "test")
        assert ReceiptRepository(other, "t").all() == []
    finally:
        other.dispose()


def test_receipt_zip_with_an_extra_entry_is_refused(sent, commune_db, keys, tmp_path):
    import zipfile

    _, _, written = sent
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "test")
    extra = tmp_path / "extra.zip"
    rewrite_zip(written.path, extra, lambda n, d: d)
    with zipfile.ZipFile(extra, "a") as zf:
        zf.writestr("run-me.exe", b"MZ")
    with pytest.raises(ReceiptRefused, match="exactly receipt.json and receipt.p7s"):
        import_receipt(commune_db, extra, "test")


def test_office_refuses_a_receipt_for_a_package_not_taken_in(office_db, keys, tmp_path):
    package = build_commune_package(keys.commune, tmp_path / "usb")
    with pytest.raises(ReceiptRefused, match="office intake"):
        write_receipt(office_db, package, keys.office, tmp_path / "receipts")
    assert not (tmp_path / "receipts").exists() or not list((tmp_path / "receipts").iterdir())


def test_kept_aside_package_gets_only_an_issues_receipt(office_db, keys, tmp_path):
    package = build_commune_package(keys.commune, tmp_path / "usb")   # unit not in the office trust list
    intake_folder(office_db, tmp_path / "usb")
    with pytest.raises(ReceiptRefused, match="--status issues"):
        write_receipt(office_db, package, keys.office, tmp_path / "receipts")
    written = write_receipt(office_db, package, keys.office, tmp_path / "receipts", status="issues",
                            comments=[("PROP_UNITS", "Chứng thư chưa được đăng ký")])
    assert written.receipt.status == "issues" and written.receipt.direction == "sent"
    assert [r.file_name for r in ReceiptRepository(office_db, "t").all("sent")] == [written.path.name]


def test_receipt_for_a_superseded_revision_is_kept_but_flagged(sent, commune_db, keys, tmp_path):
    package, sha, written = sent
    newer = build_commune_package(keys.commune, tmp_path / "usb2", revision=2, supersedes=sha,
                                  report_number="16/BC-UBND")
    record_made(commune_db, newer, revision=2, supersedes=sha)
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "test")
    receipt, new, own = import_receipt(commune_db, written.path, "test")
    assert new and receipt.revision == 1 and own.revision == 1 and not own.current


@pytest.mark.skipif(__import__("shutil").which("openssl") is None, reason="openssl not installed")
def test_receipt_signature_verifies_with_openssl(sent, keys, tmp_path):
    import subprocess
    import zipfile

    _, _, written = sent
    out = tmp_path / "unzipped"
    zipfile.ZipFile(written.path).extractall(out)
    ca = pem(keys.office, tmp_path / "office.pem")
    cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(out / "receipt.p7s"), "-content",
           str(out / "receipt.json"), "-CAfile", str(ca), "-purpose", "any", "-out", str(tmp_path / "o")]
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    (out / "receipt.json").write_bytes((out / "receipt.json").read_bytes().replace(b"accepted", b"issues"))
    assert subprocess.run(cmd, capture_output=True).returncode != 0


def test_receipt_for_a_rezipped_copy_is_recognised_by_the_commune(office_db, commune_db, keys, tmp_path):
    """Issue 22: another zip of the commune's signed bag reached the office first; the receipt names the signed
    content, and the commune recognises its package (by every copy's digest, else by its report-data.json)."""
    import datetime as dt
    import zipfile

    from commune_desk.domain.period_state import SIGNED, PeriodState
    from commune_desk.services.plans.plan_signing import trust_office
    from commune_desk.storage.ledger import Ledger
    from tests.office.insider import rezip

    from .helpers import build_commune_package, pem, register_unit
    from .helpers import sha256 as digest

    package = build_commune_package(keys.commune, tmp_path / "usb")
    with zipfile.ZipFile(package) as zf:
        snapshot = zf.read(next(n for n in zf.namelist() if n.endswith("data/report-data.json"))).decode("utf-8")
    Ledger(commune_db, "t").record_signed(PeriodState(PERIOD, SIGNED, 1, digest(package), dt.date(2026, 7, 1),
                                                      dt.date(2026, 9, 30)),
                                          supersedes="", package_name=package.name, demo=False, snapshot=snapshot)
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "t")
    register_unit(office_db, keys.commune)
    copy = rezip(package, tmp_path / "inbox" / "copy.zip")
    intake_folder(office_db, tmp_path / "inbox")
    written = write_receipt(office_db, copy, keys.office, tmp_path / "receipts")
    data = json.loads(zipfile.ZipFile(written.path).read("receipt.json"))
    assert data["package"]["sha256"] == digest(copy) != digest(package)
    assert data["package"]["copies_sha256"] == [] and len(data["package"]["content_sha256"]) == 64
    receipt, new, own = import_receipt(commune_db, written.path, "t")     # recognised by report-data.json
    assert new and own.sha256 == digest(package) and receipt.period == PERIOD
    (tmp_path / "inbox2").mkdir()
    (tmp_path / "inbox2" / package.name).write_bytes(package.read_bytes())
    summary = intake_folder(office_db, tmp_path / "inbox2")
    assert summary.counts["duplicate"] == 1 and not summary.rejected       # same signed content: no conflict
    again = write_receipt(office_db, copy, keys.office, tmp_path / "receipts2")
    data = json.loads(zipfile.ZipFile(again.path).read("receipt.json"))
    assert data["package"]["copies_sha256"] == [digest(package)]
