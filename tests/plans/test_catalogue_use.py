"""A plan whose catalogues leave out codes that stored records of its year use is named before it is imported:
on the command line, in the dry run and in the window (amber, waiting for the tick); nothing else changes."""

from __future__ import annotations

from sqlalchemy import text

from commune_desk.services.plans.plan_import import preview
from tests.plans.helpers import snapshot
from tests.ui.plan_fixtures import plan_for_year, write_plan

KEPT = [{"code": "loa", "label": "Loa truyền thanh"}, {"code": "hop_dan", "label": "Họp dân"}]


def _used(db, sql):
    with db.read() as s:
        return dict(s.execute(text(sql)).all())


def test_the_codes_left_out_are_named_with_the_records_using_them(demo_db, tmp_path):
    path = write_plan(tmp_path / "plan.xlsx", plan_for_year(2026, catalogues={"activity_forms": KEPT}))
    forms = _used(
        demo_db,
        "SELECT form_code, count(*) FROM propaganda_activity WHERE activity_date "
        "BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY form_code",
    )
    missing = sorted(set(forms) - {"loa", "hop_dan"})
    assert len(missing) >= 2  # the demo uses more forms than the plan keeps
    before = snapshot(demo_db)
    result = preview(demo_db, path)
    assert result.ok and [(w.where, w.severity) for w in result.catalogue_use] == [
        ("sheet 'cat_activity_forms'", "warning")
    ]
    args = result.catalogue_use[0].args
    assert args["count"] == sum(forms[c] for c in missing) and args["year"] == 2026
    assert args["codes"].split(" (+")[0].split(", ") == missing[:5]
    assert snapshot(demo_db) == before


def test_a_plan_keeping_every_code_in_use_warns_nothing(demo_db, tmp_path):
    from commune_desk.services.plans.plan_catalogues import catalogues_for

    entries = [{"code": e.code, "label": e.label} for e in catalogues_for(demo_db, 2026)["activity_forms"].entries]
    path = write_plan(tmp_path / "plan.xlsx", plan_for_year(2026, catalogues={"activity_forms": entries}))
    assert preview(demo_db, path).catalogue_use == []
    other_year = write_plan(tmp_path / "2031.xlsx", plan_for_year(2031, catalogues={"activity_forms": KEPT}))
    assert preview(demo_db, other_year).catalogue_use == []  # no record of 2031 uses any code


def test_the_command_line_and_the_window_say_it(demo_db, tmp_path, cli, qtbot):
    from commune_desk.app_wiring import Stores
    from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog
    from tests.ui.conftest import TODAY

    path = write_plan(tmp_path / "plan.xlsx", plan_for_year(2026, catalogues={"activity_forms": KEPT}))
    dialog = PlanImportDialog(
        Stores(demo_db, "t").services.plans,
        profiles=Stores(demo_db, "t").profiles,
        volumes=lambda: [],
        today=lambda: TODAY,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
    assert "cat_activity_forms" in dialog.warnings.text() and "hoi_nghi" in dialog.warnings.text()
    assert not dialog.import_button.isEnabled()  # waits for "I have read these warnings"
    demo_db.dispose()
    r = cli("--db", demo_db.path, "plan", "import", "--dry-run", path)
    assert r.returncode == 0
    assert any(
        line.startswith("warning: sheet 'cat_activity_forms': the catalogue cat_activity_forms leaves out ")
        for line in r.stdout.splitlines()
    )
