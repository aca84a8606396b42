"""The generic record table model over propaganda (the kind that paged in SQL first): Qt's model tester, lazy
pages of 200, sorting and filtering asked of the listing, columns and roles."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.storage.repos.listing import ListFilter
from commune_desk.ui.models.record_table_model import PAGE_SIZE, ROW_ROLE, SORT_ROLE, RecordTableModel
from commune_desk.ui.views.record_specs import SPECS, Env
from tests.propaganda import activities, propaganda_listing

SPEC = SPECS["propaganda"]


class ListStandIn:
    """An in-memory stand-in with the listing's query interface (totals/page), counting the pages asked for."""

    def __init__(self, records):
        self.records = records
        self.pages = []

    def totals(self, flt, *, labels=None, sums=()):
        return len(self.records), {
            "participants": sum(r.participants for r in self.records),
            "materials": sum(r.materials for r in self.records),
        }

    def page(self, flt, *, offset, limit, sort, descending, labels=None):
        self.pages.append((offset, limit, sort, descending))
        rows = sorted(self.records, key=lambda r: (getattr(r, sort), r.id), reverse=descending)
        return rows[offset : offset + limit if limit is not None else None], {}


def records(n):
    return [
        PropagandaActivity(
            activity_date=date(2026, 1, 1 + i % 28), form_code="loa", title=f"Buổi {i}", participants=i, id=i + 1
        )
        for i in range(n)
    ]


def model_for(listing, flt=None):
    from commune_desk.services.plans.catalogues import default_catalogues

    return RecordTableModel(listing, SPEC.columns, flt or ListFilter(), Env(default_catalogues()), sums=SPEC.sums)


def test_model_passes_qt_model_tester(qtbot, demo_repos):
    model = model_for(propaganda_listing(demo_repos.db))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() > 0
    model.sort(4, Qt.SortOrder.AscendingOrder)
    model.set_filter(ListFilter(kind_code="loa"))
    model.fetch_all()
    assert tester is not None


def test_model_tester_passes_with_more_than_one_page(qtbot):
    """More rows than one page: a view asking for more while a sort or filter resets the model must not insert
    rows inside the reset (Qt's tester aborted once the demo held 281 activities)."""
    listing = ListStandIn(records(PAGE_SIZE + 81))
    model = model_for(listing)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    assert model.rowCount() == PAGE_SIZE + 81 and tester is not None


def test_rows_are_fetched_lazily_in_pages(qtbot):
    listing = ListStandIn(records(450))
    model = model_for(listing)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    offsets = [p[0] for p in listing.pages]
    assert offsets[-3:] == [0, 200, 400]
    assert model.count == 450 and model.totals["participants"] == sum(range(450))
    # Qt's tester fetches more by itself; on a fresh model it must end with every row loaded.
    fresh = model_for(listing)
    QAbstractItemModelTester(fresh, QAbstractItemModelTester.FailureReportingMode.Fatal)
    fresh.fetch_all()
    assert fresh.rowCount() == 450


def test_columns_roles_and_headers(qtbot):
    model = model_for(ListStandIn(records(3)))
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
    model = model_for(propaganda_listing(demo_repos.db))
    total = model.count
    participants_col = [c.key for c in model.columns].index("participants")
    model.sort(participants_col, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    values = [model.data(model.index(r, participants_col), SORT_ROLE) for r in range(model.rowCount())]
    assert len(values) == total and values == sorted(values)
    model.sort(participants_col, Qt.SortOrder.DescendingOrder)
    # The first row after a descending sort is the overall maximum, even before fetching more pages.
    assert model.data(model.index(0, participants_col), SORT_ROLE) == max(values)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.record(0).activity_date == min(r.activity_date for r in activities(demo_repos.db))
    # Every column sorts in SQL now, the organiser too (natural Vietnamese order, not the date order).
    from commune_desk.domain.text import natural_key

    organiser = [c.key for c in model.columns].index("organiser")
    model.sort(organiser, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    names = [model.record(r).organiser for r in range(model.rowCount())]
    assert names == sorted(names, key=natural_key)


def test_filter_changes_rows_and_totals(qtbot, demo_repos):
    everything = activities(demo_repos.db)
    model = model_for(propaganda_listing(demo_repos.db))
    model.set_filter(ListFilter(kind_code="loa", date_from=date(2026, 7, 1), date_to=date(2026, 9, 30)))
    model.fetch_all()
    expected = [
        r for r in everything if r.form_code == "loa" and date(2026, 7, 1) <= r.activity_date <= date(2026, 9, 30)
    ]
    assert expected, "the demo data should hold loudspeaker activities in Q3"
    assert {model.record(r).id for r in range(model.rowCount())} == {r.id for r in expected}
    assert model.count == len(expected)
    assert model.totals["participants"] == sum(r.participants for r in expected)
    assert model.totals["materials"] == sum(r.materials for r in expected)
