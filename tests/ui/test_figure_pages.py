"""Base figures and hand-entered indicators in the window: what is missing is said with a way to enter it, the
forms keep each value in its shape, a refusal is shown in the form, a signed period stays read-only."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commune_desk.domain.hand_values import ManualValue
from commune_desk.domain.period_state import PeriodState
from commune_desk.domain.populations import PopulationEntry
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.manual_values import ManualValueRepository
from commune_desk.storage.period_repo import PeriodStateRepository
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.storage.population_repo import PopulationRepository
from tests.ui.conftest import TODAY
from tests.ui.plan_fixtures import plan_for_year
from commune_desk.app_wiring import Stores


def _pops(db):
    return PopulationRepository(db, "user", today=lambda: TODAY, catalogues=default_catalogues())


def _shot(widget, name):
    folder = os.environ.get("COMMUNE_DESK_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def test_populations_page_lists_figures_and_what_is_missing(qtbot, repos):
    from commune_desk.ui.views.populations_view import PopulationsView

    pops = _pops(repos.db)
    pops.set(PopulationEntry(2026, "staff", 12, date(2026, 1, 5), "QĐ 03/QĐ-UBND", "cong_tac_vien", "thon"))
    pops.set(PopulationEntry(2026, "staff", 9, date(2026, 1, 5), "QĐ 03/QĐ-UBND", "can_bo", "xa"))
    view = PopulationsView(pops, default_catalogues(), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    texts = [[view.table.item(r, c).text() for c in range(6)] for r in range(view.table.rowCount())]
    assert ["Staff working on prostitution prevention", "Cộng tác viên, Thôn, tổ dân phố", "12"] == texts[1][:3]
    assert "in force on 20/11/2026" in texts[0][5]
    assert view.table.item(0, 4).toolTip().startswith("Entered by user on ")
    missing = [t[0] for t in texts if t[2] == "not entered"]
    assert missing == ["Residents", "Households", "Workers at prone businesses", "Teachers", "Pupils"]
    assert "<b>21</b>" in view.summary.text() and "Not entered for 2026" in view.summary.text()
    _shot(view, "populations.png")
    # Double-click a missing row: the form opens at that population; a bad source is shown in the form.
    row = next(r for r, t in enumerate(texts) if t[0] == "Teachers")
    view.table.cellDoubleClicked.emit(row, 0)
    dialog = view.dialog
    qtbot.addWidget(dialog)
    assert dialog.kind.value() == "teachers" and not dialog.role.isEnabled()
    dialog.value.edit.setText("84")
    dialog.save()
    assert "source" in dialog.errors.labels and dialog.errors.text("source").startswith("is required")
    dialog.source.setText("Báo cáo đầu năm học của Trường THCS")
    dialog.as_of.setDate(date(2025, 9, 15))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [e.value for e in pops.list(2026) if e.kind == "teachers"] == [84]
    assert "Teachers" not in view.summary.text().split("Not entered")[1]


def test_lowering_staff_below_persons_trained_is_refused_in_the_form(qtbot, repos):
    from commune_desk.domain.records.types import Training, TrainingLine
    from commune_desk.storage.repos import KINDS, RecordRepository
    from commune_desk.ui.dialogs.population_dialog import PopulationDialog

    pops = _pops(repos.db)
    pops.set(PopulationEntry(2026, "staff", 10, date(2026, 1, 5), "QĐ", "can_bo", "xa"))
    RecordRepository(repos.db, "u", KINDS["training"], today=lambda: TODAY, catalogues=default_catalogues()).add(
        Training(date(2026, 4, 2), "nghiep_vu", "Lớp", participants=(TrainingLine("can_bo", "xa", 9, 8),)))
    dialog = PopulationDialog(pops, default_catalogues(), year=2026, preset=("staff", "can_bo", "xa"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.value.edit.setText("7")
    dialog.source.setText("QĐ sửa")
    dialog.as_of.setDate(date(2026, 1, 5))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "8 persons (Cán bộ, Cấp xã) were already trained" in dialog.errors.text("value")


def test_hand_values_page_enters_each_shape_and_links_to_a_missing_population(qtbot, repos):
    from commune_desk.ui.views.hand_values_view import HandValuesView

    PlanRepository(repos.db, "user").store(plan_for_year(2026))
    asked = []
    view = HandValuesView(Stores(repos.db, "user").services.figures, values=Stores(repos.db, "user").manual_values, today=lambda: TODAY, enter_population=lambda k, y: asked.append((k, y)))
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    codes = [r.definition.code for r in view.rows]
    assert {"WORKERS_REACHED", "TEACHERS_REACHED", "PLAN_BUILT", "VIOLATIONS_HANDLED"} <= set(codes)
    assert "Base figure not entered for:" in view.summary.text()
    _shot(view, "hand_values.png")
    # A yes/no: a choice of Yes/No, no denominator.
    dialog = view.enter_code("PLAN_BUILT")
    qtbot.addWidget(dialog)
    assert dialog.denominator is None and dialog.numerator.count() == 3
    dialog.numerator.set_value("1")
    dialog.evidence.setText("Kế hoạch số 05/KH-UBND ngày 25/01/2026")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ManualValueRepository(repos.db, "u").get("PLAN_BUILT", "2026")
    assert (saved.numerator, saved.denominator, saved.entered_by) == (1, None, "user")
    # Persons of a population nobody entered: the form says so and offers to enter it.
    dialog = view.enter_code("TEACHERS_REACHED")
    qtbot.addWidget(dialog)
    assert "base figure not entered" in dialog.population_line.text()
    dialog.findChild(type(view.enter_button), "enterPopulation").click()
    assert asked == [("teachers", 2026)]
    # A share: the numerator may not pass the denominator; the refusal stays in the form.
    dialog = view.enter_code("VIOLATIONS_HANDLED")
    qtbot.addWidget(dialog)
    dialog.numerator.edit.setText("5")
    dialog.denominator.edit.setText("4")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "must not exceed the denominator (4)" in dialog.errors.text("numerator")


def test_a_value_of_a_signed_period_opens_read_only(qtbot, repos):
    from commune_desk.ui.views.hand_values_view import HandValuesView

    PlanRepository(repos.db, "user").store(plan_for_year(2026))
    ManualValueRepository(repos.db, "u").set(ManualValue("PLAN_BUILT", "2026", 1))
    PeriodStateRepository(repos.db, "u").set(PeriodState("2026", "signed", 1, "x", date(2025, 12, 15),
                                                         date(2026, 12, 14)))
    view = HandValuesView(Stores(repos.db, "user").services.figures, values=Stores(repos.db, "user").manual_values, today=lambda: TODAY)
    qtbot.addWidget(view)
    dialog = view.enter_code("PLAN_BUILT")
    qtbot.addWidget(dialog)
    assert dialog.lock_banner.isVisibleTo(dialog) and "2026" in dialog.lock_banner.text()
    assert not dialog.save_button.isVisibleTo(dialog) and not dialog.numerator.isEnabled()


def test_home_says_what_is_missing_and_leads_to_it(qtbot, repos):
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.ui.views.home_view import HomeView

    PlanRepository(repos.db, "user").store(plan_for_year(2026))
    ManualValueRepository(repos.db, "u").set(ManualValue("WORKERS_REACHED", "2026", 30))
    view = HomeView(lambda: from_database(repos.db, TODAY))
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    assert view.missing.isVisibleTo(view)
    assert "Base figure not entered: Workers at prone businesses 2026 (CT3)" in view.missing.text.text()
    row = next(r for r in range(view.targets.rowCount())
               if view.targets.item(r, 0).data(Qt.ItemDataRole.UserRole) == "CT3")
    assert view.targets.item(row, 2).text() == "30 / ? — base figure not entered"
    assert view.status_names["no_data"] == view.targets.item(row, 4).text()
    with qtbot.waitSignal(view.enterPopulationRequested) as caught:
        view.missing.population_button.click()
    assert caught.args == ["workers", 2026]
    with qtbot.waitSignal(view.enterValueRequested) as caught:
        view.missing.value_button.click()
    assert caught.args[0] in {t.indicator for t in plan_for_year(2026).targets}


@pytest.mark.usefixtures("qapp")
def test_the_window_opens_the_form_at_the_missing_figure(qtbot, demo_db):
    from commune_desk.app import build_areas
    from commune_desk.ui.main_window import MainWindow

    PlanRepository(demo_db, "user").store(plan_for_year(2026))
    window = MainWindow()
    qtbot.addWidget(window)
    areas = build_areas(window, demo_db, today=lambda: TODAY)
    areas.home.enterPopulationRequested.emit("teachers", 2026)
    page = window.page("populations")
    assert window.current_area() == "populations" and page.dialog.kind.value() == "teachers"
    page.dialog.reject()
    areas.home.enterValueRequested.emit("TEACHERS_REACHED")
    values = window.page("hand_values")
    assert window.current_area() == "hand_values"
    assert values.dialog.row.definition.code == "TEACHERS_REACHED"
    values.dialog.reject()


@pytest.mark.skipif(not os.environ.get("COMMUNE_DESK_SCREENSHOTS"), reason="set COMMUNE_DESK_SCREENSHOTS=DIR")
def test_screenshots_of_base_figures_and_hand_values_in_vietnamese(qtbot, tmp_path, vietnamese):
    """The guide's pictures: the demo with its teachers' figure withdrawn, so the home says what is missing."""
    from commune_desk.app import build_areas
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.database import open_database
    from commune_desk.ui.main_window import MainWindow

    folder = os.environ["COMMUNE_DESK_SCREENSHOTS"]
    db = open_database(tmp_path / "demo.db")
    try:
        create_demo(db, year=2026, seed=1, force=False, actor="user", today=TODAY, with_plan=True)
        pops = _pops(db)
        pops.withdraw(next(e.id for e in pops.list(2026) if e.kind == "teachers"))
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1280, 860)
        build_areas(window, db, today=lambda: TODAY)
        window.show()
        qtbot.waitExposed(window)
        home = window.page("home")
        assert "Chưa nhập số liệu nền: Giáo viên 2026 (CT04)" in home.missing.text.text()
        home.missing.scroll_into_view = None
        window.grab().save(os.path.join(folder, "home_missing_figure.png"))
        window.show_area("populations")
        window.page("populations").enter(("teachers", "", ""), year=2026)
        qtbot.waitExposed(window.page("populations").dialog)
        window.grab().save(os.path.join(folder, "populations.png"))
        window.page("populations").dialog.grab().save(os.path.join(folder, "population_dialog.png"))
        window.page("populations").dialog.reject()
        window.show_area("hand_values")
        view = window.page("hand_values")
        dialog = view.enter_code("WORKERS_REACHED")
        qtbot.waitExposed(dialog)
        window.grab().save(os.path.join(folder, "hand_values.png"))
        dialog.grab().save(os.path.join(folder, "hand_value_dialog.png"))
        dialog.reject()
        window.show_area("training")
        training = window.page("training")
        training.select_id(training.model.record(training.model.count - 1).id)
        form = training.make_dialog(training.selected_record())
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.grab().save(os.path.join(folder, "dialog_training.png"))
        form.reject()
    finally:
        db.dispose()
