"""Building packages: BagIt + CMS that stock tools (OpenSSL, bagit) accept; safe names; atomic, verified writing."""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import zipfile

import pytest

from commune_desk.services.packages import package as pk
from commune_desk.services.packages import signing_keys as sk

from .helpers import UNIT_CODE, make_content, openssl_verify


@pytest.mark.parametrize("name,expected", [
    ("Báo cáo quý III", "Bao-cao-quy-III"),
    ("Báo cáo quý III.docx", "Bao-cao-quy-III.docx"),
    ("Phụ lục: Đơn vị/..\\x?.XLSX", "Phu-luc-Don-vi-.-x.xlsx"),
    ("CON.txt", "CON-file.txt"),
    ("  ", "file"),
    ("Ảnh chụp   biên bản đã đóng dấu.pdf", "Anh-chup-bien-ban-da-dong-dau.pdf"),
])
def test_safe_file_names_are_ascii_and_windows_safe(name, expected):
    assert pk.safe_file_name(name) == expected
    assert pk.safe_file_name("Đ" * 300 + ".pdf").endswith(".pdf") and len(pk.safe_file_name("Đ" * 300)) <= 100


def test_package_verifies_with_openssl_and_bagit(built, identity, tmp_path, caplog):
    import bagit

    assert built.path.name == "79999_2026-Q3_r1.zip" and built.result.valid
    with zipfile.ZipFile(built.path) as zf:
        names = zf.namelist()
        assert all(n.isascii() and n.startswith("79999_2026-Q3_r1/") for n in names)
        assert names == sorted(names)
        zf.extractall(tmp_path / "x")
    bag_dir = tmp_path / "x" / "79999_2026-Q3_r1"
    sk.export_cert(identity.cert, tmp_path / "signer.pem")
    out = openssl_verify(bag_dir, tmp_path / "signer.pem")
    assert out.returncode == 0, out.stderr
    with caplog.at_level(logging.WARNING):
        bag = bagit.Bag(str(bag_dir))
        bag.validate()  # raises BagValidationError when anything is wrong
    assert bag.info["Unit-Code"] == UNIT_CODE and bag.info["Report-Period"] == "2026-Q3"
    assert bag.info["Source-Organization"] == "Ủy ban nhân dân xã Hòa Mỹ"
    assert sorted(bag.payload_files()) == ["data/Bao-cao-quy-III.docx", "data/Phu-luc-so-lieu.xlsx",
                                           "data/report-data.json"]
    data = json.loads((bag_dir / "data" / "report-data.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["indicators"][0]["numerator"] == 9
    assert data["audit_chain_head"] == "ab" * 32 and data["plan"] == {"id": "KH-2026", "version": "1"}
    (bag_dir / "data" / "Phu-luc-so-lieu.xlsx").write_bytes(b"changed")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()


def test_zip_is_deterministic_for_the_same_files(identity):
    files = pk.bag_files(make_content(), identity.key, identity.cert)
    day = dt.date(2026, 10, 5)
    assert pk.deterministic_zip(files, "b", day) == pk.deterministic_zip(dict(reversed(files.items())), "b", day)


def test_amendment_names_the_package_it_supersedes(built, identity, tmp_path):
    second = pk.build_package(make_content(revision=2, supersedes_sha256=built.sha256), identity, tmp_path / "usb")
    assert second.path.name == "79999_2026-Q3_r2.zip" and second.result.valid
    with pytest.raises(pk.PackageError, match="must name the SHA-256"):
        pk.build_package(make_content(revision=3), identity, tmp_path / "usb")


def test_existing_package_is_not_overwritten(built, identity):
    before = built.path.read_bytes()
    with pytest.raises(pk.PackageError, match="already exists"):
        pk.build_package(make_content(), identity, built.path.parent)
    assert built.path.read_bytes() == before


def test_signing_needs_this_units_valid_certificate(tmp_path):
    stranger = sk.create_identity("Ủy ban nhân dân xã Khác", "11111")
    with pytest.raises(pk.PackageError, match="unit code '11111'"):
        pk.build_package(make_content(), stranger, tmp_path)
    old = sk.create_identity("Ủy ban nhân dân xã Hòa Mỹ", UNIT_CODE,
                             now=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=100), valid_days=10)
    with pytest.raises(sk.CertificateExpired):
        pk.build_package(make_content(), old, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_full_usb_stick_leaves_no_partial_file(identity, tmp_path, monkeypatch):
    from commune_desk.storage import files

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.raises(files.FileWriteFailed, match="disk is full"):
        pk.build_package(make_content(), identity, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_bad_read_back_removes_the_package(identity, tmp_path, monkeypatch):
    from commune_desk.services.packages import package_verify

    def corrupt_read_back(path, trust=None, now=None, **_options):
        result = package_verify.VerifyResult(path=str(path))
        result.add("manifest", False, "data/report-data.json", "checksum does not match")
        return result

    monkeypatch.setattr(package_verify, "verify_package", corrupt_read_back)
    with pytest.raises(pk.PackageWriteFailed, match="manifest data/report-data.json"):
        pk.build_package(make_content(), identity, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_spacing_in_names_does_not_break_the_package(identity, tmp_path):
    built = pk.build_package(make_content(unit_name="Ủy ban nhân dân  xã Hòa Mỹ ", report_number=" 15/BC "),
                             identity, tmp_path)
    assert built.result.valid
    with pytest.raises(pk.PackageError, match="report number is required"):
        pk.build_package(make_content(report_number="  "), identity, tmp_path)
