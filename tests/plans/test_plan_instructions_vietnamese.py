"""The plan workbook's huong_dan sheet tells the plan's author how each indicator is counted in Vietnamese (the
catalogue's numerator and denominator notes are English, for developers)."""

from __future__ import annotations

from openpyxl import load_workbook

from commune_desk.domain.indicator_texts import HOW_COUNTED
from commune_desk.domain.indicators import CATALOGUE
from commune_desk.services.plans import plan_format as fmt
from commune_desk.services.plans.plan_template import write_plan_workbook
from tests.ui.english import english_words


def test_every_indicator_has_its_counting_rule_in_vietnamese():
    assert set(HOW_COUNTED) == set(CATALOGUE)
    for code, (numerator, denominator) in HOW_COUNTED.items():
        assert numerator and english_words(numerator) == [], code
        assert english_words(denominator) == [], code
        assert bool(denominator) == bool(CATALOGUE[code].denominator), code  # a ratio keeps its denominator


def test_the_template_workbook_explains_indicators_in_vietnamese(tmp_path):
    path = write_plan_workbook(tmp_path / "mau-ke-hoach.xlsx")
    wb = load_workbook(path, read_only=True)
    try:
        lines = [row[0] for row in wb[fmt.INSTRUCTIONS_SHEET].iter_rows(values_only=True) if row and row[0]]
    finally:
        wb.close()
    catalogue = [line for line in lines if "Tử số:" in line]
    assert len(catalogue) == len(CATALOGUE)
    for line in catalogue:
        described = line.split("Tử số:", 1)[1]
        assert english_words(described) == [], line
    assert any("số người (không phải lượt người)" in line for line in catalogue)
