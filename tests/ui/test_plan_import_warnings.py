"""Item 6 of issue 18: a valid plan that may be the wrong one (another year, another province or issuer, one
replacing the plan in force) is named in amber and needs a confirmation; one message per problem cell; column
names in Vietnamese with their code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from commune_desk.domain.profile import Profile
from commune_desk.services.plans.plan_warnings import import_warnings
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog
from tests.plans.helpers import mutate, snapshot
from tests.ui.conftest import TODAY
from tests.ui.plan_fixtures import plan_for_year, write_plan
from commune_desk.app_wiring import Stores

ROOT = Path(__file__).resolve().parents[2]
LANG_SON_2024 = ROOT / "resources" / "plans" / "plan_001_lang_son_2024.xlsx"


def _dialog(qtbot, db):
    dialog = PlanImportDialog(
        Stores(db, "test").services.plans, profiles=Stores(db, "test").profiles, volumes=lambda: [], today=lambda: TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(qtbot, dialog, path):
    dialog.choose(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.problems.rowCount() > 0, timeout=30000)


def test_a_2024_plan_of_another_province_is_named_in_amber_and_waits_for_a_tick(qtbot, demo_db, vietnamese):
    """The demo commune (Nghệ An, 2026) and the Lạng Sơn plan of 2024: the issue saw it offered with a green light."""
    before = snapshot(demo_db)
    dialog = _dialog(qtbot, demo_db)
    _preview(qtbot, dialog, LANG_SON_2024)
    assert dialog.preview is not None and dialog.preview.ok
    text = dialog.warnings.text()
    assert dialog.warnings.isVisible() and "#fff3cd" in dialog.warnings.styleSheet()
    assert "2024" in text and "2026" in text  # another year
    assert "Lạng Sơn" in text and "Nghệ An" in text  # another province
    assert not dialog.import_button.isEnabled()
    dialog.run_import()  # without the tick: nothing happens
    assert snapshot(demo_db) == before
    dialog.warned.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()


def test_another_issuer_replacing_the_plan_in_force_is_named(qtbot, db, tmp_path):
    plan = plan_for_year(2026)
    PlanRepository(db, "test").store(plan)
    other = replace(plan, plan_id="NA-2026-12", issuing_office="Ủy ban nhân dân huyện Khác")
    path = write_plan(tmp_path / "khac.xlsx", other)
    dialog = _dialog(qtbot, db)
    _preview(qtbot, dialog, path)
    codes = [w.where for w in dialog.warning_list]
    assert codes == ["issuer", "replaces"], codes
    assert plan.issuing_office in dialog.warnings.text() and "Khác" in dialog.warnings.text()
    assert not dialog.import_button.isEnabled()


def test_the_right_plan_imports_without_a_warning(qtbot, db, tmp_path):
    path = write_plan(tmp_path / "dung.xlsx", plan_for_year(2026))
    dialog = _dialog(qtbot, db)
    _preview(qtbot, dialog, path)
    assert dialog.warning_list == [] and not dialog.warnings.isVisible() and dialog.import_button.isEnabled()


def test_a_formula_cell_gets_one_message_and_columns_are_named_in_vietnamese(qtbot, db, tmp_path, vietnamese):
    source = write_plan(tmp_path / "v1.xlsx", plan_for_year(2026))

    def formula(wb):
        ws = wb["targets"]
        column = next(c.column_letter for c in ws[1] if c.value == "value")
        ws[f"{column}2"] = "=10*3"

    bad = mutate(source, tmp_path / "cong_thuc.xlsx", formula)
    dialog = _dialog(qtbot, db)
    _preview(qtbot, dialog, bad)
    rows = [[dialog.problems.item(r, c).text() for c in range(5)] for r in range(dialog.problems.rowCount())]
    at_cell = [r for r in rows if r[0] == "targets" and r[1] == "2" and "value" in r[2]]
    assert len(at_cell) == 1, rows  # not also "a number … found nothing"
    assert at_cell[0][2].startswith("mức chỉ tiêu (value, ") and "công thức" in at_cell[0][3] + at_cell[0][4]


names = st.sampled_from(["Nghệ An", "NGHỆ AN", "nghe an", "Nghe  An"])
PLAN_2026 = plan_for_year(2026)


@settings(deadline=None)
@given(written=names, year=st.integers(2020, 2030))
def test_the_province_is_matched_without_case_or_diacritics(written, year):
    plan = replace(PLAN_2026, year=year, issuing_office=f"Ủy ban nhân dân tỉnh {written}")
    warnings = import_warnings(plan, None, Profile(name="Hòa Mỹ", unit_code="1", province="Nghệ An"), date(year, 6, 1))
    assert warnings == []
    other_year = import_warnings(plan, None, Profile(province="Nghệ An"), date(year + 1, 6, 1))
    assert [w.where for w in other_year] == ["year"]
