"""A list whose count and totals read every record (a common search word in a large table) shows its first page at
once and its count and totals when the background count arrives; a count of an older filter never overwrites a
newer one, and paging goes on meanwhile by whether the last page was full."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert

from commune_desk.domain.text import fold
from commune_desk.storage.models import PropagandaRow
from commune_desk.storage.repos import KINDS, list_search, listing
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from tests.ui.test_record_screens import make_view


def _fill(db, n: int, title: str, participants: int = 3) -> None:
    now = datetime(2026, 1, 1)
    with db.write() as s:
        s.execute(
            insert(PropagandaRow),
            [
                {
                    "activity_date": date(2025, 1 + i % 12, 1 + i % 28),
                    "form_code": "loa",
                    "title": title,
                    "participants": participants,
                    "materials": 1,
                    "search_text": fold(title),
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n)
            ],
        )


def _model(db, flt: ListFilter, pending: list | None = None):
    """The propaganda list's model over `db`; with `pending`, counts are queued there instead of run at once."""
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.ui.models.record_table_model import RecordTableModel
    from commune_desk.ui.views.record_specs import SPECS, Env

    spec = SPECS["propaganda"]
    counter = None if pending is None else (lambda job, done: pending.append((job, done)))
    return RecordTableModel(
        RecordListing(db, KINDS["propaganda"]),
        spec.columns,
        flt,
        Env(default_catalogues(), ()),
        sums=spec.sums,
        counter=counter,
    )


@pytest.fixture
def large(monkeypatch):
    """Every table counts as large and every word as common, so that a small database takes the path of 100k."""
    monkeypatch.setattr(listing, "LARGE", 0)
    monkeypatch.setattr(list_search, "RARE", 0)


def test_the_page_shows_first_and_count_and_totals_follow(qtbot, repos, large):
    _fill(repos.db, 230, "Tuyên truyền thôn Đông", participants=4)
    _fill(repos.db, 5, "Hội nghị")
    view, _repo = make_view(qtbot, repos, "propaganda")
    view.search.setText("thon dong")
    view.apply_filter()
    assert view.model.counting and view.model.rowCount() == 200  # the page, before any count
    assert "…" in view.totals.text() and "230" not in view.totals.text()
    qtbot.waitUntil(lambda: not view.model.counting, timeout=10000)
    assert view.model.count == 230 and view.model.totals == {"participants": 920, "materials": 230}
    assert "230" in view.totals.text() and "920" in view.totals.text() and "…" not in view.totals.text()
    view.search.setText("")
    view.apply_filter()  # no search: counted at once, as before
    assert not view.model.counting and view.model.count == 235


def test_a_count_of_an_older_filter_is_dropped_and_pages_follow_while_counting(qtbot, db, large):
    _fill(db, 450, "thôn Đông")
    _fill(db, 7, "thôn Tây")
    pending: list = []
    model = _model(db, ListFilter(text="dong"), pending)
    assert model.counting and model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()  # the last page was short: nothing more
    model.set_filter(ListFilter(text="tay"))
    assert model.rowCount() == 7 and not model.canFetchMore()
    (old_job, old_done), (new_job, new_done) = pending
    old_done(old_job())  # the older count arrives late
    assert model.counting and model.count != 450
    new_done(new_job())
    assert not model.counting and model.count == 7 and model.totals["participants"] == 21


def test_a_list_closed_while_counting_takes_the_late_count_quietly(qtbot, repos, large):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    _fill(repos.db, 40, "thôn Đông")
    view, _repo = make_view(qtbot, repos, "propaganda")
    view.search.setText("dong")
    view.apply_filter()
    assert view.model.counting
    operations = list(view._counts)
    node = qtbot._request.node  # pytest-qt would close the list at teardown: it is deleted here instead
    node.qt_widgets = [(w, f) for w, f in node.qt_widgets if w() is not view]
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(view)
    for op in operations:
        assert op.wait(10)
    qtbot.wait(50)  # the count's signals delivered to a list that is gone: nothing raised (pytest-qt fails on it)


def _statements(db, action) -> list[str]:
    from sqlalchemy import event

    seen: list[str] = []

    def capture(_conn, _cursor, statement, _parameters, _context, _many):
        seen.append(" ".join(statement.split()))

    event.listen(db.read_engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(db.read_engine, "before_cursor_execute", capture)
    return seen


def test_a_header_click_reorders_the_page_without_counting_again(qtbot, db):
    """Count and totals do not depend on the order: a sort reads the first page again and nothing else."""
    from PySide6.QtCore import Qt

    _fill(db, 230, "thôn Đông", participants=2)
    _fill(db, 3, "Hội nghị", participants=5)
    model = _model(db, ListFilter(text="dong"))
    assert model.count == 230 and model.totals["participants"] == 460
    column = next(i for i, c in enumerate(model.columns) if c.key == "participants")
    seen = _statements(db, lambda: model.sort(column, Qt.SortOrder.AscendingOrder))
    assert not [st for st in seen if st.startswith("SELECT count(")], seen
    assert model.count == 230 and model.totals["participants"] == 460 and model.rowCount() == 200
    model.fetch_all()
    assert model.rowCount() == 230 and not model.canFetchMore()
    assert [r.id for r in model._rows] == [
        r.id for r in model._listing.query(ListFilter(text="dong"), sort="participants", descending=False).records
    ]


def test_a_sort_while_counting_keeps_the_count_that_is_coming(qtbot, db, large):
    from PySide6.QtCore import Qt

    _fill(db, 450, "thôn Đông")
    pending: list = []
    model = _model(db, ListFilter(text="dong"), pending)
    assert model.counting and len(pending) == 1
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert len(pending) == 1 and model.counting and model.rowCount() == 200 and model.canFetchMore()
    job, done = pending[0]
    done(job())  # the count started before the click is still the count of this list
    assert not model.counting and model.count == 450 and model.totals["participants"] == 1350
