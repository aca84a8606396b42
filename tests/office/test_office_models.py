"""The models and teams indicators travel in report-data.json (accepted by the office's checks) and the office
adds them up commune by commune: the office's figure is the sum of what each commune's report computed."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import build, report_data

CODES = ("MODELS_OPERATING", "MODELS_MAINTAINED", "MODEL_PEOPLE_SERVED", "TEAM_ACTIVITIES")


@pytest.fixture
def commune_figures(tmp_path):
    """The Q3 report figures of two demo communes, exactly as a signed package carries them."""
    from commune_desk.domain.periods import Period
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.packages.period_lifecycle import _indicators
    from commune_desk.services.reports.report_data import collect
    from commune_desk.storage.database import open_database

    out = []
    for seed in (7, 8):
        db = open_database(tmp_path / f"c{seed}.db")
        create_demo(db, year=2026, seed=seed, force=False, actor="t", today=date(2026, 11, 20))
        out.append(_indicators(collect(db, Period.parse("2026-Q3"), as_of=date(2026, 10, 5))))
        db.dispose()
    return out


def test_office_sums_models_and_teams_of_the_communes(office, units, commune_figures, tmp_path):
    from commune_desk.services.office.office_aggregate import aggregate, write_outputs
    from commune_desk.services.office.office_intake import intake_folder

    paths = [build(u, tmp_path / "in", indicators=figures) for u, figures in zip(units[:2], commune_figures)]
    for p in paths:
        sent = {i["code"]: i for i in report_data(p)["indicators"]}
        assert set(CODES) <= set(sent)
        assert all(sent[c]["denominator"] is None and sent[c]["numerator"] >= 0 for c in CODES)
    assert {i["code"]: i["numerator"] for i in commune_figures[0]}["MODELS_OPERATING"] == 3
    summary = intake_folder(office, tmp_path / "in")
    assert not summary.rejected, summary.rejected
    agg = aggregate(office, "2026-Q3")
    figures = {f.code: f for f in agg.figures}
    for code in CODES:
        want = sum(next(i["numerator"] for i in figures_ if i["code"] == code) for figures_ in commune_figures)
        assert (figures[code].rule, figures[code].numerator, figures[code].units) == ("sum", want, 2), code
    _docx, xlsx = write_outputs(office, agg, tmp_path / "out", today=date(2026, 10, 20))
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    label = "Mô hình phòng, chống mại dâm đang hoạt động cuối kỳ"
    lines = [row for ws in wb.worksheets for row in ws.iter_rows(values_only=True) if label in row]
    wb.close()
    assert lines and figures["MODELS_OPERATING"].numerator in lines[0]
