"""Bench: the yearly report (queries, .docx and .xlsx) over 50,000 records vs raw python-docx + openpyxl.

The baseline writes the same tables (same cell texts and values, taken from the same content) with bare
python-docx and openpyxl calls and no official layout, in the same run. Ours includes every query.
Run: python bench/run.py report   (or python bench/bench_report.py [N])
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

N = 50_000
REPEAT = 3


def seed(db, n: int) -> int:
    """The demo commune plus bulk records up to `n` in all (propaganda, support, inspections, trainings)."""
    from commune_desk.domain.propaganda import PropagandaActivity
    from commune_desk.domain.records.types import Inspection, Support
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.repos.bulk import ImportBatch, apply_import, read_all

    create_demo(db, year=2026, seed=3, force=False, actor="bench", today=date(2026, 12, 31))
    profile, _, records = read_all(db)
    have = sum(len(v) for v in records.values())
    units = [u.code for u in profile.residential_units]
    businesses = [b.code for b in records["business"]]
    start, rest = date(2026, 1, 1), max(0, n - have)
    third = rest // 3
    cat = default_catalogues()
    batch = {
        "propaganda": [PropagandaActivity(start + timedelta(days=i % 365), "loa", f"Tuyên truyền số {i}", 40 + i % 50,
                                          i % 7, units[i % len(units)], ("nguoi_dan",), "Công an xã",
                                          catalogue_version=cat.version) for i in range(third)],
        "reintegration_support": [Support(start + timedelta(days=i % 365), "hoc_nghe", 1 + i % 5, "Trung tâm",
                                          units[i % len(units)], catalogue_version=cat.version)
                                  for i in range(third)],
        "inspection": [Inspection(businesses[i % len(businesses)], start + timedelta(days=i % 365), "Đoàn 178",
                                  "Không phát hiện vi phạm", "khong_vi_pham", "khong", catalogue_version=cat.version)
                       for i in range(rest - 2 * third)],
    }
    counts = apply_import(db, "bench", ImportBatch(source="bench", records=batch), cat)
    return have + sum(counts.values())


def baseline(content, folder: Path) -> float:
    """Raw python-docx + openpyxl writing the same statistical tables and indicator table."""
    import docx
    from openpyxl import Workbook

    from commune_desk.services.reports.report_docx import cell, indicator_rows

    began = time.perf_counter()
    document = docx.Document()
    document.add_paragraph("BÁO CÁO")
    tables = [(("STT", "Chỉ số", "Trong kỳ", "Lũy kế năm"), indicator_rows(content))]
    tables += [(t.headers, [[cell(v) for v in r] for r in t.rows]) for t in content.tables]
    for headers, body in tables:
        table = document.add_table(rows=1 + len(body), cols=len(headers))
        for c, h in enumerate(headers):
            table.cell(0, c).text = h
        for r, values in enumerate(body, start=1):
            for c, value in enumerate(values):
                table.cell(r, c).text = str(value)
    document.save(str(folder / "raw.docx"))
    wb = Workbook()
    wb.remove(wb.active)
    for i, t in enumerate(content.tables):
        ws = wb.create_sheet(f"Sheet{i}")
        ws.append(list(t.headers))
        for r in t.rows:
            ws.append(list(r))
    wb.save(str(folder / "raw.xlsx"))
    return time.perf_counter() - began


def run(n: int = N) -> list[dict]:
    from commune_desk.domain.periods import Period
    from commune_desk.services.reports.report_data import collect
    from commune_desk.services.reports.report_service import generate
    from commune_desk.storage.database import open_database

    from commune_desk.render.charts import OffscreenCharts

    with tempfile.TemporaryDirectory() as tmp, OffscreenCharts() as chart:  # the renderer the CLI gives a report
        folder = Path(tmp)
        db = open_database(folder / "bench.db")
        try:
            total = seed(db, n)
            period, day = Period.parse("2026"), date(2027, 1, 5)
            ours, base = [], []
            for i in range(REPEAT):
                began = time.perf_counter()
                generate(db, period, folder / f"out{i}", day=day, number="3", actor="bench", chart=chart)
                ours.append(time.perf_counter() - began)
                base.append(baseline(collect(db, period, as_of=day), folder))
        finally:
            db.dispose()
    return [{"name": f"yearly report, {total:,} records (median of {REPEAT})", "ours": statistics.median(ours),
             "baseline": statistics.median(base), "unit": "s",
             "baseline_is": "raw python-docx + openpyxl writing the same tables (no queries, no layout)"}]


if __name__ == "__main__":
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else N):
        print(f"{row['name']}: ours {row['ours']:.3f} s, baseline {row['baseline']:.3f} s "
              f"({row['ours'] / row['baseline']:.2f}x) — baseline is {row['baseline_is']}")
