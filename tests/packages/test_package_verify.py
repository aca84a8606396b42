"""Verifying packages: tampering of any kind is named by check and file; hand-made OpenSSL bags are accepted."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from commune_desk.services.packages import signing_keys as sk
from commune_desk.services.packages.package_verify import verify_package

from .helpers import UNIT_CODE, UNIT_NAME, openssl, write_zip, zip_members

BAG = "79999_2026-Q3_r1/"


def _failed(result):
    return {(c.name, c.file) for c in result.failed}


def test_built_package_is_valid_with_and_without_trust_list(built, identity):
    result = verify_package(built.path, trust=[identity.cert])
    assert result.valid, result.failed
    names = {c.name for c in result.checks}
    assert {"zip", "bag-declaration", "manifest", "tagmanifest", "signature", "trust", "unit-code",
            "certificate-validity", "report-data", "payload-oxum", "bag-info"} <= names
    note = next(c for c in result.checks if c.name == "certificate-validity").message
    assert "no timestamp authority" in note
    assert verify_package(built.path).valid


MEMBERS = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "signature.p7s",
           "data/report-data.json", "data/Bao-cao-quy-III.docx", "data/Phu-luc-so-lieu.xlsx"]


@pytest.mark.parametrize("member", MEMBERS)
@pytest.mark.parametrize("where", [0, 0.5, -1])
def test_a_single_flipped_byte_in_any_file_is_rejected(built, identity, tmp_path, member, where):
    files = zip_members(built.path)
    data = bytearray(files[BAG + member])
    index = int(len(data) * where) if isinstance(where, float) else where
    data[index] ^= 0x01
    files[BAG + member] = bytes(data)
    result = verify_package(write_zip(tmp_path / "t.zip", files), trust=[identity.cert])
    assert result.readable and not result.valid
    # The damaged file itself, or the signature/manifest that covers it, is named.
    covering = {"data/": "manifest-sha256.txt", "tagmanifest-sha256.txt": "signature.p7s"}
    expected = {member} | {v for k, v in covering.items() if member.startswith(k)}
    assert {f for _, f in _failed(result)} & expected, result.failed


def test_added_payload_file_is_rejected(built, tmp_path):
    files = zip_members(built.path)
    files[BAG + "data/extra.pdf"] = b"%PDF-1.4 smuggled"
    result = verify_package(write_zip(tmp_path / "t.zip", files))
    assert ("payload-unlisted", "data/extra.pdf") in _failed(result)


def test_removed_payload_file_is_rejected(built, tmp_path):
    files = zip_members(built.path)
    del files[BAG + "data/Phu-luc-so-lieu.xlsx"]
    result = verify_package(write_zip(tmp_path / "t.zip", files))
    assert ("manifest", "data/Phu-luc-so-lieu.xlsx") in _failed(result)
    assert ("payload-oxum", "bag-info.txt") in _failed(result)


def test_unlisted_tag_file_is_rejected(built, tmp_path):
    files = zip_members(built.path)
    files[BAG + "notes.txt"] = b"not signed"
    assert ("bag-layout", "notes.txt") in _failed(verify_package(write_zip(tmp_path / "t.zip", files)))


def test_damaged_zip_bytes_are_rejected(built, tmp_path):
    raw = bytearray(built.path.read_bytes())
    raw[len(raw) // 3] ^= 0xFF
    (tmp_path / "t.zip").write_bytes(bytes(raw))
    result = verify_package(tmp_path / "t.zip")
    assert not result.valid and result.failed


def test_untrusted_signer_is_rejected_when_a_trust_list_is_given(built, other_identity):
    result = verify_package(built.path, trust=[other_identity.cert])
    assert [(c.name, c.file) for c in result.failed] == [("trust", "signature.p7s")]
    assert "not in the trust list" in result.failed[0].message


def _hand_made_bag(folder, *, period="2026-Q3", info_period="2026-Q3", unit_code=UNIT_CODE):
    """A bag written by hand, independent of our builder."""
    data = folder / "data"
    data.mkdir(parents=True)
    (data / "Bao-cao.docx").write_bytes(b"report\n")
    report = {"schema": "commune-desk/report-data", "schema_version": 1,
              "unit": {"code": unit_code, "official_name": UNIT_NAME}, "period": period,
              "report_number": "15/BC-UBND", "revision": 1, "supersedes_sha256": None, "demo": False,
              "plan": {"id": None, "version": None}, "indicators": [{"code": "PROP_UNITS", "numerator": 1,
                                                                     "denominator": 2, "value": 50.0}],
              "files": ["Bao-cao.docx"], "audit_chain_head": None, "created": "2026-10-05T08:00:00+07:00"}
    (data / "report-data.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    payload = sorted(p for p in data.iterdir())
    (folder / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    oxum = f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"
    (folder / "bag-info.txt").write_text(
        f"Source-Organization: {UNIT_NAME}\nUnit-Code: {unit_code}\nReport-Period: {info_period}\n"
        f"Report-Number: 15/BC-UBND\nReport-Revision: 1\nDemo-Data: no\nSupersedes-SHA256: none\n"
        f"Software-Version: hand\nPackage-Format: 1\nBagging-Date: 2026-10-05\nPayload-Oxum: {oxum}\n",
        encoding="utf-8")

    def manifest(paths):
        return "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(folder).as_posix()}\n"
                       for p in paths)

    (folder / "manifest-sha256.txt").write_text(manifest(payload))
    (folder / "tagmanifest-sha256.txt").write_text(
        manifest([folder / "bag-info.txt", folder / "bagit.txt", folder / "manifest-sha256.txt"]))
    return folder


@pytest.fixture(scope="module")
def openssl_signer(tmp_path_factory):
    base = tmp_path_factory.mktemp("signer")
    key, cert = base / "key.pem", base / "cert.pem"
    made = openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                   key, "-out", cert, "-days", "30", "-subj", f"/C=VN/CN=UBND xa Hoa My/serialNumber={UNIT_CODE}",
                   "-addext", "keyUsage=critical,digitalSignature,nonRepudiation")
    assert made.returncode == 0, made.stderr
    return key, cert


def _openssl_sign(folder, key, cert):
    signed = openssl("cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-signer", cert, "-inkey", key,
                     "-in", folder / "tagmanifest-sha256.txt", "-out", folder / "signature.p7s")
    assert signed.returncode == 0, signed.stderr


def _zip_folder(folder, dest):
    return write_zip(dest, {f"{folder.name}/{p.relative_to(folder).as_posix()}": p.read_bytes()
                            for p in sorted(folder.rglob("*")) if p.is_file()})


def test_a_hand_made_bag_signed_by_openssl_is_accepted(openssl_signer, tmp_path):
    key, cert = openssl_signer
    bag = _hand_made_bag(tmp_path / "bag")
    _openssl_sign(bag, key, cert)
    trust = sk.load_trust(cert)
    folder_result = verify_package(bag, trust=trust)
    assert folder_result.valid, folder_result.failed
    zip_result = verify_package(_zip_folder(bag, tmp_path / "bag.zip"), trust=trust)
    assert zip_result.valid, zip_result.failed


def test_report_data_inconsistent_with_bag_info_is_named(openssl_signer, tmp_path):
    key, cert = openssl_signer
    bag = _hand_made_bag(tmp_path / "bag", period="2026-Q2")
    _openssl_sign(bag, key, cert)
    result = verify_package(bag)
    assert [(c.name, c.file) for c in result.failed] == [("report-data", "data/report-data.json")]
    assert "period is '2026-Q2' but bag-info.txt says '2026-Q3'" in result.failed[0].message


def test_certificate_of_another_unit_is_rejected(openssl_signer, tmp_path):
    key, cert = openssl_signer
    bag = _hand_made_bag(tmp_path / "bag", unit_code="12345")
    _openssl_sign(bag, key, cert)
    result = verify_package(bag)
    assert [(c.name, c.file) for c in result.failed] == [("unit-code", "bag-info.txt")]
    assert "unit code '79999', bag-info.txt says '12345'" in result.failed[0].message


def test_signature_by_an_expired_certificate_is_rejected(tmp_path):
    import datetime as dt

    from commune_desk.services.packages.package import bag_files, deterministic_zip

    from .helpers import make_content

    old = sk.create_identity(UNIT_NAME, UNIT_CODE, now=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=60),
                             valid_days=30)
    files = bag_files(make_content(), old.key, old.cert)  # bag_files itself does not check validity
    (tmp_path / "old.zip").write_bytes(deterministic_zip(files, "old", dt.date(2026, 1, 1)))
    result = verify_package(tmp_path / "old.zip", trust=[old.cert])
    assert [(c.name, c.file) for c in result.failed] == [("certificate-validity", "signature.p7s")]
    assert "after the certificate expired" in result.failed[0].message


def _raw_zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return buffer.getvalue()


def test_zip_slip_is_refused(tmp_path):
    for evil in ("../../etc/cron.d/x", "/abs/bagit.txt", "C:/Windows/x.txt"):
        (tmp_path / "evil.zip").write_bytes(_raw_zip([(zipfile.ZipInfo(evil), b"x")]))
        result = verify_package(tmp_path / "evil.zip")
        assert result.readable and not result.valid
        assert [c.name for c in result.failed] == ["zip"]
        assert "outside the archive" in result.failed[0].message or "absolute path" in result.failed[0].message


def test_symlink_entry_is_refused(tmp_path):
    info = zipfile.ZipInfo("bag/data/link")
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    (tmp_path / "link.zip").write_bytes(_raw_zip([(info, b"/etc/passwd")]))
    result = verify_package(tmp_path / "link.zip")
    assert result.failed[0].name == "zip" and "symbolic link" in result.failed[0].message


def test_zip_bomb_is_refused(tmp_path):
    info = zipfile.ZipInfo("bag/data/zeros.bin")
    info.compress_type = zipfile.ZIP_DEFLATED
    (tmp_path / "bomb.zip").write_bytes(_raw_zip([(info, bytes(20 << 20))]))
    result = verify_package(tmp_path / "bomb.zip")
    assert [c.name for c in result.failed] == ["zip"] and "zip bomb" in result.failed[0].message


def test_oversized_entry_is_refused(built, monkeypatch):
    from commune_desk.services.packages import package_read
    from commune_desk.services.safe_input import ZipLimits

    assert package_read._package_limits().max_entry_bytes <= 100 << 20
    monkeypatch.setattr(package_read, "_package_limits", lambda: ZipLimits(max_entry_bytes=500))
    result = verify_package(built.path)
    assert [c.name for c in result.failed] == ["zip"] and "more than the 500 allowed" in result.failed[0].message


def test_not_a_zip_or_missing_file_is_unreadable(tmp_path):
    (tmp_path / "x.zip").write_bytes(b"hello, not a zip")
    assert verify_package(tmp_path / "x.zip").readable is False
    assert verify_package(tmp_path / "missing.zip").readable is False
