"""Nơi nhận: the addressee first, then the plan's recipients, then "Lưu"; plan validate warns about abolished bodies."""

from __future__ import annotations

import docx
from hypothesis import given, strategies as st

from commune_desk.domain.periods import Period
from commune_desk.domain.recipients import abolished, is_archive, noi_nhan
from commune_desk.services.reports.report_service import generate
from commune_desk.storage.plan_repo import PlanRepository
from tests.plans.helpers import SAMPLE_001
from tests.reports.helpers import DAY, plan_2026

_names = st.text(alphabet="abcdeơưđ ĐÂ", min_size=1, max_size=12).map(str.strip).filter(bool)


@given(
    st.one_of(st.just(""), _names),
    st.lists(st.one_of(_names, _names.map(lambda n: f"Lưu: {n}"), st.just("Như trên"), st.just("  ")), max_size=8),
)
def test_noi_nhan_order_property(receiving, recipients):
    out = noi_nhan(receiving, recipients)
    if receiving:
        assert out[0] == " ".join(receiving.split())
    assert is_archive(out[-1]) and sum(is_archive(x) for x in out) == 1
    body = [x for x in out if not is_archive(x)]
    keys = [" ".join(x.casefold().split()) for x in body]
    assert len(keys) == len(set(keys))  # each recipient once
    assert "như trên" not in keys and all(x.strip() for x in out)
    expected, seen = [], {" ".join(receiving.casefold().split())} if receiving else set()
    for r in recipients:  # first spelling kept, in the given order
        key = " ".join(r.casefold().split())
        if r.strip() and not is_archive(r) and r.strip() != "Như trên" and key not in seen:
            seen.add(key)
            expected.append(" ".join(r.split()))
    assert (body[1:] if receiving else body) == expected


def test_noi_nhan_examples():
    assert noi_nhan("Sở Y tế tỉnh X", ["- Như trên;", "Sở Y tế  tỉnh X;", "UBND tỉnh X", "- Lưu: VT, VX."]) == (
        "Sở Y tế tỉnh X",
        "UBND tỉnh X",
        "Lưu: VT, VX",
    )
    assert noi_nhan("", []) == ("Lưu: VT, VHXH",)


def test_abolished_bodies_are_named():
    def reasons(text):
        return [p.message for p in abolished("x", text)]

    assert len(reasons("Ủy ban nhân dân thành phố Lạng Sơn (qua phòng Lao động - Thương binh và Xã hội)")) == 2
    assert reasons("UBND huyện Ân Thi") and reasons("Thị trấn Phố Mới") and reasons("Phòng LĐ-TB&XH")
    assert reasons("Ủy ban nhân dân Quận 3") and reasons("UBND thị xã Sơn Tây")
    for fine in (
        "Sở Y tế tỉnh Nghệ An",
        "Sở Y tế thành phố Hà Nội",
        "Ủy ban nhân dân Thành phố Huế",
        "các tỉnh, thành phố trực thuộc trung ương",
        "Công an xã",
        "Thường trực Đảng ủy phường",
    ):
        assert reasons(fine) == [], fine
    assert all(p.severity == "warning" for p in abolished("x", "UBND huyện Y"))


def test_plan_validate_warns_and_still_accepts(cli):
    result = cli("plan", "validate", SAMPLE_001)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if line.startswith("warning: ")]
    assert any(
        w.startswith("warning: sheet 'settings', column 'receiving_office': names \"thành phố Lạng Sơn\"")
        for w in warnings
    ), warnings
    assert any(
        "sheet 'report', recipient 1: names a Labour, Invalids and Social Affairs office" in w for w in warnings
    ), warnings
    assert result.stdout.splitlines()[-1].startswith("ok: plan ")


def test_nơi_nhận_starts_with_the_addressee_then_the_plan(demo_db, tmp_path):
    plan = plan_2026()
    from dataclasses import replace

    PlanRepository(demo_db, "t").store(
        replace(
            plan, recipients=("Như trên", "Ủy ban nhân dân tỉnh Thử Nghiệm", "Sở Y tế tỉnh Thử Nghiệm", "Lưu: VT, VX")
        )
    )
    files = generate(demo_db, Period.parse("2026-Q3"), tmp_path, day=DAY, number="9", actor="t")
    closing = next(t for t in docx.Document(str(files.docx)).tables if t.cell(0, 0).text.startswith("Nơi nhận:"))
    assert [p.text for p in closing.cell(0, 0).paragraphs] == [
        "Nơi nhận:",
        "- Sở Y tế tỉnh Thử Nghiệm;",
        "- Ủy ban nhân dân tỉnh Thử Nghiệm;",
        "- Lưu: VT, VX.",
    ]
