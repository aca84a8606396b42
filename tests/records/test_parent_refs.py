"""The parents a form offers and a record's own parents are read by what they are, never as whole tables: the
matches of typed words (folded, in code and name only, natural code order, LIMIT) and the ids one record names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from commune_desk.domain.records.types import Business, Inspection
from commune_desk.domain.text import fold, natural_key

NAMES = (
    "Nhà nghỉ Hương Đồng",
    "Karaoke Đông Phương",
    "NHÀ NGHỈ Sông Lam",
    "Quán Hoa",
    "Nhà hàng Nghĩa Đô",
    "Cà phê Thôn 2",
    "Cà phê Thôn 10",
    "Massage Ánh Dương",
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A real database file with 40 businesses (some of them an address holding words their name lacks)."""
    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.storage.repos import KINDS, RecordRepository

    db = open_database(tmp_path_factory.mktemp("refs") / "refs.db")
    ProfileRepository(db, "t").save(
        Profile(name="Hòa Mỹ", unit_code="10351", residential_units=(ResidentialUnit("T01", "Thôn Đông"),))
    )
    repo = RecordRepository(db, "t", KINDS["business"], catalogues=default_catalogues())
    parents = []
    for i in range(40):
        b = Business(
            f"CS{i}",
            NAMES[i % len(NAMES)],
            "karaoke",
            date(2026, 1, 5),
            unit_code="T01",
            address="cạnh nhà nghỉ Sơn" if i % 3 == 0 else "",
        )
        repo.add(b)
        parents.append(b)
    yield db, parents
    db.dispose()


def _expected(parents, text: str, limit: int) -> list[str]:
    """The oracle: every word folded in "code name", natural code order, the first `limit`."""
    words = fold(text.replace("·", " ")).split()
    hits = [p for p in parents if all(w in fold(f"{p.code} {p.name}") for w in words)]
    return [p.code for p in sorted(hits, key=lambda p: natural_key(p.code))][:limit]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.lists(
        st.sampled_from(["nha", "NGHI", "nghỉ", "đông", "dong", "thon 1", "cs1", "cs", "a", "ô", "son", "·", "x"]),
        max_size=3,
    ).map(" ".join),
    limit=st.integers(1, 50),
)
def test_find_is_the_folded_match_of_code_and_name_in_code_order(filled, text, limit):
    from commune_desk.storage.repos.parent_refs import ParentRefs

    db, parents = filled
    found = ParentRefs(db).find("businesses", text, limit)
    assert [code for code, _ in found] == _expected(parents, text, limit)
    by_code = {p.code: p.name for p in parents}
    assert all(label == f"{code} · {by_code[code]}" for code, label in found)


def test_nha_nghi_never_offers_a_business_only_its_address_names(filled):
    from commune_desk.storage.repos.parent_refs import ParentRefs

    db, _parents = filled
    found = ParentRefs(db).find("businesses", "nha nghi", 50)
    codes = [code for code, _ in found]
    # CS3 "Quán Hoa" (address "cạnh nhà nghỉ Sơn") is not offered; "Nhà hàng Nghĩa Đô" is: its name holds both
    assert "CS3" not in codes and {"CS0", "CS2", "CS4"} <= set(codes)
    assert ParentRefs(db).label("businesses", "CS12") == "CS12 · Nhà hàng Nghĩa Đô"
    assert ParentRefs(db).label("businesses", "CS99") is None
    assert ParentRefs(db).label("businesses", "cs12") is None  # codes are exact; the form folds them itself


def test_one_record_reads_and_checks_only_its_own_parent(filled):
    """Opening (get) and saving (add, update, problems) an inspection name its business in every statement on the
    business table: none reads the table whole (it may hold 100,000)."""
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS, RecordRepository

    db, _parents = filled
    repo = RecordRepository(
        db, "t", KINDS["inspection"], today=lambda: date(2026, 11, 20), catalogues=default_catalogues()
    )
    seen: list[str] = []

    def capture(_conn, _cursor, statement, _parameters, _context, _many):
        if "FROM business" in statement and "business_id" not in statement.split("FROM business")[1][:3]:
            seen.append(" ".join(statement.split()))

    for engine in (db.read_engine, db.write_engine):
        event.listen(engine, "before_cursor_execute", capture)
    rec = repo.add(Inspection("CS7", date(2026, 3, 2), "Đội 178", "", "khong_vi_pham", "khong"))
    got = repo.get(rec.id)
    assert got.business_code == "CS7"
    assert repo.problems(Inspection("CS99", date(2026, 3, 2), "Đội 178", "", "khong_vi_pham", "khong")) != []
    repo.update(Inspection("CS8", date(2026, 3, 2), "Đội 178", "", "khong_vi_pham", "khong", id=rec.id))
    assert repo.get(rec.id).business_code == "CS8"
    for engine in (db.read_engine, db.write_engine):
        event.remove(engine, "before_cursor_execute", capture)
    assert seen and all("WHERE" in s for s in seen), [s for s in seen if "WHERE" not in s]
