"""The records import's fast paths (issue 20 item 10) give exactly what the straightforward paths give.

- the write: `bulk_insert` (column lists, executemany with SQLAlchemy's bind processors) stores the same rows and
  child rows, value for value, as adding each record through the ORM one by one;
- `Kind.column_lists` equals `Kind.to_columns` record by record, for every kind;
- the reader's per-column conversion (one from_cell per distinct value) equals converting every cell, problems
  included, in the same order;
- `legacy_encoding` (counted by the regular expression engine) judges as the loop it replaced.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.records.types import PersonIdentity, TrainingLine
from commune_desk.services.records.records_read import _BLANK, _Reader
from commune_desk.services.records.records_sheets import CellError, from_cell
from commune_desk.storage.repos import base
from commune_desk.storage.repos.kinds import CHILD_TABLES, KINDS, child_rows

UNITS = ("T01", "T02", "T03")


def add_units(s) -> None:
    """The residential units T01-T03 (ids 1-3) in the session's database, named by their codes."""
    for i, code in enumerate(UNITS, start=1):
        s.execute(
            text(
                "INSERT INTO residential_unit (id, code, name, kind, active, sort_order) "
                "VALUES (:i, :c, :c, 'thôn', 1, :i)"
            ),
            {"i": i, "c": code},
        )


WORDS = "aăâbdđeêioôơuưy ÀÁẢÃẠàáảãạĐđỆệỗ 0123456789;=-,.Ꜳ\u0301\u00a0"
texts = st.text(WORDS, max_size=12)
codes = st.text("abcxyz_0123456789", min_size=1, max_size=6)
dates = st.dates(date(2020, 1, 1), date(2027, 12, 31))
counts = st.integers(0, 10**6)


def _strategy(field_type: str, name: str):
    if name in ("unit_code", "team_code", "business_code", "hotspot_code", "model_code", "merged_into_code"):
        return st.sampled_from(("",) + UNITS + ("X99",))
    return {
        "str": texts,
        "int": counts,
        "int | None": st.none() | counts,
        "date": dates,
        "date | None": st.none() | dates,
        "tuple[str, ...]": st.lists(codes, max_size=3).map(tuple),
        # a child's codes are unique per record (the schema says so; the import refuses a repeated column)
        "tuple[tuple[str, int], ...]": st.lists(st.tuples(codes, counts), max_size=3, unique_by=lambda p: p[0]).map(
            tuple
        ),
        "tuple[TrainingLine, ...]": st.lists(
            st.builds(TrainingLine, codes, codes, counts, st.none() | counts),
            max_size=3,
            unique_by=lambda line: (line.role, line.level),
        ).map(tuple),
        "PersonIdentity | None": st.none() | st.builds(PersonIdentity, texts, texts, texts),
    }[field_type]


def records_of(kind):
    return st.builds(kind.record, **{f.name: _strategy(f.type, f.name) for f in fields(kind.record) if f.name != "id"})


LOOKUPS = {
    "units": {"T01": 1, "T02": 2, "T03": 3},
    "teams": {"T01": 7},
    "businesses": {"T02": 4},
    "hotspots": {"T03": 5},
    "models": {"T01": 6},
}


@settings(max_examples=60, deadline=None)
@given(data=st.data(), entity=st.sampled_from(sorted(KINDS)))
def test_column_lists_are_to_columns_record_by_record(data, entity):
    kind = KINDS[entity]
    records = data.draw(st.lists(records_of(kind), max_size=6))
    lists = kind.column_lists(records, LOOKUPS)
    each = [kind.to_columns(rec, LOOKUPS) for rec in records]
    if records:
        assert list(lists) == list(each[0])
    assert [dict(zip(lists, row)) for row in zip(*lists.values())] == each


# ---- the write ---------------------------------------------------------------------------------------------------
WRITTEN = (
    "propaganda",
    "training",
    "penalty_decision",
    "reintegration_support",
    "business",
    "healthy_commune_assessment",
    "tipoff",
)
NOW = datetime(2026, 5, 4, 3, 2, 1, 123456)


class _Fixed(datetime):
    @classmethod
    def now(cls, tz=None):
        return NOW


def _tables(kind) -> list[str]:
    out = [kind.row.__table__.name]
    if kind.child in CHILD_TABLES:
        out.append(CHILD_TABLES[kind.child][0].__table__.name)
    return out


def _dump(s, tables) -> dict:
    out = {}
    for table in tables:
        result = s.execute(text(f"SELECT * FROM {table} ORDER BY rowid"))
        # typeof(): the stored type matters too (a date kept as text, a count as an integer)
        out[table] = [tuple(zip(result.keys(), row)) for row in result.all()]
        out[table + " types"] = s.execute(
            text(f"SELECT {', '.join(f'typeof({c})' for c in result.keys())} FROM {table} ORDER BY rowid")
        ).all()
    return out


def _unique(entity, records):
    """Values the schema keeps unique made unique (the import refuses duplicates before it writes)."""
    if entity == "business":
        return [replace(r, code=f"{r.code}{i}") for i, r in enumerate(records)]
    if entity == "penalty_decision":
        return [replace(r, number=f"{r.number}/{i}") for i, r in enumerate(records)]
    if entity == "healthy_commune_assessment":
        return [replace(r, year=2000 + i) for i, r in enumerate(records)]
    return records


@pytest.fixture(scope="module")
def two_dbs(tmp_path_factory):
    from commune_desk.storage.database import open_database

    folder = Path(tmp_path_factory.mktemp("fast_write"))
    dbs = [open_database(folder / name) for name in ("fast.db", "plain.db")]
    for db in dbs:
        with db.write() as s:
            add_units(s)
    yield dbs
    for db in dbs:
        db.dispose()


class _Undo(Exception):
    pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), entity=st.sampled_from(WRITTEN))
def test_the_fast_write_stores_what_one_by_one_stores(two_dbs, monkeypatch, data, entity):
    from commune_desk.services.plans.catalogues import default_catalogues

    monkeypatch.setattr(base, "datetime", _Fixed)
    fast_db, plain_db = two_dbs
    kind = KINDS[entity]
    records = _unique(entity, data.draw(st.lists(records_of(kind), min_size=1, max_size=8)))
    catalogues = default_catalogues()
    dumps = []
    for db, fast in ((fast_db, True), (plain_db, False)):
        try:
            with db.write() as s:
                lookups = base.load_lookups(s)
                if fast:
                    base.bulk_insert(s, "test", kind, records, lookups, catalogues, source="t.xlsx")
                else:
                    first = (s.execute(text(f"SELECT max(id) FROM {kind.row.__table__.name}")).scalar() or 0) + 1
                    stamp = {"created_at": NOW, "updated_at": NOW} if hasattr(kind.row, "created_at") else {}
                    for rid, rec in enumerate(records, start=first):
                        s.add(kind.row(id=rid, **kind.to_columns(rec, lookups), **stamp))
                        s.flush()
                        for row_cls, values in child_rows(kind, rec, rid, catalogues):
                            s.add(row_cls(**values))
                    s.flush()
                dumps.append(_dump(s, _tables(kind)))
                raise _Undo
        except _Undo:
            pass
    assert dumps[0] == dumps[1]
    assert len(dumps[0][kind.row.__table__.name]) == len(records)


# ---- the reader's conversions ------------------------------------------------------------------------------------
cell_values = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "",
            " ",
            "1",
            "1.000",
            "x",
            "01/02/2026",
            "31/02/2026",
            "Thôn 1",
            "Th«n",
            "Vieät",
            "a;b",
            "a=1;b=2",
            "a=x",
            "có",
            "không",
            "  T01 ",
        ]
    ),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-3, max_value=3),
    st.booleans(),
    st.dates(date(2025, 1, 1), date(2025, 1, 5)),
    st.datetimes(datetime(2025, 1, 1), datetime(2025, 1, 3)),
    texts,
)


@settings(max_examples=200, deadline=None)
@given(column=st.lists(cell_values, max_size=25), kind=st.sampled_from(sorted(_BLANK)))
def test_a_column_converts_as_its_cells_do(column, kind):
    fast, plain = _Reader(None), _Reader(None)
    numbers = list(range(3, 3 + len(column)))
    failed_at: dict = {}
    got = fast.convert_column("s", numbers, {"f": "B"}, "f", column, kind, failed_at)
    for j in sorted(failed_at):
        fast.problems.extend(p for _name, p in failed_at[j])
    expected = []
    for number, value in zip(numbers, column):
        try:
            expected.append(from_cell(value, kind))
        except CellError:
            expected.append(_BLANK[kind])
        plain.convert("s", number, {"f": "B"}, "f", value, kind, set())
    assert got == expected and [type(v) for v in got] == [type(v) for v in expected]
    assert [(p.where, p.message, p.args) for p in fast.problems] == [
        (p.where, p.message, p.args) for p in plain.problems
    ]
    assert sorted(failed_at) == [j for j, p in enumerate(column) if _fails(p, kind)]


def _fails(value, kind) -> bool:
    try:
        from_cell(value, kind)
    except CellError:
        return True
    return False


# ---- legacy encoding ----------------------------------------------------------------------------------------------
def _legacy_as_it_was(text_: str) -> str:
    from commune_desk.domain.records import legacy as lg

    if not text_ or text_.isascii():
        return ""
    tcvn = sum(1 for ch in text_ if ch in lg._TCVN3)
    vni_marks = sum(1 for ch in text_ if ch in lg._VNI_MARKS)
    vni_pairs = sum(1 for m in lg._VNI_PAIR.finditer(text_) if m.group(0).lower() not in lg._VIETNAMESE_PAIRS)
    if tcvn and tcvn >= vni_marks:
        return "TCVN3/ABC"
    if vni_marks or vni_pairs:
        return "VNI"
    return ""


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        "aeiouyAEIOUY ıİ\u212b"
        + "".join(sorted(set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÆÇÐ×ØÞßæç÷øþÖÜøïëäåöüñûÿîÏÛÕØâêôùøûõïáàåäëéèçÂÊÔÀÁệỗươ"))),
        max_size=12,
    )
)
def test_legacy_encoding_judges_as_before(text_):
    from commune_desk.domain.records.legacy import legacy_encoding

    assert legacy_encoding(text_) == _legacy_as_it_was(text_)


def test_the_pair_letters_are_those_the_case_folded_classes_match():
    import sys

    from commune_desk.domain.records import legacy as lg

    first, second = (re.compile(f"[{part}]", re.IGNORECASE) for part in lg._VNI_PAIR.pattern[1:-1].split("]["))
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    assert {c for c in every if first.fullmatch(c)} == set(lg._VNI_FIRST)
    assert {c for c in every if second.fullmatch(c)} == set(lg._VNI_SECOND)
    for a in lg._VNI_FIRST:  # every pair, alone and inside a word
        for b in lg._VNI_SECOND:
            for text_ in (a + b, f"xy{a}{b}ô", f"{b}{a}{b}{a}"):
                assert lg.legacy_encoding(text_) == _legacy_as_it_was(text_), text_


def test_the_legacy_examples_still_hold():
    from commune_desk.domain.records.legacy import legacy_encoding

    assert legacy_encoding("Th«n 3") == "TCVN3/ABC"
    assert legacy_encoding("Vieät") == "VNI"
    assert legacy_encoding("Thôn Đông 3") == ""
