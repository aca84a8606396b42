"""Issue 18 item 7: a record form's calendar greys the days saving would refuse: after today, and those inside the
data window of a signed period; the field's value is never moved by it."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.domain.period_state import PeriodState, may_edit
from commune_desk.ui.dialogs.date_field import DateEdit
from tests.ui.conftest import TODAY

SIGNED = PeriodState("2026-Q3", "signed", 1, "d" * 64, date(2026, 6, 15), date(2026, 9, 14))


def _training_form(demo_db, tmp_path):
    from commune_desk.storage.period_repo import PeriodStateRepository
    from tests.ui.screens import Tour

    PeriodStateRepository(demo_db, "test").set(SIGNED)
    tour = Tour(demo_db, tmp_path / "files")
    tour.window.show_area("training")
    view = tour.window.page("training")
    return tour, view.make_dialog(), view._repo.kind.date_field


def test_the_days_of_a_signed_period_are_grey_in_a_new_records_calendar(qtbot, demo_db, tmp_path):
    tour, dialog, day_field = _training_form(demo_db, tmp_path)
    try:
        field = dialog.fields[day_field]
        assert isinstance(field, DateEdit)
        shown = field.date()
        calendar = field.calendar
        assert calendar.refused(date(2026, 6, 15)) and calendar.refused(date(2026, 9, 14))
        assert not calendar.refused(date(2026, 6, 14)) and not calendar.refused(date(2026, 9, 15))
        assert calendar.refused(TODAY + timedelta(days=1))  # after today, as before
        assert "signed" in calendar.toolTip()
        assert field.date() == shown  # greying never moves the value
    finally:
        dialog.close()
        tour.window.close()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(date(2025, 1, 1), date(2026, 11, 20)))
def test_grey_exactly_when_saving_would_refuse(qtbot, day):
    field = DateEdit(latest=TODAY, earliest=date(2000, 1, 1))
    qtbot.addWidget(field)
    states = [SIGNED]
    field.refuse_also(lambda d: "" if may_edit(d, states).allowed else "signed")
    assert field.calendar.refused(day) == (not may_edit(day, states).allowed)
