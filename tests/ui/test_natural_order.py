"""Numbers inside names sort as numbers ("Thôn 2" before "Thôn 10") in the lists, sorted in Python or in SQL,
and in what they export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from commune_desk.domain.profile import Profile, ResidentialUnit
from commune_desk.domain.propaganda import PropagandaActivity
from tests.propaganda import activities
from commune_desk.domain.records.types import Training
from tests.ui.test_record_screens import make_view

TITLES = ["Thôn 10", "Thôn 2", "Thôn 1", "thôn 10A", "Thôn Đông", "Thôn 02b"]
NATURAL = ["Thôn 1", "Thôn 2", "Thôn 02b", "Thôn 10", "thôn 10A", "Thôn Đông"]


def test_record_list_sorts_numbers_as_numbers_and_exports_in_that_order(qtbot, repos, tmp_path):
    from openpyxl import load_workbook

    view, repo = make_view(qtbot, repos, "training")
    for title in TITLES:
        repo.add(Training(date(2026, 6, 1), "nghiep_vu", title))
    view.model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [view.model.record(i).title for i in range(len(TITLES))] == NATURAL
    view.model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [view.model.record(i).title for i in range(len(TITLES))] == NATURAL[::-1]
    view.model.sort(2, Qt.SortOrder.AscendingOrder)
    rows = list(load_workbook(view.export_to(tmp_path / "list.xlsx")).active.iter_rows(values_only=True))
    assert [r[2] for r in rows[1:]] == NATURAL


def _propaganda(repos, units):
    repos.profiles.save(Profile(name="Hòa Mỹ", unit_code="10351", official_name="Ủy ban nhân dân xã Hòa Mỹ",
                                province="Thanh Hóa", residential_units=units))
    for i, title in enumerate(TITLES):
        repos.propaganda.add(PropagandaActivity(activity_date=date(2026, 3, 1 + i), form_code="loa", title=title,
                                                participants=5, unit_code=units[i % len(units)].code))


def test_propaganda_sorts_in_sql_in_natural_order_by_title_and_by_unit_name(qtbot, repos):
    # The unit codes run against the names, so sorting by code or id would give another order than by name.
    units = (ResidentialUnit("A3", "Thôn 10"), ResidentialUnit("A2", "Thôn 9"), ResidentialUnit("A1", "Thôn 1"))
    _propaganda(repos, units)
    page = activities(repos.db, sort="title", descending=False)
    assert [r.title for r in page] == NATURAL
    assert [r.title for r in activities(repos.db, sort="title", descending=True)] == NATURAL[::-1]
    names = {u.code: u.name for u in units}
    by_unit = [names[r.unit_code] for r in activities(repos.db, sort="unit_code", descending=False)]
    assert by_unit == ["Thôn 1", "Thôn 1", "Thôn 9", "Thôn 9", "Thôn 10", "Thôn 10"]


def test_propaganda_view_header_click_sorts_naturally(qtbot, repos):
    from commune_desk.ui.models.record_table_model import RecordTableModel
    from commune_desk.ui.views.record_specs import SPECS, Env
    from tests.propaganda import propaganda_listing

    _propaganda(repos, (ResidentialUnit("T01", "Thôn 1"),))
    spec = SPECS["propaganda"]
    model = RecordTableModel(propaganda_listing(repos.db), spec.columns, repos.blank_filter(),
                             Env(repos.propaganda.catalogues), sums=spec.sums)
    title_col = next(i for i, c in enumerate(model.columns) if c.key == "title")
    model.sort(title_col, Qt.SortOrder.AscendingOrder)
    assert [model.record(i).title for i in range(model.rowCount())] == NATURAL
