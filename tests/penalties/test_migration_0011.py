"""Migration 0011 from a stored database of schema 0010 holding every old violation code: mapped where
unambiguous, flagged "cần rà soát" with the old values kept otherwise, nothing lost.

The fixture tests/fixtures/schema_0010_penalties.db was made by `python -m tests.penalties.test_migration_0011`
(build_fixture below) with the schema of revision 0010 and is committed: the test opens the stored file.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_0010_penalties.db"
# id, number, decision date, old code, fine, additional measures, expected (new code or None), reason part
ROWS = [
    (1, "01/QĐ-XPHC", "2026-12-16", "mua_dam", 1_500_000, "tich_thu", "nd282_d32_k1", ""),
    (2, "02/QĐ-XPHC", "2026-02-10", "mua_dam", 2_000_000, "", "nd282_d32_k1", ""),
    (3, "03/QĐ-XPHC", "2025-06-02", "mua_dam", 1_000_000, "", None, "NĐ 144/2021"),
    (4, "04/QĐ-XPHC", "2026-03-01", "ban_dam", 400_000, "nop_lai_loi_bat_hop_phap", "nd282_d33_k1", ""),
    (5, "05/QĐ-XPHC", "2026-03-02", "ban_dam", 800_000, "", None, "ngoài khung 300.000–500.000"),
    (6, "06/QĐ-XPHC", "2026-03-03", "ban_dam", 0, "", None, "không rõ là cảnh cáo"),
    (7, "07/QĐ-XPHC", "2026-03-04", "mua_dam_tang_nang", 3_000_000, "", None, "gộp hai trường hợp"),
    (8, "08/QĐ-XPHC", "2026-03-05", "chua_mai_dam", 25_000_000, "", None, "Bộ luật Hình sự Điều 327"),
    (9, "09/QĐ-XPHC", "2026-03-06", "moi_gioi", 15_000_000, "", None, "ngoài khung 30.000.000–50.000.000"),
    (10, "10/QĐ-XPHC", "2026-03-07", "moi_gioi", 40_000_000, "", None, "vượt thẩm quyền cấp xã"),
    (11, "11/QĐ-XPHC", "2026-03-08", "bao_ke", 8_000_000, "", "nd282_d34_k2", ""),
    (12, "12/QĐ-XPHC", "2026-03-09", "bao_ke", 25_000_000, "", None, "ngoài khung 5.000.000–10.000.000"),
    (13, "13/QĐ-XPHC", "2026-03-10", "loi_dung_kinh_doanh", 35_000_000, "", None, "Điều 35 khoản 1 hoặc khoản 2"),
    (14, "14/QĐ-XPHC", "2026-03-11", "khong_ky_cam_ket", 6_000_000, "", None, "không phải vi phạm hành chính"),
    (15, "15/QĐ-XPHC", "2026-03-12", "ban_dam", 300_000, "truc_xuat", None, "truc_xuat"),
    (16, "16/QĐ-XPHC", "2026-03-13", "mua_dam", 1_200_000, "dinh_chi", None, "dinh_chi"),
    (17, "17/QĐ-XPHC", "2026-03-14", "ma_cua_ke_hoach", 1_000_000, "", None, "không có trong bảng chuyển đổi"),
]


def build_fixture(path: Path) -> None:
    """A database at revision 0010 with a profile unit and one penalty row per case of ROWS, plus an identity."""
    from tests.foundation.test_migrations import _upgrade_to

    if path.exists():
        path.unlink()
    engine = _upgrade_to(path, "0010")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO residential_unit (id, code, name, kind, active, sort_order) "
                             "VALUES (1, 'T01', 'Thôn Đông', 'thôn', 1, 0)")
        for rid, number, day, code, fine, measures, _new, _why in ROWS:
            conn.exec_driver_sql(
                "INSERT INTO penalty_decision (id, year, number, decision_date, violation_code, decree, article, "
                "fine, additional_measures, sex, age_group_code, unit_id, issuer, note, catalogue_version, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '282/2025/NĐ-CP', 'Điều 27', ?, ?, 'nu', '18_30', "
                "1, 'Chủ tịch UBND xã', 'ghi chú cũ', '2026.2', '2026-04-01 08:00:00', '2026-04-01 08:00:00')",
                (rid, int(day[:4]), number, day, code, fine, measures))
        conn.exec_driver_sql("INSERT INTO person_identity (id, penalty_id, full_name, id_number, address) "
                             "VALUES (1, 9, 'Nguyễn Văn A', '001088012345', 'Thôn Đông')")
    engine.dispose()


def test_the_stored_fixture_is_of_the_schema_before_0010():
    con = sqlite3.connect(FIXTURE)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0010"
        assert con.execute("SELECT count(*) FROM penalty_decision").fetchone()[0] == len(ROWS)
        codes = {c for (c,) in con.execute("SELECT violation_code FROM penalty_decision")}
        assert codes >= {"mua_dam", "mua_dam_tang_nang", "ban_dam", "chua_mai_dam", "moi_gioi", "bao_ke",
                         "loi_dung_kinh_doanh", "khong_ky_cam_ket"}
    finally:
        con.close()


@pytest.fixture
def migrated(tmp_path):
    from commune_desk.storage.database import open_database

    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    db = open_database(path)
    yield db
    db.dispose()


def test_old_penalties_are_mapped_or_flagged_and_nothing_is_lost(migrated):
    from commune_desk.storage.repos import KINDS, RecordRepository

    recs = {r.id: r for r in RecordRepository(migrated, "t", KINDS["penalty_decision"]).list()}
    assert set(recs) == {r[0] for r in ROWS}
    for rid, number, day, code, fine, measures, new, why in ROWS:
        rec = recs[rid]
        old = json.loads(rec.legacy)
        # The old values are all kept, whatever happened.
        assert (old["violation_code"], old["fine"], old["article"], old["decree"], old["catalogue_version"]) == (
            code, fine, "Điều 27", "282/2025/NĐ-CP", "2026.2")
        assert old["additional_measures"] == [m for m in measures.split(";") if m]
        assert (rec.number, rec.decision_date, rec.sex, rec.age_group_code, rec.unit_code, rec.note) == (
            number, date.fromisoformat(day), "nu", "18_30", "T01", "ghi chú cũ")
        assert rec.act_date is None and rec.violator_kind == "individual"
        if new is None:
            assert rec.review.startswith("Cần rà soát: ") and why in rec.review, (rid, rec.review)
            assert (rec.violation_code, rec.fine, rec.article, rec.decree) == (code, fine, "Điều 27", "282/2025/NĐ-CP")
            assert rec.supplementary == () and rec.remedial == ()
        else:
            assert rec.review == "", (rid, rec.review)
            assert (rec.violation_code, rec.fine, rec.outcome, rec.decree) == (new, fine, "fine", "282/2025/NĐ-CP")
    assert recs[1].article == "Điều 32 khoản 1" and recs[1].supplementary == ("tich_thu",)
    assert recs[4].remedial == ("nop_lai_loi_bat_hop_phap",) and recs[4].supplementary == ()
    assert recs[9].identity is not None and recs[9].identity.full_name == "Nguyễn Văn A"


def test_a_mapped_record_passes_the_rules_and_a_flagged_one_asks_for_review(migrated):
    from dataclasses import replace

    from commune_desk.domain.errors import ValidationFailed
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS, RecordRepository

    repo = RecordRepository(migrated, "t", KINDS["penalty_decision"], today=lambda: date(2026, 12, 20),
                            catalogues=default_catalogues())
    mapped = repo.get(1)        # decided 16/12/2026: the decree is certain, no act date needed
    assert repo.update(replace(mapped, note="đã xem")).note == "đã xem"
    in_window = repo.get(2)     # decided 10/02/2026: the act may have ended before 15/12/2025
    with pytest.raises(ValidationFailed) as err:
        repo.update(replace(in_window, note="đã xem"))
    assert [p.where for p in err.value.problems] == ["act_date"]
    repo.update(replace(in_window, act_date=date(2026, 2, 9)))
    flagged = repo.get(8)       # "chứa mại dâm": cannot be saved as it was
    with pytest.raises(ValidationFailed):
        repo.update(replace(flagged, note="x"))
    fixed = repo.update(replace(flagged, violation_code="hs_chua_mai_dam", outcome="referred", fine=0,
                                transfer_to="Cơ quan Cảnh sát điều tra Công an tỉnh", act_date=date(2026, 3, 4),
                                decree="", article=""))
    assert fixed.review == "" and repo.get(8).review == "" and repo.get(8).legacy   # reviewed; history kept


def test_downgrade_puts_the_old_values_back(tmp_path):
    from tests.foundation.test_migrations import _upgrade_to

    path = tmp_path / "d.db"
    shutil.copy(FIXTURE, path)
    _upgrade_to(path, "0011").dispose()
    from alembic import command
    from alembic.config import Config

    from commune_desk.storage import schema
    from commune_desk.storage.database import _make_engine

    engine = _make_engine(path, None, immediate=True)
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.__file__).replace("schema.py", "migrations"))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
        conn.commit()
        rows = {r[0]: r[1:] for r in conn.exec_driver_sql(
            "SELECT id, violation_code, fine, article FROM penalty_decision")}
    engine.dispose()
    assert rows == {rid: (code, fine, "Điều 27") for rid, _n, _d, code, fine, *_ in ROWS}


if __name__ == "__main__":
    build_fixture(FIXTURE)
    print(f"written {FIXTURE}")
