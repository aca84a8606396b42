"""List filter: a filter change to first page + row count + totals in the propaganda model at 100,000 records,
against the same two SQL statements run directly through the same engine, same run."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
N = 100_000
WORDS = ("Tuyên truyền", "Hội nghị", "thôn Đông", "tổ dân phố", "Loa truyền thanh", "phòng, chống mại dâm",
         "thanh niên", "học sinh", "chợ", "khu phố Bắc", "Nói chuyện chuyên đề", "Phát tờ rơi")


def _fill(db) -> None:
    from sqlalchemy import insert

    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.domain.text import fold
    from commune_desk.storage.models import PropagandaRow
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "bench").save(Profile(name="Bench", unit_code="99999", residential_units=tuple(
        ResidentialUnit(f"T{i:02d}", f"Thôn {i}") for i in range(1, 11))))
    rnd = random.Random(5)
    forms = ("loa", "hoi_nghi", "an_pham", "sinh_hoat", "truong_hoc", "mang_xa_hoi", "long_ghep")
    start, now = date(2020, 1, 1), datetime.now()
    rows = []
    for _ in range(N):
        title = " ".join(rnd.sample(WORDS, 3))
        organiser = rnd.choice(("Hội Phụ nữ", "Đoàn Thanh niên", "Công an xã", "UBND xã"))
        rows.append({"activity_date": start + timedelta(days=rnd.randrange(2500)), "form_code": rnd.choice(forms),
                     "title": title, "participants": rnd.randrange(5, 300), "materials": rnd.randrange(0, 100),
                     "unit_id": rnd.randrange(1, 11), "target_groups": "", "organiser": organiser, "note": "",
                     "catalogue_version": "2026.2", "search_text": fold(f"{title} {organiser} "),
                     "created_at": now, "updated_at": now})
    with db.write() as s:
        s.execute(insert(PropagandaRow), rows)


def _filters(base):
    from dataclasses import replace

    return [replace(base, date_from=date(2025, 7, 1), date_to=date(2025, 9, 30)),
            replace(base, unit_code="T03"),
            replace(base, kind_code="loa", text="dong"),
            replace(base, text="thon dong hoc sinh"),
            base]


def _direct(db, flt) -> tuple:
    """The same statements the repository issues, as plain SQL text through the same engine."""
    from sqlalchemy import text

    where, params = ["1=1"], {}
    if flt.date_from:
        where.append("activity_date >= :df")
        params["df"] = flt.date_from
    if flt.date_to:
        where.append("activity_date <= :dt")
        params["dt"] = flt.date_to
    if flt.kind_code:
        where.append("form_code = :fc")
        params["fc"] = flt.kind_code
    if flt.unit_code:
        where.append("unit_id = (SELECT id FROM residential_unit WHERE code = :uc)")
        params["uc"] = flt.unit_code
    for i, word in enumerate(flt.text.split()):
        where.append(f"search_text LIKE :w{i} ESCAPE '\\'")
        params[f"w{i}"] = f"%{word}%"
    clause = " AND ".join(where)
    with db.read() as s:
        totals = s.execute(text(f"SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(materials), 0) "
                                f"FROM propaganda_activity WHERE {clause}"), params).one()
        page = s.execute(text(f"SELECT * FROM propaganda_activity WHERE {clause} "
                              f"ORDER BY activity_date DESC, id DESC LIMIT 200"), params).all()
    return totals, page


def run(repeat: int = 5) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from commune_desk.storage.database import open_database
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS
    from commune_desk.storage.repos.listing import ListFilter, RecordListing
    from commune_desk.ui.models.record_table_model import RecordTableModel
    from commune_desk.ui.views.record_specs import SPECS, Env

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need an application
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.db")
        try:
            _fill(db)
            spec = SPECS["propaganda"]
            model = RecordTableModel(RecordListing(db, KINDS["propaganda"]), spec.columns, ListFilter(),
                                     Env(default_catalogues()), sums=spec.sums)
            filters = _filters(ListFilter())
            ours, base, worst = [], [], 0.0
            for _ in range(repeat):
                for flt in filters:
                    t0 = time.perf_counter()
                    model.set_filter(flt)
                    _ready = (model.rowCount(), model.count, model.totals["participants"])
                    elapsed = time.perf_counter() - t0
                    ours.append(elapsed)
                    worst = max(worst, elapsed)
                    t0 = time.perf_counter()
                    _direct(db, flt)
                    base.append(time.perf_counter() - t0)
        finally:
            db.dispose()
    return [
        {"name": "list filter → page+count+totals, 100k (median)", "ours": statistics.median(ours),
         "baseline": statistics.median(base), "baseline_is": "same SQL as text through the same engine",
         "unit": "s"},
        {"name": "list filter, 100k (worst of all changes)", "ours": worst, "baseline": max(base),
         "baseline_is": "worst of the same SQL run directly", "unit": "s"},
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
