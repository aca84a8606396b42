"""The records import reads cell values with python-calamine behind the guard (issue 20 item 10): it must see
exactly what openpyxl saw (same values after the import's own conversion, same rows and column letters, empty
cells as None), and a sheet calamine cannot parse is refused with its name, nothing imported."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.services import safe_input
from commune_desk.services.records.records_sheets import CellError, from_cell

pytestmark = pytest.mark.skipif(not safe_input.calamine_available(), reason="python-calamine is not installed")

cells = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.dates(date(1900, 3, 1), date(2099, 12, 31)),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).filter(lambda t: not t.startswith("=")),
)


def _write(path, rows, *, origin=(1, 1)):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "du_lieu"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                cell = ws.cell(row=origin[0] + r, column=origin[1] + c, value=value)
                if isinstance(value, date):
                    cell.number_format = "dd/mm/yyyy"
    wb.save(path)


def _both(path):
    fast = safe_input.open_values_checked(path, safe_input.RECORDS)
    slow = safe_input.open_workbook_checked(path, safe_input.RECORDS)
    try:
        return (
            list(fast.workbook["du_lieu"].iter_rows(values_only=True)),
            list(slow.workbook["du_lieu"].iter_rows(values_only=True)),
            (fast.sha256, slow.sha256),
        )
    finally:
        fast.close()
        slow.close()


def _as_import_sees(value, kind):
    try:
        return ("ok", from_cell(value, kind))
    except CellError as exc:
        return ("refused", exc.template)


def _trimmed(rows):
    """Rows as the reader uses them: trailing empty cells and trailing empty rows carry nothing."""
    out = [tuple(row) for row in rows]
    out = [row[: max((i + 1 for i, v in enumerate(row) if v is not None), default=0)] for row in out]
    while out and not out[-1]:
        out.pop()
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8),
    origin=st.tuples(st.integers(1, 4), st.integers(1, 4)),
)
def test_calamine_reads_what_openpyxl_reads(tmp_path_factory, rows, origin):
    path = tmp_path_factory.mktemp("v") / "book.xlsx"
    _write(path, rows, origin=origin)
    fast, slow, (digest_fast, digest_slow) = _both(path)
    assert digest_fast == digest_slow
    fast, slow = _trimmed(fast), _trimmed(slow)
    assert len(fast) == len(slow)
    for fast_row, slow_row in zip(fast, slow):
        assert len(fast_row) == len(slow_row)
        for a, b in zip(fast_row, slow_row):
            for kind in ("text", "int", "date", "bool"):
                assert _as_import_sees(a, kind) == _as_import_sees(b, kind), (a, b, kind)


def test_a_sheet_starting_lower_right_keeps_its_row_numbers_and_letters(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [["ngay", "so"], [None, None], [datetime(2026, 3, 4), 7]], origin=(3, 2))
    fast, slow, _ = _both(path)
    assert len(_trimmed(fast)) == len(_trimmed(slow)) == 5
    assert slow[2][1:3] == ("ngay", "so") and slow[4][2] == 7
    assert fast[2][1:3] == ("ngay", "so") and fast[4][1] in (date(2026, 3, 4), datetime(2026, 3, 4))


def test_an_import_through_calamine_gives_the_records_openpyxl_gave(tmp_path, monkeypatch):
    """A whole records workbook (every sheet the demo fills) read both ways: the same parsed records."""
    from commune_desk.services.records import records_read
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path / "xa.db")
    create_demo(db, year=2026, seed=5, force=False, actor="test", today=date(2026, 11, 20))
    book = tmp_path / "records.xlsx"
    export_records(db, book)
    db.dispose()
    fast = records_read.read_workbook(book)
    monkeypatch.setattr(safe_input, "open_values_checked", safe_input.open_workbook_checked)  # openpyxl
    slow = records_read.read_workbook(book)
    assert fast.sha256 == slow.sha256
    assert {k: [p.record for p in v] for k, v in fast.parsed.items()} == {
        k: [p.record for p in v] for k, v in slow.parsed.items()
    }
    assert sum(len(v) for v in fast.parsed.values()) > 100
    assert [p.text() for p in fast.problems] == [p.text() for p in slow.problems]
    assert fast.figures == slow.figures
