"""The units a community model covers (community_model_unit, migration 0020) stay the parts of its `unit_codes`
whoever writes (a form's repository, the import's batch path, a delete and its undo, another tool's raw SQL), and
the models' list filtered by a unit shows exactly the models whose `unit_codes` name it, read through that table."""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.domain.records.community import CommunityModel
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage import records_repos as rr
from commune_desk.storage.database import open_database
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.storage.repos import KINDS, listing
from commune_desk.storage.repos.bulk import ImportBatch, apply_import
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from tests.records.test_list_order import _cuts_the_page, _plans

TODAY = date(2026, 11, 20)
UNITS = ("T01", "T02", "T03", "T04", "T05")  # of demo_profile(4); T09 is covered by no model below
TRIGGERS = ("community_model_unit_insert", "community_model_unit_update", "community_model_unit_delete")


@functools.lru_cache(maxsize=1)
def _template() -> bytes:
    """A new database at head with the demo commune's units, made once and copied for each example."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "t.db")
        ProfileRepository(db, "t").save(demo_profile(4))
        db.dispose()
        return (Path(tmp) / "t.db").read_bytes()


def _fresh(tmp: Path):
    path = tmp / "m.db"
    path.write_bytes(_template())
    return open_database(path), path


def _model(n: int, units) -> CommunityModel:
    return CommunityModel(
        f"MH{n:03d}", f"Mô hình số {n}", "ho_tro_nguoi_ban_dam", date(2025, 5, 1), unit_codes=tuple(units)
    )


def mismatch(conn: sqlite3.Connection) -> tuple[set, set]:
    """(rows the unit table lacks, rows it has too many): empty both when it is the split of every unit_codes."""
    expected = {
        (i, part)
        for i, codes in conn.execute("SELECT id, unit_codes FROM community_model")
        for part in (codes or "").split(";")
        if part
    }
    rows = conn.execute("SELECT model_id, unit_code FROM community_model_unit").fetchall()
    assert len(rows) == len(set(rows)), "a unit twice for one model"
    return expected - set(rows), set(rows) - expected


def _listed(db, unit: str) -> tuple[set, int]:
    """(ids on the unit's pages, its count) as the models' list shows them, 7 records a page."""
    models = RecordListing(db, KINDS["community_model"])
    flt, ids, offset = ListFilter(unit_code=unit), [], 0
    while True:
        page, _extras = models.page(flt, offset=offset, limit=7, sort="code", descending=True)
        ids += [r.id for r in page]
        if len(page) < 7:
            break
        offset += 7
    assert len(ids) == len(set(ids))
    return set(ids), models.totals(flt)[0]


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.lists(st.sampled_from(UNITS), unique=True, max_size=4)),
        st.tuples(st.just("update"), st.integers(0, 40), st.lists(st.sampled_from(UNITS), unique=True, max_size=4)),
        st.tuples(st.just("delete"), st.integers(0, 40)),
        st.tuples(st.just("restore")),  # the undo of the last delete, under its old id
        st.tuples(st.just("import"), st.lists(st.lists(st.sampled_from(UNITS), unique=True, max_size=4), max_size=6)),
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, walk=st.sampled_from([0, listing.WALK, 10**9]))
def test_the_app_s_writes_keep_the_unit_rows_and_the_filter_lists_what_unit_codes_say(
    tmp_path_factory, monkeypatch, ops, walk
):
    # walk 0: every page of a unit as EXISTS; 10**9: as IN; WALK: as the listing chooses
    monkeypatch.setattr(listing, "WALK", walk)
    db, path = _fresh(tmp_path_factory.mktemp("units"))
    repo = rr.ModelRepository(db, "t", today=lambda: TODAY, catalogues=default_catalogues())
    made, deleted = 0, []
    try:
        for op in ops:
            ids = [m.id for m in repo.list()]
            if op[0] == "add":
                made += 1
                repo.add(_model(made, op[1]))
            elif op[0] == "update" and ids:
                old = repo.get(ids[op[1] % len(ids)])
                repo.update(replace(old, unit_codes=tuple(op[2])))
            elif op[0] == "delete" and ids:
                deleted.append(repo.delete(ids[op[1] % len(ids)]))
            elif op[0] == "restore" and deleted and deleted[-1].id not in ids:
                repo.restore(deleted.pop(), default_catalogues())
            elif op[0] == "import" and op[1]:
                records = []
                for units in op[1]:
                    made += 1
                    records.append(_model(made, units))
                apply_import(
                    db, "t", ImportBatch(source="test", records={"community_model": records}), default_catalogues()
                )
            conn = sqlite3.connect(path)
            try:
                assert mismatch(conn) == (set(), set()), op
            finally:
                conn.close()
        stored = {m.id: m.unit_codes for m in repo.list()}
        for unit in (*UNITS, "T09", "T0"):  # "T0": a prefix of every code, covered by none
            expected = {i for i, units in stored.items() if unit in units}
            assert _listed(db, unit) == (expected, len(expected)), unit
    finally:
        db.dispose()


def _raw_insert(conn: sqlite3.Connection, n: int, codes: str, code: str = "") -> None:
    conn.execute(
        "INSERT INTO community_model (id, code, name, kind_code, set_up_date, partner, unit_codes, note, "
        "catalogue_version, created_at, updated_at) VALUES (?, ?, 'm', 'k', '2025-01-01', '', ?, '', '', '2026-01-01 08:00:00.000000', "
        "'2026-01-01 08:00:00.000000')",
        (n, code or f"M{n}", codes),
    )


# No NUL: SQLite's text functions end a text at it (a unit code holding one is not a code anyone can type).
CODES = st.lists(st.text(alphabet=';\\"\t\n\x1f ab€ặ', max_size=6), max_size=5).map(";".join)


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["insert", "update", "delete", "renumber"]), st.integers(1, 6), CODES),
        min_size=1,
        max_size=12,
    )
)
def test_any_string_written_by_another_tool_is_split_as_the_app_reads_it(steps):
    """Raw SQL without foreign keys on (as the sqlite3 shell opens a file): quotes, backslashes, control
    characters, empty parts and a code given twice must neither break a write nor leave the table untrue."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "raw.db"
        path.write_bytes(_template())
        conn = sqlite3.connect(path)
        try:
            for k, (what, n, codes) in enumerate(steps):
                if what == "insert":
                    if not conn.execute("SELECT 1 FROM community_model WHERE id = ?", (n,)).fetchone():
                        _raw_insert(conn, n, codes, f"M{k}")
                        assert conn.execute("SELECT unit_codes FROM community_model WHERE id = ?", (n,)).fetchone() == (
                            codes,
                        )
                elif what == "update":
                    conn.execute("UPDATE community_model SET unit_codes = ? WHERE id = ?", (codes, n))
                elif what == "renumber":
                    conn.execute("UPDATE OR IGNORE community_model SET id = id + 10 WHERE id = ?", (n,))
                else:
                    conn.execute("DELETE FROM community_model WHERE id = ?", (n,))
                assert mismatch(conn) == (set(), set()), (what, n, codes)
        finally:
            conn.close()


@pytest.mark.parametrize("dropped", [None, *TRIGGERS])
def test_without_any_one_of_its_triggers_the_table_goes_untrue(tmp_path, dropped):
    """The check above would catch a missing trigger: each one dropped in turn leaves the table wrong after an
    insert, an update and a delete; with all three it stays right."""
    path = tmp_path / "t.db"
    path.write_bytes(_template())
    conn = sqlite3.connect(path)
    try:
        if dropped:
            conn.execute(f"DROP TRIGGER {dropped}")
        wrong = []
        for step in (
            lambda: _raw_insert(conn, 1, "T01;T02"),
            lambda: conn.execute("UPDATE community_model SET unit_codes = 'T03' WHERE id = 1"),
            lambda: conn.execute("DELETE FROM community_model WHERE id = 1"),
        ):
            step()
            wrong.append(mismatch(conn) != (set(), set()))
        assert wrong == [dropped == name for name in TRIGGERS]
    finally:
        conn.close()


def test_the_unit_rows_are_filled_per_batch_by_the_import(tmp_path, monkeypatch):
    """The records import does the insert trigger's work once for its rows (storage/batch_triggers.py)."""
    from commune_desk.storage import batch_triggers

    replayed: list = []
    real = batch_triggers._replay
    monkeypatch.setattr(batch_triggers, "_replay", lambda s, t, last: replayed.append(t.name) or real(s, t, last))
    db, path = _fresh(tmp_path)
    try:
        # the last: a unit twice, which only a file past the rules could hold; the batch path must not break on it
        records = [_model(n, UNITS[: n % 4]) for n in range(1, 9)] + [
            _model(9, ("T02", "T01")),
            _model(10, ("T01",) * 2),
        ]
        apply_import(db, "t", ImportBatch(source="test", records={"community_model": records}), default_catalogues())
    finally:
        db.dispose()
    assert "community_model_unit_insert" in replayed
    conn = sqlite3.connect(path)
    try:
        assert mismatch(conn) == (set(), set())
        assert conn.execute("SELECT count(*) FROM community_model_unit").fetchone() == (15,)
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert set(TRIGGERS) <= names  # put back after the batch
    finally:
        conn.close()


@pytest.mark.parametrize(
    "walk,page_reads", [(10**9, "ix_community_model_unit_code"), (0, "ix_community_model_sort_key")]
)
def test_a_unit_filter_counts_from_the_unit_index_and_pages_by_the_cheaper_plan(db, monkeypatch, walk, page_reads):
    monkeypatch.setattr(listing, "WALK", walk)
    with db.write() as s:
        _raw_insert(s.connection().connection.driver_connection, 1, "T01;T02")
    plans = _plans(db, "community_model", ListFilter(unit_code="T01"))
    # the list's own statements, not the page's look at how many models cover the unit (FROM (SELECT … LIMIT n))
    plans = [(st_, plan) for st_, plan in plans if "FROM (SELECT" not in st_]
    counted = [plan for st_, plan in plans if st_.lstrip().startswith("SELECT count(")]
    assert counted and all("COVERING INDEX ix_community_model_unit_code (unit_code=?)" in p for p in counted), plans
    assert not any("SCAN" in p for p in counted), counted  # no model is tested: the unit's range is read
    page = [plan for st_, plan in plans if _cuts_the_page(st_)]
    assert page and all(page_reads in p for p in page), page
    if walk == 0:  # many models cover the unit: walk the list's order, test each model, no sort
        assert not any("TEMP B-TREE" in p for p in page), page
