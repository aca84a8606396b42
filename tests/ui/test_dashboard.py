"""The dashboard (home): no-plan state, each target's figures and status, deadlines, chart, refresh on changes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from commune_desk.render import charts
from commune_desk.services.targets.indicators import evaluate_plan
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.services.targets.home_figures import from_database
from commune_desk.ui.views.home_view import HomeView, fmt_value
from tests.ui.conftest import TODAY, make_repos
from tests.ui.plan_fixtures import plan_for_year

Q4 = (date(2026, 9, 15), date(2026, 12, 14))     # cut-off rule 15 of plan 001: Q4 runs 15/09 – 14/12


def _home(qtbot, repos, db):
    view = HomeView(lambda: from_database(db, TODAY))
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _online_in_q4(db) -> int:
    with db.read() as s:
        dates = s.execute(text("SELECT activity_date FROM propaganda_activity WHERE form_code = 'mang_xa_hoi'"))
        return sum(1 for (d,) in dates if Q4[0] <= date.fromisoformat(str(d)[:10]) <= Q4[1])


def _row(view, code):
    from PySide6.QtCore import Qt

    for r in range(view.targets.rowCount()):
        if view.targets.item(r, 0).data(Qt.ItemDataRole.UserRole) == code:
            return [view.targets.item(r, c).text() for c in range(5)]
    raise AssertionError(code)


def test_without_a_plan_the_dashboard_offers_the_import(qtbot, demo_db):
    view = _home(qtbot, make_repos(demo_db), demo_db)
    assert view.empty_state.isVisible()
    assert "No plan imported yet" in view.empty_text.text()
    assert not view.targets.isVisible() and not view.chart.isVisible()
    with qtbot.waitSignal(view.importPlanRequested, timeout=1000):
        view.import_button.click()


def test_every_target_with_figures_status_deadlines_and_chart(qtbot, demo_db):
    plan = plan_for_year(2026)
    PlanRepository(demo_db, "test").store(plan)
    view = _home(qtbot, make_repos(demo_db), demo_db)
    assert not view.empty_state.isVisible()
    assert plan.title in view.plan_title.text()
    assert view.targets.rowCount() == len(plan.targets) == 12
    expected = {r.target.code: r for r in evaluate_plan(demo_db, plan, TODAY)}
    for code, result in expected.items():
        row = _row(view, code)
        assert row[4] == view.status_names[result.status], code
        assert row[0].startswith(f"{code}. {result.target.text}")
    # CT2 counts online posts in the quarter: the figure the test computes itself from the table.
    online = _online_in_q4(demo_db)
    assert _row(view, "CT2")[2] == str(online)
    # CT12: persons trained for the first time / the demo's staff, with numerator and denominator shown.
    ct12 = expected["CT12"]
    staff = ct12.value.denominator
    assert staff and ct12.value.numerator <= staff
    assert _row(view, "CT12")[2] == (f"{fmt_value(ct12.achieved, '%')} ({fmt_value(ct12.value.numerator, 'count')}"
                                     f"/{fmt_value(staff, 'count')})")
    assert _row(view, "CT3")[2] == "not entered"          # a manual indicator nobody entered
    # Next deadline: Q4 report due 10/12/2026, 20 days after 20/11/2026; the passed ones, never packaged, stay
    # listed as overdue (the yearly report was due 15/11/2026: 5 days ago).
    assert "10/12/2026" in view.deadlines.text() and "20 day" in view.deadlines.text()
    assert "15/11/2026 <b style='color:#c62828'>(overdue by 5 days)</b>" in view.deadlines.text()
    image = view.chart.image()
    assert image.width() == charts.WIDTH
    assert image.height() == 12 + 12 * charts.ROW_HEIGHT + 48
    assert view.chart.height() > 100


def test_dashboard_updates_when_records_change(qtbot, demo_db):
    from commune_desk.domain.propaganda import PropagandaActivity

    PlanRepository(demo_db, "test").store(plan_for_year(2026))
    repos = make_repos(demo_db)
    view = _home(qtbot, repos, demo_db)
    before = int(_row(view, "CT2")[2])
    chart_before = view.chart.image().copy()
    repos.propaganda.add(PropagandaActivity(date(2026, 11, 18), "mang_xa_hoi", "Bài đăng trên Zalo", 0, 0))
    view.hide()
    view.show()                                  # coming back to the home page re-reads the records
    assert int(_row(view, "CT2")[2]) == before + 1 == _online_in_q4(demo_db)
    from tests.propaganda import totals

    assert int(view.counts["activities"].text().replace(".", "").replace(",", "")) == totals(
        demo_db, repos.blank_filter().__class__(date(2026, 1, 1), date(2026, 12, 31)))[0]
    assert view.chart.image() != chart_before


def test_vietnamese_dashboard(qtbot, demo_db, vietnamese):
    PlanRepository(demo_db, "test").store(plan_for_year(2026))
    view = _home(qtbot, make_repos(demo_db), demo_db)
    assert view.targets.horizontalHeaderItem(3).text() == "Lũy kế từ đầu năm"
    assert "còn 20 ngày" in view.deadlines.text()
    statuses = {view.targets.item(r, 4).text() for r in range(view.targets.rowCount())}
    assert statuses <= {"Đạt", "Đúng tiến độ", "Có nguy cơ không đạt", "Không đạt",
                        "Chưa có số liệu", "Chỉ tiêu chung của cấp trên"}
    assert "Chỉ tiêu chung của cấp trên" in statuses          # sample plan 001's CT1: 25% of the city's communes


def test_target_rows_fit_their_text_at_the_width_the_window_gives_them(qtbot, demo_db):
    """Built before it is shown (the start-up's quick home), the table must still size rows for its final width."""
    from PySide6.QtWidgets import QMainWindow

    PlanRepository(demo_db, "t").store(plan_for_year(2026), source_name="ke_hoach.xlsx")
    view = HomeView(lambda: from_database(demo_db, TODAY))  # built at its default size, then put in a window
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = view.targets
    qtbot.waitUntil(lambda: table.columnWidth(0) > 400)
    qtbot.wait(50)
    shown = [table.rowHeight(r) for r in range(table.rowCount())]
    table.resizeRowsToContents()
    assert shown == [table.rowHeight(r) for r in range(table.rowCount())]
