"""Characters nobody can see (zero-width, word joiner, bidirectional overrides, controls) are refused at their cell
in records and plan workbooks, so a look-alike decision number, hamlet code or target code cannot slip past the
uniqueness checks and be counted twice; nothing is written."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.errors import ValidationFailed
from commune_desk.services.safe_input.text import hidden_character
from tests.records.test_same_decision import _penalties

HIDDEN = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066", "\u200f", "\x01", "\u2028"]


@given(st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))))
def test_visible_text_passes(value):
    assert hidden_character(value) is None


@given(st.text(), st.sampled_from(HIDDEN), st.text(), st.sampled_from(["", "\t", "\n", "\r\n"]))
def test_a_hidden_character_is_found_where_it_is(before, hidden, after, allowed):
    before = "".join(c for c in before if hidden_character(c) is None)
    found = hidden_character(before + allowed + hidden + after)
    assert found is not None and found[0] == len(before) + len(allowed) + 1
    assert found[1].startswith(f"U+{ord(hidden):04X} ")


def _count(db, table):
    with db.read() as s:
        return s.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_look_alike_decision_numbers_are_refused(demo_db, exported, tmp_path):
    from commune_desk.services.records.records_import import import_records

    stored: list[str] = []

    def look_alikes(number: str) -> list[str]:  # the stored decision twice more, each time with an invisible tail
        stored.append(number)
        return [number + suffix for suffix in ("\u200b", "\u2060")]

    path = _penalties(exported, tmp_path, look_alikes)
    before = _count(demo_db, "penalty_decision")
    with pytest.raises(ValidationFailed) as info:
        import_records(demo_db, path, "t", today=date(2026, 12, 6))
    shown = [str(p) for p in info.value.problems]
    assert shown == [
        f"penalties row {row} column A (number): holds a character that cannot be seen ({char}) at position "
        f"{len(stored[0]) + 1}; delete it and type the text again"
        for row, char in ((3, "U+200B ZERO WIDTH SPACE"), (4, "U+2060 WORD JOINER"))
    ]
    assert _count(demo_db, "penalty_decision") == before


def test_look_alike_hamlet_code_is_refused_alone(exported, target, tmp_path):
    from commune_desk.services.records.records_import import import_records

    db, _ = target
    wb = openpyxl.load_workbook(exported)
    wb["residential_units"]["A4"] = wb["residential_units"]["A3"].value + "\u200b"
    wb.save(tmp_path / "hamlet.xlsx")
    with pytest.raises(ValidationFailed) as info:
        import_records(db, tmp_path / "hamlet.xlsx", "t", today=date(2026, 12, 6))
    shown = [str(p) for p in info.value.problems if str(p).startswith("residential_units")]
    assert shown == [
        "residential_units row 4 column A (code): holds a character that cannot be seen (U+200B ZERO WIDTH SPACE) "
        "at position 4; delete it and type the text again"
    ]
    assert _count(db, "residential_unit") == 0


def test_plan_cells_with_hidden_characters_are_named(tmp_path, db):
    from commune_desk.services.plans.plan_import import import_file
    from tests.plans.helpers import SAMPLE_001, mutate, snapshot

    def change(wb):
        wb["targets"]["A3"] = wb["targets"]["A2"].value + "\u200b"  # looks like CT1 twice
        wb["targets"]["B4"] = "\u202e" + wb["targets"]["B4"].value

    path = mutate(SAMPLE_001, tmp_path / "plan.xlsx", change)
    before = snapshot(db)
    with pytest.raises(ValidationFailed) as info:
        import_file(db, path, "test")
    shown = [str(p) for p in info.value.problems]
    assert shown == [
        "sheet 'targets', row 3, column 'code' (A3): expected text without characters that cannot be seen; "
        "found U+200B ZERO WIDTH SPACE at position 4",
        "sheet 'targets', row 4, column 'text' (B4): expected text without characters that cannot be seen; "
        "found U+202E RIGHT-TO-LEFT OVERRIDE at position 1",
    ]
    assert snapshot(db) == before
