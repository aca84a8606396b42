"""Migration 0009 (trusted CAs, CRLs): an office database of schema 0008 with its trust list and ledger upgrades."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text


def test_0008_office_database_upgrades_and_keeps_its_trust_list(tmp_path, ca):
    from tests.foundation.test_migrations import _upgrade_to

    from commune_desk.services.office.office_ca import add_ca
    from commune_desk.storage.database import open_database, read_revision
    from commune_desk.storage.office_ca_repo import CaTrustRepository
    from commune_desk.storage.office_repo import TrustRepository

    path = tmp_path / "office_0008.db"
    engine = _upgrade_to(path, "0008")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO office_trust (unit_code, unit_name, fingerprint, cert_pem, subject, status, reason, added_at)"
            " VALUES ('79999', 'Ủy ban nhân dân xã Hòa Mỹ', :fp, 'PEM', 'CN=x', 'active', '', :at)"),
            {"fp": "AB" * 32, "at": datetime(2026, 9, 1, 8, 0)})
        conn.execute(text(
            "INSERT INTO office_intake (sha256, source, unit_code, unit_name, period, revision, supersedes, state,"
            " reason, filed_path, fingerprint, size, received_at, indicators_json) VALUES"
            " (:sha, '/usb/a.zip', '79999', 'Hòa Mỹ', '2026-Q3', 1, '', 'accepted', '', 'accepted/x.zip', '', 10,"
            " :at, '[]')"), {"sha": "cd" * 32, "at": datetime(2026, 10, 5, 9, 0)})
    engine.dispose()
    db = open_database(path)
    try:
        from commune_desk.storage import schema

        assert read_revision(db.read_engine) == schema.HEAD       # 0009 and any later migration ran
        units = TrustRepository(db, "t").all()
        assert [(u.unit_code, u.unit_name, u.fingerprint) for u in units] == [
            ("79999", "Ủy ban nhân dân xã Hòa Mỹ", "AB" * 32)]
        with db.read_engine.connect() as conn:
            assert conn.execute(text("SELECT sha256, state FROM office_intake")).all() == [("cd" * 32, "accepted")]
        pem = tmp_path / "root.pem"
        from cryptography.hazmat.primitives.serialization import Encoding

        pem.write_bytes(ca["root"].cert.public_bytes(Encoding.PEM))
        add_ca(db, "t", pem, "79999")
        assert [c.units for c in CaTrustRepository(db, "t").active()] == [frozenset({"79999"})]
    finally:
        db.dispose()
