"""Audit trail: every repository change is logged, chained, append-only, and a broken chain is found."""

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from commune_desk.domain.audit import verify_chain
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.storage.audit_log import AuditLog
from tests.propaganda import propaganda_repo


def _rec(**kw):
    base = dict(activity_date=date(2026, 3, 2), form_code="loa", title="Phát thanh về phòng, chống mại dâm",
                participants=0, materials=0)
    base.update(kw)
    return PropagandaActivity(**base)


def test_changes_are_logged_with_before_and_after(db):
    repo = propaganda_repo(db, "cán bộ A")
    saved = repo.add(_rec())
    repo.update(_rec(id=saved.id, participants=40))
    repo.delete(saved.id)
    entries = AuditLog(db).entries("propaganda", saved.id)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert all(e.actor == "cán bộ A" for e in entries)
    assert entries[1].before == {"participants": 0} and entries[1].after == {"participants": 40}
    assert entries[2].before["title"] == "Phát thanh về phòng, chống mại dâm"
    assert AuditLog(db).first_broken() is None


def test_log_is_append_only_in_the_database(db):
    propaganda_repo(db, "x").add(_rec())
    with pytest.raises(IntegrityError):
        with db.write() as s:
            s.execute(text("UPDATE audit_log SET actor='y'"))
    with pytest.raises(IntegrityError):
        with db.write() as s:
            s.execute(text("DELETE FROM audit_log"))


def test_tampering_breaks_the_chain(db):
    repo = propaganda_repo(db, "x")
    for n in range(5):
        repo.add(_rec(participants=n))
    entries = AuditLog(db).entries()
    assert verify_chain(entries) is None
    # Someone with raw access rewrites entry 3 (dropping the trigger first): the chain shows where.
    with db.write() as s:
        s.execute(text("DROP TRIGGER audit_log_no_update"))
        s.execute(text("UPDATE audit_log SET after_json = replace(after_json, :old, :new) WHERE seq = 3"),
                  {"old": '"participants":2', "new": '"participants":9'})
    assert AuditLog(db).first_broken() == 3


def test_a_removed_entry_is_detected(db):
    repo = propaganda_repo(db, "x")
    for n in range(4):
        repo.add(_rec(participants=n))
    with db.write() as s:
        s.execute(text("DROP TRIGGER audit_log_no_delete"))
        s.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    assert AuditLog(db).first_broken() == 3


def test_head_changes_with_each_entry(db):
    log = AuditLog(db)
    first = log.head()
    propaganda_repo(db, "x").add(_rec())
    assert log.head() != first and len(log.head()) == 64
