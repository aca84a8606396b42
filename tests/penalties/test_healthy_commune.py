"""Healthy commune: criteria and result categories are plan data, the default set says it is not official, and a
self-assessment is never shown as a recognition; no label anywhere says "thị trấn" (abolished 1/7/2025)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.catalogues import CatalogueSet
from commune_desk.domain.healthy_commune import assessment_result, is_default_set, qualifying
from commune_desk.domain.records.rules import RuleContext, validate_assessment
from commune_desk.domain.records.types import Assessment
from commune_desk.services.plans.catalogues import default_catalogues

ROOT = Path(__file__).resolve().parents[2]
CATS = default_catalogues()
CTX = RuleContext(date(2026, 11, 20), CATS)


def test_the_default_set_says_it_is_not_official_and_has_more_than_pass_fail():
    assert is_default_set(CATS)
    for e in CATS["healthy_commune_criteria"].entries:
        assert "bộ tiêu chí mặc định, không phải tiêu chí chính thức" in e.extra["note"]
    active = [e for e in CATS["healthy_commune_results"].entries if e.active]
    assert len(active) >= 3 and qualifying(CATS) == {"dat"}


@given(st.integers(min_value=0, max_value=100))
def test_a_higher_total_never_earns_a_lower_category(total):
    order = {"chua_dat": 0, "co_ban_dat": 1, "dat": 2}
    here, above = assessment_result(total, CATS), assessment_result(total + 1, CATS)
    assert order[here] <= order[above]
    assert here == ("dat" if total >= 80 else "co_ban_dat" if total >= 65 else "chua_dat")


def test_a_plans_categories_decide_in_any_order():
    plan = CatalogueSet.from_json({"version": "p", "catalogues": {"healthy_commune_results": [
        {"code": "loai_3", "label": "Loại 3"}, {"code": "loai_1", "label": "Loại 1", "min_total": 90},
        {"code": "loai_2", "label": "Loại 2", "min_total": 70}]}})
    assert [assessment_result(t, plan) for t in (95, 90, 75, 10)] == ["loai_1", "loai_1", "loai_2", "loai_3"]
    assert not is_default_set(plan)


def _assessment(**kw):
    scores = tuple((e.code, int(e.extra["max_score"])) for e in CATS["healthy_commune_criteria"].entries)
    return replace(Assessment(2025, date(2025, 11, 25), scores, "dat"), **kw)


def test_a_recognition_decision_is_whole_and_goes_with_a_passing_result():
    assert validate_assessment(_assessment(), CTX) == []
    whole = dict(decision_number="12/QĐ-UBND", decision_date=date(2025, 12, 20), decision_issuer="UBND tỉnh")
    assert validate_assessment(_assessment(**whole), CTX) == []
    partial = [p.where for p in validate_assessment(_assessment(decision_number="12/QĐ-UBND"), CTX)]
    assert set(partial) == {"decision_date", "decision_issuer"}
    failing = validate_assessment(_assessment(result="co_ban_dat", **whole), CTX)
    assert [p.where for p in failing] == ["result"]


def _indicator(db, year):
    from commune_desk.services.targets.indicators import indicator_values

    return indicator_values(db, (date(year, 1, 1), date(year, 12, 31)), period_code=str(year),
                            as_of=date(year + 1, 1, 10))["HEALTHY_COMMUNE"]


def test_only_a_recorded_decision_counts_as_recognised(db):
    from commune_desk.storage.repos import KINDS, RecordRepository

    repo = RecordRepository(db, "t", KINDS["healthy_commune_assessment"], today=lambda: date(2026, 11, 20),
                            catalogues=CATS)
    saved = repo.add(_assessment())                          # self-assessed "đạt", full marks
    assert _indicator(db, 2025).numerator == 0
    repo.update(replace(saved, decision_number="12/QĐ-UBND", decision_date=date(2025, 12, 20),
                        decision_issuer="UBND tỉnh"))
    assert _indicator(db, 2025).numerator == 1


def test_the_report_never_calls_a_self_assessment_a_recognition(demo_db, tmp_path):
    from commune_desk.services.reports.report_service import generate
    from commune_desk.domain.periods import Period
    from tests.reports.helpers import docx_text

    files = generate(demo_db, Period(2026, "year"), tmp_path, day=date(2026, 12, 28), number="30")
    text = docx_text(files.docx)
    con = __import__("sqlite3").connect(demo_db.path)
    number, = con.execute("SELECT decision_number FROM healthy_commune_assessment").fetchone()
    con.close()
    assert "(chấm theo bộ tiêu chí mặc định, không phải tiêu chí chính thức)" in text
    if number:
        assert f"được công nhận lành mạnh không có tệ nạn ma túy, mại dâm theo Quyết định số {number}" in text
    else:
        assert "được công nhận" not in text and "chưa có quyết định công nhận" in text
    assert "Năm 2026, kết quả tự đánh giá" not in text or "chưa có quyết định công nhận" in text


def test_no_label_says_thi_tran():
    """Since 1/7/2025 there is no "thị trấn": not in catalogues, translations, forms or docs."""
    pattern = re.compile(r"thị\s+trấn", re.IGNORECASE)
    data = json.loads((ROOT / "resources" / "catalogues" / "default.json").read_text(encoding="utf-8"))
    labels = [e["label"] for entries in data["catalogues"].values() for e in entries]
    assert not [t for t in labels if pattern.search(t)]
    # Only the warning that a plan names an abolished body may say it (domain/recipients.py, issue 16).
    warning = re.compile(r"<message>(?:(?!</message>).)*no longer exist(?:(?!</message>).)*</message>", re.S)
    for path in (ROOT / "translations").glob("*.ts"):
        assert not pattern.search(warning.sub("", path.read_text(encoding="utf-8"))), path
    for path in (ROOT / "commune_desk").rglob("*.py"):
        if path.name != "recipients.py":
            assert not pattern.search(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("kind", ["xã", "phường", "đặc khu"])
def test_profile_kinds_are_the_three_of_2025(kind):
    from commune_desk.domain.profile import UNIT_KINDS

    assert kind in UNIT_KINDS and len(UNIT_KINDS) == 3
