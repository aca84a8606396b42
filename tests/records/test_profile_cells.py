"""The _profile sheet's cells: a refused unit code is named at its cell (not as "belongs to unit ''"), and the demo
flag is read as 'có'/'không' or refused, never silently taken for 'không'."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from commune_desk.domain.errors import ValidationFailed


def _with_profile(exported, tmp_path, **cells):
    wb = openpyxl.load_workbook(exported)
    for name in wb.sheetnames:
        if name not in ("_profile", "residential_units"):
            del wb[name]
    ws = wb["_profile"]
    header = [c.value for c in ws[1]]
    for field, value in cells.items():
        ws.cell(3, header.index(field) + 1).value = value
    path = tmp_path / "profile.xlsx"
    wb.save(path)
    return path


def test_a_refused_unit_code_is_named_once_at_its_cell(demo_db, exported, tmp_path):
    from commune_desk.services.records.records_import import import_records

    path = _with_profile(exported, tmp_path, unit_code="900016\u200b")
    with pytest.raises(ValidationFailed) as info:
        import_records(demo_db, path, "t", today=date(2026, 12, 6))
    assert [str(p) for p in info.value.problems] == [
        "_profile row 3 column A (unit_code): holds a character that cannot be seen (U+200B ZERO WIDTH SPACE) at "
        "position 7; delete it and type the text again"
    ]


@pytest.mark.parametrize(("flag", "demo"), [("có", True), ("Có", True), ("x", True), ("không", False), (None, False)])
def test_the_demo_flag_is_read(exported, target, tmp_path, flag, demo):
    from commune_desk.services.records.records_import import import_records
    from commune_desk.storage.profile_repo import ProfileRepository

    db, _ = target
    import_records(db, _with_profile(exported, tmp_path, is_demo=flag), "t", today=date(2026, 12, 6))
    assert ProfileRepository(db, "t").get().is_demo is demo


def test_an_unknown_demo_flag_is_refused(exported, target, tmp_path):
    from commune_desk.services.records.records_import import import_records

    db, _ = target
    with pytest.raises(ValidationFailed) as info:
        import_records(db, _with_profile(exported, tmp_path, is_demo="maybe"), "t", today=date(2026, 12, 6))
    assert [str(p) for p in info.value.problems] == [
        "_profile row 3 column L (is_demo): must be 'có' or 'không', not 'maybe'"
    ]
