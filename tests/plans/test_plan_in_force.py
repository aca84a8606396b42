"""Issue 15 item 10: the plan in force. Another plan for a year that has one needs --replace (the window asks),
naming the plan that stops being in force; `plan activate` puts an earlier one back (audited); a plan made for
another year, province or issuer needs --accept-mismatch (the window asks: its tick box), each difference named."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, strategies as st

from commune_desk.domain.profile import Profile

from .helpers import SAMPLE_001, mutate
from commune_desk.app_wiring import Stores

PROFILE = {
    "official_name": "Ủy ban nhân dân xã Hoàng Đồng",
    "kind": "xã",
    "name": "Hoàng Đồng",
    "unit_code": "06001",
    "province": "Lạng Sơn",
    "receiving_office": "Sở Y tế tỉnh Lạng Sơn",
    "residential_units": [{"code": "T01", "name": "Thôn 1", "kind": "thôn"}],
}


def _settings(wb, **values):
    ws = wb["settings"]
    header = [c.value for c in ws[1]]
    for key, value in values.items():
        ws.cell(2, header.index(key) + 1).value = value


def _plan(tmp_path, name, **values):
    # The sample is the city of Lạng Sơn's 2024 plan; made this year's and addressed to this commune's office.
    base = {"year": date.today().year, "receiving_office": "Sở Y tế tỉnh Lạng Sơn"}

    def change(wb):
        _settings(wb, **{**base, **values})
        wb["deadlines"]["B3"], wb["deadlines"]["B4"] = "05/06", "15/11"  # dated deadlines without a year

    return mutate(SAMPLE_001, tmp_path / name, change)


def _db(tmp_path, cli):
    db = tmp_path / "c.db"
    (tmp_path / "profile.json").write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    assert cli("--db", db, "profile", "set", "--file", tmp_path / "profile.json").returncode == 0
    return db


def _in_force(cli, db) -> str:
    r = cli("--db", db, "plan", "show", "--date", f"{date.today().year}-06-01")
    return r.stdout.split(" ", 1)[0]


def test_another_plan_needs_replace_and_activate_puts_the_first_back(tmp_path, cli):
    db = _db(tmp_path, cli)
    first = _plan(tmp_path, "a.xlsx", plan_id="KH-A")
    second = _plan(tmp_path, "b.xlsx", plan_id="KH-B", title="Kế hoạch B")
    assert cli("--db", db, "plan", "import", first).returncode == 0
    r = cli("--db", db, "plan", "import", second, "--dry-run")
    assert r.returncode == 0 and "WARNING: plan KH-A version 1" in r.stdout and "needs --replace" in r.stdout
    r = cli("--db", db, "plan", "import", second)
    assert r.returncode == 2 and "plan KH-A version 1" in r.stderr and "stops being in force" in r.stderr
    assert _in_force(cli, db) == "KH-A"  # refused: nothing changed
    r = cli("--db", db, "plan", "import", second, "--replace")
    assert r.returncode == 0 and _in_force(cli, db) == "KH-B"
    r = cli("--db", db, "plan", "import", first, "--replace")  # re-importing A changes nothing …
    assert "already imported; no change" in r.stdout and _in_force(cli, db) == "KH-B"
    r = cli("--db", db, "plan", "activate", "KH-A")  # … activating it does
    assert r.returncode == 0 and _in_force(cli, db) == "KH-A"
    r = cli("--db", db, "plan", "activate", "KH-X")
    assert r.returncode == 2 and "no stored plan KH-X" in r.stderr and "KH-B v1" in r.stderr
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.database import open_database

    entries = [e for e in AuditLog(open_database(db)).entries() if e.action == "activate"]
    assert len(entries) == 1 and "KH-B" in str(entries[0].before) and "KH-A" in str(entries[0].after)
    # A new version of B, imported later, is in force again (the choice ends with a new import).
    newer = _plan(tmp_path, "b2.xlsx", plan_id="KH-B", title="Kế hoạch B", version=2)
    assert cli("--db", db, "plan", "import", newer, "--replace").returncode == 0 and _in_force(cli, db) == "KH-B"


def test_a_plan_of_another_province_or_year_needs_accept_mismatch(tmp_path, cli):
    db = _db(tmp_path, cli)
    foreign = _plan(
        tmp_path,
        "hue.xlsx",
        issuing_office="Ủy ban nhân dân tỉnh Thừa Thiên Huế",
        receiving_office="Sở Y tế tỉnh Thừa Thiên Huế",
    )
    r = cli("--db", db, "plan", "import", foreign)
    assert r.returncode == 2
    assert "issued by Ủy ban nhân dân tỉnh Thừa Thiên Huế, which does not name your province (Lạng Sơn)" in r.stderr
    assert "no plan is in force" in cli("--db", db, "plan", "show").stderr
    r = cli("--db", db, "plan", "import", foreign, "--accept-mismatch")
    assert r.returncode == 0, r.stderr


@given(st.integers(min_value=2000, max_value=2100))
def test_a_plan_of_any_other_year_than_this_one_is_a_mismatch(year):
    from dataclasses import replace

    from commune_desk.services.demo_data.demo_plan import demo_plan
    from commune_desk.services.plans.plan_warnings import import_warnings

    profile = Profile(province="Lạng Sơn", receiving_office="Sở Y tế tỉnh Lạng Sơn")
    plan = replace(demo_plan(2026, profile), year=year, issuing_office="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
    kinds = {w.where for w in import_warnings(plan, None, profile, date(2026, 12, 5))}
    assert ("year" in kinds) == (year != 2026) and "province" not in kinds  # case and diacritics folded


def test_the_window_names_each_change_and_imports_only_when_ticked(tmp_path, cli, qtbot):
    from commune_desk.storage.database import open_database
    from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog

    path = _db(tmp_path, cli)
    assert cli("--db", path, "plan", "import", _plan(tmp_path, "a.xlsx", plan_id="KH-A")).returncode == 0
    other = _plan(tmp_path, "b.xlsx", plan_id="KH-B", issuing_office="Ủy ban nhân dân tỉnh Cao Bằng")
    db = open_database(path)
    dialog = PlanImportDialog(Stores(db, "t").services.plans, profiles=Stores(db, "t").profiles, volumes=lambda: [])
    qtbot.addWidget(dialog)
    dialog.choose(other)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
    assert {w.where for w in dialog.warning_list} >= {"issuer", "replaces"}
    assert not dialog.import_button.isEnabled()
    dialog.run_import()  # not ticked: nothing happens
    dialog.wait()
    assert _in_force(cli, path) == "KH-A"
    dialog.warned.setChecked(True)  # the officer read the warnings: the service is told so
    dialog.run_import()
    dialog.wait()
    qtbot.wait(50)
    assert _in_force(cli, path) == "KH-B"
    db.dispose()
