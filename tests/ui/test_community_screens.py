"""The models and teams screens as a user meets them: the forms (members by role, units covered, persons by sex
and age group), the model with its status and figures below it, "carried out by" on support and propaganda."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ui.conftest import TODAY


@pytest.fixture
def areas(qtbot, repos):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.ui.views.record_areas import build_record_areas

    from commune_desk.app_wiring import Stores

    stores = Stores(repos.db, "user", today=lambda: TODAY, catalogues=default_catalogues())
    return build_record_areas(stores, today=lambda: TODAY)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _save(dialog, values: dict):
    for name, value in values.items():
        dialog._set(name, value)
    dialog.save()
    assert dialog.saved is not None, {n: lb.text() for n, lb in dialog.errors.labels.items() if lb.text()}
    return dialog.saved


def test_team_form_keeps_members_by_role(qtbot, areas):
    view = _show(qtbot, areas.build("teams"))
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.fields["members"].spins.keys() >= {"truong", "pho", "thanh_vien"}
    saved = _save(dialog, {"code": "DCTXH", "name": "Đội công tác xã hội tình nguyện xã Hòa Mỹ",
                           "kind_code": "doi_ctxh", "formed_date": date(2024, 3, 26),
                           "members": (("truong", 1), ("thanh_vien", 12))})
    assert saved.member_total == 13
    view.reload()
    assert view.totals.text() == "1 teams and groups · 13 members"
    # Opening and saving without a change stores exactly the same record.
    again = view.make_dialog(view.model.record(0))
    qtbot.addWidget(again)
    assert again.record_from_fields() == areas.repos["team"].get(saved.id)


def test_model_with_status_and_figures(qtbot, areas):
    view = _show(qtbot, areas.build("models"))
    master, status_view, figures_view = view.master, *view.detail.views
    dialog = master.make_dialog()
    qtbot.addWidget(dialog)
    dialog.fields["unit_codes"].boxes["T01"].setChecked(True)
    dialog.fields["unit_codes"].boxes["T03"].setChecked(True)
    _save(dialog, {"code": "MH01", "name": "Điểm tư vấn cộng đồng Thôn Đông", "kind_code": "ho_tro_nguoi_ban_dam",
                   "partner": "Trung tâm Công tác xã hội tỉnh", "set_up_date": date(2025, 4, 12)})
    master.reload()
    master.select_id(master.model.record(0).id)
    assert view.detail.parent_code == "MH01"
    row = [master.model.data(master.model.index(0, c)) for c in range(master.model.columnCount())]
    assert "Thôn Đông, Thôn Bắc" in row and "operating since 12/04/2025" in row
    # A status change below the model: the model's current status follows.
    change = status_view.make_dialog()
    qtbot.addWidget(change)
    assert change.fields["model_code"].value() == "MH01" and not change.fields["model_code"].isEnabled()
    change.fields["status"].set_value("paused")
    change.fields["status_date"].setDate(change.fields["status_date"].date().addDays(-10))
    change.save()
    assert change.saved is not None
    status_view.changed.emit()
    row = [master.model.data(master.model.index(0, c)) for c in range(master.model.columnCount())]
    assert "paused since 10/11/2026" in row
    # Quarterly figures: persons by sex and age group in a grid.
    figures = figures_view.make_dialog()
    qtbot.addWidget(figures)
    grid = figures.fields["served"]
    assert set(grid.spins) >= {"nu.18_30", "nam.tren_45"}
    grid.spins["nu.18_30"].setValue(4)
    grid.spins["nam.31_45"].setValue(1)
    assert grid.total.text() == "5"
    assert figures.fields["quarter"].itemData(1) == "2026-Q4"            # the newest quarter that has begun
    saved = _save(figures, {"quarter": "2026-Q3", "sessions": 6, "referrals": 2})
    assert saved.served == (("nu.18_30", 4), ("nam.31_45", 1))          # by age group, then sex
    figures_view.reload()
    assert figures_view.totals.text() == "1 quarters · 5 persons · 6 sessions · 2 referrals"
    # The same quarter twice is refused next to the field.
    twice = figures_view.make_dialog()
    qtbot.addWidget(twice)
    twice._set("quarter", "2026-Q3")
    twice.save()
    assert twice.saved is None and twice.problem_text("quarter") == "is already used"
    # A model with a history cannot be deleted: the list says why instead of failing.
    assert master._listing.child_count(master.selected_record().id) == 2


def test_support_and_propaganda_name_the_team_that_carried_them_out(qtbot, areas, repos):
    from commune_desk.domain.records.community import Team

    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage import records_repos as rr

    rr.TeamRepository(repos.db, "u", today=lambda: TODAY, catalogues=default_catalogues()).add(
        Team("DCTXH", "Đội công tác xã hội tình nguyện", "doi_ctxh", date(2024, 1, 1)))
    support = _show(qtbot, areas.build("reintegration"))
    dialog = support.make_dialog()
    qtbot.addWidget(dialog)
    team = dialog.fields["team_code"]
    assert team.value() == "" and team.edit.placeholderText() == "(none)"
    team.show_matches()  # ↓ in the empty field: the first teams
    assert [team.offered.item(i).text() for i in range(team.offered.rowCount())] == [
        "DCTXH · Đội công tác xã hội tình nguyện"]
    saved = _save(dialog, {"support_date": date(2026, 7, 1), "kind_code": "tu_van", "count": 2,
                           "team_code": "DCTXH"})
    assert saved.team_code == "DCTXH"
    support.reload()
    row = [support.model.data(support.model.index(0, c)) for c in range(support.model.columnCount())]
    assert "Đội công tác xã hội tình nguyện" in row
    view = _show(qtbot, areas.build("propaganda"))
    form = view.make_dialog()
    qtbot.addWidget(form)
    _save(form, {"activity_date": date(2026, 7, 2), "form_code": "loa",
                 "title": "Phát thanh về phòng, chống mại dâm", "team_code": "DCTXH"})
    assert form.saved is not None and repos.propaganda.get(form.saved.id).team_code == "DCTXH"
    view.reload()
    assert "Đội công tác xã hội tình nguyện" in [view.model.data(view.model.index(0, c))
                                                  for c in range(view.model.columnCount())]
    # Editing without touching the team keeps it.
    edit = view.make_dialog(repos.propaganda.get(form.saved.id))
    qtbot.addWidget(edit)
    assert edit.record_from_fields() == repos.propaganda.get(form.saved.id)


def test_long_names_are_read_whole_in_vietnamese(qtbot, areas, vietnamese, tmp_path):
    """The teams list's headers are never clipped, and a chosen model kind shows its whole name (issue 23)."""
    from PySide6.QtCore import Qt

    view = _show(qtbot, areas.build("teams"))
    header = view.table.horizontalHeader()
    for i in range(header.count()):
        name = view.model.headerData(i, Qt.Orientation.Horizontal)
        assert header.sectionSize(i) >= header.sectionSizeHint(i), name
    assert header.sectionSize(1) >= 120  # the names still have room beside them
    models = _show(qtbot, areas.build("models"))
    dialog = models.master.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.fields["kind_code"]
    longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
    combo.setCurrentIndex(longest)
    qtbot.wait(10)
    text = combo.itemText(longest)
    assert len(text) > 100 and combo.toolTip() == text
    assert combo.fontMetrics().horizontalAdvance(text) < combo.width() - 30  # the arrow and the frame beside it
    assert combo.width() <= 1280 and dialog.width() <= 1280  # still on a 1280-wide laptop screen
    dialog.grab().save(str(tmp_path / "model_form.png"))
