"""Bench: import a 50,000-record workbook through `records import` vs the fastest honest floor for the same file.

The baseline reads the SAME workbook with python-calamine (the fastest well-kept reader; the import uses it too,
behind the guard) and writes its rows with sqlite3 executemany into its OWN scratch file (never a project
database), with no checks at all. The import adds the guard's scan, the conversions and checks of every cell,
the plan's catalogues and one all-or-nothing transaction through SQLAlchemy.

Run alone: python bench/bench_records_import.py [N]; `run()` is what bench/run.py calls.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from commune_desk.domain.propaganda import PropagandaActivity  # noqa: E402
from commune_desk.domain.records.types import Support  # noqa: E402
from commune_desk.services.demo_data.demo import demo_profile  # noqa: E402
from commune_desk.services.records.records_import import import_records  # noqa: E402
from commune_desk.services.records.records_workbook import write_workbook  # noqa: E402
from commune_desk.storage.database import open_database  # noqa: E402
from commune_desk.storage.repos.bulk import UnitLine  # noqa: E402


def build(n: int, path: Path) -> dict:
    profile = demo_profile(11)
    units = [UnitLine(u.code, u.name, u.kind) for u in profile.residential_units]
    start = date(2025, 1, 1)
    half = n // 2
    propaganda = [PropagandaActivity(start + timedelta(days=i % 365), "loa", f"Tuyên truyền phòng, chống mại dâm số {i}",
                                     40 + i % 50, i % 7, units[i % len(units)].code, ("nguoi_dan",), "Công an xã",
                                     catalogue_version="2026.2") for i in range(half)]
    support = [Support(start + timedelta(days=i % 365), "hoc_nghe", 1 + i % 5, "Trung tâm Giáo dục nghề nghiệp",
                       units[i % len(units)].code, catalogue_version="2026.2") for i in range(n - half)]
    write_workbook(path, profile, units, {"propaganda": propaganda, "reintegration_support": support})
    return {"propaganda": propaganda, "support": support}


def raw_baseline(book: Path, path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds to read `book` with calamine and executemany every data row into a scratch SQLite file."""
    from python_calamine import CalamineWorkbook

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    began, cpu = time.perf_counter(), time.process_time()
    wb = CalamineWorkbook.from_path(str(book))
    with conn:
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            if len(rows) < 3:
                continue
            width = max(len(r) for r in rows)
            table = f"t{abs(hash(name))}"
            conn.execute(f"CREATE TABLE {table} ({', '.join(f'c{i}' for i in range(width))})")
            conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * width)})",
                             [tuple(str(v) if not isinstance(v, (int, float, str)) else v for v in r)
                              + ("",) * (width - len(r)) for r in rows[2:]])
    elapsed = time.perf_counter() - began, time.process_time() - cpu
    conn.close()
    return elapsed


def measure(n: int = 50_000, verbose: bool = False) -> dict[str, tuple[float, float]]:
    """{"import": (wall, CPU seconds), "floor": (wall, CPU seconds)} for `n` records, measured in the same run.

    The machine is shared: wall time waits for other processes, CPU time (time.process_time, this process only)
    does not; both are reported."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        book = tmp / "records.xlsx"
        t0 = time.perf_counter()
        build(n, book)
        if verbose:
            print(f"workbook with {n:,} records built in {time.perf_counter() - t0:.2f} s "
                  f"({book.stat().st_size / 1e6:.1f} MB)")
        db = open_database(tmp / "bench.db")
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            result = import_records(db, book, "bench")
            service = time.perf_counter() - t0, time.process_time() - c0
        finally:
            db.dispose()
        assert sum(v for k, v in result.counts.items() if k != "residential_unit") == n, result.counts
        raw = raw_baseline(book, tmp / "raw.db")
    return {"import": service, "floor": raw}


BASELINE_IS = "the same workbook read by python-calamine + sqlite3 executemany, no checks"


def run(n: int = 50_000) -> list[dict]:
    found = measure(n)
    name = f"records import, {n // 1000}k records (xlsx)"
    return [{"name": f"{name}, wall", "ours": found["import"][0], "baseline": found["floor"][0],
             "baseline_is": BASELINE_IS},
            {"name": f"{name}, CPU", "ours": found["import"][1], "baseline": found["floor"][1],
             "baseline_is": BASELINE_IS + " (time.process_time)"}]


def main(n: int = 50_000) -> None:
    found = measure(n, verbose=True)
    (wall, cpu), (raw_wall, raw_cpu) = found["import"], found["floor"]
    print(f"records import (read + check + write, all or nothing): {wall:.2f} s wall, {cpu:.2f} s CPU")
    print(f"calamine read + sqlite3 executemany, no checks:        {raw_wall:.2f} s wall, {raw_cpu:.2f} s CPU")
    print(f"ratio import / floor: {wall / raw_wall:.1f}x wall, {cpu / raw_cpu:.1f}x CPU")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
