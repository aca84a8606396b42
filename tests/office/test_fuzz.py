"""Seeded fuzzing of what reaches a desk from a USB stick: a genuine package, a signed receipt and a signed plan
with random bits and bytes flipped (in the raw file, and inside the signed content). Every case must get a clean
verdict: no exception escapes, and anything accepted is exactly the genuine content.

The default suite runs a few hundred cases; `pytest -m slow` runs ten times as many with other seeds.
"""

import io
import random
import shutil
import zipfile
from pathlib import Path

import pytest

from commune_desk.domain.errors import ExpectedError

from .helpers import build, make_units

CASES = {"raw": 160, "content": 60, "receipt": 100, "plan_signature": 60, "plan_workbook": 12}


def flip_raw(data: bytes, rng: random.Random) -> bytes:
    """One of: a flipped bit, a random byte, a run of random bytes, a truncation, a duplicated slice."""
    out = bytearray(data)
    kind = rng.randrange(5)
    at = rng.randrange(len(out))
    if kind == 0:
        out[at] ^= 1 << rng.randrange(8)
    elif kind == 1:
        out[at] = rng.randrange(256)
    elif kind == 2:
        for i in range(at, min(len(out), at + rng.randrange(2, 64))):
            out[i] = rng.randrange(256)
    elif kind == 3:
        del out[at:]
    else:
        out[at:at] = out[at:at + rng.randrange(1, 200)]
    if bytes(out) == data:
        out[at] ^= 0xFF
    return bytes(out)


def flip_member(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """The same zip re-written with one byte of one member's content changed (CRCs then agree with it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    index = rng.randrange(len(members))
    name, blob = members[index]
    blob = bytearray(blob) or bytearray(b"\0")
    blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
    members[index] = (name, bytes(blob))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in members:
            zf.writestr(n, d)
    return buffer.getvalue(), name


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("genuine")
    [unit] = make_units(1, prefix="5")
    path = build(unit, folder)
    from commune_desk.services.packages.package_verify import verify_data

    result = verify_data(path.read_bytes(), path.name, trust=[unit.identity.cert])
    assert result.valid
    return unit, path.read_bytes(), result


def _check_package(data: bytes, unit, reference, *, must_fail: bool) -> str:
    from commune_desk.services.packages.package_verify import verify_data

    result = verify_data(data, "fuzzed.zip", trust=[unit.identity.cert])
    if result.valid:
        assert not must_fail, "a change inside the signed content was accepted"
        assert result.data == reference.data and result.info["content_sha256"] == reference.info["content_sha256"]
        return "valid"
    assert result.failed and all(c.message or c.name for c in result.failed)
    return "invalid"


def run_package_cases(genuine, seed: int, raw: int, content: int) -> dict:
    unit, data, reference = genuine
    rng = random.Random(seed)
    seen = {"valid": 0, "invalid": 0}
    for _ in range(raw):
        seen[_check_package(flip_raw(data, rng), unit, reference, must_fail=False)] += 1
    for _ in range(content):
        fuzzed, _member = flip_member(data, rng)
        seen[_check_package(fuzzed, unit, reference, must_fail=True)] += 1
    return seen


def test_fuzzed_packages_always_get_a_clean_verdict(genuine):
    seen = run_package_cases(genuine, 22, CASES["raw"], CASES["content"])
    assert seen["invalid"] >= CASES["content"] and sum(seen.values()) == CASES["raw"] + CASES["content"]


def test_an_inbox_of_fuzzed_packages_commits_the_genuine_ones(genuine, db, tmp_path):
    from commune_desk.domain import office as o
    from commune_desk.services.office.office_intake import cert_facts, intake_folder
    from commune_desk.storage.office_repo import IntakeLedger, TrustRepository

    unit, data, _reference = genuine
    TrustRepository(db, "t").add(cert_facts(unit.identity.cert), unit.code, unit.name)
    rng = random.Random(7)
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(40):
        fuzzed = flip_raw(data, rng) if i % 2 else flip_member(data, rng)[0]
        (inbox / f"fuzzed_{i:02d}.zip").write_bytes(fuzzed)
    (inbox / "zz_genuine.zip").write_bytes(data)
    summary = intake_folder(db, inbox, batch=7)
    entries = IntakeLedger(db, "t").entries()
    assert len(entries) == 41 and not summary.cancelled
    genuine_row = next(e for e in entries if e.source.endswith("zz_genuine.zip"))
    assert genuine_row.state in (o.ACCEPTED, o.DUPLICATE)     # a fuzzed copy that is still sound may come first
    assert any(e.state == o.ACCEPTED for e in entries)
    assert all(e.reason for e in entries if e.state == o.INVALID)


@pytest.fixture(scope="module")
def receipt_desk(tmp_path_factory):
    """A commune desk that made a package and registered the office; the office's genuine receipt for it."""
    from commune_desk.services.office.office_intake import intake_folder
    from commune_desk.services.plans.plan_signing import trust_office
    from commune_desk.services.loop.receipts import write_receipt
    from commune_desk.storage.database import open_database

    from tests.loop.helpers import build_commune_package, make_keys, pem, record_made, register_unit

    folder = tmp_path_factory.mktemp("receipts")
    keys = make_keys()
    office, commune = open_database(folder / "office.db"), open_database(folder / "commune.db")
    package = build_commune_package(keys.commune, folder / "usb")
    record_made(commune, package)
    register_unit(office, keys.commune)
    intake_folder(office, folder / "usb")
    written = write_receipt(office, package, keys.office, folder / "receipts")
    trust_office(commune, pem(keys.office, folder / "office.pem"), "test")
    yield commune, written.path.read_bytes(), folder
    office.dispose()
    commune.dispose()


def run_receipt_cases(receipt_desk, seed: int, count: int) -> dict:
    from commune_desk.services.loop.receipts import check_receipt

    commune, data, folder = receipt_desk
    genuine = check_receipt(commune, _write(folder / "Bien-nhan_genuine.zip", data))[0]
    rng = random.Random(seed)
    seen = {"refused": 0, "same": 0}
    for i in range(count):
        fuzzed = flip_raw(data, rng) if i % 3 else flip_member(data, rng)[0]
        path = _write(folder / "Bien-nhan_fuzzed.zip", fuzzed)
        try:
            got = check_receipt(commune, path)[0]
        except ExpectedError as exc:
            assert str(exc)
            seen["refused"] += 1
        else:
            assert got == genuine
            seen["same"] += 1
    return seen


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_fuzzed_receipts_are_refused_or_identical(receipt_desk):
    seen = run_receipt_cases(receipt_desk, 5, CASES["receipt"])
    assert seen["refused"] > CASES["receipt"] // 2


@pytest.fixture(scope="module")
def signed_plan(tmp_path_factory):
    from commune_desk.services.plans.plan_signing import sign_plan

    from tests.loop.helpers import make_keys, plan_copy

    folder = tmp_path_factory.mktemp("plan")
    keys = make_keys()
    plan = plan_copy(folder)
    signature = sign_plan(plan, keys.office)
    return keys.office.cert, plan.read_bytes(), signature.read_bytes(), folder


def run_plan_cases(signed_plan, seed: int, signatures: int, workbooks: int) -> dict:
    from commune_desk.domain.loop import PLAN_REGISTERED, PLAN_TAMPERED
    from commune_desk.services.plans.plan_import import check_file
    from commune_desk.services.plans.plan_signing import check_bytes

    cert, workbook, signature, folder = signed_plan
    assert check_bytes(workbook, signature, [cert]).status == PLAN_REGISTERED
    rng = random.Random(seed)
    seen = {"tampered": 0, "registered": 0, "read": 0}
    for _ in range(signatures):
        verdict = check_bytes(workbook, flip_raw(signature, rng), [cert])
        assert verdict.status in (PLAN_TAMPERED, PLAN_REGISTERED), verdict
        seen["tampered" if verdict.status == PLAN_TAMPERED else "registered"] += 1
    for _ in range(workbooks):
        fuzzed = flip_raw(workbook, rng)
        assert check_bytes(fuzzed, signature, [cert]).status == PLAN_TAMPERED
        seen["tampered"] += 1
        path = _write(folder / "fuzzed.xlsx", fuzzed)
        try:                                             # an unsigned copy of it: read as a plan, never a crash
            check_file(path)
        except ExpectedError:
            pass
        seen["read"] += 1
    return seen


def test_fuzzed_signed_plans_are_refused_as_tampered(signed_plan):
    seen = run_plan_cases(signed_plan, 3, CASES["plan_signature"], CASES["plan_workbook"])
    assert seen["tampered"] >= CASES["plan_workbook"] + CASES["plan_signature"] // 2


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_fuzz_ten_times_more_with_other_seeds(genuine, receipt_desk, signed_plan):
    for seed in range(100, 110):
        run_package_cases(genuine, seed, CASES["raw"], CASES["content"])
        run_receipt_cases(receipt_desk, seed, CASES["receipt"])
        run_plan_cases(signed_plan, seed, CASES["plan_signature"], CASES["plan_workbook"])
    shutil.rmtree(receipt_desk[2] / "unused", ignore_errors=True)
