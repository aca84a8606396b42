"""Pure office rules: classification, completeness and timeliness, roll-up that never averages percentages."""

from datetime import date, datetime, timezone

import pytest

from commune_desk.domain import office as o
from commune_desk.domain.indicators import IndicatorValue
from commune_desk.domain.plans import Target


def _e(sha, state, rev, unit="A", period="2026-Q3", id_=None, signed=None):
    return o.LedgerEntry(sha, state, unit, f"Xã {unit}", period, rev, id=id_, signed_at=signed)


def test_classify_accepts_newer_revision_and_supersedes_the_older():
    d = o.classify("b" * 64, 2, [_e("a" * 64, o.ACCEPTED, 1, id_=7)])
    assert d.state == o.ACCEPTED and d.supersede_ids == (7,)


def test_classify_older_revision_arriving_late_is_superseded_and_same_revision_is_conflict():
    filed = [_e("b" * 64, o.ACCEPTED, 2, id_=8), _e("a" * 64, o.SUPERSEDED, 1, id_=7)]
    assert o.classify("c" * 64, 1, filed).state == o.CONFLICT
    assert o.classify("c" * 64, 2, filed).state == o.CONFLICT
    assert o.classify("c" * 64, 3, filed).supersede_ids == (8,)
    late = o.classify("d" * 64, 1, [_e("b" * 64, o.ACCEPTED, 2, id_=8)])
    assert late.state == o.SUPERSEDED and late.supersede_ids == ()


def test_verification_state_orders_invalid_before_untrusted_before_demo():
    assert o.verification_state([("manifest", "data/x", "changed"), ("trust", "", "unknown")], demo=True)[0] \
        == o.INVALID
    assert o.verification_state([("trust", "", "unknown")], demo=True) == (o.UNTRUSTED, "unknown")
    assert o.verification_state([], demo=True)[0] == o.DEMO
    assert o.verification_state([], demo=False) is None


def test_trust_verdict_replaced_certificate_vouches_only_before_replacement():
    ended = datetime(2026, 9, 1, tzinfo=timezone.utc)
    units = [o.TrustedUnit("A", "Xã A", "F1", o.TRUST_REPLACED, "new key", ended_at=ended),
             o.TrustedUnit("B", "Xã B", "F2", o.TRUST_REVOKED, "lost laptop")]
    assert o.trust_verdict(units, "F1", "A", datetime(2026, 8, 1, tzinfo=timezone.utc)) == ""
    assert "replaced" in o.trust_verdict(units, "F1", "A", datetime(2026, 9, 2, tzinfo=timezone.utc))
    assert "registered for unit A" in o.trust_verdict(units, "F1", "B", None)
    assert "lost laptop" in o.trust_verdict(units, "F2", "B", None)
    assert "not in the office trust list" in o.trust_verdict(units, "F9", "A", None)


def test_completeness_lists_missing_rejected_on_time_and_late():
    due = date(2026, 9, 10)
    at = lambda d: datetime(2026, 9, d, 20, 0, tzinfo=timezone.utc)  # noqa: E731 - 03:00 next day in Vietnam
    entries = [_e("1" * 64, o.SUPERSEDED, 1, "A", signed=at(5)), _e("2" * 64, o.ACCEPTED, 2, "A", signed=at(20)),
               _e("3" * 64, o.ACCEPTED, 1, "B", signed=at(10)), _e("4" * 64, o.INVALID, 1, "C"),
               _e("5" * 64, o.ACCEPTED, 1, "Z", signed=at(1)), _e("6" * 64, o.ACCEPTED, 1, "D", "2026-Q2")]
    c = o.completeness("2026-Q3", {"A": "Xã A", "B": "Xã B", "C": "Xã C", "D": "Xã D", "E": "Xã E"}, entries, due)
    assert c.on_time == ["A"]          # timeliness from the first revision, signed 06/09 Vietnam time
    assert c.late == ["B"]             # signed 10/09 20:00 UTC = 11/09 in Vietnam
    assert c.missing == ["D", "E"] and c.rejected == ["C"] and c.unexpected == ["Z"]
    assert c.reporting_rate == pytest.approx(40.0) and c.on_time_rate == pytest.approx(20.0)
    assert {r.unit_code: r.revision for r in c.rows}["A"] == 2


def test_roll_up_sums_numerators_and_denominators_never_averages_percentages():
    values = {"A": {"BIZ_INSPECTED": IndicatorValue("BIZ_INSPECTED", 1, 2)},
              "B": {"BIZ_INSPECTED": IndicatorValue("BIZ_INSPECTED", 99, 100)}}
    [fig] = o.roll_up(values)
    assert (fig.numerator, fig.denominator, fig.units) == (100, 102, 2)
    assert fig.percent == pytest.approx(100 * 100 / 102)       # not (50 + 99) / 2
    target = Target("T1", "≥ 60%", "BIZ_INSPECTED", ">=", 60, "%")
    [fig] = o.roll_up(values, [target])
    assert fig.achieved is True and fig.meeting == ("B",)


def test_roll_up_share_meeting_counts_units_meeting_the_plan_target():
    values = {u: {"PROP_UNITS": IndicatorValue("PROP_UNITS", n, 10)} for u, n in (("A", 2), ("B", 5), ("C", 9))}
    [fig] = o.roll_up(values, [Target("T", "≥ 25%", "PROP_UNITS", ">=", 25, "%")])
    assert fig.rule == "share_meeting" and (fig.numerator, fig.denominator) == (2, 3) and fig.meeting == ("B", "C")
    assert fig.achieved is False
    [no_target] = o.roll_up(values)
    assert no_target.rule == "sum" and (no_target.numerator, no_target.denominator) == (16, 30) and no_target.note


def test_values_from_report_uses_numerators_not_rounded_values_and_marks_missing_entries():
    values, labels = o.values_from_report([
        {"code": "X", "name": "Chỉ tiêu X", "numerator": 1, "denominator": 3, "value": 33.3},
        {"code": "Y", "numerator": None, "denominator": 5}, {"name": "no code"}, "junk"])
    assert values["X"].percent == pytest.approx(100 / 3) and labels == {"X": "Chỉ tiêu X"}
    assert values["Y"].entered is False
