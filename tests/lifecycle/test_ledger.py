"""The ledger file beside the database: hash chain, tamper detection, the table's copy, fsynced appends."""

from __future__ import annotations

import json

import pytest

from commune_desk.domain.periods import Period
from commune_desk.services.packages.period_lifecycle import sign
from commune_desk.storage.ledger import GENESIS, Ledger, LedgerEntry, LedgerTampered, ledger_path, read_entries

Q3 = Period.parse("2026-Q3")


@pytest.fixture
def two_revisions(demo_db, identity, tmp_path):
    sign(demo_db, Q3, tmp_path / "usb", identity, actor="t")
    sign(demo_db, Q3, tmp_path / "usb", identity, actor="t", amend_reason="Sửa số liệu tháng 8")
    return ledger_path(demo_db.path)


def _lines(path):
    return path.read_bytes().splitlines(keepends=True)


def test_the_ledger_is_a_hash_chain_beside_the_database(demo_db, two_revisions):
    assert two_revisions.name == "test.db.ledger.jsonl" and two_revisions.parent == demo_db.path.parent
    entries = read_entries(two_revisions)
    assert [(e.seq, e.event, e.revision) for e in entries] == [(1, "signed", 1), (2, "amended", 1), (3, "signed", 2)]
    assert entries[0].prev == GENESIS and all(b.prev == a.hash for a, b in zip(entries, entries[1:]))
    assert entries[2].supersedes == entries[0].sha256 and entries[1].reason == "Sửa số liệu tháng 8"
    assert [(r.seq, r.hash) for r in Ledger(demo_db, "t").rows()] == [(e.seq, e.hash) for e in entries]


def test_a_tampered_line_is_detected_and_blocks_signing(demo_db, identity, two_revisions, tmp_path):
    lines = _lines(two_revisions)
    data = json.loads(lines[2])
    data["revision"] = 1                                   # pretend r2 never happened: reuse revision 1
    lines[2] = (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
    two_revisions.write_bytes(b"".join(lines))
    with pytest.raises(LedgerTampered, match="line 3: its content does not match its hash"):
        read_entries(two_revisions)
    with pytest.raises(LedgerTampered):
        sign(demo_db, Q3, tmp_path / "usb2", identity, actor="t", amend_reason="Sửa lần nữa")
    assert not (tmp_path / "usb2").exists()


def test_removed_inserted_and_cut_lines_are_detected(demo_db, two_revisions):
    original = _lines(two_revisions)
    two_revisions.write_bytes(original[0] + original[2])
    with pytest.raises(LedgerTampered, match="line 2: sequence number 3"):
        read_entries(two_revisions)
    two_revisions.write_bytes(b"".join(original)[:-1])
    with pytest.raises(LedgerTampered, match="incomplete"):
        read_entries(two_revisions)
    two_revisions.write_bytes(b"".join(original[:2]))     # a clean cut: the chain holds, the table knows better
    assert len(read_entries(two_revisions)) == 2
    with pytest.raises(LedgerTampered, match="entry 3"):
        Ledger(demo_db, "t").reconcile()
    two_revisions.unlink()
    with pytest.raises(LedgerTampered, match="entry 1"):
        Ledger(demo_db, "t").reconcile()


def test_a_consistently_rewritten_ledger_differs_from_the_tables_copy(demo_db, two_revisions):
    entries = read_entries(two_revisions)
    prev, out = GENESIS, []
    for e in entries:
        fields = {**e.body(), "prev": prev}
        if e.seq == 3:
            fields["sha256"] = "0" * 64
        forged = LedgerEntry(**fields)
        forged = LedgerEntry(**{**forged.body(), "hash": forged.compute_hash()})
        out.append(forged.line())
        prev = forged.hash
    two_revisions.write_bytes(b"".join(out))
    assert len(read_entries(two_revisions)) == 3          # the chain alone checks out …
    with pytest.raises(LedgerTampered, match="line 3: differs from the database"):
        Ledger(demo_db, "t").reconcile()                  # … the database's copy does not
