"""A plan's cat_violation_types carries the NĐ 282/2025 fields: every shipped entry round-trips through the plan
workbook unchanged, the plan's catalogue drives the rules, and a bad cell is named."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from commune_desk.domain.errors import ValidationFailed
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.plans.plan_import import import_file
from commune_desk.services.plans.plan_template import write_plan_workbook
from commune_desk.services.plans.plan_workbook import read_plan
from commune_desk.storage.plan_repo import PlanRepository
from tests.plans.helpers import mutate
from tests.plans.test_round_trip_cli import _fill

COLUMNS = ["code", "label", "active", "decree", "article", "clause", "point", "fine_min", "fine_max",
           "warning_allowed", "supplementary", "remedial", "valid_from", "valid_until", "verified", "kind", "source"]


def _with_catalogue(rows):
    def change(wb):
        _fill(wb)
        del wb["cat_violation_types"]
        ws = wb.create_sheet("cat_violation_types")
        ws.append(COLUMNS)
        for row in rows:
            ws.append(row)
    return change


def _shipped_rows():
    rows = []
    for e in default_catalogues()["violation_types"].entries:
        x = e.extra
        rows.append([e.code, e.label, 1, x.get("decree"), x.get("article"), x.get("clause"), x.get("point") or None,
                     x.get("fine_min"), x.get("fine_max"), int(bool(x.get("warning_allowed"))),
                     ";".join(x.get("supplementary", [])) or None, ";".join(x.get("remedial", [])) or None,
                     datetime.fromisoformat(x["valid_from"]) if x.get("valid_from") else None,
                     datetime.fromisoformat(x["valid_until"]) if x.get("valid_until") else None,
                     int(bool(x.get("verified"))), x.get("kind"), x.get("source")])
    return rows


def test_every_shipped_entry_round_trips_through_a_plan(tmp_path, db):
    blank = write_plan_workbook(tmp_path / "blank.xlsx")
    filled = mutate(blank, tmp_path / "filled.xlsx", _with_catalogue(_shipped_rows()))
    assert import_file(db, filled, "officer").status == "imported"
    plan = PlanRepository(db, "t").get("TEST-2026")
    shipped = {e.code: e for e in default_catalogues()["violation_types"].entries}
    stored = {e["code"]: e for e in plan.catalogues["violation_types"]}
    assert set(stored) == set(shipped)
    for code, entry in shipped.items():
        want = {k: v for k, v in entry.extra.items() if k != "note" and v not in (None, "", [], False)}
        got = {k: v for k, v in stored[code].items()
               if k not in ("code", "label", "active") and v not in (None, "", [], False)}
        assert got == want, code
    again = write_plan_workbook(tmp_path / "again.xlsx", plan)
    assert import_file(db, again, "officer").status == "unchanged"
    json.dumps(plan.catalogues)                          # canonical, storable values only


def test_a_plans_catalogue_drives_the_rules(tmp_path, db):
    from datetime import date

    from commune_desk.domain import penalty_law as law
    from commune_desk.services.plans.plan_catalogues import catalogues_for

    rows = [["tinh_d1", "Hành vi theo quy định của tỉnh", 1, "282/2025/NĐ-CP", 99, 1, "b", 40_000_000, 60_000_000,
             0, "tich_thu", None, datetime(2025, 12, 15), None, 1, None, "thử nghiệm"]]
    filled = mutate(write_plan_workbook(tmp_path / "b.xlsx"), tmp_path / "p.xlsx", _with_catalogue(rows))
    assert import_file(db, filled, "officer").status == "imported"
    cats = catalogues_for(db, 2026)
    e = law.entry(cats, "tinh_d1")
    assert e.reference() == "Điều 99 khoản 1 điểm b" and e.bracket("organisation") == (80_000_000, 120_000_000)
    assert e.within_commune("individual", law.competence(cats)) is False
    assert e.in_force(date(2026, 1, 1)) and not e.in_force(date(2025, 12, 14))


@pytest.mark.parametrize("column,value,message", [
    ("fine_max", "năm mươi triệu", "column 'fine_max'"),
    ("fine_max", 500_000, "a fine_max not below fine_min"),
    ("fine_min", 80_000_000, "a whole number from 0 to 75000000"),
    ("supplementary", "tich_thu;khong_co", "codes of the catalogue supplementary_penalties"),
    ("point", "cc", "one letter"),
    ("warning_allowed", "có lẽ", "1 or 0"),
    ("valid_until", "31/02/2025", "a date"),
    ("kind", "hình sự", "'crime' or 'administrative'"),
])
def test_a_bad_cell_is_named(tmp_path, column, value, message):
    row = dict(zip(COLUMNS, _shipped_rows()[0]))
    row[column] = value
    filled = mutate(write_plan_workbook(tmp_path / "b.xlsx"), tmp_path / "p.xlsx",
                    _with_catalogue([[row[c] for c in COLUMNS]]))
    with pytest.raises(ValidationFailed) as err:
        read_plan(filled)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "sheet 'cat_violation_types', row 2" in text and message in text, text
