"""Issue 22: the office desk survives any inbox. The crashers and insider cases of the independent test, fixed:
one bad file is one rejected file, signed content checked as data, trust by the CMS signing time, conflicts by
signed content, honest verdicts."""

import datetime as dt
import hashlib
import json
import os
import zipfile

import pytest

from commune_desk.domain import office as o

from .helpers import SIGNED, build, make_units, sha256
from .insider import deflate_damaged, genuine_report, rezip, signed_bag


def _ledger(db):
    from commune_desk.storage.office_repo import IntakeLedger

    return {e.source.rsplit("/", 1)[-1]: e for e in IntakeLedger(db, "t").entries()}


def _insider(unit, out, **changes):
    report = genuine_report(unit)
    for key, value in changes.items():
        if key.startswith("ind_"):
            report["indicators"][0][key[4:]] = value
        else:
            report[key] = value
    return signed_bag(unit, out, report=report)


def crashers(unit, folder):
    """The files that crashed or fooled the office before issue 22, each with a word its reason must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    genuine = build(unit, folder / "src", name="src")
    damaged = deflate_damaged(genuine, folder / "bit_flip_deflate.zip")
    assert damaged is not None
    cases = {damaged.name: "cannot be unpacked"}
    nested = json.dumps(genuine_report(unit)).encode()[:-1] + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    signed_bag(unit, folder / "nested_json.zip", report_bytes=nested, report=genuine_report(unit))
    cases["nested_json.zip"] = "nested more than"
    big = genuine_report(unit, revision=1)
    big["revision"] = 10 ** 20
    signed_bag(unit, folder / "revision_10e20.zip", report=big)
    cases["revision_10e20.zip"] = "revision"
    for name, value in (("nan", "NaN"), ("infinity", "Infinity")):
        raw = json.dumps(genuine_report(unit)).replace('"numerator": ' + str(genuine_report(unit)["indicators"][0]
                                                                             ["numerator"]),
                                                       f'"numerator": {value}', 1).encode()
        signed_bag(unit, folder / f"numerator_{name}.zip", report_bytes=raw, report=genuine_report(unit))
        cases[f"numerator_{name}.zip"] = "NaN or Infinity"
    _insider(unit, folder / "control_code.zip", ind_code="PROP\x07UNITS")
    cases["control_code.zip"] = "indicators[0].code"
    _insider(unit, folder / "negative.zip", ind_numerator=-3)
    cases["negative.zip"] = "indicators[0].numerator"
    _insider(unit, folder / "string_numerator.zip", ind_numerator="12")
    cases["string_numerator.zip"] = "indicators[0].numerator"
    _insider(unit, folder / "period_q9.zip", period="2026-Q9")
    cases["period_q9.zip"] = "period"
    _insider(unit, folder / "period_traversal.zip", period="../../etc")
    cases["period_traversal.zip"] = "period"
    for rev in ("abc", 0, -3):
        _insider(unit, folder / f"revision_{rev}.zip", revision=rev)
        cases[f"revision_{rev}.zip"] = "revision"
    _insider(unit, folder / "created_2020.zip", created="2020-01-05T08:00:00+07:00")
    cases["created_2020.zip"] = "before the period"
    _insider(unit, folder / "created_after_signing.zip",
             created=(dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2)).isoformat())
    cases["created_after_signing.zip"] = "after the signature's signing time"
    _insider(unit, folder / "unknown_code.zip", ind_code="MADE_UP")
    cases["unknown_code.zip"] = "not an indicator"
    (folder / "src" / "src.zip").unlink()
    (folder / "src").rmdir()
    return cases


def test_folder_of_genuine_packages_and_crashers_commits_the_genuine_and_names_each_bad_file(office, units, tmp_path):
    from commune_desk.services.office.office_aggregate import aggregate
    from commune_desk.services.office.office_intake import intake_folder, store_dir

    inbox = tmp_path / "in"
    cases = crashers(units[0], inbox / "bad")
    for u in units[1:4]:
        build(u, inbox / "good")
    summary = intake_folder(office, inbox, batch=4)
    ledger = _ledger(office)
    assert {n for n, e in ledger.items() if e.state == o.ACCEPTED} == {f"{u.code}_2026-Q3_r1.zip" for u in units[1:4]}
    reasons = {s.rsplit("/", 1)[-1]: r for s, state, r in summary.rejected}
    assert set(reasons) == set(cases)
    for name, word in cases.items():
        assert ledger[name].state == o.INVALID, name
        assert word in reasons[name], (name, reasons[name])
    assert ledger["revision_10e20.zip"].revision == 0                 # never an SQLite overflow
    filed = {p.name for p in (store_dir(office) / "rejected" / "invalid").iterdir()}
    assert len(filed) == len(cases) and not any(".." in p for p in filed)
    agg = aggregate(office, "2026-Q3")                                # the period report is never broken
    assert all(f.units == 3 for f in agg.figures if f.rule == "sum" and f.has_data)
    again = intake_folder(office, inbox)                              # rerun: same verdicts, nothing crashes
    assert again.skipped == len(cases) + 3 and len(again.rejected) == len(cases)


def test_verify_checks_every_file_and_names_the_damaged_one(cli, units, tmp_path):
    from .helpers import export_pem

    good = build(units[0], tmp_path / "good")
    damaged = deflate_damaged(good, tmp_path / "damaged.zip")
    late = build(units[1], tmp_path / "good")
    certs = tmp_path / "certs"
    export_pem(units[0], certs), export_pem(units[1], certs)
    r = cli("verify", damaged, good, late, "--trust", certs)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert f"INVALID  {damaged}" in r.stdout and "cannot be unpacked" in r.stdout
    assert r.stdout.count("VALID    ") == 2                             # the files after the damaged one too


def test_file_swapped_between_reads_is_filed_as_the_bytes_that_were_verified(office, units, tmp_path, monkeypatch):
    from commune_desk.services.office import office_intake
    from commune_desk.services.office.office_intake import intake_folder, store_dir

    path = build(units[0], tmp_path / "in")
    genuine = path.read_bytes()
    forged = build(units[0], tmp_path / "forged", indicators=[{"code": "PENALTIES", "numerator": 999,
                                                               "denominator": None}]).read_bytes()
    real = office_intake.verify_one

    def swap_after_reading(p, data, *args):          # a sync client replaces the file while it is verified
        p.write_bytes(forged)
        return real(p, data, *args)

    monkeypatch.setattr(office_intake, "verify_one", swap_after_reading)
    intake_folder(office, tmp_path / "in")
    [entry] = _ledger(office).values()
    filed = (store_dir(office) / entry.filed_path).read_bytes()
    assert filed == genuine and entry.sha256 == hashlib.sha256(genuine).hexdigest()


def test_rejected_files_are_filed_only_up_to_the_cap(office, units, tmp_path, monkeypatch):
    from commune_desk.services.packages import package_verify
    from commune_desk.services.office.office_intake import intake_folder, store_dir

    monkeypatch.setattr(package_verify, "MAX_PACKAGE_BYTES", 64 * 1024)
    inbox = tmp_path / "in"
    inbox.mkdir()
    with open(inbox / "sparse.zip", "wb") as fh:                      # 0 blocks on the stick, huge when read
        fh.truncate(5 * 1024 * 1024)
    build(units[0], inbox)
    summary = intake_folder(office, inbox)
    entry = _ledger(office)["sparse.zip"]
    assert entry.state == o.INVALID and entry.filed_path == "" and "recorded, not copied" in entry.reason
    assert entry.sha256 == hashlib.sha256(b"\0" * 5 * 1024 * 1024).hexdigest()
    assert not (store_dir(office) / "rejected").exists() and summary.counts[o.ACCEPTED] == 1


def test_same_signed_content_in_another_zip_is_a_duplicate_and_the_receipt_names_it(office, units, tmp_path):
    from commune_desk.services.office.office_intake import intake_folder

    own = build(units[0], tmp_path / "commune")                       # the commune's own file
    first = rezip(own, tmp_path / "in1" / "copy.zip")                 # a re-zipped copy arrives first
    assert sha256(first) != sha256(own)
    intake_folder(office, tmp_path / "in1")
    (tmp_path / "in2").mkdir()
    (tmp_path / "in2" / own.name).write_bytes(own.read_bytes())
    summary = intake_folder(office, tmp_path / "in2")
    ledger = _ledger(office)
    assert ledger["copy.zip"].state == o.ACCEPTED and ledger[own.name].state == o.DUPLICATE
    assert ledger[own.name].content_sha256 == ledger["copy.zip"].content_sha256 != ""
    assert "same signed content" in ledger[own.name].reason and not summary.rejected


def test_copy_of_a_rejected_file_repeats_the_rejection(cli, units, tmp_path):
    from .helpers import export_pem

    certs = tmp_path / "certs"
    export_pem(units[0], certs)
    bad = _insider(units[0], tmp_path / "in" / "a" / "share.zip", ind_numerator=-9)
    (tmp_path / "in" / "b").mkdir()
    (tmp_path / "in" / "b" / "share.zip").write_bytes(bad.read_bytes())
    __import__("commune_desk.storage.database", fromlist=["x"]).open_database(tmp_path / "o.db").dispose()  # the desk is set up
    r = cli("office", "intake", tmp_path / "in", "--trust", certs, "--db", tmp_path / "o.db")
    assert r.returncode == 1
    assert r.stdout.count("INVALID") == 2 and "which was rejected" in r.stdout


def test_supersedes_of_a_digest_never_seen_is_flagged(office, units, tmp_path):
    from commune_desk.services.office.office_intake import intake_folder

    build(units[0], tmp_path / "in", revision=2, supersedes="ab" * 32)
    intake_folder(office, tmp_path / "in")
    [entry] = _ledger(office).values()
    assert entry.state == o.ACCEPTED and "never received" in entry.reason


def test_trust_add_refuses_an_expired_certificate(office, tmp_path):
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.services.office.office_intake import cert_facts
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.office_repo import TrustRepository

    old = create_identity("Ủy ban nhân dân xã Cũ", "70099", now=dt.datetime(2010, 1, 1, tzinfo=dt.timezone.utc))
    assert old.cert.not_valid_after_utc < dt.datetime.now(dt.timezone.utc)
    with pytest.raises(ExpectedError, match="expired"):
        TrustRepository(office, "t").add(cert_facts(old.cert), "70099", "Ủy ban nhân dân xã Cũ")
    assert TrustRepository(office, "t").all() == [u for u in TrustRepository(office, "t").all()
                                                   if u.unit_code != "70099"]


def test_bag_folder_with_a_fifo_in_data_is_invalid(units, tmp_path):
    from commune_desk.services.packages.package_verify import verify_package

    path = build(units[0], tmp_path)
    with zipfile.ZipFile(path) as zf:
        zf.extractall(tmp_path / "bag")
    [folder] = (tmp_path / "bag").iterdir()
    assert verify_package(folder, trust=[units[0].identity.cert]).valid
    os.mkfifo(folder / "data" / "pipe")
    result = verify_package(folder, trust=[units[0].identity.cert])
    assert not result.valid and any("not a regular file" in c.message for c in result.failed)


def test_commune_refuses_to_sign_figures_the_office_would_refuse(units, tmp_path):
    from commune_desk.services.packages.package import PackageContent, PackageError, bag_files

    for indicators, field in (([{"code": "TIP_HANDLED", "numerator": 5, "denominator": 0, "unit": "%"}],
                               "indicators[0]"),
                              ([{"code": "PENALTIES", "numerator": float("nan"), "denominator": None}], "NaN"),
                              ([{"code": "PENALTIES", "numerator": -1, "denominator": None}],
                               "indicators[0].numerator")):
        content = PackageContent(unit_name=units[0].name, unit_code=units[0].code, period="2026-Q3",
                                 report_number="1/BC-UBND", indicators=indicators)
        with pytest.raises(PackageError, match=field.replace("[", r"\[").replace("]", r"\]")):
            bag_files(content, units[0].identity.key, units[0].identity.cert, now=SIGNED)


def test_damaged_receipt_is_refused_not_a_crash(tmp_path):
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.services.loop.receipts import ReceiptRefused, check_receipt

    with zipfile.ZipFile(tmp_path / "r.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("receipt.json", json.dumps({"x": "y" * 5000}))
        zf.writestr("receipt.p7s", b"\x30" * 3000)
    damaged = deflate_damaged(tmp_path / "r.zip", tmp_path / "Bien-nhan_bad.zip", member_suffix=".json")
    assert damaged is not None
    with pytest.raises(ExpectedError, match="Bien-nhan_bad.zip.*cannot be unpacked"):
        check_receipt(None, damaged)
    with zipfile.ZipFile(tmp_path / "Bien-nhan_deep.zip", "w") as zf:           # absurd JSON: refused too
        zf.writestr("receipt.json", "[" * 100_000)
        zf.writestr("receipt.p7s", b"\x30\x03\x02\x01\x01")
    with pytest.raises(ReceiptRefused, match="Bien-nhan_deep.zip"):
        check_receipt(None, tmp_path / "Bien-nhan_deep.zip")


def test_replaced_key_signing_later_is_untrusted_whatever_created_says(office, units, tmp_path):
    import time

    from commune_desk.services.office.office_intake import cert_facts, intake_folder
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.office_repo import TrustRepository

    time.sleep(1.05)
    TrustRepository(office, "t").replace(units[2].code, cert_facts(create_identity(units[2].name, units[2].code).cert),
                                         "khóa mới")
    time.sleep(1.05)
    build(units[2], tmp_path / "in", signed=SIGNED - dt.timedelta(days=30))       # created backdated to August
    summary = intake_folder(office, tmp_path / "in")
    assert [state for _, state, _ in summary.rejected] == [o.UNTRUSTED]
    assert "replaced" in summary.rejected[0][2]


def test_units_with_only_rejected_packages_are_listed_by_aggregate(cli, units, tmp_path):
    from .helpers import export_pem

    certs = tmp_path / "certs"
    for u in units[:3]:
        export_pem(u, certs)
    build(units[0], tmp_path / "in")
    _insider(units[1], tmp_path / "in" / "bad.zip", ind_numerator=-9)
    __import__("commune_desk.storage.database", fromlist=["x"]).open_database(tmp_path / "o.db").dispose()  # the desk is set up
    r = cli("office", "aggregate", "--in", tmp_path / "in", "--period", "2026-Q3", "--out", tmp_path / "out",
            "--trust", certs, "--db", tmp_path / "o.db")
    assert r.returncode == 1, r.stdout + r.stderr
    units_part = r.stdout.split("units:")[1].split("figures:")[0]
    assert f"{units[1].code}\t{units[1].name}: rejected" in units_part
    assert f"{units[2].code}\t{units[2].name}: missing" in units_part
    assert f"{units[0].code}\t{units[0].name}: submitted" in units_part


def test_a_single_failure_never_hides_its_successors_in_make_units():
    # guard for the fixtures above: units from make_units sign with their own distinct keys
    a, b = make_units(2, prefix="8")
    assert a.identity.cert != b.identity.cert


@pytest.mark.parametrize("refuse", [True, False])
def test_impossible_share_is_refused_and_if_recorded_earlier_flagged_never_summed(office, units, tmp_path,
                                                                                 monkeypatch, refuse):
    """refuse=False stands for a ledger row recorded before intake checked shares: the roll-up still holds."""
    from commune_desk.services.reports import report_data_check
    from commune_desk.services.office.office_aggregate import aggregate, write_outputs
    from commune_desk.services.office.office_intake import intake_folder

    monkeypatch.setattr(report_data_check, "REFUSE_SHARES_OVER_100", refuse)

    signed_bag(units[0], tmp_path / "in" / "a.zip")
    report = genuine_report(units[1], indicators=[{"code": "BIZ_INSPECTED", "numerator": 470, "denominator": 47,
                                                   "unit": "%"}])
    signed_bag(units[1], tmp_path / "in" / "b.zip", report=report)
    summary = intake_folder(office, tmp_path / "in")
    if refuse:
        assert [(s, "cannot exceed 100%" in r) for _, s, r in summary.rejected] == [(o.INVALID, True)]
        return
    agg = aggregate(office, "2026-Q3")
    biz = next(f for f in agg.figures if f.code == "BIZ_INSPECTED")
    a_biz = next(i for i in genuine_report(units[0])["indicators"] if i["code"] == "BIZ_INSPECTED")
    assert (biz.numerator, biz.denominator) == (a_biz["numerator"], a_biz["denominator"]) and biz.percent <= 100
    assert biz.left_out == ((units[1].code, "impossible"),)
    row = next(r for r in agg.completeness.rows if r.unit_code == units[1].code)
    assert row.flags and "470" in row.flags[0]
    docx_path, xlsx_path = write_outputs(office, agg, tmp_path / "out")
    import docx

    text = "\n".join(c.text for t in docx.Document(str(docx_path)).tables for r in t.rows for c in r.cells)
    assert "Không tính 1 đơn vị (1 số liệu không hợp lý)" in text and "Số liệu không hợp lý" in text


def test_a_damaged_copy_arriving_first_never_makes_the_genuine_file_a_duplicate(office, units, tmp_path):
    from commune_desk.services.office.office_intake import intake_folder

    from .tamper import changed_payload

    genuine = build(units[0], tmp_path / "src")
    changed_payload(genuine, tmp_path / "in" / "a_changed.zip")       # same tag manifest and signature
    (tmp_path / "in" / "b_genuine.zip").write_bytes(genuine.read_bytes())
    intake_folder(office, tmp_path / "in")
    ledger = _ledger(office)
    assert ledger["a_changed.zip"].state == o.INVALID and ledger["b_genuine.zip"].state == o.ACCEPTED
