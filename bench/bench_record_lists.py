"""Every record list at 100,000 records of its kind: a filter change to first page + count + totals in the generic
table model (the screen's own path), against the very SQL statements that change issued, replayed through the
same engine's raw connection in the same run (what is left is the price of the listing and the model in Python).

Run alone: python bench/bench_record_lists.py [ENTITY ...]; `run()` is what bench/run.py calls.
"""

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
N = int(os.environ.get("BENCH_LIST_N", "100000"))  # records per kind (smaller only to try the bench out)
PARENTS = 1_000  # businesses, hotspots, models under the child lists
WORDS = (
    "Tuyên truyền",
    "Hội nghị",
    "thôn Đông",
    "tổ dân phố",
    "Loa truyền thanh",
    "phòng, chống mại dâm",
    "thanh niên",
    "học sinh",
    "chợ",
    "khu phố Bắc",
    "Nói chuyện chuyên đề",
    "Phát tờ rơi",
    "nhà nghỉ",
)
UNITS = tuple(f"T{i:02d}" for i in range(1, 11))  # the bench commune's residential units
UNIQUE_TEXT = {"code", "number"}  # unique columns get a counter, not a word
CHILDREN = {
    "participants": (
        "training_participant",
        "training_id",
        lambda rnd: {
            "role_code": "can_bo",
            "level_code": "xa",
            "count": rnd.randrange(1, 40),
            "persons": rnd.randrange(0, 10),
        },
    ),
    "members": ("team_member", "team_id", lambda rnd: {"role_code": "thanh_vien", "count": rnd.randrange(1, 20)}),
    "served": (
        "community_model_served",
        "figures_id",
        lambda rnd: {"sex": "nu", "age_group_code": "18_30", "persons": rnd.randrange(0, 30)},
    ),
}


def _codes(cats, kind, column) -> list[str] | None:
    """The catalogue codes a code column draws from (so the kind filter and label search find something)."""
    from commune_desk.storage.repos.listing import SHAPES

    if column == SHAPES.get(kind.entity, (None, "", ""))[1]:
        from commune_desk.ui.views.record_specs import SPECS

        spec = SPECS[kind.entity]
        if spec.kind_catalogue:
            return cats[spec.kind_catalogue].codes()
    return None


def _rows(kind, cats, rnd, n: int, first_id: int, parents: dict) -> list[dict]:
    """`n` rows of `kind`'s table, every column filled by its type; search_text folded as the app folds it."""
    from sqlalchemy import Date, DateTime, Integer

    from commune_desk.domain.text import fold, natural_key
    from commune_desk.storage.models import MAINTAINED
    from commune_desk.storage.repos.kinds import text_key

    table = kind.row.__table__
    fks = {c.name: parents[next(iter(c.foreign_keys)).column.table.name] for c in table.c if c.foreign_keys}
    start, now = date(2020, 1, 1), datetime.now()
    choices = {c.name: _codes(cats, kind, c.name) for c in table.c}
    out = []
    for i in range(n):
        rid = first_id + i
        row: dict = {"id": rid}
        for c in table.c:
            if c.name in ("id", "search_text", "sort_key") or c.name in MAINTAINED or c.name.endswith("_key"):
                continue  # derived: below, or kept by the database's triggers from the child rows
            if c.name in fks:
                ids = fks[c.name]
                row[c.name] = rnd.choice(ids) if ids and (not c.nullable or rnd.random() < 0.8) else None
            elif isinstance(c.type, DateTime):
                row[c.name] = now
            elif isinstance(c.type, Date):
                row[c.name] = start + timedelta(days=rnd.randrange(2500))
            elif isinstance(c.type, Integer):
                row[c.name] = rid if c.name == "year" else rnd.randrange(0, 300)
            elif choices.get(c.name):
                row[c.name] = rnd.choice(choices[c.name])
            elif c.name in UNIQUE_TEXT:
                row[c.name] = f"X{rid:07d}"
            elif c.name == "unit_codes":  # one to three of the first nine units: T10 is covered by no model
                row[c.name] = ";".join(rnd.sample(UNITS[:9], rnd.randint(1, 3)))
            elif c.name == "quarter":
                row[c.name] = f"{1900 + rid // 4}-Q{rid % 4 + 1}"  # unique per model: one quarter per row
            else:
                row[c.name] = " ".join(rnd.sample(WORDS, 2))
        row["search_text"] = fold(" ".join(str(row.get(f) or "") for f in kind.search_fields))
        if kind.sort_field:
            row["sort_key"] = natural_key(row[kind.sort_field] or "")
        for name in kind.text_sorts:
            row[f"{name}_key"] = text_key(row[name])
        out.append(row)
    return out


def fill(db, entities) -> None:
    """Ten residential units, a few teams, PARENTS parents of each child list and N records of every entity."""
    from sqlalchemy import insert, text

    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.storage.repos import KINDS

    ProfileRepository(db, "bench").save(
        Profile(
            name="Bench",
            unit_code="99999",
            residential_units=tuple(ResidentialUnit(code, f"Thôn {int(code[1:])}") for code in UNITS),
        )
    )
    cats, rnd = default_catalogues(), random.Random(5)
    with db.write() as s:
        parents = {"residential_unit": [r[0] for r in s.execute(text("SELECT id FROM residential_unit"))]}
        for entity, size in (("team", 20), ("business", PARENTS), ("hotspot", PARENTS), ("community_model", PARENTS)):
            kind = KINDS[entity]
            rows = _rows(kind, cats, rnd, size, 1, parents)
            s.execute(insert(kind.row), rows)
            parents[kind.row.__tablename__] = [r["id"] for r in rows]
        for entity in entities:
            kind = KINDS[entity]
            first = (s.scalar(text(f"SELECT max(id) FROM {kind.row.__tablename__}")) or 0) + 1
            rows = _rows(kind, cats, rnd, N, first, parents)
            s.execute(insert(kind.row), rows)
            if kind.child in CHILDREN:
                table, fk, make = CHILDREN[kind.child]
                kids = [{fk: r["id"], **make(rnd)} for r in rows for _ in range(2)]
                for k, kid in enumerate(kids):  # two lines per record: the second of another role / sex
                    if k % 2:
                        kid.update({"role_code": "tinh_nguyen_vien"} if "role_code" in kid else {})
                        kid.update({"sex": "nam"} if "sex" in kid else {})
                s.execute(
                    text(f"INSERT INTO {table} ({', '.join(kids[0])}) VALUES ({', '.join(':' + c for c in kids[0])})"),
                    kids,
                )


def filters(entity: str, spec, cats) -> list:
    """What a user does to a list: nothing, a quarter, a unit, a kind with a word, three words, a parent."""
    from commune_desk.storage.repos.listing import SHAPES, ListFilter

    date_field, _kind_field, parent = SHAPES[entity]
    out = [ListFilter()]
    if date_field:
        out.append(ListFilter(date_from=date(2025, 7, 1), date_to=date(2025, 9, 30)))
    if spec.has_unit:
        out.append(ListFilter(unit_code="T03"))
    if entity == "community_model":  # a unit covered by ~20 % of the models, and one covered by none
        out.append(ListFilter(unit_code="T10"))
    if spec.kind_catalogue:
        out.append(ListFilter(kind_code=cats[spec.kind_catalogue].codes()[0], text="dong"))
    out.append(ListFilter(text="thon dong hoc sinh"))
    if parent:
        out.append(ListFilter(parent_code="X0000007"))
    return out


def measure(db, entity: str, repeat: int = 3) -> dict:
    """Median and worst of a filter change in the model, and of the same SQL replayed raw."""
    from sqlalchemy import event

    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS
    from commune_desk.storage.repos.listing import ListFilter, RecordListing
    from commune_desk.ui.models.record_table_model import RecordTableModel
    from commune_desk.ui.views.record_specs import SPECS, Env
    from commune_desk.storage.profile_repo import ProfileRepository

    cats, spec = default_catalogues(), SPECS[entity]
    env = Env(cats, ProfileRepository(db, "bench").get().residential_units)
    model = RecordTableModel(
        RecordListing(db, KINDS[entity]), spec.columns, filters(entity, spec, cats)[0], env, sums=spec.sums
    )
    statements: list = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # not BEGIN/COMMIT of the session
            statements.append((statement, parameters))

    def replayed() -> float:
        raw = db.read_engine.raw_connection()
        try:
            t0 = time.perf_counter()
            for statement, parameters in statements:
                raw.cursor().execute(statement, parameters).fetchall()
            return time.perf_counter() - t0
        finally:
            raw.close()

    listing = RecordListing(db, KINDS[entity])
    ours, base, pages, page_base = [], [], [], []
    for _ in range(repeat):
        for flt in filters(entity, spec, cats):
            statements.clear()
            event.listen(db.read_engine, "before_cursor_execute", capture)
            t0 = time.perf_counter()
            model.set_filter(flt)
            _ready = (model.rowCount(), model.count, dict(model.totals))
            ours.append(time.perf_counter() - t0)
            event.remove(db.read_engine, "before_cursor_execute", capture)
            base.append(replayed())
            # The first page alone, as the model asks for it: what a screen showing the page before its count
            # and totals would wait for (not what the list waits for today: that is the row above).
            statements.clear()
            event.listen(db.read_engine, "before_cursor_execute", capture)
            t0 = time.perf_counter()
            listing.page(flt, limit=200, sort=spec.columns[0].key, descending=True, labels=env.labels_for(spec.columns))
            pages.append(time.perf_counter() - t0)
            event.remove(db.read_engine, "before_cursor_execute", capture)
            page_base.append(replayed())
    # A click on a column header: the first page sorted by that column, each way (the count does not change).
    labels = env.labels_for(spec.columns)
    sorts, sort_base = [], []
    for column in spec.columns:
        for descending in (False, True):
            statements.clear()
            event.listen(db.read_engine, "before_cursor_execute", capture)
            t0 = time.perf_counter()
            listing.page(ListFilter(), limit=200, sort=column.key, descending=descending, labels=labels)
            sorts.append(time.perf_counter() - t0)
            event.remove(db.read_engine, "before_cursor_execute", capture)
            sort_base.append(replayed())
    return {
        "sort_worst": max(sorts),
        "sort_base_worst": max(sort_base),
        "median": statistics.median(ours),
        "worst": max(ours),
        "base_median": statistics.median(base),
        "base_worst": max(base),
        "page_worst": max(pages),
        "page_base_worst": max(page_base),
    }


def run(entities=None) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from commune_desk.storage.database import open_database
    from commune_desk.ui.views.record_specs import SPECS

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need an application
    entities = list(entities or SPECS)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.db")
        try:
            fill(db, entities)
            with db.write() as s:
                from sqlalchemy import text

                s.execute(text("ANALYZE"))
            db.dispose()  # the last connection closed folds the fill's WAL (hundreds of MB) into the file
            db = open_database(Path(tmp) / "bench.db")
            # As the app does before it builds its views (ui/session.py): what exists now is frozen out of the
            # cyclic collector, whose full sweeps (~40 ms over this process) otherwise land in random measurements.
            import gc

            gc.collect()
            gc.freeze()
            for entity in entities:
                m = measure(db, entity)
                out.append(
                    {
                        "name": f"list {entity} {N // 1000}k: filter→page+count+totals (median)",
                        "ours": m["median"],
                        "baseline": m["base_median"],
                        "baseline_is": "same SQL replayed raw, same engine",
                        "unit": "s",
                    }
                )
                out.append(
                    {
                        "name": f"list {entity} {N // 1000}k: worst filter change",
                        "ours": m["worst"],
                        "baseline": m["base_worst"],
                        "baseline_is": "worst of the same SQL replayed raw",
                        "unit": "s",
                    }
                )
                out.append(
                    {
                        "name": f"list {entity} {N // 1000}k: worst sort by a column (first page)",
                        "ours": m["sort_worst"],
                        "baseline": m["sort_base_worst"],
                        "baseline_is": "worst of the sort's SQL replayed raw",
                        "unit": "s",
                    }
                )
                out.append(
                    {
                        "name": f"list {entity} {N // 1000}k: worst first page alone (no count/totals)",
                        "ours": m["page_worst"],
                        "baseline": m["page_base_worst"],
                        "baseline_is": "worst of the page's SQL replayed raw",
                        "unit": "s",
                    }
                )
        finally:
            db.dispose()
    return out


if __name__ == "__main__":
    for r in run(sys.argv[1:] or None):
        print(f"{r['name']:<60} {r['ours'] * 1000:8.1f} ms  baseline {r['baseline'] * 1000:8.1f} ms")
