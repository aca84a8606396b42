"""The propaganda area as a user meets it, now one kind of the generic record stack: add through the form,
search, filter by period, delete and undo, history, the plan's cut-off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.ui.views.record_view import RecordView
from tests.ui.conftest import TODAY


def make_view(qtbot, repos) -> RecordView:
    from commune_desk.storage.repos.listing import RecordListing

    view = RecordView(
        "propaganda",
        repos.propaganda,
        RecordListing(repos.db, repos.propaganda.kind),
        repos.audit,
        repos.periods,
        catalogues=repos.propaganda.catalogues,
        units=repos.profiles.get().residential_units,
        today=lambda: TODAY,
    )
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def add(repos, title, day, participants=10, unit="", form="loa"):
    return repos.propaganda.add(
        PropagandaActivity(activity_date=day, form_code=form, title=title, participants=participants, unit_code=unit)
    )


def test_add_through_the_dialog_then_find_it_by_searching_without_diacritics(qtbot, repos):
    add(repos, "Phát tờ rơi ở chợ", date(2026, 2, 1))
    view = make_view(qtbot, repos)

    def fill_modal_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.fields["activity_date"].setDate(QDate(2026, 9, 14))
        dialog.fields["form_code"].set_value("hoi_nghi")
        dialog.fields["title"].setText("Hội nghị tuyên truyền ở thôn Đông")
        dialog.fields["participants"].setValue(75)
        qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_modal_dialog)
    view.add_button.click()
    assert view.model.count == 2
    assert view.selected_record().title == "Hội nghị tuyên truyền ở thôn Đông"

    qtbot.keyClicks(view.search, "dong")
    qtbot.waitUntil(lambda: view.model.count == 1)
    assert view.model.record(0).title == "Hội nghị tuyên truyền ở thôn Đông"
    assert view.totals.text() == "1 activities · 75 participants · 0 materials handed out"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.count == 2)


def test_search_finds_the_form_and_the_unit_by_their_names(qtbot, repos):
    add(repos, "Buổi một", date(2026, 2, 1), unit="T01", form="loa")
    add(repos, "Buổi hai", date(2026, 3, 1), unit="T02", form="hoi_nghi")
    view = make_view(qtbot, repos)
    view.search.setText("thon tay")  # the unit "Thôn Tây", typed without diacritics
    view.apply_filter()
    assert [view.model.record(i).title for i in range(view.model.rowCount())] == ["Buổi hai"]
    form = repos.propaganda.catalogues["activity_forms"].label("loa").split()[0]
    view.search.setText(form.lower())  # a word of the form's label
    view.apply_filter()
    assert "Buổi một" in [view.model.record(i).title for i in range(view.model.rowCount())]


def test_period_and_unit_filters_and_totals(qtbot, repos):
    add(repos, "Quý một", date(2026, 2, 1), 10, "T01")
    add(repos, "Quý ba A", date(2026, 8, 1), 20, "T01")
    add(repos, "Quý ba B", date(2026, 9, 30), 30, "T02")
    view = make_view(qtbot, repos)
    assert view.model.count == 3
    view.period.setCurrentIndex(view.period.findData("2026-Q3"))
    assert view.model.count == 2 and view.model.totals["participants"] == 50
    view.unit.setCurrentIndex(view.unit.findData("T01"))
    assert view.model.count == 1 and view.model.record(0).title == "Quý ba A"
    view.period.setCurrentIndex(view.period.findData("2026-H1"))
    assert [view.model.record(0).title] == ["Quý một"]
    assert view.period.findData("2025-Q4") > 0  # last year's periods are offered too


def test_delete_asks_then_undo_restores_the_same_record(qtbot, repos, monkeypatch):
    keep = add(repos, "Giữ lại", date(2026, 3, 1))
    gone = add(repos, "Sẽ bị xóa", date(2026, 4, 1))
    view = make_view(qtbot, repos)
    view.select_id(gone.id)
    asked = []
    monkeypatch.setattr(view, "confirm_delete", lambda rec: asked.append(rec.id) or False)
    view.delete_button.click()
    assert asked == [gone.id] and view.model.count == 2  # "No" keeps it

    monkeypatch.setattr(view, "confirm_delete", lambda rec: True)
    view.delete_button.click()
    assert view.model.count == 1 and view.model.record(0).id == keep.id
    assert view.undo_bar.isVisible()
    view.undo_button.click()
    assert not view.undo_bar.isVisible()
    assert view.model.count == 2
    assert repos.propaganda.get(gone.id).title == "Sẽ bị xóa"
    assert view.selected_record().id == gone.id
    assert [e.action for e in repos.audit.entries("propaganda", gone.id)] == ["create", "delete", "restore"]


def test_history_panel_shows_who_when_and_old_to_new(qtbot, repos):
    rec = add(repos, "Tên cũ", date(2026, 5, 2), 10)
    from dataclasses import replace

    repos.propaganda.update(replace(rec, title="Tên mới", participants=12))
    view = make_view(qtbot, repos)
    view.select_id(rec.id)
    texts = view.history.texts()
    assert len(texts) == 2
    assert " · officer at this computer · changed" in texts[0]  # the actor in words, not "user"
    assert "Title: Tên cũ → Tên mới" in texts[0]
    assert "Participants: 10 → 12" in texts[0]
    assert texts[1].endswith(" · officer at this computer · created")
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    assert view.history.texts() == ["Select a row to see its history."]
    assert not view.edit_button.isEnabled()


def test_period_filter_follows_the_plan_cutoff_rule(qtbot, repos):
    """With a plan whose cut-off is 15, "quý III" lists what the Q3 report counts: 15/06 – 14/09."""
    from commune_desk.storage.plan_repo import PlanRepository
    from tests.plans.helpers import simple_plan as plan

    PlanRepository(repos.db, "t").store(plan(2026, "15"))
    for title, day in (
        ("trước", date(2026, 6, 14)),
        ("đầu", date(2026, 6, 15)),
        ("cuối", date(2026, 9, 14)),
        ("sau", date(2026, 9, 15)),
    ):
        add(repos, title, day)
    view = make_view(qtbot, repos)
    view.period.setCurrentIndex(view.period.findData("2026-Q3"))
    assert sorted(view.model.record(i).title for i in range(view.model.rowCount())) == ["cuối", "đầu"]
