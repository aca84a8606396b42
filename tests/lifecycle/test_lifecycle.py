"""Signing a period: the package, the lock on its data window, the snapshot, amendments and restores."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from commune_desk.domain.errors import ExpectedError, Locked
from commune_desk.domain.period_state import AMENDED, SIGNED
from commune_desk.domain.periods import Period
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.packages.period_lifecycle import (NothingToAmend, PeriodAlreadySigned, amend, reconcile, sign,
                                                    signed_snapshot, state_of, status)
from commune_desk.storage.audit_log import AuditLog
from commune_desk.storage.repos.listing import ListFilter
from tests.propaganda import activities, propaganda_repo
from commune_desk.storage.records_repos import BusinessRepository, InspectionRepository

from .conftest import openssl_verify_package, report_data, sha256_of

Q3 = Period.parse("2026-Q3")


def _activity(day: date) -> PropagandaActivity:
    return PropagandaActivity(activity_date=day, form_code="hoi_nghi", title="Hội nghị tuyên truyền ở Thôn Đông",
                              participants=40, materials=5)


def test_signing_locks_the_data_window_and_keeps_the_signed_figures(demo_db, identity, tmp_path):
    props = propaganda_repo(demo_db, "t")
    inside = props.add(_activity(date(2026, 10, 5)))           # Q4: stays editable after Q3 is signed
    result = sign(demo_db, Q3, tmp_path / "usb", identity, actor="t", day=date(2026, 10, 10))

    assert result.revision == 1 and result.supersedes == "" and result.demo
    assert result.path.name.endswith("_2026-Q3_r1_demo.zip") and result.sha256 == sha256_of(result.path)
    st = state_of(demo_db, "2026-Q3")
    assert (st.state, st.revision, st.digest) == (SIGNED, 1, result.sha256)
    assert (st.window_start, st.window_end) == (date(2026, 7, 1), date(2026, 9, 30)) == result.window
    data = report_data(result.path)
    assert data["demo"] is True and data["revision"] == 1 and data["supersedes_sha256"] is None
    assert signed_snapshot(demo_db, "2026-Q3") == data
    assert any(i["denominator"] for i in data["indicators"])

    q3_prop = activities(demo_db, ListFilter(Q3.start, Q3.end))[0]
    with pytest.raises(Locked, match="2026-Q3"):
        props.update(replace(q3_prop, participants=q3_prop.participants + 1))
    with pytest.raises(Locked):
        props.add(_activity(date(2026, 9, 30)))
    inspections = InspectionRepository(demo_db, "t", catalogues=default_catalogues())
    q3_insp = next(i for i in inspections.list() if Q3.contains(i.inspection_date))
    with pytest.raises(Locked):
        inspections.update(replace(q3_insp, findings="sửa sau khi ký"))
    with pytest.raises(Locked):
        inspections.delete(q3_insp.id)
    props.update(replace(inside, participants=41))           # outside the window
    assert props.get(inside.id).participants == 41
    businesses = BusinessRepository(demo_db, "t", catalogues=default_catalogues())            # registers have no record date
    biz = businesses.list()[0]
    businesses.update(replace(biz, note="ghi chú mới"))
    assert businesses.get(biz.id).note == "ghi chú mới"
    assert AuditLog(demo_db).first_broken() is None


def test_package_again_without_amend_is_refused_and_amend_needs_a_signed_period(demo_db, identity, tmp_path):
    with pytest.raises(NothingToAmend):
        sign(demo_db, Q3, tmp_path / "usb", identity, actor="t", amend_reason="sửa số liệu")
    sign(demo_db, Q3, tmp_path / "usb", identity, actor="t")
    with pytest.raises(PeriodAlreadySigned, match="--amend"):
        sign(demo_db, Q3, tmp_path / "usb2", identity, actor="t")
    assert not (tmp_path / "usb2").exists() or not list((tmp_path / "usb2").iterdir())
    with pytest.raises(ExpectedError, match="reason"):
        amend(demo_db, "2026-Q3", "  ", actor="t")
    assert state_of(demo_db, "2026-Q3").state == SIGNED


def test_amendment_chain_of_three_revisions_verifies(demo_db, identity, tmp_path):
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.services.packages.signing_keys import export_cert

    cert = export_cert(identity.cert, tmp_path / "hoa-my.pem")
    usb = tmp_path / "usb"
    r1 = sign(demo_db, Q3, usb, identity, actor="t")
    r2 = sign(demo_db, Q3, usb, identity, actor="t", amend_reason="Sửa số người tham dự hội nghị tháng 8")
    # The UI's way: reopen with a reason, correct a record, then sign again.
    reopened = amend(demo_db, "2026-Q3", "Bổ sung biên bản kiểm tra tháng 9", actor="t")
    assert (reopened.state, reopened.revision) == (AMENDED, 2)
    props = propaganda_repo(demo_db, "t")
    q3_prop = activities(demo_db, ListFilter(Q3.start, Q3.end))[0]
    props.update(replace(q3_prop, participants=q3_prop.participants + 3))    # unlocked while amended
    r3 = sign(demo_db, Q3, usb, identity, actor="t")

    assert [r.revision for r in (r1, r2, r3)] == [1, 2, 3]
    assert (r2.supersedes, r3.supersedes) == (r1.sha256, r2.sha256)
    previous = None
    for r in (r1, r2, r3):
        result = verify_package(r.path, trust=[identity.cert])
        assert result.valid, [(c.name, c.file, c.message) for c in result.failed]
        out = openssl_verify_package(r.path, cert, tmp_path / "check")
        assert out.returncode == 0, out.stderr
        assert "Verification successful" in out.stderr
        data = report_data(r.path)
        assert data["revision"] == r.revision and data["supersedes_sha256"] == previous
        previous = r.sha256
    st = state_of(demo_db, "2026-Q3")
    assert (st.state, st.revision, st.digest) == (SIGNED, 3, r3.sha256)
    reasons = [e.after["reason"] for e in AuditLog(demo_db).entries(entity="period")]
    assert reasons == ["Sửa số người tham dự hội nghị tháng 8", "Bổ sung biên bản kiểm tra tháng 9"]
    lines = status(demo_db)[0].packages
    assert [(p.event, p.revision) for p in lines] == [(SIGNED, 1), (AMENDED, 1), (SIGNED, 2), (AMENDED, 2),
                                                      (SIGNED, 3)]
    assert signed_snapshot(demo_db, "2026-Q3", 1)["revision"] == 1
    assert signed_snapshot(demo_db, "2026-Q3")["supersedes_sha256"] == r2.sha256
    assert AuditLog(demo_db).first_broken() is None


def test_restoring_a_backup_from_before_r2_never_reuses_a_revision(demo_db, identity, tmp_path):
    from commune_desk.storage.backup import restore_backup, write_backup
    from commune_desk.storage.database import open_database

    usb = tmp_path / "usb"
    r1 = sign(demo_db, Q3, usb, identity, actor="t")
    backup = write_backup(demo_db, tmp_path / "before-r2.db")
    r2 = sign(demo_db, Q3, usb, identity, actor="t", amend_reason="Sửa số liệu quý III")
    path = demo_db.path
    demo_db.dispose()
    restore_backup(path, backup, None)

    db = open_database(path)
    try:
        assert state_of(db, "2026-Q3").revision == 1          # the database went back to r1 …
        changes = reconcile(db, "t")                           # … the ledger beside it did not
        assert any("revision 2" in str(c) for c in changes)  # English in str(); translated in the window
        st = state_of(db, "2026-Q3")
        assert (st.state, st.revision, st.digest) == (SIGNED, 2, r2.sha256)
        with pytest.raises(PeriodAlreadySigned):
            sign(db, Q3, usb, identity, actor="t")
        r3 = sign(db, Q3, usb, identity, actor="t", amend_reason="Sửa lại sau khi khôi phục bản sao")
        assert r3.revision == 3 and r3.supersedes == r2.sha256 != r1.sha256
        assert report_data(r3.path)["supersedes_sha256"] == r2.sha256
        assert reconcile(db, "t") == []
    finally:
        db.dispose()
