"""report-data.json checked as data: each kind of bad value is refused with the field named; a genuine
document and documented additive keys pass."""

import copy
import datetime as dt

import pytest

from commune_desk.services.reports import report_data_check as rdc

GOOD = {"schema": "commune-desk/report-data", "schema_version": 1,
        "unit": {"code": "79999", "official_name": "Ủy ban nhân dân xã Hòa Mỹ"}, "period": "2026-Q3",
        "report_number": "15/BC-UBND", "revision": 2, "supersedes_sha256": "ab" * 32, "demo": False,
        "plan": {"id": "KH-2026", "version": "1"}, "software": {"name": "CommuneDesk", "version": "0.1.0"},
        "created": "2026-10-05T08:00:00+07:00", "audit_chain_head": "cd" * 32, "files": ["Bao-cao.docx"],
        "indicators": [{"code": "BIZ_INSPECTED", "name": "Cơ sở được kiểm tra", "numerator": 12, "denominator": 40,
                        "value": 30.0, "unit": "%"},
                       {"code": "PENALTIES", "name": "Người bị xử phạt", "numerator": 3, "denominator": None,
                        "value": 3, "unit": ""}]}


def _with(path, value):
    data = copy.deepcopy(GOOD)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


def test_a_genuine_document_and_additive_keys_pass():
    assert rdc.problems(GOOD) == []
    extra = _with(["cutoff"], "2026-09-14")
    extra["targets"] = [{"id": "1", "quarters": [{"q": 1, "met": True}]}]     # a later branch's keys
    extra["indicators"][0]["breakdown"] = {"nha_nghi": 4}
    assert rdc.problems(extra) == []


@pytest.mark.parametrize("path, value, field", [
    (["indicators", 0, "numerator"], -1, "indicators[0].numerator"),
    (["indicators", 0, "numerator"], "12", "indicators[0].numerator"),
    (["indicators", 0, "numerator"], True, "indicators[0].numerator"),
    (["indicators", 0, "denominator"], 10 ** 12, "indicators[0].denominator"),
    (["indicators", 1, "unit"], "kg", "indicators[1].unit"),
    (["indicators", 1, "code"], "penalties", "indicators[1].code"),
    (["indicators", 1, "code"], "NOT_A_CODE", "indicators[1].code"),
    (["indicators", 1, "code"], "BIZ_INSPECTED", "indicators[1].code"),
    (["indicators", 0, "name"], "Cơ sở\x1b[2J", "indicators[0].name"),
    (["unit", "official_name"], "Xã \ud800", "unit.official_name"),
    (["unit", "code"], "../x", "unit.code"),
    (["period"], "2026-Q9", "period"),
    (["period"], "2026-q3", "period"),
    (["revision"], 0, "revision"),
    (["revision"], 1000, "revision"),
    (["revision"], "2", "revision"),
    (["supersedes_sha256"], None, "supersedes_sha256"),
    (["supersedes_sha256"], "AB" * 32, "supersedes_sha256"),
    (["demo"], "no", "demo"),
    (["indicators"], KeyError, "indicators"),
    (["indicators"], [{"code": "PENALTIES", "numerator": 1, "denominator": None}] * 501, "indicators"),
])
def test_each_bad_value_is_refused_with_its_field_named(path, value, field):
    found = rdc.problems(_with(path, value))
    assert found and any(p.field == field for p in found), [p.message for p in found]
    assert all(p.message.startswith(p.field) or p.field in p.message for p in found)


def test_share_rule_names_the_indicator():
    data = _with(["indicators", 0, "numerator"], 41)
    assert [p.field for p in rdc.problems(data, shares=True)] == ["indicators[0]"]
    assert rdc.problems(data, shares=False) == []


@pytest.mark.parametrize("raw, word", [
    (b'{"a": NaN}', "NaN"), (b'{"a": -Infinity}', "NaN"), (b'{"a": 1e400}', "NaN"),
    (b"[" * 13 + b"]" * 13, "nested"), (b'{"a": "' + b"[" * 50 + b'"}', None),
    (b"\xff\xfe", "UTF-8"), (b'{"a": 1' + b"0" * 5000 + b"}", "JSON"), (b"[1, 2]", "JSON"),
])
def test_parse_is_bounded_and_finite(raw, word):
    if word is None:                                   # brackets inside a string are not nesting
        assert rdc.parse(raw) == {"a": "[" * 50}
        return
    with pytest.raises(rdc.ReportDataInvalid, match=word):
        rdc.parse(raw)


def test_created_lies_in_or_after_the_period_and_never_after_the_signing_time():
    signed = dt.datetime(2026, 10, 5, 1, 0, tzinfo=dt.timezone.utc)            # 08:00 in Vietnam
    assert rdc.timing_problems(GOOD, signed) == []
    late = rdc.timing_problems(GOOD, signed - dt.timedelta(seconds=1))
    assert [p.field for p in late] == ["created"] and "after the signature" in late[0].message
    early = rdc.timing_problems(_with(["created"], "2026-06-30T23:59:00+07:00"), signed)
    assert "before the period 2026-Q3 began" in early[0].message
    assert rdc.timing_problems(_with(["created"], "2026-07-01T00:00:00+07:00"), signed) == []
    assert "ISO 8601" in rdc.timing_problems(_with(["created"], "2026-10-05T08:00:00"), signed)[0].message
