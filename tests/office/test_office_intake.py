"""Intake and aggregation with real signed packages of several units: totals, each rejection kind, completeness."""

import datetime as dt
import io
import time
import zipfile
from datetime import date

import pytest

from commune_desk.domain import office as o

from .helpers import SIGNED, build, make_units, report_data, sha256


def _states(db):
    from commune_desk.storage.office_repo import IntakeLedger

    return {e.source.rsplit("/", 1)[-1]: e.state for e in IntakeLedger(db, "t").entries()}


def _tamper(path, out):
    """Change one byte of the report .docx inside the zip, keeping every other member as it is."""
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in members if n.endswith(".docx"))
    data = bytearray(members[name])
    data[3] ^= 0x01
    members[name] = bytes(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    out.write_bytes(buffer.getvalue())
    return out


def test_office_totals_equal_the_independent_sum_of_report_data(office, units, tmp_path):
    from commune_desk.services.office.office_aggregate import aggregate
    from commune_desk.services.office.office_intake import intake_folder

    paths = [build(u, tmp_path / "in") for u in units[:4]]
    summary = intake_folder(office, tmp_path / "in")
    assert summary.counts[o.ACCEPTED] == 4 and not summary.rejected
    figures = {f.code: f for f in aggregate(office, "2026-Q3").figures}
    expected_num, expected_den = {}, {}
    for p in paths:                                   # straight from each package's report-data.json
        for item in report_data(p)["indicators"]:
            expected_num[item["code"]] = expected_num.get(item["code"], 0) + item["numerator"]
            if item["denominator"] is not None:
                expected_den[item["code"]] = expected_den.get(item["code"], 0) + item["denominator"]
    assert set(figures) == set(expected_num)
    for code, fig in figures.items():
        assert fig.numerator == expected_num[code], code
        assert fig.denominator == expected_den.get(code), code
        assert fig.units == 4


def test_each_kind_of_package_is_classified(office, units, tmp_path):
    from commune_desk.services.office.office_aggregate import aggregate
    from commune_desk.services.office.office_intake import intake_folder, store_dir
    from commune_desk.storage.audit_log import AuditLog

    a, b, c, d, e = units
    inbox = tmp_path / "in"
    first = build(a, tmp_path / "early", name="a_r1")
    (inbox).mkdir()
    (inbox / "a_r1.zip").write_bytes(first.read_bytes())
    build(a, inbox, revision=2, supersedes=sha256(first), name="a_r2",
          indicators=[{"code": "PENALTIES", "numerator": 4, "denominator": None}])
    build(b, inbox, name="b_r1")
    build(b, inbox, name="b_r1_other", indicators=[{"code": "PENALTIES", "numerator": 99, "denominator": None}])
    _tamper(build(c, tmp_path / "x", name="c"), inbox / "c_tampered.zip")
    build(d, inbox, demo=True, name="d_demo")
    build(e, inbox, name="e_untrusted")
    (inbox / "copy").mkdir()
    (inbox / "copy" / "b_again.zip").write_bytes((inbox / "b_r1.zip").read_bytes())
    impostor = make_units(1, prefix="9")[0].identity        # a valid signature by a key not in the list
    build(c, inbox, identity=_with_code(impostor, c), name="c_impostor")

    summary = intake_folder(office, inbox)
    states = _states(office)
    assert states == {"a_r1.zip": o.SUPERSEDED, "a_r2.zip": o.ACCEPTED, "b_r1.zip": o.ACCEPTED,
                      "b_r1_other.zip": o.CONFLICT, "c_tampered.zip": o.INVALID, "d_demo.zip": o.DEMO,
                      "e_untrusted.zip": o.UNTRUSTED, "b_again.zip": o.DUPLICATE, "c_impostor.zip": o.UNTRUSTED}
    reasons = {s.rsplit("/", 1)[-1]: r for s, _, r in summary.rejected}
    assert "checksum does not match" in reasons["c_tampered.zip"]
    assert "not in the office trust list" in reasons["e_untrusted.zip"]
    assert "demo data" in reasons["d_demo.zip"] and "another content" in reasons["b_r1_other.zip"]
    store = store_dir(office)
    assert len(list((store / "accepted" / "2026-Q3").glob("*.zip"))) == 3      # a r1 (history), a r2, b r1
    assert {p.parent.name for p in (store / "rejected").rglob("*.zip")} == {"conflict", "invalid", "demo",
                                                                            "untrusted"}
    agg = aggregate(office, "2026-Q3", due=date(2026, 9, 10))
    penalties = next(f for f in agg.figures if f.code == "PENALTIES")
    b_penalties = next(i for i in report_data(inbox / "b_r1.zip")["indicators"] if i["code"] == "PENALTIES")
    assert penalties.numerator == 4 + b_penalties["numerator"]          # a's revision 2 + b; no conflict, no demo
    assert agg.completeness.missing == [] and agg.completeness.rejected == [c.code, d.code]
    assert agg.completeness.submitted == [a.code, b.code]
    assert any(x.entity == "office_intake" and x.action == "update" for x in AuditLog(office).entries())


def _with_code(identity, unit):
    """An identity whose certificate names `unit` but whose key the office never registered."""
    from commune_desk.services.packages.signing_keys import create_identity

    return create_identity(unit.name, unit.code, now=SIGNED - dt.timedelta(days=1))


def test_completeness_lists_exactly_the_missing_units_and_timeliness(office, units, tmp_path):
    from commune_desk.services.office.office_aggregate import period_completeness
    from commune_desk.services.office.office_intake import intake_folder

    build(units[0], tmp_path / "in")
    build(units[1], tmp_path / "in", signed=dt.datetime(2026, 9, 12, 1, 0, tzinfo=dt.timezone.utc))
    intake_folder(office, tmp_path / "in")
    comp = period_completeness(office, "2026-Q3", due=date(2026, 9, 10))
    assert comp.missing == [units[2].code, units[3].code]
    assert comp.on_time == [units[0].code] and comp.late == [units[1].code]
    assert comp.expected == 4 and comp.reporting_rate == pytest.approx(50.0)


def test_deadline_and_share_target_come_from_the_plan_in_force(office, units, tmp_path):
    from commune_desk.domain.plans import Deadline, DueRule, Plan, Target
    from commune_desk.services.office.office_aggregate import aggregate
    from commune_desk.services.office.office_intake import intake_folder
    from commune_desk.storage.plan_repo import PlanRepository

    plan = Plan("KH-TINH", 1, "Kế hoạch phòng, chống mại dâm năm 2026", "Sở Y tế", 2026, "Sở Y tế",
                targets=(Target("1", "≥ 60% thôn được tuyên truyền", "PROP_UNITS", ">=", 60, "%"),),
                deadlines=(Deadline("quarter", DueRule.parse("day 10 of last month of quarter", 2026)),))
    PlanRepository(office, "t").store(plan)
    for u, n in zip(units[:3], (3, 6, 9)):
        build(u, tmp_path / "in", indicators=[{"code": "PROP_UNITS", "numerator": n, "denominator": 10}],
              signed=SIGNED + dt.timedelta(days=3 * (n == 9)))
    intake_folder(office, tmp_path / "in")
    agg = aggregate(office, "2026-Q3")
    assert agg.completeness.due == date(2026, 9, 10)
    assert agg.completeness.late == [units[2].code] and agg.completeness.missing == [units[3].code]
    [fig] = agg.figures
    assert fig.rule == "share_meeting" and (fig.numerator, fig.denominator) == (2, 3)


def test_intake_can_be_cancelled_and_resumed_with_progress(office, units, tmp_path):
    from commune_desk.services.office.office_intake import intake_folder
    from commune_desk.storage.office_repo import IntakeLedger

    for u in units[:4]:
        build(u, tmp_path / "in")
    seen = []
    stop = lambda: len(seen) >= 2  # noqa: E731
    first = intake_folder(office, tmp_path / "in", progress=lambda *a: seen.append(a), cancel=stop, batch=1)
    assert first.cancelled and first.counts[o.ACCEPTED] == 2 and seen[-1][:2] == (2, 4)
    second = intake_folder(office, tmp_path / "in")
    assert second.skipped == 2 and second.counts[o.ACCEPTED] == 2
    assert len(IntakeLedger(office, "t").entries(states=[o.ACCEPTED])) == 4


def test_trust_replace_and_revoke_need_a_reason_and_are_audited(office, units, tmp_path):
    from commune_desk.domain.errors import ValidationFailed
    from commune_desk.services.office.office_intake import cert_facts, intake_folder
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.office_repo import TrustRepository

    repo = TrustRepository(office, "t")
    with pytest.raises(ValidationFailed):
        repo.revoke(units[0].code, "  ")
    new = create_identity(units[0].name, units[0].code)
    build(units[0], tmp_path / "in", name="old_key_before")           # CMS-signed before the replacement
    time.sleep(1.05)                                                  # signingTime has whole seconds
    repo.replace(units[0].code, cert_facts(new.cert), "máy tính mới")
    repo.revoke(units[1].code, "mất khóa")
    # Signed with the old key after the replacement, `created` backdated to before it: trust goes by the CMS
    # signing time, so the claim in report-data.json does not help.
    build(units[0], tmp_path / "in", name="old_key_after", period="2026-Q4", revision=1,
          signed=dt.datetime(2026, 10, 2, tzinfo=dt.timezone.utc))
    build(units[1], tmp_path / "in", name="revoked")
    intake_folder(office, tmp_path / "in")
    states = _states(office)
    assert states == {"old_key_before.zip": o.ACCEPTED, "old_key_after.zip": o.UNTRUSTED,
                      "revoked.zip": o.UNTRUSTED}
    assert units[1].code not in repo.expected_units() and units[0].code in repo.expected_units()
    actions = [(x.entity, x.action) for x in AuditLog(office).entries(entity="office_trust")]
    assert actions.count(("office_trust", "update")) == 2
    assert AuditLog(office).first_broken() is None
