"""Small counts leave the laptop as "< 3": persons penalised or supported per hamlet; totals stay exact."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from commune_desk.domain.disclosure import HIDDEN, SHOWN_SMALL, shown, suppress_columns


@given(st.integers(min_value=0, max_value=10_000))
def test_only_one_and_two_are_hidden(n):
    assert shown(n) == (SHOWN_SMALL if n in (1, 2) else n)


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 9)), min_size=1, max_size=12))
def test_hidden_cells_and_exact_totals(rows):
    table = [(i, f"Thôn {i}", *r) for i, r in enumerate(rows, start=1)]
    total = ("", "Tổng cộng", *[sum(r[k] for r in rows) for k in range(3)])
    out = suppress_columns(table + [total], {3, 4})
    assert out[-1] == total  # the total is exact
    for raw, shown_row in zip(table, out[:-1]):
        assert shown_row[2] == raw[2]  # other columns untouched
        for k in (3, 4):  # 1 and 2 as "< 3"; others exact or hidden as "x" so the total gives nothing back
            assert shown_row[k] not in (1, 2)
            if raw[k] in (1, 2):
                assert shown_row[k] in (SHOWN_SMALL, HIDDEN)
            else:
                assert shown_row[k] in (raw[k], HIDDEN)
            if shown_row[k] == SHOWN_SMALL:
                assert raw[k] in (1, 2)


def test_the_report_annex_and_docx_show_small_hamlet_counts_as_less_than_3(demo_db, tmp_path):
    import docx
    import openpyxl
    from sqlalchemy import text

    from commune_desk.domain.periods import Period
    from commune_desk.services.reports.report_data import UNKNOWN_UNIT, collect
    from commune_desk.services.reports.report_service import generate

    period = Period.parse("2026")
    content = collect(demo_db, period, as_of=date(2026, 11, 20))
    units = content.table("units")
    pen, sup = units.headers.index("Người bị xử phạt"), units.headers.index("Lượt người được hỗ trợ")
    with demo_db.read() as s:
        raw = {
            name: n
            for name, n in s.execute(
                text(
                    "SELECT coalesce(u.name, :unknown), count(*) FROM penalty_decision p "
                    "LEFT JOIN residential_unit u ON u.id = p.unit_id WHERE p.decision_date BETWEEN :a AND :b "
                    "AND p.outcome IN ('warning', 'fine') AND p.violator_kind IN ('individual', 'household') "
                    "GROUP BY 1"
                ),
                {"a": "2026-01-01", "b": "2026-11-20", "unknown": UNKNOWN_UNIT},
            )
        }  # persons warned
    # or fined (organisations and transfers are not persons penalised), to the data cut-off
    for row in units.rows[:-1]:
        expected = raw.get(row[1], 0)
        assert row[pen] in ((SHOWN_SMALL, HIDDEN) if expected in (1, 2) else (expected, HIDDEN)), row
        assert row[sup] not in (1, 2)
    assert units.rows[-1][pen] == sum(raw.values())  # the total is exact
    files = generate(demo_db, period, tmp_path, day=date(2026, 12, 20), actor="t")
    annex = openpyxl.load_workbook(files.xlsx)
    cells = [c.value for ws in annex.worksheets for row in ws.iter_rows() for c in row]
    document = docx.Document(files.docx)
    words = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(v in (1, 2) for v in raw.values())  # the demo year has such hamlets
    assert SHOWN_SMALL in cells and SHOWN_SMALL in words
    assert not any(
        isinstance(v, int) and v in (1, 2)
        for v in [r[pen] for r in units.rows[:-1]] + [r[sup] for r in units.rows[:-1]]
    )


def test_a_table_with_marks_carries_their_key_in_its_unit_note():
    """Readers of Biểu 1, 3 and 3b learn what "< 3" and "x" mean where they see them; a table without marks has no
    key (the note stays as it was)."""
    from commune_desk.domain.disclosure import HIDDEN, SHOWN_SMALL
    from commune_desk.domain.report_content import StatTable

    def table(rows):
        return StatTable("t", "Biểu 3", "Đơn vị tính: người", ("STT", "Nội dung", "Số"), rows)

    plain = table(((1, "Thôn 1", 4), ("", "Tổng", 4)))
    assert plain.note == "Đơn vị tính: người"
    small = table(((1, "Thôn 1", SHOWN_SMALL), (2, "Thôn 2", 5), ("", "Tổng", 7)))
    assert small.note == "Đơn vị tính: người. “< 3”: 1 hoặc 2"
    both = table(((1, "Thôn 1", SHOWN_SMALL), (2, "Thôn 2", HIDDEN), ("", "Tổng", 7)))
    assert both.note.endswith("“< 3”: 1 hoặc 2; “x”: số liệu không công bố (bảo vệ dữ liệu cá nhân)")
