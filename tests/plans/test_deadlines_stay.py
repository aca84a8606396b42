"""Issue 15 item 8: an overdue report stays on the home dashboard until its package is made; a made package marks
the period sent (and acknowledged once the office's receipt is imported) — on a real demo database with its plan."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from commune_desk.domain.periods import Period
from commune_desk.services.targets.dashboard import dashboard

TODAY = date(2026, 11, 20)


@pytest.fixture
def planned_db(db):
    from commune_desk.services.demo_data.demo import create_demo

    create_demo(db, year=2026, seed=7, force=False, actor="t", today=TODAY, with_plan=True)
    return db


def _codes(rows) -> list[str]:
    return [d.period.code for d in rows]


def _sign_q3(db, tmp_path):
    from commune_desk.services.packages.period_lifecycle import sign
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.profile_repo import ProfileRepository

    profile = ProfileRepository(db, "t").get()
    sign(db, Period.parse("2026-Q3"), tmp_path / "usb", create_identity(profile.official_name, profile.unit_code),
         actor="t", day=date(2026, 10, 8))


def test_overdue_reports_stay_until_packaged_then_show_as_sent(planned_db, tmp_path, qapp):
    before = dashboard(planned_db, TODAY, deadlines=2)
    overdue = [d for d in before.deadlines if d.status == "overdue"]
    # Every report of the year due before today and never packaged stays listed, before the pending ones.
    assert {"2026-Q1", "2026-H1", "2026-Q2", "2026-Q3"} <= set(_codes(overdue))
    assert all(d.days_left < 0 for d in overdue) and before.sent == ()
    assert [d.status for d in before.deadlines] == ["overdue"] * len(overdue) + ["pending"] * (
        len(before.deadlines) - len(overdue))

    _sign_q3(planned_db, tmp_path)
    after = dashboard(planned_db, TODAY, deadlines=2)
    assert _codes(after.deadlines) == [c for c in _codes(before.deadlines) if c != "2026-Q3"]
    [(sent, acknowledged)] = after.sent
    local_today = datetime.now(timezone.utc).astimezone().date()
    assert sent.period.code == "2026-Q3" and sent.sent_on == local_today and acknowledged is None
    assert sent.status == ("late" if local_today > sent.due else "on_time")


def test_the_home_page_lists_overdue_in_red_and_sent_in_green(planned_db, tmp_path, qtbot):
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.ui.views.home_view import HomeView

    _sign_q3(planned_db, tmp_path)
    view = HomeView(lambda: from_database(planned_db, TODAY))
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.dashboard is not None)
    text = view.deadlines.text()
    assert "#c62828" in text and "overdue by" in text                 # an unsent, overdue report in red
    line = next(x for x in text.split("<br>") if "sent on" in x)
    assert "#2e7d32" in line and "no receipt from the office yet" in line
