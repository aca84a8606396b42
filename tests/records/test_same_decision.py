"""One penalty decision typed with another case or other spaces ("46/qđ-xphc", "46 / QĐ-XPHC") is the same decision:
a records workbook cannot add it a second time, so its violator is not counted twice."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import text

from commune_desk.domain.errors import ValidationFailed


def _penalties(exported, tmp_path, numbers):
    wb = openpyxl.load_workbook(exported)
    for name in wb.sheetnames:
        if name not in ("_profile", "residential_units", "penalties"):
            del wb[name]
    ws = wb["penalties"]
    header = [c.value for c in ws[1]]
    last = [c.value for c in ws[ws.max_row]]
    ws.delete_rows(3, ws.max_row)
    column = header.index("number")
    for number in numbers(last[column]):
        ws.append([number if i == column else v for i, v in enumerate(last)])
    wb.save(tmp_path / "penalties.xlsx")
    return tmp_path / "penalties.xlsx"


def _count(db):
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM penalty_decision")).scalar()


def test_a_stored_decision_in_another_case_or_spacing_is_refused(demo_db, exported, tmp_path):
    from commune_desk.services.records.records_import import import_records

    path = _penalties(exported, tmp_path, lambda n: [n.lower(), n.replace("/", " / ")])
    before = _count(demo_db)
    with pytest.raises(ValidationFailed) as info:
        import_records(demo_db, path, "t", today=date(2026, 12, 6))
    shown = [str(p) for p in info.value.problems]
    assert len(shown) == 2 and all("is already used in the database" in p for p in shown), shown
    assert shown[0].startswith("penalties row 3 column A (number)")
    assert _count(demo_db) == before


def test_two_new_rows_of_one_decision_are_refused_and_distinct_numbers_pass(demo_db, exported, tmp_path):
    from commune_desk.services.records.records_import import import_records

    twice = _penalties(exported, tmp_path, lambda n: ["999/QĐ-XPHC", "999/qđ-xphc"])
    with pytest.raises(ValidationFailed) as info:
        import_records(demo_db, twice, "t", today=date(2026, 12, 6))
    assert [str(p) for p in info.value.problems] == [
        "penalties row 4 column A (number): decision number in its year (2026, '999/qđ-xphc') is already used above"
    ]
    before = _count(demo_db)
    distinct = _penalties(exported, tmp_path, lambda n: ["999/QĐ-XPHC", "998/QĐ-XPHC"])
    import_records(demo_db, distinct, "t", today=date(2026, 12, 6))
    assert _count(demo_db) == before + 2
