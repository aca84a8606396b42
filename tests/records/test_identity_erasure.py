"""Erasing a penalised person's identity keeps the anonymous decision (the counts) and leaves no trace behind."""

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from commune_desk.domain.records import Penalty, PersonIdentity
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.storage import records_repos as rr
from commune_desk.storage.models_records import PenaltyRow, PersonIdentityRow
from commune_desk.storage.profile_repo import ProfileRepository

SECRET_NAME = "Trần Thị Bí Danh"
SECRET_ID = "079188123456"


def test_erasing_identity_keeps_the_decision_and_scrubs_the_file(db, db_path):
    ProfileRepository(db, "t").save(demo_profile(4))
    repo = rr.PenaltyRepository(db, "cán bộ", today=lambda: date(2026, 11, 20), catalogues=default_catalogues())
    saved = repo.add(Penalty("07/QĐ-XPHC", date(2026, 4, 2), "nd282_d32_k1", 1_500_000, act_date=date(2026, 4, 1), sex="nu",
                             age_group_code="18_30", unit_code="T01",
                             identity=PersonIdentity(SECRET_NAME, SECRET_ID, "Thôn 1")))
    assert repo.get(saved.id).identity.full_name == SECRET_NAME
    repo.update(replace(repo.get(saved.id), identity=None))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PersonIdentityRow)) == 0
        assert s.scalar(select(func.count()).select_from(PenaltyRow)) == 1  # the anonymous count stays
    kept = repo.get(saved.id)
    assert kept.identity is None and kept.violation_code == "nd282_d32_k1" and kept.sex == "nu"
    raw = db.connect_raw()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    db.dispose()
    blob = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        blob += wal.read_bytes()
    # secure_delete overwrites freed pages; the audit log never held the identity in the first place.
    assert SECRET_NAME.encode() not in blob and SECRET_ID.encode() not in blob
