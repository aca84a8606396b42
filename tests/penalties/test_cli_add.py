"""`records add`: a penalty under Đ34 khoản 4 điểm c with a fine is refused as beyond the commune's competence,
the same act recorded as transferred is accepted; bad JSON names the field."""

from __future__ import annotations

import json


def _new_db(tmp_path):
    """An empty database made on purpose (commands never create one by accident: docs/cli.md)."""
    from commune_desk.storage.database import open_database

    db = tmp_path / "c.db"
    open_database(db).dispose()
    return db


def _write(path, data) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


CASE = {"number": "90/QĐ-XPHC", "decision_date": "2026-11-20", "act_date": "2026-11-18",
        "violation_code": "nd282_d34_k4_c", "outcome": "fine", "fine": 30_000_000, "sex": "nam",
        "age_group_code": "31_45"}


def test_beyond_competence_refused_then_transferred_accepted(tmp_path, cli):
    db = _new_db(tmp_path)
    r = cli("--db", db, "records", "add", "penalty_decision", "--file", _write(tmp_path / "fine.json", CASE))
    assert r.returncode == 2, r.stdout
    assert "outcome: Điều 34 khoản 4 điểm c NĐ 282/2025/NĐ-CP" in r.stderr
    assert "is beyond the commune's competence (37.500.000 đồng" in r.stderr
    assert "record the case as transferred to the competent level" in r.stderr
    moved = {**CASE, "number": "90/UBND-CA", "outcome": "transferred", "transfer_to": "Công an tỉnh"}
    del moved["fine"]
    r = cli("--db", db, "records", "add", "penalty_decision", "--file", _write(tmp_path / "moved.json", moved))
    assert r.returncode == 0, r.stderr
    assert "90/UBND-CA, Điều 34 khoản 4 điểm c 282/2025/NĐ-CP, transferred to Công an tỉnh" in r.stdout
    r = cli("--db", db, "records", "export", tmp_path / "out.xlsx")
    assert r.returncode == 0 and "penalties: 1" in r.stdout


def test_bad_fields_are_named_and_nothing_is_stored(tmp_path, cli):
    db = _new_db(tmp_path)
    bad = {**CASE, "fine": "ba mươi triệu", "colour": "red", "act_date": "18/11/2026"}
    r = cli("--db", db, "records", "add", "penalty_decision", "--file", _write(tmp_path / "bad.json", bad))
    assert r.returncode == 2
    assert "fine: must be a whole number" in r.stderr and "colour: unknown field" in r.stderr
    assert "act_date: must be a date (YYYY-MM-DD)" in r.stderr
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    r = cli("--db", db, "records", "add", "penalty_decision", "--file", tmp_path / "list.json")
    assert r.returncode == 2 and "expected a JSON object" in r.stderr


def test_the_cli_knows_every_record_kind():
    from commune_desk.commands.records_cmd import RECORD_KINDS
    from commune_desk.storage.repos import KINDS

    assert set(RECORD_KINDS) == set(KINDS)


def test_a_training_with_persons_by_role_is_added_and_bad_lines_are_named(tmp_path, cli):
    db = _new_db(tmp_path)
    training = {"training_date": "2026-03-12", "topic_code": "nghiep_vu", "title": "Tập huấn nghiệp vụ",
                "organiser": "UBND xã", "days": 1,
                "participants": [{"role": "can_bo", "level": "xa", "attendees": 12, "persons": 10}]}
    r = cli("--db", db, "records", "add", "training", "--file", _write(tmp_path / "t.json", training))
    assert r.returncode == 0, r.stderr
    r = cli("--db", db, "records", "export", tmp_path / "out.xlsx")
    assert r.returncode == 0 and "trainings: 1" in r.stdout, r.stdout
    for bad in ([{"role": "can_bo", "level": "xa", "attendees": 12}], [{"role": "can_bo", "level": "xa",
                 "attendees": "12", "persons": 10}], {"can_bo": 12}):
        r = cli("--db", db, "records", "add", "training", "--file",
                _write(tmp_path / "bad.json", {**training, "participants": bad}))
        assert r.returncode == 2 and "participants: must be a list of objects with role, level" in r.stderr, r.stderr
    r = cli("--db", db, "records", "export", tmp_path / "out2.xlsx")
    assert "trainings: 1" in r.stdout
