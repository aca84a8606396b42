"""Sums over child rows stored on the parent (a training's attendances and persons, a quarter's persons served by
sex, a team's members and activities) stay equal to the plain recount after any mix of adds, edits and deletes
through the repositories, and the list totals equal the sums of the records themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records.community import CommunityModel, ModelFigures, Team
from commune_desk.domain.records.types import Training, TrainingLine
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.storage import records_repos as rr
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.storage.repos import KINDS, RecordRepository
from commune_desk.storage.repos.listing import ListFilter, RecordListing

TODAY = date(2026, 11, 20)
# Each stored column against its recount from the child rows (written here, not taken from the migration).
RECOUNTS = {
    ("training", "participant_total"): "SELECT coalesce(sum(count), 0) FROM training_participant "
    "WHERE training_id = p.id",
    (
        "training",
        "persons_total",
    ): "SELECT coalesce(sum(persons), 0) FROM training_participant WHERE training_id = p.id",
    ("community_model_figures", "persons_total"): "SELECT coalesce(sum(persons), 0) FROM community_model_served "
    "WHERE figures_id = p.id",
    ("community_model_figures", "women_total"): "SELECT coalesce(sum(persons), 0) FROM community_model_served "
    "WHERE figures_id = p.id AND sex = 'nu'",
    ("community_model_figures", "men_total"): "SELECT coalesce(sum(persons), 0) FROM community_model_served "
    "WHERE figures_id = p.id AND sex = 'nam'",
    ("team", "member_total"): "SELECT coalesce(sum(count), 0) FROM team_member WHERE team_id = p.id",
    ("team", "activity_count"): "SELECT (SELECT count(*) FROM propaganda_activity WHERE team_id = p.id) "
    "+ (SELECT count(*) FROM reintegration_support WHERE team_id = p.id) "
    "+ (SELECT count(*) FROM tipoff WHERE team_id = p.id)",
}
lines = st.lists(
    st.tuples(
        st.sampled_from([("can_bo", "xa"), ("tinh_nguyen_vien", "thon"), ("can_bo", "thon")]),
        st.integers(1, 40),
        st.integers(0, 40),
    ),
    max_size=3,
    unique_by=lambda t: t[0],
).map(lambda ls: tuple(TrainingLine(r, lv, n, min(p, n)) for (r, lv), n, p in ls))  # NULL persons: a raw write
served = st.lists(
    st.tuples(st.sampled_from(["nu", "nam"]), st.sampled_from(["16_18", "18_30", "31_45"]), st.integers(0, 30)),
    max_size=4,
    unique_by=lambda t: (t[0], t[1]),
).map(lambda ls: tuple((f"{sex}.{age}", n) for sex, age, n in ls))
members = st.lists(
    st.tuples(st.sampled_from(["truong", "pho", "thanh_vien"]), st.integers(1, 20)),
    max_size=3,
    unique_by=lambda t: t[0],
).map(tuple)


def _repos(db):
    cats = default_catalogues()

    def make(kind):
        return RecordRepository(db, "t", KINDS[kind], today=lambda: TODAY, catalogues=cats)

    return {k: make(k) for k in ("training", "team", "model_figures", "propaganda")}, cats


def _mismatches(db) -> list:
    out = []
    with db.read() as s:
        for (table, column), recount in RECOUNTS.items():
            rows = s.execute(text(f"SELECT p.id, p.{column}, ({recount}) FROM {table} p")).all()
            out += [(table, column, rid, stored, expected) for rid, stored, expected in rows if stored != expected]
    return out


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_stored_sums_equal_the_recount_after_any_writes(db, data):
    ProfileRepository(db, "t").save(demo_profile(4))
    repos, _cats = _repos(db)
    for kind in ("propaganda", "training", "model_figures", "team"):
        for rec in repos[kind].list():
            repos[kind].delete(rec.id)
    if not rr.ModelRepository(db, "t", today=lambda: TODAY, catalogues=_cats).list():
        rr.ModelRepository(db, "t", today=lambda: TODAY, catalogues=_cats).add(
            CommunityModel("MH01", "Mô hình", "ho_tro_nguoi_ban_dam", date(2025, 5, 1))
        )
    teams = [
        repos["team"].add(Team(f"D{i}", f"Đội {i}", "doi_ctxh", date(2024, 3, 1), members=data.draw(members)))
        for i in range(2)
    ]
    quarters = iter(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"])  # after the set-up
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(["training", "model_figures", "team", "propaganda"]))
        saved = repos[kind].list()
        action = data.draw(st.sampled_from(["add", "edit", "delete"] if saved and kind != "team" else ["add"]))
        if kind == "team":
            team = data.draw(st.sampled_from(repos["team"].list()))
            repos["team"].update(replace(team, members=data.draw(members)))
        elif action == "delete":
            repos[kind].delete(data.draw(st.sampled_from(saved)).id)
        elif kind == "training":
            rec = Training(date(2026, 2, 3), "nghiep_vu", "Lớp", participants=data.draw(lines))
            if action == "add":
                repos[kind].add(rec)
            else:
                repos[kind].update(replace(data.draw(st.sampled_from(saved)), participants=rec.participants))
        elif kind == "model_figures":
            quarter = next(quarters, None) if action == "add" else None
            if quarter:
                repos[kind].add(ModelFigures("MH01", quarter, data.draw(served)))
            elif saved:
                repos[kind].update(replace(data.draw(st.sampled_from(saved)), served=data.draw(served)))
        else:
            team = data.draw(st.sampled_from([t.code for t in teams] + [""]))
            if action == "add":
                repos[kind].add(PropagandaActivity(date(2026, 3, 1), "loa", "Loa", team_code=team))
            else:
                repos[kind].update(replace(data.draw(st.sampled_from(saved)), team_code=team))
    assert _mismatches(db) == []

    trainings = repos["training"].list()
    count, sums = RecordListing(db, KINDS["training"]).totals(ListFilter(), sums=("participants", "persons"))
    assert (count, sums) == (
        len(trainings),
        {
            "participants": sum(t.participant_total for t in trainings),
            "persons": sum(t.persons_total for t in trainings),
        },
    )
    figures = repos["model_figures"].list()
    count, sums = RecordListing(db, KINDS["model_figures"]).totals(ListFilter(), sums=("persons", "women", "men"))
    assert count == len(figures) and sums == {
        "persons": sum(n for f in figures for _k, n in f.served),
        "women": sum(n for f in figures for k, n in f.served if k.startswith("nu.")),
        "men": sum(n for f in figures for k, n in f.served if k.startswith("nam.")),
    }
    all_teams = repos["team"].list()
    count, sums = RecordListing(db, KINDS["team"]).totals(ListFilter(), sums=("members",))
    assert (count, sums) == (len(all_teams), {"members": sum(t.member_total for t in all_teams)})


def test_a_raw_write_keeps_the_sums_too(db):
    """The triggers, not the repository, keep the sums: a write in plain SQL (an import, a repair) counts too."""
    ProfileRepository(db, "t").save(demo_profile(4))
    repos, _cats = _repos(db)
    saved = repos["training"].add(
        Training(date(2026, 2, 3), "nghiep_vu", "Lớp", participants=(TrainingLine("can_bo", "xa", 5, 2),))
    )
    with db.write() as s:
        s.execute(
            text("UPDATE training_participant SET count = 9, persons = NULL WHERE training_id = :t"), {"t": saved.id}
        )
        s.execute(
            text(
                "INSERT INTO training_participant (training_id, role_code, level_code, count, persons) "
                "VALUES (:t, 'tinh_nguyen_vien', 'thon', 4, 1)"
            ),
            {"t": saved.id},
        )
    with db.read() as s:
        assert s.execute(
            text("SELECT participant_total, persons_total FROM training WHERE id = :t"), {"t": saved.id}
        ).one() == (13, 1)
    assert _mismatches(db) == []
