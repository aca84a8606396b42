"""Signed plans: office signs, commune registers the office certificate and imports with a plain verdict."""

from __future__ import annotations

import pytest

from commune_desk.domain.loop import PLAN_OTHER, PLAN_REGISTERED, PLAN_UNSIGNED
from commune_desk.services.plans.plan_signing import PlanTampered, import_signed_plan, sign_plan, signature_path, trust_office
from commune_desk.storage.loop_repo import AlreadyRegistered, PlanSignatureRepository
from commune_desk.storage.plan_repo import PlanRepository

from .helpers import pem, plan_copy


def _register(db, identity, tmp_path):
    return trust_office(db, pem(identity, tmp_path / "certs" / "office.pem"), "test")


def test_signed_plan_is_imported_as_signed_by_the_registered_office(commune_db, keys, tmp_path):
    plan = plan_copy(tmp_path / "usb")
    sig = sign_plan(plan, keys.office)
    assert sig == signature_path(plan) and sig.name == "Ke-hoach-2024.xlsx.p7s" and sig.stat().st_size > 100
    office = _register(commune_db, keys.office, tmp_path)
    assert office.common_name == "Sở Y tế tỉnh Mẫu" and len(office.fingerprint) == 64
    stored, check = import_signed_plan(commune_db, plan, "test", accept_mismatch=True)
    assert check.status == PLAN_REGISTERED and check.text == "signed by registered office"
    assert check.fingerprint == office.fingerprint and check.signer == "Sở Y tế tỉnh Mẫu"
    rec = PlanSignatureRepository(commune_db, "t").get(stored.info.plan_id, stored.info.version)
    assert rec.status == PLAN_REGISTERED and rec.fingerprint == office.fingerprint
    with pytest.raises(AlreadyRegistered):
        _register(commune_db, keys.office, tmp_path)


def test_unsigned_and_other_signer_plans_stay_importable_but_are_marked(commune_db, keys, tmp_path):
    _register(commune_db, keys.office, tmp_path)
    plan = plan_copy(tmp_path / "a")
    stored, check = import_signed_plan(commune_db, plan, "test", accept_mismatch=True)
    assert check.status == PLAN_UNSIGNED and "no .p7s" in check.reason
    assert PlanSignatureRepository(commune_db, "t").get(stored.info.plan_id, stored.info.version).status == "unsigned"
    other = plan_copy(tmp_path / "b")
    sign_plan(other, keys.stranger)
    stored, check = import_signed_plan(commune_db, other, "test", accept_mismatch=True)         # same plan, same version: unchanged
    assert stored.status == "unchanged"
    assert check.status == PLAN_OTHER and check.signer == "Sở Giả mạo" and "not the registered" in check.reason
    assert PlanSignatureRepository(commune_db, "t").get(stored.info.plan_id, stored.info.version).status == "other"


def test_signature_without_a_registered_office_says_so(commune_db, keys, tmp_path):
    plan = plan_copy(tmp_path / "usb")
    sign_plan(plan, keys.office)
    _, check = import_signed_plan(commune_db, plan, "test", accept_mismatch=True)
    assert check.status == PLAN_OTHER and "no office certificate is registered" in check.reason


def test_altered_plan_is_refused_and_nothing_is_stored(commune_db, keys, tmp_path):
    _register(commune_db, keys.office, tmp_path)
    plan = plan_copy(tmp_path / "usb")
    sign_plan(plan, keys.office)
    data = bytearray(plan.read_bytes())
    data[-30] ^= 0x01                                       # one bit in the zip's central directory
    plan.write_bytes(bytes(data))
    with pytest.raises(PlanTampered, match="tampered"):
        import_signed_plan(commune_db, plan, "test", accept_mismatch=True)
    assert PlanRepository(commune_db, "t").versions() == []


def test_forged_signature_file_is_refused(commune_db, keys, tmp_path):
    _register(commune_db, keys.office, tmp_path)
    plan = plan_copy(tmp_path / "usb")
    sig = sign_plan(plan, keys.office)
    raw = bytearray(sig.read_bytes())
    raw[-5] ^= 0xFF                                         # inside the signature value
    sig.write_bytes(bytes(raw))
    with pytest.raises(PlanTampered):
        import_signed_plan(commune_db, plan, "test", accept_mismatch=True)
    assert PlanRepository(commune_db, "t").versions() == []


def test_sign_refuses_an_invalid_workbook(keys, tmp_path):
    from commune_desk.domain.errors import ValidationFailed
    from commune_desk.services.plans.plan_template import write_plan_workbook

    blank = write_plan_workbook(tmp_path / "blank.xlsx")
    with pytest.raises(ValidationFailed):
        sign_plan(blank, keys.office)
    assert not signature_path(blank).exists()
