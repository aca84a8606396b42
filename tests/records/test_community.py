"""Models, their status changes and quarterly figures, and teams round-trip through the generic record stack;
"carried out by" links propaganda, support and tip-offs to a team; rules and the delete guard hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from commune_desk.domain.errors import InUse, ValidationFailed
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records import Support, TipOff
from commune_desk.domain.records.community import CommunityModel, ModelFigures, ModelStatus, Team
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.storage import records_repos as rr
from commune_desk.storage.models import AuditRow
from commune_desk.storage.models_community import ModelServedRow, TeamMemberRow
from commune_desk.storage.profile_repo import ProfileRepository
from tests.propaganda import propaganda_repo
from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import ListFilter, RecordListing

TODAY = date(2026, 11, 20)
TEAM = Team("DCTXH", "Đội công tác xã hội tình nguyện xã", "doi_ctxh", date(2024, 3, 1), "T01",
            (("truong", 1), ("pho", 1), ("thanh_vien", 12)))
MODEL = CommunityModel("MH01", "Mô hình hỗ trợ người bán dâm tại cộng đồng", "ho_tro_nguoi_ban_dam",
                       date(2025, 5, 1), "Trung tâm Công tác xã hội tỉnh", ("T01", "T02"), "ghi chú")


@pytest.fixture
def unit_db(db):
    ProfileRepository(db, "t").save(demo_profile(4))
    return db


def _repo(cls, db):
    return cls(db, "tester", today=lambda: TODAY, catalogues=default_catalogues())


def _setup(db):
    team = _repo(rr.TeamRepository, db).add(TEAM)
    model = _repo(rr.ModelRepository, db).add(MODEL)
    return team, model


CASES = [
    (rr.TeamRepository, TEAM),
    (rr.ModelRepository, MODEL),
    (rr.ModelStatusRepository, ModelStatus("MH01", date(2026, 6, 1), "paused", "thiếu kinh phí")),
    (rr.ModelFiguresRepository, ModelFigures("MH01", "2026-Q2", (("nu.18_30", 6), ("nu.31_45", 2), ("nam.18_30", 1)),
                                             4, 3)),
]


@pytest.mark.parametrize("repo_cls,rec", CASES, ids=[c[0].__name__ for c in CASES])
def test_record_round_trips_and_is_audited(unit_db, repo_cls, rec):
    if repo_cls in (rr.ModelStatusRepository, rr.ModelFiguresRepository):
        _repo(rr.ModelRepository, unit_db).add(MODEL)
    repo = _repo(repo_cls, unit_db)
    saved = repo.add(rec)
    got = repo.get(saved.id)
    assert got == saved == replace(rec, id=saved.id, **({"catalogue_version": default_catalogues().version}
                                                         if hasattr(rec, "catalogue_version") else {}))
    repo.update(replace(got, note="đã sửa"))
    assert repo.get(saved.id).note == "đã sửa"
    repo.delete(saved.id)
    assert repo.count() == 0
    with unit_db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditRow.action).where(AuditRow.entity == repo.kind.entity))]
    assert actions == ["create", "update", "delete"]


def test_children_are_stored_as_rows_and_replaced_on_update(unit_db):
    _setup(unit_db)
    figures = _repo(rr.ModelFiguresRepository, unit_db)
    saved = figures.add(ModelFigures("MH01", "2026-Q1", (("nu.18_30", 4), ("nam.31_45", 1)), 3, 2))
    assert saved.persons == 5 and saved.anchor_date == date(2026, 2, 15)
    figures.update(replace(saved, served=(("nu.16_18", 2),)))
    teams = _repo(rr.TeamRepository, unit_db)
    team = teams.list()[0]
    teams.update(replace(team, members=(("thanh_vien", 20),)))
    with unit_db.read() as s:
        served = s.execute(select(ModelServedRow.sex, ModelServedRow.age_group_code, ModelServedRow.persons)).all()
        members = s.execute(select(TeamMemberRow.role_code, TeamMemberRow.count)).all()
    assert served == [("nu", "16_18", 2)]
    assert members == [("thanh_vien", 20)]
    assert teams.get(team.id).member_total == 20


def test_rules_name_each_field(unit_db):
    _setup(unit_db)
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.ModelRepository, unit_db).add(CommunityModel("MH02", "", "khong_co", date(2027, 1, 1),
                                                               unit_codes=("T01", "T01", "X9")))
    assert {p.where for p in err.value.problems} == {"name", "kind_code", "set_up_date", "unit_codes"}
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.ModelStatusRepository, unit_db).add(ModelStatus("MH01", date(2025, 4, 30), "stopped"))
    assert {p.where for p in err.value.problems} == {"status", "status_date"}
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.ModelStatusRepository, unit_db).add(ModelStatus("MH99", date(2026, 4, 30), "paused"))
    assert [p.where for p in err.value.problems] == ["model_code"]
    figures = _repo(rr.ModelFiguresRepository, unit_db)
    for quarter in ("2026-H1", "2026-Q5", "Q1/2026", "2027-Q1", "2025-Q1"):
        with pytest.raises(ValidationFailed) as err:
            figures.add(ModelFigures("MH01", quarter))
        assert [p.where for p in err.value.problems] == ["quarter"], quarter
    with pytest.raises(ValidationFailed) as err:
        figures.add(ModelFigures("MH01", "2026-Q1", (("nu.18_30", 1), ("nu.18_30", 2), ("x.18_30", 1),
                                                     ("nam", 1), ("nam.31_45", -1)), -1))
    assert {p.where for p in err.value.problems} == {"served.nu.18_30", "served.x.18_30", "served.nam",
                                                     "served.nam.31_45", "sessions"}
    figures.add(ModelFigures("MH01", "2026-Q1"))
    with pytest.raises(ValidationFailed) as err:
        figures.add(ModelFigures("MH01", "2026-Q1", sessions=2))
    assert [p.where for p in err.value.problems] == ["quarter"]            # one row per model and quarter
    with pytest.raises(ValidationFailed) as err:
        _repo(rr.TeamRepository, unit_db).add(Team("DCTXH", "x", "doi_ctxh", date(2025, 1, 1),
                                                   members=(("truong", 1), ("vua", 2)),
                                                   dissolved_date=date(2024, 1, 1)))
    assert {p.where for p in err.value.problems} == {"code", "members.vua", "dissolved_date"}


def test_carried_out_by_links_records_to_a_team(unit_db):
    team, _model = _setup(unit_db)
    day = date(2026, 3, 2)
    propaganda = propaganda_repo(unit_db, "t", today=lambda: TODAY)
    p = propaganda.add(PropagandaActivity(day, "loa", "Phát thanh về phòng, chống mại dâm", team_code="DCTXH"))
    assert propaganda.get(p.id).team_code == "DCTXH"
    assert propaganda.list()[0].team_code == "DCTXH"
    sup = _repo(rr.SupportRepository, unit_db).add(Support(day, "tu_van", 2, team_code="DCTXH"))
    tip = _repo(rr.TipOffRepository, unit_db).add(TipOff(day, "Tin báo qua Đội", team_code="DCTXH"))
    assert _repo(rr.SupportRepository, unit_db).get(sup.id).team_code == "DCTXH"
    assert _repo(rr.TipOffRepository, unit_db).get(tip.id).team_code == "DCTXH"
    for bad in (lambda: propaganda.add(PropagandaActivity(day, "loa", "x", team_code="KHONG")),
                lambda: _repo(rr.SupportRepository, unit_db).add(Support(day, "tu_van", 1, team_code="KHONG")),
                lambda: _repo(rr.TipOffRepository, unit_db).add(TipOff(day, "x", team_code="KHONG"))):
        with pytest.raises(ValidationFailed) as err:
            bad()
        assert [p.where for p in err.value.problems] == ["team_code"]
    # A team that records name cannot be deleted, neither through the repository nor past it (foreign key).
    listing = RecordListing(unit_db, KINDS["team"])
    assert listing.child_count(team.id) == 3
    assert listing.query().extras == {team.id: (3,)}
    with pytest.raises(InUse):
        _repo(rr.TeamRepository, unit_db).delete(team.id)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with unit_db.write() as s:
            s.execute(text("DELETE FROM team_member"))
            s.execute(text("DELETE FROM team"))
    propaganda.update(replace(propaganda.get(p.id), team_code=""))
    assert listing.child_count(team.id) == 2


def test_model_list_filters_by_covered_unit_and_shows_current_status(unit_db):
    _team, model = _setup(unit_db)
    listing = RecordListing(unit_db, KINDS["community_model"])
    assert listing.query(ListFilter(unit_code="T02")).count == 1
    assert listing.query(ListFilter(unit_code="T03")).count == 0
    assert listing.query().extras == {model.id: ("operating", date(2025, 5, 1))}
    status = _repo(rr.ModelStatusRepository, unit_db)
    status.add(ModelStatus("MH01", date(2026, 6, 1), "paused"))
    status.add(ModelStatus("MH01", date(2026, 9, 1), "operating"))
    assert listing.query().extras == {model.id: ("operating", date(2026, 9, 1))}
    assert listing.child_count(model.id) == 2
    with pytest.raises(InUse):
        _repo(rr.ModelRepository, unit_db).delete(model.id)
    history = RecordListing(unit_db, KINDS["model_status"])
    assert history.query(ListFilter(parent_code="MH01")).count == 2
    assert history.query(ListFilter(parent_code="MH02")).count == 0
