"""Residential units over time: a merged, split or dissolved unit leaves the denominators from its event date,
and a record dated from then on for it is refused naming the event and the successor."""

from __future__ import annotations

from datetime import date

import pytest

from commune_desk.domain.errors import ValidationFailed
from commune_desk.domain.profile import Profile, ResidentialUnit
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records.types import TipOff, UnitEvent
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.profile_repo import ProfileRepository
from tests.propaganda import propaganda_repo
from commune_desk.storage.repos import KINDS, RecordRepository
from commune_desk.storage.sql_reader import SessionReader

TODAY = date(2026, 11, 20)


@pytest.fixture
def commune(db):
    units = tuple(ResidentialUnit(f"T0{i}", f"Thôn {i}") for i in range(1, 6))
    ProfileRepository(db, "t").save(Profile(name="Hòa Mỹ", unit_code="26761", residential_units=units))
    return db


def repo(db, entity):
    return RecordRepository(db, "t", KINDS[entity], today=lambda: TODAY, catalogues=default_catalogues())


def prop(db, day, unit):
    return propaganda_repo(db, "t", today=lambda: TODAY).add(
        PropagandaActivity(activity_date=day, form_code="loa", title="Loa truyền thanh", unit_code=unit))


def prop_units(db, start, end):
    with db.read() as s:
        v = compute(SessionReader(s), "PROP_UNITS", (start, end), period_code=str(end.year), as_of=TODAY)
    return v.numerator, v.denominator


def test_a_merged_unit_leaves_the_denominator_from_its_date_and_takes_no_later_record(commune):
    events = repo(commune, "residential_unit_event")
    prop(commune, date(2026, 2, 10), "T05")
    prop(commune, date(2026, 2, 11), "T01")
    events.add(UnitEvent("T05", "merged", date(2026, 4, 1), merged_into_code="T04", note="Nghị quyết HĐND"))
    assert prop_units(commune, date(2026, 1, 1), date(2026, 3, 31)) == (2, 5)      # Q1: five hamlets
    # From 1 April four hamlets; T05's February activity counts for T04, which took its people.
    assert prop_units(commune, date(2026, 4, 1), date(2026, 6, 30)) == (0, 4)
    assert prop_units(commune, date(2026, 1, 1), date(2026, 12, 31)) == (2, 4)
    with pytest.raises(ValidationFailed) as caught:
        prop(commune, date(2026, 4, 1), "T05")
    text = str(caught.value)
    assert "Thôn 5 (T05) was merged into Thôn 4 (T04) on 01/04/2026: record it for Thôn 4 (T04)" in text
    prop(commune, date(2026, 3, 31), "T05")                                          # the day before: fine
    with pytest.raises(ValidationFailed, match="merged into Thôn 4"):
        repo(commune, "tipoff").add(TipOff(date(2026, 5, 2), "Tin báo", unit_code="T05"))


def test_a_split_makes_its_successors_exist_from_its_date(commune):
    units = ProfileRepository(commune, "t").get().residential_units + (
        ResidentialUnit("T06", "Thôn 6A"), ResidentialUnit("T07", "Thôn 6B"))
    ProfileRepository(commune, "t").save(Profile(name="Hòa Mỹ", unit_code="26761", residential_units=units))
    repo(commune, "residential_unit_event").add(
        UnitEvent("T03", "split", date(2026, 7, 1), successor_codes=("T06", "T07")))
    assert prop_units(commune, date(2026, 1, 1), date(2026, 6, 30))[1] == 5           # T06, T07 not yet there
    assert prop_units(commune, date(2026, 7, 1), date(2026, 9, 30))[1] == 6           # T03 gone, T06 and T07 in
    with pytest.raises(ValidationFailed, match=r"split into Thôn 6A \(T06\), Thôn 6B \(T07\) on 01/07/2026"):
        prop(commune, date(2026, 8, 1), "T03")


def test_a_dissolved_unit_and_events_on_an_ended_unit(commune):
    events = repo(commune, "residential_unit_event")
    events.add(UnitEvent("T02", "dissolved", date(2026, 5, 1)))
    with pytest.raises(ValidationFailed, match="dissolved on 01/05/2026"):
        prop(commune, date(2026, 6, 1), "T02")
    with pytest.raises(ValidationFailed, match="dissolved on 01/05/2026"):
        events.add(UnitEvent("T02", "renamed", date(2026, 6, 1), new_name="Thôn Hai"))
    with pytest.raises(ValidationFailed, match="dissolved"):                        # nothing merges into it
        events.add(UnitEvent("T01", "merged", date(2026, 6, 1), merged_into_code="T02"))
    with pytest.raises(ValidationFailed, match="name the units the split makes"):
        events.add(UnitEvent("T04", "split", date(2026, 6, 1)))


def test_an_ending_cannot_leave_records_behind_it(commune):
    prop(commune, date(2026, 6, 1), "T01")
    with pytest.raises(ValidationFailed, match="1 records of this unit are dated on or after this day"):
        repo(commune, "residential_unit_event").add(UnitEvent("T01", "merged", date(2026, 5, 1),
                                                              merged_into_code="T02"))
    repo(commune, "residential_unit_event").add(UnitEvent("T01", "merged", date(2026, 6, 2), merged_into_code="T02"))


def test_the_records_workbook_refuses_a_record_after_its_units_merger(commune, tmp_path):
    from openpyxl import load_workbook

    from commune_desk.services.records.records_import import import_records
    from commune_desk.services.records.records_workbook import write_template

    book = tmp_path / "w.xlsx"
    write_template(commune, book)
    wb = load_workbook(book)
    ws = wb["unit_events"]
    head = [c.value for c in ws[1]]
    ws.append([{"unit_code": "T05", "kind": "merged", "effective_date": "01/04/2026",
                "merged_into_code": "T04"}.get(h) for h in head])
    ws = wb["propaganda"]
    head = [c.value for c in ws[1]]
    ws.append([{"activity_date": "02/04/2026", "form_code": "loa", "title": "Loa", "unit_code": "T05"}.get(h)
               for h in head])
    wb.save(book)
    with pytest.raises(ValidationFailed) as caught:
        import_records(commune, book, "t", today=TODAY)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "propaganda row 3 column" in text and "was merged into Thôn 4 (T04) on 01/04/2026" in text
