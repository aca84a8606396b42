"""The CLI contract (docs/cli.md) as subprocesses: exit codes, messages naming the place, global options."""

import json

import pytest

from commune_desk import __version__

PROFILE = {
    "role": "commune", "kind": "xã", "name": "Hòa Mỹ", "unit_code": "26761", "province": "Thanh Hóa",
    "receiving_office": "Sở Y tế tỉnh Thanh Hóa",
    "signer": {"name": "Nguyễn Văn An", "title": "PHÓ CHỦ TỊCH", "authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"},
    "residential_units": [{"code": "T01", "name": "Thôn Đông", "kind": "thôn"},
                          {"code": "T02", "name": "Thôn Tây", "kind": "thôn"}],
}


def test_version(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"commune-desk {__version__}"


def test_profile_set_and_show_with_global_option_after_the_command(cli, tmp_path):
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "x.db"
    r = cli("profile", "set", "--file", f, "--db", db)
    assert r.returncode == 0, r.stderr
    r = cli("--db", db, "profile", "show")
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["official_name"] == "Ủy ban nhân dân xã Hòa Mỹ"
    assert [u["name"] for u in shown["residential_units"]] == ["Thôn Đông", "Thôn Tây"]


def test_db_from_environment(cli, tmp_path):
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "env.db"
    assert cli("profile", "set", "--file", f, env={"COMMUNE_DESK_DB": str(db)}).returncode == 0
    assert db.exists()


def test_bad_profile_names_every_field_and_changes_nothing(cli, tmp_path):
    f = tmp_path / "p.json"
    bad = dict(PROFILE, unit_code="", kind="huyện", residential_units=[{"code": "T01", "name": ""}])
    f.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "x.db"
    r = cli("--db", db, "profile", "set", "--file", f)
    assert r.returncode == 2
    for where in ("unit_code", "kind", "residential_units[1].name"):
        assert where in r.stderr
    assert not db.exists()          # refused before anything was made: no database by accident
    r = cli("--db", db, "profile", "show")
    assert r.returncode == 2 and "no database at" in r.stderr and not db.exists()


def test_broken_json_names_line_and_column(cli, tmp_path):
    f = tmp_path / "p.json"
    f.write_text('{"name": "Hòa Mỹ",\n  "unit_code": }', encoding="utf-8")
    r = cli("--db", tmp_path / "x.db", "profile", "set", "--file", f)
    assert r.returncode == 2 and "line 2" in r.stderr


def test_missing_file_is_a_usage_error(cli, tmp_path):
    r = cli("--db", tmp_path / "x.db", "profile", "set", "--file", tmp_path / "none.json")
    assert r.returncode == 2 and "none.json" in r.stderr


def test_unknown_command_is_usage_error(cli):
    r = cli("frobnicate")
    assert r.returncode == 2 and "invalid choice" in r.stderr


@pytest.mark.parametrize("cmd", [
    ["profile", "--help"], ["demo", "--help"], ["backup", "--help"], ["restore", "--help"],
    ["records", "import", "--help"], ["plan", "import", "--help"], ["report", "--help"],
    ["keys", "new", "--help"], ["package", "--help"], ["verify", "--help"],
    ["office", "trust", "add", "--help"], ["office", "intake", "--help"], ["office", "aggregate", "--help"],
    ["receipt", "write", "--help"],
])
def test_every_contract_command_has_help(cli, cmd):
    r = cli(*cmd)
    assert r.returncode == 0 and "usage:" in r.stdout


def test_demo_then_refuse_then_force(cli, tmp_path):
    db = tmp_path / "d.db"
    r = cli("--db", db, "demo", "--seed", "4", "--year", "2025")
    assert r.returncode == 0, r.stderr
    r = cli("--db", db, "demo", "--seed", "5")
    assert r.returncode == 2 and "--force" in r.stderr
    r = cli("--db", db, "demo", "--seed", "5", "--year", "2025", "--force")
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli("--db", db, "profile", "show").stdout)
    assert shown["is_demo"] is True


def test_encrypted_database_through_password_file(cli, tmp_path):
    db = tmp_path / "enc.db"
    pw = tmp_path / "pw.txt"
    pw.write_text("mật khẩu dài 2026\nignored second line\n", encoding="utf-8")
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    assert cli("--db", db, "--db-password-file", pw, "profile", "set", "--file", f).returncode == 0
    assert "Hòa Mỹ".encode() not in db.read_bytes()
    r = cli("--db", db, "profile", "show")
    assert r.returncode == 2 and "password" in r.stderr
    r = cli("--db", db, "profile", "show", env={"COMMUNE_DESK_DB_PASSWORD_FILE": str(pw)})
    assert r.returncode == 0 and "Hòa Mỹ" in r.stdout
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("sai\n", encoding="utf-8")
    r = cli("--db", db, "--db-password-file", wrong, "profile", "show")
    assert r.returncode == 2 and "password" in r.stderr


def test_backup_and_restore_commands(cli, tmp_path):
    db = tmp_path / "d.db"
    assert cli("--db", db, "demo", "--seed", "2", "--year", "2025").returncode == 0
    bk = tmp_path / "copy.db"
    r = cli("--db", db, "backup", bk)
    assert r.returncode == 0 and bk.exists(), r.stderr
    r = cli("--db", db, "restore", bk)
    assert r.returncode == 0, r.stderr
    assert "propaganda_activity" in r.stdout and "integrity ok" in r.stdout
    r = cli("--db", db, "restore", tmp_path / "missing.db")
    assert r.returncode == 2 and "missing.db" in r.stderr


def test_demo_brings_a_plan_addressed_to_its_own_province(cli, tmp_path):
    db = tmp_path / "d.db"
    assert cli("--db", db, "demo", "--seed", "6", "--year", "2026").returncode == 0
    profile = json.loads(cli("--db", db, "profile", "show").stdout)
    shown = cli("--db", db, "plan", "show", "--date", "2026-06-01")
    assert shown.returncode == 0, shown.stderr
    assert f"issued by Ủy ban nhân dân tỉnh {profile['province']}" in shown.stdout
    assert "CT01\tPROP_UNITS >= 100%" in shown.stdout and "CT16\tSTAFF_TRAINED >= 30%" in shown.stdout
    assert f"trên địa bàn tỉnh {profile['province']}" in shown.stdout.splitlines()[0]
    # The province's own plan, in its own words: no other city, no target of the superior level.
    assert "Lạng Sơn" not in shown.stdout and "8/8" not in shown.stdout and "phường, xã" not in shown.stdout
    # --force replaces a demo whose plan is protected against deletion, in one transaction
    assert cli("--db", db, "demo", "--seed", "8", "--year", "2026", "--force", "--no-plan").returncode == 0
    assert "DEMO-" not in cli("--db", db, "plan", "show", "--date", "2026-06-01").stdout


def test_demo_plan_has_the_manual_figures_an_officer_would_enter(tmp_path):
    from datetime import date

    from commune_desk.domain.indicators import CATALOGUE
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.database import open_database
    from commune_desk.storage.plan_repo import PlanRepository, ManualValueRepository

    db = open_database(tmp_path / "d.db")
    try:
        create_demo(db, year=2026, seed=5, force=False, actor="t", today=date(2026, 11, 20), with_plan=True)
        plan = PlanRepository(db, "t").active_for(date(2026, 6, 1))
        manual = {t.indicator for t in plan.targets if CATALOGUE[t.indicator].manual}
        values = ManualValueRepository(db, "t").of_year(2026)
        entered = {v.indicator for v in values}
        assert manual and manual <= entered
        from commune_desk.domain.hand_values import validate_manual

        assert all(not validate_manual(v) for v in values)         # each in its catalogue shape
        # STAFF_TRAINED's denominator is no hand value any more: the staff are a population of the year.
        assert "STAFF_TRAINED" not in entered
        from commune_desk.storage.population_repo import PopulationRepository

        kinds = {e.kind for e in PopulationRepository(db, "t").list(2026)}
        assert kinds == {"residents", "households", "workers", "teachers", "pupils", "staff"}
    finally:
        db.dispose()


def test_output_read_by_a_reader_that_stops_early_is_not_a_fault(tmp_path):
    """`commune-desk … | head -1`: the reader closes the pipe before the command has written everything. That is
    how a pipe ends, not a fault of ours: exit 0 and nothing on stderr (it was exit 3, "a fault in CommuneDesk")."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    db = tmp_path / "x.db"
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps(PROFILE), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "commune_desk", "--db", str(db), "profile", "set", "--file", str(profile)],
                   text=True, capture_output=True, check=True, cwd=ROOT)
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    try:
        done = subprocess.run([sys.executable, "-m", "commune_desk", "--db", str(db), "profile", "show"], stdout=write,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120)
    finally:
        os.close(write)
    assert done.returncode == 0, done.stderr
    assert "fault" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
