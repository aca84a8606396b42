"""The propaganda table model: Qt's model tester, lazy pages of 200, sorting and filtering by the repository."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.ui.models.propaganda_table_model import PAGE_SIZE, ROW_ROLE, SORT_ROLE, PropagandaTableModel


class ListRepository:
    """An in-memory stand-in with the repository's query interface (page/totals), counting queries."""

    def __init__(self, records):
        self.records = records
        self.pages = []

    def totals(self, flt):
        from commune_desk.storage.propaganda_repo import Totals

        return Totals(len(self.records), sum(r.participants for r in self.records),
                      sum(r.materials for r in self.records))

    def page(self, flt, *, offset, limit, sort, descending):
        self.pages.append((offset, limit, sort, descending))
        rows = sorted(self.records, key=lambda r: (getattr(r, sort), r.id), reverse=descending)
        return rows[offset:offset + limit]


def records(n):
    return [PropagandaActivity(activity_date=date(2026, 1, 1 + i % 28), form_code="loa", title=f"Buổi {i}",
                               participants=i, id=i + 1) for i in range(n)]


def model_for(repo, flt=None):
    return PropagandaTableModel(repo, flt, form_labels={"loa": "Loa truyền thanh"}, unit_names={})


def test_model_passes_qt_model_tester(qtbot, demo_repos):
    model = model_for(demo_repos.propaganda, demo_repos.blank_filter())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() > 0
    model.sort(4, Qt.SortOrder.AscendingOrder)
    model.set_filter(replace(demo_repos.blank_filter(), form_code="loa"))
    model.fetch_all()
    assert tester is not None


def test_model_tester_passes_with_more_than_one_page(qtbot):
    """More rows than one page: a view asking for more while a sort or filter resets the model must not insert
    rows inside the reset (Qt's tester aborted once the demo held 281 activities)."""
    repo = ListRepository(records(PAGE_SIZE + 81))
    model = model_for(repo)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    assert model.rowCount() == PAGE_SIZE + 81 and tester is not None


def test_rows_are_fetched_lazily_in_pages(qtbot):
    repo = ListRepository(records(450))
    model = model_for(repo)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    offsets = [p[0] for p in repo.pages]
    assert offsets[-3:] == [0, 200, 400]
    assert model.totals.count == 450 and model.totals.participants == sum(range(450))
    # Qt's tester fetches more by itself; on a fresh model it must end with every row loaded.
    fresh = model_for(repo)
    QAbstractItemModelTester(fresh, QAbstractItemModelTester.FailureReportingMode.Fatal)
    fresh.fetch_all()
    assert fresh.rowCount() == 450


def test_columns_roles_and_headers(qtbot):
    model = model_for(ListRepository(records(3)))
    assert model.columnCount() == len(model.columns)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    first = model.index(0, 0)
    rec = model.data(first, ROW_ROLE)
    assert isinstance(rec, PropagandaActivity)
    assert model.data(first) == rec.activity_date.strftime("%d/%m/%Y")
    assert model.data(first, SORT_ROLE) == rec.activity_date.isoformat()
    assert model.data(model.index(0, 1)) == "Loa truyền thanh"
    assert model.data(model.index(0, 3)) == "Whole commune"
    assert model.rowCount(first) == 0 and model.columnCount(first) == 0
    assert not model.canFetchMore(first)
    assert model.data(QModelIndex()) is None


def test_sorting_requeries_the_whole_table(qtbot, demo_repos):
    repo = demo_repos.propaganda
    model = model_for(repo, demo_repos.blank_filter())
    total = model.totals.count
    participants_col = [c.key for c in model.columns].index("participants")
    model.sort(participants_col, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    values = [model.data(model.index(r, participants_col), SORT_ROLE) for r in range(model.rowCount())]
    assert len(values) == total and values == sorted(values)
    model.sort(participants_col, Qt.SortOrder.DescendingOrder)
    # The first row after a descending sort is the overall maximum, even before fetching more pages.
    assert model.data(model.index(0, participants_col), SORT_ROLE) == max(values)
    date_col = 0
    model.sort(date_col, Qt.SortOrder.AscendingOrder)
    assert model.record(0).activity_date == min(r.activity_date for r in repo.page(
        demo_repos.blank_filter(), limit=10_000))
    # Organiser is not a repository sort key: sorting by it keeps the current order.
    before = [model.record(r).id for r in range(5)]
    model.sort([c.key for c in model.columns].index("organiser"), Qt.SortOrder.AscendingOrder)
    assert [model.record(r).id for r in range(5)] == before


def test_filter_changes_rows_and_totals(qtbot, demo_repos):
    repo = demo_repos.propaganda
    everything = repo.page(demo_repos.blank_filter(), limit=10_000)
    model = model_for(repo, demo_repos.blank_filter())
    model.set_filter(replace(demo_repos.blank_filter(), form_code="loa", date_from=date(2026, 7, 1),
                             date_to=date(2026, 9, 30)))
    model.fetch_all()
    expected = [r for r in everything if r.form_code == "loa" and date(2026, 7, 1) <= r.activity_date
                <= date(2026, 9, 30)]
    assert expected, "the demo data should hold loudspeaker activities in Q3"
    assert {model.record(r).id for r in range(model.rowCount())} == {r.id for r in expected}
    assert model.totals.count == len(expected)
    assert model.totals.participants == sum(r.participants for r in expected)
    assert model.totals.materials == sum(r.materials for r in expected)
