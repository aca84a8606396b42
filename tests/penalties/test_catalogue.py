"""Every catalogue entry against the verified NĐ 282/2025 table: bracket, warning, organisation doubling, competence.

EXPECTED is transcribed by hand from the table of NĐ 282/2025/NĐ-CP Điều 32–35 (docs/penalties.md), not read from
the catalogue under test; competence is recomputed here from Điều 54 khoản 1 (37.500.000 đồng for an individual,
75.000.000 đồng for an organisation, judged on the bracket maximum).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commune_desk.domain import penalty_law as law
from commune_desk.domain.records.penalty_rules import validate_penalty
from commune_desk.domain.records.rules import RuleContext
from commune_desk.domain.records.types import Penalty
from commune_desk.services.plans.catalogues import default_catalogues

M = 1_000_000
# code: (article, clause, point, min, max, warning allowed, supplementary, remedial)
EXPECTED = {
    "nd282_d32_k1": (32, 1, "", 1 * M, 2 * M, False, {"tich_thu"}, set()),
    "nd282_d32_k2": (32, 2, "", 2 * M, 5 * M, False, {"tich_thu"}, set()),
    "nd282_d33_k1": (33, 1, "", 300_000, 500_000, True, {"tich_thu", "truc_xuat"}, {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d33_k2": (33, 2, "", 1 * M, 2 * M, False, {"tich_thu", "truc_xuat"}, {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k1": (34, 1, "", 300_000, 500_000, True, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k2": (34, 2, "", 5 * M, 10 * M, False, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k3": (34, 3, "", 10 * M, 20 * M, False, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k4_a": (34, 4, "a", 30 * M, 50 * M, False, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k4_b": (34, 4, "b", 30 * M, 50 * M, False, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k4_c": (34, 4, "c", 30 * M, 50 * M, False, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d34_k5": (34, 5, "", 50 * M, 75 * M, False, set(), {"nop_lai_loi_bat_hop_phap"}),
    "nd282_d35_k1": (35, 1, "", 20 * M, 30 * M, False, {"tuoc_gcn_antt", "truc_xuat"}, set()),
    "nd282_d35_k2": (35, 2, "", 30 * M, 40 * M, False, {"tuoc_gcn_antt", "truc_xuat"}, {"nop_lai_loi_bat_hop_phap"}),
}
BEYOND_COMMUNE = {"individual": {"nd282_d34_k4_a", "nd282_d34_k4_b", "nd282_d34_k4_c", "nd282_d34_k5",
                                 "nd282_d35_k2"},
                  "organisation": {"nd282_d34_k4_a", "nd282_d34_k4_b", "nd282_d34_k4_c", "nd282_d34_k5",
                                   "nd282_d35_k2"}}
LIMIT = {"individual": 37_500_000, "household": 37_500_000, "organisation": 75_000_000}
CATS = default_catalogues()
ACT = date(2026, 6, 1)
CTX = RuleContext(date(2026, 11, 20), CATS, frozenset(), frozenset(), frozenset())


def case(code, outcome="fine", fine=0, kind="individual", **kw) -> Penalty:
    person = {} if kind == "organisation" else {"sex": "nam", "age_group_code": "18_30"}
    return Penalty("01/QĐ-XPHC", date(2026, 6, 3), code, fine, act_date=ACT, outcome=outcome,
                   violator_kind=kind, **{**person, **kw})


def problems(rec) -> list[str]:
    from commune_desk.domain.records.penalty_rules import with_legal_basis
    return [f"{p.where}: {p.text()}" for p in validate_penalty(with_legal_basis(rec, CATS), CTX)]


def test_the_nd282_entries_are_exactly_the_verified_table():
    found = {e.code: e for e in law.entries(CATS).values() if e.decree == "282/2025/NĐ-CP"}
    assert set(found) == set(EXPECTED)
    for code, (article, clause, point, low, high, warning, supp, rem) in EXPECTED.items():
        e = found[code]
        assert (e.article, e.clause, e.point, e.fine_min, e.fine_max) == (article, clause, point, low, high), code
        assert e.warning_allowed is warning, code
        assert (set(e.supplementary), set(e.remedial)) == (supp, rem), code
        assert e.valid_from == date(2025, 12, 15) and e.valid_until is None and e.verified, code
        assert not set(e.supplementary) & set(e.remedial)          # two lists, never mixed


@pytest.mark.parametrize("code", sorted(EXPECTED))
@pytest.mark.parametrize("kind", ["individual", "household", "organisation"])
def test_bracket_doubling_and_competence_of_every_entry(code, kind):
    _a, _c, _p, low, high, warning, _s, _r = EXPECTED[code]
    factor = 2 if kind == "organisation" else 1
    e = law.entry(CATS, code)
    assert e.bracket(kind) == (low * factor, high * factor)
    competent = high * factor <= LIMIT[kind]
    assert e.within_commune(kind, law.competence(CATS)) is competent
    assert (code not in BEYOND_COMMUNE["organisation" if kind == "organisation" else "individual"]) is competent
    if competent:
        for fine in (low * factor, high * factor):
            assert problems(case(code, fine=fine, kind=kind)) == [], (code, kind, fine)
        for fine in (low * factor - 1, high * factor + 1):
            assert any(p.startswith("fine: must lie between") for p in problems(case(code, fine=fine, kind=kind)))
    else:
        found = problems(case(code, fine=low * factor, kind=kind))
        assert any("beyond the commune's competence" in p and "transferred" in p for p in found), found
    # A transfer is always possible, and carries no fine.
    assert problems(case(code, "transferred", transfer_to="Công an tỉnh", kind=kind)) == []
    assert any("carries no fine" in p for p in problems(case(code, "transferred", fine=low, transfer_to="X",
                                                                kind=kind)))
    # A warning only where the entry provides one (and the commune may decide the act).
    warned = problems(case(code, "warning", kind=kind))
    assert (warned == []) is (warning and competent), (code, warned)


def test_the_nd144_entries_are_dated_and_carry_no_invented_amounts():
    old = [e for e in law.entries(CATS).values() if e.decree == "144/2021/NĐ-CP"]
    assert old
    for e in old:
        assert e.valid_from == date(2022, 1, 1) and e.valid_until == date(2025, 12, 14)
        assert not e.verified and e.fine_min is None and e.fine_max is None and e.article is None
        assert e.within_commune("individual", law.competence(CATS)) is None


def test_the_act_date_chooses_the_decree():
    late_144 = Penalty("02/QĐ", date(2026, 1, 5), "nd144_mua_dam", 1_500_000, act_date=date(2025, 12, 10),
                       article="Điều … (theo quyết định)", sex="nam", age_group_code="18_30")
    assert problems(late_144) == []
    wrong = Penalty("03/QĐ", date(2026, 1, 5), "nd282_d32_k1", 1_500_000, act_date=date(2025, 12, 10),
                    sex="nam", age_group_code="18_30")
    assert any("does not apply to an act that ended on 10/12/2025" in p for p in problems(wrong))
    assert any("does not apply" in p for p in problems(
        Penalty("04/QĐ", date(2026, 1, 5), "nd144_mua_dam", 1_500_000, act_date=date(2025, 12, 15), article="x",
                sex="nam", age_group_code="18_30")))


def test_crimes_are_referred_never_fined():
    assert any("is a crime" in p and "referred" in p for p in problems(case("hs_chua_mai_dam", fine=5 * M)))
    assert any("is a crime" in p for p in problems(case("hs_chua_mai_dam", "transferred", transfer_to="X")))
    assert problems(case("hs_chua_mai_dam", "referred", transfer_to="Cơ quan Cảnh sát điều tra Công an tỉnh")) == []


def test_several_acts_only_under_articles_32_and_33():
    both = case("nd282_d32_k1", fine=1 * M, more_acts=(("nd282_d33_k1", 0),))
    assert problems(both) == []
    mixed = case("nd282_d32_k1", fine=1 * M, more_acts=(("nd282_d34_k2", 5 * M),))
    assert any("only under Điều 32–33" in p for p in problems(mixed))
    twice = case("nd282_d32_k1", fine=1 * M, more_acts=(("nd282_d32_k1", 1 * M),))
    assert any("act given twice" in p for p in problems(twice))


def test_acts_found_together_are_fined_once_on_the_most_serious():
    """NĐ 282/2025 Điều 3 khoản 6, NĐ 68/2025 Điều 1 khoản 3: one fine, in the bracket of the most serious act."""
    assert problems(case("nd282_d32_k2", fine=3 * M, more_acts=(("nd282_d32_k1", 0),))) == []
    fined_twice = problems(case("nd282_d32_k2", fine=3 * M, more_acts=(("nd282_d32_k1", 1 * M),)))
    assert any("are fined once" in p and "Điều 32 khoản 2" in p for p in fined_twice), fined_twice
    lesser_first = problems(case("nd282_d32_k1", fine=1 * M, more_acts=(("nd282_d32_k2", 0),)))
    assert any("must be the most serious act" in p for p in lesser_first), lesser_first
    below = problems(case("nd282_d32_k2", fine=1 * M, more_acts=(("nd282_d32_k1", 0),)))
    assert any("must lie between 2.000.000 and 5.000.000" in p for p in below), below


@settings(max_examples=200, deadline=None)
@given(acts=st.lists(st.sampled_from(["nd282_d32_k1", "nd282_d32_k2", "nd282_d33_k1", "nd282_d33_k2"]),
                     min_size=1, max_size=4, unique=True),
       amounts=st.lists(st.integers(0, 12) .map(lambda n: n * 500_000), min_size=4, max_size=4),
       kind=st.sampled_from(["individual", "household", "organisation"]))
def test_a_decision_under_articles_32_33_is_never_fined_above_its_most_serious_bracket(acts, amounts, kind):
    """Whatever acts and amounts are typed, an accepted decision's money is one fine within the highest bracket."""
    rec = case(acts[0], fine=amounts[0], more_acts=tuple(zip(acts[1:], amounts[1:])), kind=kind)
    if problems(rec):
        return
    factor = 2 if kind == "organisation" else 1
    tops = {"nd282_d32_k1": 2 * M, "nd282_d32_k2": 5 * M, "nd282_d33_k1": M // 2, "nd282_d33_k2": 2 * M}
    lows = {"nd282_d32_k1": 1 * M, "nd282_d32_k2": 2 * M, "nd282_d33_k1": 300_000, "nd282_d33_k2": 1 * M}
    top = max(acts, key=lambda a: tops[a])
    total = sum(amounts[: len(acts)])
    assert acts[0] == top
    assert lows[top] * factor <= total <= tops[top] * factor
    assert all(a == 0 for a in amounts[1 : len(acts)])


def test_measures_come_from_the_acts_lists_and_trục_xuất_is_never_the_communes():
    assert problems(case("nd282_d32_k1", fine=1 * M, supplementary=("tich_thu",))) == []
    assert any("not provided for this act" in p for p in problems(
        case("nd282_d32_k1", fine=1 * M, remedial=("nop_lai_loi_bat_hop_phap",))))
    assert any("never decided by a commune" in p for p in problems(
        case("nd282_d33_k1", fine=300_000, supplementary=("truc_xuat",))))
    assert any("leave it empty" in p for p in problems(
        case("nd282_d34_k4_c", "transferred", transfer_to="X", remedial=("nop_lai_loi_bat_hop_phap",))))


def test_organisations_have_no_sex_or_age_and_the_time_limit_holds():
    assert any(p.startswith("sex: must be empty") for p in problems(
        case("nd282_d34_k2", fine=10 * M, kind="organisation", sex="nam")))
    late = Penalty("05/QĐ", date(2026, 6, 3), "nd282_d32_k1", 1 * M, act_date=date(2025, 12, 20), sex="nu",
                   age_group_code="18_30")
    assert problems(late) == []
    too_late = Penalty("05/QĐ", date(2026, 12, 21), "nd282_d32_k1", 1 * M, act_date=date(2025, 12, 20),
                       sex="nu", age_group_code="18_30")
    ctx = RuleContext(date(2026, 12, 31), CATS, frozenset(), frozenset(), frozenset())
    from commune_desk.domain.records.penalty_rules import with_legal_basis
    assert any(p.where == "decision_date" and "more than a year" in p.text()
               for p in validate_penalty(with_legal_basis(too_late, CATS), ctx))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(EXPECTED)), st.sampled_from(["individual", "household", "organisation"]),
       st.integers(min_value=1, max_value=160 * M))
def test_any_fine_is_accepted_exactly_when_in_bracket_and_competence(code, kind, fine):
    _a, _c, _p, low, high, _w, _s, _r = EXPECTED[code]
    f = 2 if kind == "organisation" else 1
    ok = low * f <= fine <= high * f and high * f <= LIMIT[kind] and fine <= 150 * M
    assert (problems(case(code, fine=fine, kind=kind)) == []) is ok
