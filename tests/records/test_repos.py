"""Every record type round-trips through its repository, audited; rules and uniqueness are enforced."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from commune_desk.domain.errors import ValidationFailed
from commune_desk.domain.records import (
    Assessment, Business, Hotspot, HotspotEvent, Inspection, Penalty, PersonIdentity, Support, TipOff, Training,
    TrainingLine,
    UnitEvent,
)
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.storage import records_repos as rr
from commune_desk.storage.models import AuditRow
from commune_desk.storage.models_records import PersonIdentityRow
from commune_desk.storage.profile_repo import ProfileRepository

TODAY = date(2026, 11, 20)
D = date(2026, 3, 14)


@pytest.fixture
def unit_db(db):
    ProfileRepository(db, "t").save(demo_profile(4))
    return db


def _repo(cls, db):
    return cls(db, "tester", today=lambda: TODAY, catalogues=default_catalogues())


CASES = [
    (rr.TrainingRepository, Training(D, "giam_hai", "Tập huấn giảm hại cho cộng tác viên", "Trạm Y tế", 2, "T01",
                                     (TrainingLine("cong_tac_vien", "thon", 12, 9), TrainingLine("can_bo", "xa", 3, 3)),
                                     "ghi chú")),
    (rr.BusinessRepository, Business("CS001", "Nhà nghỉ Hoa Sen", "nha_nghi", D, "Thôn 1", "T01", "Lê Văn Tâm",
                                     D, 5, 4)),
    (rr.HotspotRepository, Hotspot("DP01", "Bãi đất trống cạnh chợ Thôn 2", "T02", "Tụ tập ban đêm")),
    (rr.TipOffRepository, TipOff(D, "Nghi có hoạt động mại dâm tại quán cà phê", "đường dây nóng", "T02",
                                 date(2026, 3, 15), date(2026, 3, 20), "dung_su_that")),
    (rr.PenaltyRepository, Penalty("12/QĐ-XPHC", D, "nd282_d32_k1", 1_500_000, supplementary=("tich_thu",), act_date=D,
                                   sex="nam", age_group_code="31_45", unit_code="T01", issuer="Chủ tịch UBND xã",
                                   identity=PersonIdentity("Nguyễn Văn A", "001088012345", "Thôn 1"))),
    (rr.SupportRepository, Support(D, "hoc_nghe", 3, "Trung tâm Giáo dục nghề nghiệp", "T03")),
    (rr.AssessmentRepository, Assessment(2025, date(2025, 11, 30), (("lanh_dao", 14), ("bao_cao", 9)), "dat",
                                         "45/QĐ-UBND", date(2025, 12, 20), "UBND tỉnh")),
]


@pytest.mark.parametrize("repo_cls,rec", CASES, ids=[c[0].__name__ for c in CASES])
def test_record_round_trips_and_is_audited(unit_db, repo_cls, rec):
    repo = _repo(repo_cls, unit_db)
    saved = repo.add(rec)
    got = repo.get(saved.id)
    assert got == saved
    assert got.catalogue_version if hasattr(got, "catalogue_version") else True
    changed = replace(got, note="đã sửa")
    repo.update(changed)
    assert repo.get(saved.id).note == "đã sửa"
    repo.delete(saved.id)
    assert repo.list() == []
    with unit_db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditRow.action).where(AuditRow.entity == repo.kind.entity))]
        logged = " ".join(j or "" for (j,) in s.execute(select(AuditRow.after_json)))
    assert actions == ["create", "update", "delete"]
    assert "001088012345" not in logged and "Nguyễn Văn A" not in logged


def test_children_reference_parents_by_code(unit_db):
    _repo(rr.BusinessRepository, unit_db).add(CASES[1][1])
    _repo(rr.HotspotRepository, unit_db).add(CASES[2][1])
    insp = _repo(rr.InspectionRepository, unit_db).add(
        Inspection("CS001", D, "Tổ công tác 178", "Không phát hiện vi phạm", "khong_vi_pham", "khong"))
    ev = _repo(rr.HotspotEventRepository, unit_db).add(HotspotEvent("DP01", D, "phat_hien"))
    assert _repo(rr.InspectionRepository, unit_db).get(insp.id).business_code == "CS001"
    assert _repo(rr.HotspotEventRepository, unit_db).get(ev.id).hotspot_code == "DP01"
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.InspectionRepository, unit_db).add(replace(insp, business_code="KHONG_CO", id=None))
    assert [p.where for p in err.value.problems] == ["business_code"]


def test_penalty_copies_legal_basis_and_number_is_unique_per_year(unit_db):
    repo = _repo(rr.PenaltyRepository, unit_db)
    saved = repo.add(Penalty("1/QĐ", D, "nd282_d32_k1", 1_000_000, sex="nu", age_group_code="18_30", act_date=D))
    assert (saved.decree, saved.article) == ("282/2025/NĐ-CP", "Điều 32 khoản 1")
    assert saved.identity is None
    with pytest.raises(ValidationFailed) as err:
        repo.add(Penalty("1/QĐ", date(2026, 5, 1), "nd282_d32_k1", 1_000_000, sex="nam", age_group_code="18_30",
                         act_date=date(2026, 5, 1)))
    assert "number" in str(err.value)
    # The same number in another year is another decision; an act of 2025 is judged under NĐ 144/2021.
    old = repo.add(Penalty("1/QĐ", date(2025, 5, 1), "nd144_mua_dam", 1_000_000, article="Điều 24 khoản 1",
                           sex="nam", age_group_code="18_30", act_date=date(2025, 4, 30)))
    assert (old.decree, old.article) == ("144/2021/NĐ-CP", "Điều 24 khoản 1")
    with pytest.raises(ValidationFailed) as err:
        repo.add(Penalty("2/QĐ", D, "nd282_d32_k1", 9_000_000, sex="x", age_group_code="18_30", act_date=D))
    assert {p.where for p in err.value.problems} == {"fine", "sex"}
    with unit_db.read() as s:
        assert s.scalar(select(PersonIdentityRow.id)) is None


def test_unit_rename_and_merge_keep_records_attached(unit_db):
    support = _repo(rr.SupportRepository, unit_db).add(Support(D, "tu_van", 2, "", "T01"))
    events = _repo(rr.UnitEventRepository, unit_db)
    events.add(UnitEvent("T01", "renamed", date(2026, 6, 1), "Thôn 1", "Thôn Đông"))
    events.add(UnitEvent("T01", "merged", date(2026, 7, 1), merged_into_code="T02"))
    assert [e.kind for e in events.list()] == ["renamed", "merged"]
    assert _repo(rr.SupportRepository, unit_db).get(support.id).unit_code == "T01"
    with pytest.raises(ValidationFailed):
        events.add(UnitEvent("T01", "merged", date(2026, 7, 1), merged_into_code="T01"))


def test_legacy_encoded_text_is_refused(unit_db):
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.HotspotRepository, unit_db).add(Hotspot("DP9", "Th«n 3, c¹nh chî"))
    assert "TCVN3" in str(err.value)
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.HotspotRepository, unit_db).add(Hotspot("DP9", "Thoân 3"))
    assert "VNI" in str(err.value)
