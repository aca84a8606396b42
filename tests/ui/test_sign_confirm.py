"""Item 3 of issue 18: signing is a deliberate act. A confirmation shows the period, the window it locks, the
cut-off, what goes in and the key figures, warns in red when the period has not ended, and signs nothing unless
ticked; after signing the package is listed as checked valid and the home shows the period as sent."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commune_desk.domain.periods import Period
from tests.ui.conftest import TODAY
from tests.ui.screens import agree
from commune_desk.app_wiring import Stores

PASSWORD = "mat-khau-ky-so"


def _view(qtbot, db, tmp_path, today: date = TODAY):
    from commune_desk.services.packages.signing_keys import create_identity, save_p12
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.views.package_view import PackageView

    profile = ProfileRepository(db, "t").get()
    key_path = tmp_path / "unit.p12"
    save_p12(key_path, create_identity(profile.official_name, profile.unit_code), PASSWORD, overwrite=True)
    stores = Stores(db, "user")
    view = PackageView(
        stores.services.packages,
        reporting=stores.services.reports,
        receipts=stores.receipts,
        profiles=stores.profiles,
        today=lambda: today,
        key_path=key_path,
    )
    qtbot.addWidget(view)
    return view


def _count_dated(db, first: date, last: date) -> int:
    """The records dated in [first, last], counted the long way: every repository's own list."""
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.repos.base import RecordRepository
    from commune_desk.storage.repos.kinds import KINDS

    n = 0
    for kind in KINDS.values():
        if kind.entity == "model_figures":
            continue
        if kind.date_field:
            repo = RecordRepository(db, "t", kind, catalogues=default_catalogues())
            n += sum(1 for r in repo.list() if (d := getattr(r, kind.date_field)) and first <= d <= last)
    # a model's quarterly figures: the window holds its quarter's first data day (the plan's quarter) and the day
    # the figures are counted to (kept inside that quarter; empty: its last day)
    scheme = PlanRepository(db, "t").scheme()
    for r in RecordRepository(db, "t", KINDS["model_figures"], catalogues=default_catalogues()).list():
        qs, qe = scheme.window(Period.parse(r.quarter))
        known = qe if r.counted_to is None else min(max(r.counted_to, qs), qe)
        n += first <= qs <= last and known <= last
    return n


def test_the_preview_is_what_signing_then_locks(qtbot, demo_db, tmp_path):
    from commune_desk.services.packages.sign_preview import preview

    q4 = Period.parse("2026-Q4")
    before = preview(demo_db, q4, day=TODAY, today=TODAY)
    assert not before.ended and before.days_left == (before.period_window[1] - TODAY).days > 0
    assert before.window[1] <= TODAY < before.period_window[1]  # it locks only to the day of signing
    assert before.records == _count_dated(demo_db, *before.window) > 0
    assert before.figures and all(f.label for f in before.figures)
    view = _view(qtbot, demo_db, tmp_path)
    view.select("2026-Q4")
    seen = []
    assert view.sign_selected(tmp_path, password=PASSWORD, confirm=lambda parent, p: seen.append(p) or agree(parent, p))
    qtbot.waitUntil(lambda: not view.busy() and view.sign_button.isEnabled(), timeout=120_000)
    state = view.state_of("2026-Q4")
    assert seen == [before]  # the dialog was shown this preview
    assert (state.state, state.window_start, state.window_end) == ("signed", *before.window)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.dates(date(2025, 1, 1), date(2027, 12, 31)), length=st.integers(0, 400))
def test_the_locked_count_is_every_record_in_the_window(demo_db, first, length):
    """Property: records_dated agrees with counting every repository's list, for any window."""
    from commune_desk.storage.period_repo import PeriodStateRepository

    last = first + timedelta(days=length)
    assert PeriodStateRepository(demo_db, "t").records_dated(first, last) == _count_dated(demo_db, first, last)


def test_the_dialog_warns_and_signs_nothing_unless_ticked(qtbot, demo_db, vietnamese):
    from commune_desk.ui.dialogs.sign_confirm_dialog import SignConfirmDialog, signing_preview

    q4, refused = signing_preview(Stores(demo_db, "t").services.packages, "2026-Q4", TODAY)
    assert q4 is not None, refused
    dialog = SignConfirmDialog(q4)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.warning.text()
    assert dialog.warning.isVisible() and "chưa kết thúc" in warning
    assert f"{q4.period_window[1]:%d/%m/%Y}" in warning and f"{q4.window[1]:%d/%m/%Y}" in warning
    locked = dialog.findChild(type(dialog.warning), "lockedWindow").text()
    assert (
        f"{q4.window[0]:%d/%m/%Y} – {q4.window[1]:%d/%m/%Y}" in locked and f"{q4.records:,}".replace(",", ".") in locked
    )
    assert dialog.figures.rowCount() == len(q4.figures) > 0
    assert "Quý IV năm 2026" in dialog.windowTitle()
    assert not dialog.sign_button.isEnabled()
    dialog.accept()  # Enter, or anything else, without the tick: still open
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button is Cancel
    assert dialog.result() == QDialog.DialogCode.Rejected
    # a period that has ended: no red warning, a plain agreement
    q3, _ = signing_preview(Stores(demo_db, "t").services.packages, "2026-Q3", TODAY)
    ended = SignConfirmDialog(q3)
    qtbot.addWidget(ended)
    ended.show()
    assert q3.ended and not ended.warning.isVisible()
    ended.agree.setChecked(True)
    ended.sign_button.click()
    assert ended.result() == QDialog.DialogCode.Accepted


def test_declining_signs_and_locks_nothing(qtbot, demo_db, tmp_path):
    view = _view(qtbot, demo_db, tmp_path)
    view.select("2026-Q3")
    out = tmp_path / "out"
    out.mkdir()
    assert not view.sign_selected(out, password=PASSWORD, confirm=lambda parent, p: False)
    assert view.state_of("2026-Q3").state == "draft" and list(out.iterdir()) == []
    assert "Not signed" in view.status.text()


def test_a_period_not_started_is_refused_before_asking(qtbot, demo_db, tmp_path):
    summer = date(2026, 8, 1)
    view = _view(qtbot, demo_db, tmp_path, today=summer)
    asked = []
    view.select("2026-Q4")  # starts 15/09/2026: not started on 01/08/2026
    assert Period.parse("2026-Q4").start > summer
    assert not view.sign_selected(tmp_path, password=PASSWORD, confirm=lambda parent, p: asked.append(p))
    assert asked == [] and "Not signed" in view.status.text()


def test_after_signing_the_package_is_listed_valid(qtbot, demo_db, tmp_path):
    view = _view(qtbot, demo_db, tmp_path)
    view.select("2026-Q3")
    assert view.sign_selected(tmp_path, password=PASSWORD, confirm=agree)
    qtbot.waitUntil(lambda: view.verify_result is not None and not view.busy(), timeout=120_000)
    assert view.verify_result.valid and view.verify_summary.text().startswith("VALID")
    assert view.verify_result.path == view.last_result.path or str(view.verify_result.path) == str(
        view.last_result.path
    )
    assert view.packages.item(0, 1).text() == "signed — checked: VALID"


def test_the_home_shows_a_signed_period_as_sent(qtbot, demo_db, tmp_path, vietnamese):
    """Signed through the screen, the quarter's deadline on the home turns into "đã gửi ngày …"."""
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.ui.views.home_view import HomeView
    from tests.ui.plan_fixtures import plan_for_year

    PlanRepository(demo_db, "test").store(plan_for_year(2026))
    home = HomeView(lambda: from_database(demo_db, TODAY))
    qtbot.addWidget(home)
    home.refresh()
    due = home.deadlines.text()
    assert "Quý IV năm 2026" in due and "còn 20 ngày" in due
    view = _view(qtbot, demo_db, tmp_path)
    view.select("2026-Q4")
    assert view.sign_selected(tmp_path, password=PASSWORD, confirm=agree)
    qtbot.waitUntil(lambda: not view.busy() and view.sign_button.isEnabled(), timeout=120_000)
    home.refresh()
    q4 = next(line for line in home.deadlines.text().split("<br>") if "Quý IV năm 2026" in line)
    assert "còn 20 ngày" not in q4 and "đã gửi ngày" in q4  # the day the ledger wrote (the computer's clock)
