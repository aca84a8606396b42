"""Opening a record form that picks a parent (an inspection's business): from the "new" / "edit" action to the form
shown, at 1,000 and 100,000 businesses, against the same form opened in the same run with no parent list at all.

Run alone: python bench/bench_record_form.py [PARENTS ...]; `run()` is what bench/run.py calls.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))  # the fill reuses bench_record_lists' row maker
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZES = (1_000, 100_000)
REPEAT = 5


def fill(db, parents: int) -> None:
    """Ten residential units, `parents` businesses and one inspection of the last business (code X…, the end of
    every list ordered by code: the parent a first page of N would never hold)."""
    from sqlalchemy import insert

    from bench_record_lists import _rows
    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.storage.repos import KINDS

    ProfileRepository(db, "bench").save(
        Profile(
            name="Bench",
            unit_code="99999",
            residential_units=tuple(ResidentialUnit(f"T{i:02d}", f"Thôn {i}") for i in range(1, 11)),
        )
    )
    cats, rnd = default_catalogues(), random.Random(7)
    with db.write() as s:
        units = [r[0] for r in s.execute(KINDS["business"].row.metadata.tables["residential_unit"].select())]
        rows = _rows(KINDS["business"], cats, rnd, parents, 1, {"residential_unit": units})
        s.execute(insert(KINDS["business"].row), rows)
        last = rows[-1]["id"]
        inspection = _rows(KINDS["inspection"], cats, rnd, 1, 1, {"business": [last]})
        inspection[0]["inspection_date"] = date(2026, 3, 2)
        s.execute(insert(KINDS["inspection"].row), inspection)


def _inspections(stores, areas):
    """The inspection list under the businesses screen, as the app builds it, and the baseline's twin of it."""
    from commune_desk.ui.views.record_view import RecordView

    ours = next(v for v in areas.build("businesses").findChildren(RecordView) if v.entity == "inspection")
    bare = RecordView(
        "inspection",
        stores.record("inspection"),
        stores.listing("inspection"),
        stores.audit,
        stores.periods,
        catalogues=stores.catalogues,
        units=stores.profiles.get().residential_units,
        parent_field="business_code",
        compact=True,
    )
    return ours, bare


def _open(view, app, record=None) -> float:
    t0 = time.perf_counter()
    dialog = view.make_dialog(record)
    dialog.show()
    app.processEvents()
    elapsed = time.perf_counter() - t0
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return elapsed


def measure(db, app) -> dict:
    """Median of REPEAT openings of the new and the edit form, ours and the baseline's, interleaved."""
    from commune_desk.app_wiring import Stores
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.ui.views.record_areas import build_record_areas

    stores = Stores(db, "bench", today=lambda: date(2026, 11, 20), catalogues=default_catalogues())
    areas = build_record_areas(stores, today=lambda: date(2026, 11, 20))
    ours, bare = _inspections(stores, areas)
    inspection = stores.record("inspection").list()[0]
    for view in (ours, bare):
        view.set_parent(inspection.business_code)
    times: dict[str, list[float]] = {"new": [], "new_base": [], "edit": [], "edit_base": []}
    for _ in range(REPEAT):
        times["new"].append(_open(ours, app))
        times["new_base"].append(_open(bare, app))
        times["edit"].append(_open(ours, app, inspection))
        times["edit_base"].append(_open(bare, app, inspection))
    out = {k: statistics.median(v) for k, v in times.items()}
    out["search"], out["search_base"] = _searches(db, stores.parent_refs)
    return out


WORDS_TYPED = (
    "n",
    "nha",
    "nha nghi",
    "thon dong",
    "x00000",
    "x0099999",
    "zzz",
    "q",
    "cs",
)  # common, rare, absent; "q", "cs": under 3 letters and absent, the walk reads every row


def _searches(db, refs) -> tuple[float, float]:
    """Worst of the searches a field makes as letters are typed, against the first 50 businesses in code order
    read raw through the same engine (what a page of the list costs without any search)."""
    ours, base = [], []
    for _ in range(REPEAT):
        for words in WORDS_TYPED:
            t0 = time.perf_counter()
            refs.find("businesses", words)
            ours.append(time.perf_counter() - t0)
        raw = db.read_engine.raw_connection()
        try:
            t0 = time.perf_counter()
            raw.cursor().execute("SELECT code, name FROM business ORDER BY sort_key, id LIMIT 50").fetchall()
            base.append(time.perf_counter() - t0)
        finally:
            raw.close()
    return max(ours), max(base)


def run(sizes=None) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from commune_desk.storage.database import open_database

    app = QApplication.instance() or QApplication([])
    out = []
    for parents in sizes or SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            db = open_database(Path(tmp) / "bench.db")
            try:
                fill(db, parents)
                m = measure(db, app)
            finally:
                db.dispose()
        for action in ("new", "edit"):
            out.append(
                {
                    "name": f"form {action} inspection, {parents // 1000}k businesses: action→shown",
                    "ours": m[action],
                    "baseline": m[f"{action}_base"],
                    "baseline_is": "same form, no parent list, same run",
                    "unit": "s",
                }
            )
        out.append(
            {
                "name": f"form parent search as typed, {parents // 1000}k businesses (worst)",
                "ours": m["search"],
                "baseline": m["search_base"],
                "baseline_is": "first 50 by code, raw SQL, same engine",
                "unit": "s",
            }
        )
    return out


if __name__ == "__main__":
    for r in run([int(a) for a in sys.argv[1:]] or None):
        print(f"{r['name']:<60} {r['ours'] * 1000:8.1f} ms  baseline {r['baseline'] * 1000:8.1f} ms")
