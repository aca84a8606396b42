"""`records add` of models, their status and quarterly figures and teams from JSON: the (code, number) fields
(persons served by "<sex>.<age group>", members by role) are read into the record and stored as child rows;
a support record names the team that carried it out; a bad field is named and nothing is stored."""

from __future__ import annotations

import json
import sqlite3


def _new_db(tmp_path):
    """An empty database made on purpose (commands never create one by accident: docs/cli.md)."""
    from commune_desk.services.demo_data.demo import demo_profile
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository

    path = tmp_path / "c.db"
    db = open_database(path)
    ProfileRepository(db, "t").save(demo_profile(4))
    db.dispose()
    return path


def _add(cli, db, tmp_path, kind: str, data: dict):
    path = tmp_path / f"{kind}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return cli("--db", db, "records", "add", kind, "--file", path)


def _rows(db, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_models_and_teams_are_added_with_their_pairs(tmp_path, cli):
    db = _new_db(tmp_path)
    team = {
        "code": "DD02",
        "name": "Nhóm đồng đẳng Thôn 2",
        "kind_code": "nhom_dong_dang",
        "formed_date": "2025-01-06",
        "unit_code": "T02",
        "members": {"truong": 1, "dong_dang": 6},
    }
    model = {
        "code": "MH09",
        "name": "Điểm tư vấn tại Thôn 2",
        "kind_code": "ho_tro_nguoi_ban_dam",
        "set_up_date": "2026-02-01",
        "partner": "Trung tâm Công tác xã hội tỉnh",
        "unit_codes": ["T01", "T02"],
    }
    status = {"model_code": "MH09", "status_date": "2026-06-01", "status": "paused", "note": "Chưa có kinh phí"}
    figures = {
        "model_code": "MH09",
        "quarter": "2026-Q2",
        "served": [["nu.18_30", 3], ["nam.31_45", 2]],
        "sessions": 4,
        "referrals": 1,
    }
    support = {"support_date": "2026-05-04", "kind_code": "hoc_nghe", "count": 3, "team_code": "DD02"}
    for kind, data in (
        ("team", team),
        ("community_model", model),
        ("model_status", status),
        ("model_figures", figures),
        ("reintegration_support", support),
    ):
        r = _add(cli, db, tmp_path, kind, data)
        assert r.returncode == 0, (kind, r.stdout, r.stderr)
    assert _rows(
        db,
        "SELECT t.code, m.role_code, m.count FROM team_member m JOIN team t ON t.id = m.team_id ORDER BY m.role_code",
    ) == [("DD02", "dong_dang", 6), ("DD02", "truong", 1)]
    assert _rows(db, "SELECT sex, age_group_code, persons FROM community_model_served ORDER BY sex") == [
        ("nam", "31_45", 2),
        ("nu", "18_30", 3),
    ]
    assert _rows(db, "SELECT code, unit_codes FROM community_model") == [("MH09", "T01;T02")]
    assert _rows(db, "SELECT status, status_date FROM community_model_status") == [("paused", "2026-06-01")]
    assert _rows(db, "SELECT s.count, t.code FROM reintegration_support s JOIN team t ON t.id = s.team_id") == [
        (3, "DD02")
    ]
    # Read back through the export: the pairs are the record's own.
    r = cli("--db", db, "records", "export", tmp_path / "out.xlsx")
    assert r.returncode == 0 and "models: 1" in r.stdout and "model_figures: 1" in r.stdout, r.stdout


def test_bad_pairs_are_named_and_nothing_is_stored(tmp_path, cli):
    db = _new_db(tmp_path)
    model = {"code": "MH09", "name": "Điểm tư vấn", "kind_code": "ho_tro_nguoi_ban_dam", "set_up_date": "2026-02-01"}
    assert _add(cli, db, tmp_path, "community_model", model).returncode == 0
    cases = (
        (
            "model_figures",
            {"model_code": "MH09", "quarter": "2026-Q2", "served": {"nu.18_30": "ba"}},
            "served: must be an object of code: whole number",
        ),
        ("model_figures", {"model_code": "MH09", "quarter": "2026-Q2", "served": {"nu.99": 2}}, "served.nu.99"),
        ("model_figures", {"model_code": "MH08", "quarter": "2026-Q2"}, "model_code: unknown model 'MH08'"),
        (
            "team",
            {
                "code": "D1",
                "name": "Đội",
                "kind_code": "doi_ctxh",
                "formed_date": "2025-01-01",
                "members": {"truong": -1},
            },
            "members.truong",
        ),
        (
            "team",
            {
                "code": "D1",
                "name": "Đội",
                "kind_code": "doi_ctxh",
                "formed_date": "2025-01-01",
                "members": [["truong"]],
            },
            "members: must be an object of code: whole number",
        ),
        (
            "reintegration_support",
            {"support_date": "2026-05-04", "kind_code": "hoc_nghe", "count": 3, "team_code": "KHONG_CO"},
            "team_code",
        ),
    )
    for kind, data, message in cases:
        r = _add(cli, db, tmp_path, kind, data)
        assert r.returncode == 2 and message in r.stderr, (kind, data, r.stderr)
        assert "Traceback" not in r.stderr
    assert _rows(db, "SELECT count(*) FROM community_model_figures") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM team") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM reintegration_support") == [(0,)]
