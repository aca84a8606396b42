"""Every documented error kind of the plan workbook: its precise message, and the database left unchanged."""

from __future__ import annotations

from datetime import datetime

import pytest

from commune_desk.domain.errors import ValidationFailed
from commune_desk.services.plans.plan_import import import_file
from commune_desk.services.plans.plan_workbook import PlanFileError, read_plan
from tests.plans.helpers import SAMPLE_001, mutate, snapshot


def _set(sheet, ref, value, number_format=None):
    def change(wb):
        wb[sheet][ref] = value
        if number_format:
            wb[sheet][ref].number_format = number_format
    return change


def _rename(old, new):
    def change(wb):
        wb[old].title = new
    return change


def _delete(sheet):
    def change(wb):
        del wb[sheet]
    return change


def _copy_row(sheet, src, dest):
    def change(wb):
        ws = wb[sheet]
        for cell in ws[src]:
            ws.cell(dest, cell.column, cell.value).number_format = cell.number_format
    return change


# (change, expected "where", expected message fragment)
CASES = {
    "misspelt sheet": (_rename("targets", "tagrets"), "sheet 'tagrets'",
                       "found an unknown sheet; did you mean 'targets'?"),
    "missing sheet": (_delete("deadlines"), "sheet 'deadlines'", "expected this sheet; found no sheet of that name"),
    "misspelt column": (_set("targets", "C1", "indicatr"), "sheet 'targets', row 1, column 'indicatr' (C1)",
                        "found 'indicatr'; did you mean 'indicator'?"),
    "missing column": (_set("targets", "C1", "indicatr"), "sheet 'targets', row 1",
                       "expected the column 'indicator'; found no such column; did you mean 'indicatr'?"),
    "duplicate column": (_set("targets", "I1", "unit"), "sheet 'targets', row 1, column 'unit' (I1)",
                         "expected each column once; found it a second time"),
    "two settings rows": (_copy_row("settings", 2, 3), "sheet 'settings'",
                          "expected exactly one row of values under the header; found 2"),
    "empty required": (_set("settings", "C2", None), "sheet 'settings', row 2, column 'title' (C2)",
                       "expected a text; found an empty cell"),
    "bad plan id": (_set("settings", "A2", "kế hoạch 1"), "sheet 'settings', row 2, column 'plan_id' (A2)",
                    "expected letters, digits, '.', '_' or '-' without spaces or diacritics; found 'kế hoạch 1'"),
    "version not whole": (_set("settings", "B2", 1.5), "sheet 'settings', row 2, column 'version' (B2)",
                          "expected a whole number from 1 to 9999; found 1.5"),
    "year out of range": (_set("settings", "E2", 1975), "sheet 'settings', row 2, column 'year' (E2)",
                          "expected a whole number from 2000 to 2100; found 1975"),
    "bad cutoff": (_set("settings", "G2", "mid-month"), "sheet 'settings', row 2, column 'cutoff_rule' (G2)",
                   "expected 'calendar' or a day from 2 to 28 such as 15; found 'mid-month'"),
    "bad date": (_set("settings", "I2", "31/02/2024"), "sheet 'settings', row 2, column 'issued_on' (I2)",
                 "expected a date (a real date cell, or dd/mm/yyyy or dd/mm text); found '31/02/2024'"),
    "unknown indicator": (_set("targets", "C2", "PROP_UNIT"), "sheet 'targets', row 2, column 'indicator' (C2)",
                          "expected an indicator code of the catalogue (see docs/plan-template.md); found "
                          "'PROP_UNIT'; did you mean 'PROP_UNITS'?"),
    "bad comparison": (_set("targets", "D2", ">>"), "sheet 'targets', row 2, column 'comparison' (D2)",
                       "expected one of >=, <=, =; found '>>'"),
    "bad unit": (_set("targets", "F2", "percnt"), "sheet 'targets', row 2, column 'unit' (F2)",
                 "expected % or count; found 'percnt'"),
    "unit not allowed": (_set("targets", "F3", "%"), "sheet 'targets', row 3, column 'unit' (F3)",
                         "expected count for indicator PROP_ONLINE; found '%'"),
    "ambiguous percent": (_set("targets", "E2", 0.3, "General"), "sheet 'targets', row 2, column 'value' (E2)",
                          "expected a percentage such as 30 or 30%; found 0.3 (a bare value of 1 or less in a "
                          "percent column is ambiguous: write 1% or 100%, 0.5% or 50%)"),
    "percent over 100": (_set("targets", "E2", "130%"), "sheet 'targets', row 2, column 'value' (E2)",
                         "expected a percentage from 0% to 100%; found '130%'"),
    "count not whole": (_set("targets", "E3", 2.5), "sheet 'targets', row 3, column 'value' (E3)",
                        "expected a whole number of 0 or more (unit is count); found 2.5"),
    "bad scope": (_set("targets", "G2", "yaer"), "sheet 'targets', row 2, column 'period_scope' (G2)",
                  "expected year, half or quarter; found 'yaer'; did you mean 'year'?"),
    "duplicate target": (_set("targets", "A3", "CT1"), "sheet 'targets', row 3, column 'code' (A3)",
                         "expected a code not used before (row 2 has it); found 'CT1'"),
    "bad period kind": (_set("deadlines", "A2", "quater"), "sheet 'deadlines', row 2, column 'period_kind' (A2)",
                        "found 'quater'; did you mean 'quarter'?"),
    "bad due": (_set("deadlines", "B3", "early June"), "sheet 'deadlines', row 3, column 'due' (B3)",
                "expected a date (dd/mm) or a rule such as 'day 10 of last month of quarter'; found 'early June'"),
    "two deadlines one period": (_set("deadlines", "A3", "quarter"), "sheet 'deadlines', row 3, column 'due' (B3)",
                                 "expected one deadline per period (row 2 already sets 2024-Q2)"),
    "formula": (_set("targets", "E2", "=20+5"), "sheet 'targets', row 2, column 'value' (E2)",
                "expected a typed value (formulas are not allowed; type the value itself); found the formula =20+5"),
    "no targets": (lambda wb: wb["targets"].delete_rows(2, 50), "sheet 'targets'",
                   "expected at least one target; found none"),
    "bad report kind": (_set("report", "A2", "sektion"), "sheet 'report', row 2, column 'kind' (A2)",
                        "expected section or recipient; found 'sektion'; did you mean 'section'?"),
    "unknown catalogue": (lambda wb: wb.create_sheet("cat_violation_type"), "sheet 'cat_violation_type'",
                          "did you mean 'cat_violation_types'?"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_error_kind(name, tmp_path, db):
    change, where, fragment = CASES[name]
    path = mutate(SAMPLE_001, tmp_path / f"{name}.xlsx", change)
    before = snapshot(db)
    with pytest.raises(ValidationFailed) as info:
        import_file(db, path, "test")
    shown = [str(p) for p in info.value.problems]
    assert any(p.startswith(where) and fragment in p for p in shown), shown
    assert snapshot(db) == before


def test_percent_rules(tmp_path):
    def change(wb):
        ws = wb["targets"]
        ws["E2"] = 0.25
        ws["E2"].number_format = "0%"        # a cell formatted as percent: 25%
        ws["E4"] = "20 %"                    # text with a percent sign
        ws["E5"] = 100                       # a bare number above 1
        ws["E5"].number_format = "General"
        ws["E6"] = "12,5%"                   # Vietnamese decimal comma
    plan = read_plan(mutate(SAMPLE_001, tmp_path / "p.xlsx", change))
    values = {t.code: t.value for t in plan.targets}
    assert (values["CT1"], values["CT3"], values["CT4"], values["CT5"]) == (25.0, 20.0, 100.0, 12.5)


def test_merged_cells_read_top_left_and_text_dates(tmp_path):
    def change(wb):
        ws = wb["targets"]
        ws["H2"] = "II.1.a"
        ws.merge_cells("H2:H6")
        wb["settings"]["I2"] = "06/05/2024"
        wb["settings"]["J2"] = datetime(2024, 5, 6)
    plan = read_plan(mutate(SAMPLE_001, tmp_path / "m.xlsx", change))
    assert {t.section for t in plan.targets[:5]} == {"II.1.a"}
    assert plan.issued_on.isoformat() == plan.valid_from.isoformat() == "2024-05-06"


def test_same_version_other_content_refused_and_older_refused(tmp_path, db):
    from commune_desk.storage.plan_repo import PlanRefused

    import_file(db, SAMPLE_001, "test")
    changed = mutate(SAMPLE_001, tmp_path / "c.xlsx", _set("targets", "E2", 40, "General"))
    before = snapshot(db)
    with pytest.raises(PlanRefused, match="already imported with different content; the superior office must "
                                          "issue it as version 2"):
        import_file(db, changed, "test")
    assert snapshot(db) == before
    v2 = mutate(changed, tmp_path / "v2.xlsx", _set("settings", "B2", 3))
    assert import_file(db, v2, "test").status == "imported"
    with pytest.raises(PlanRefused, match="version 2 is older than version 3 already imported; nothing changed"):
        import_file(db, mutate(changed, tmp_path / "v2b.xlsx", _set("settings", "B2", 2)), "test")
    # The superseded version stays readable; the newest is in force.
    from datetime import date

    from commune_desk.storage.plan_repo import PlanRepository
    repo = PlanRepository(db, "test")
    assert repo.get("LS-TPLS-217-2024", 1).targets[0].value == 25.0
    assert repo.active_for(date(2024, 7, 1)).version == 3


def test_file_level_errors_leave_database_unchanged(tmp_path, db):
    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"this is not a workbook")
    before = snapshot(db)
    with pytest.raises(PlanFileError, match="not an Excel workbook"):
        import_file(db, bad, "test")
    assert snapshot(db) == before
