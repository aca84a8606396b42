"""Opening a stored record in its form and saving it without touching a field changes nothing in the database."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from tests.ui.conftest import TODAY

RECORD_KINDS = ("residential_unit_event", "propaganda", "training", "business", "inspection", "hotspot", "hotspot_event",
                "tipoff", "penalty_decision", "reintegration_support", "healthy_commune_assessment")


def dump(path) -> dict[str, list[tuple]]:
    """Every row of every table but the audit log (and its chain head), read with plain sqlite3."""
    con = sqlite3.connect(path)
    try:
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables if t != "audit_log"}
    finally:
        con.close()


def changes(before: dict, after: dict) -> list[str]:
    """Readable differences: table, row id, column, old and new value (empty when the dumps are equal)."""
    out = []
    for table in sorted(set(before) | set(after)):
        old = {row[0]: row for row in before.get(table, [])}
        new = {row[0]: row for row in after.get(table, [])}
        for key in sorted(set(old) | set(new), key=repr):
            if old.get(key) != new.get(key):
                out.append(f"{table} {key}: {old.get(key)} -> {new.get(key)}")
    return out


def view_for(qtbot, demo_repos, entity):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS, RecordRepository
    from commune_desk.storage.repos.listing import RecordListing
    from commune_desk.ui.views.record_view import RecordView

    cats = default_catalogues()
    db = demo_repos.db
    repo = RecordRepository(db, "user", KINDS[entity], today=lambda: TODAY, catalogues=cats)

    from commune_desk.storage.repos.parent_refs import ParentRefs

    refs = ParentRefs(db)  # as the app gives it: the form reads its parent and what is typed, never all

    view = RecordView(entity, repo, RecordListing(db, KINDS[entity]), demo_repos.audit, demo_repos.periods,
                      catalogues=cats, units=demo_repos.profiles.get().residential_units, refs=refs,
                      today=lambda: TODAY)
    qtbot.addWidget(view)
    return view, repo


def save_untouched(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    assert not dialog.locked, "the demo has no signed period: every record must be editable here"
    dialog.save()
    assert dialog.saved is not None, {n: lbl.text() for n, lbl in dialog.errors.labels.items() if lbl.text()}
    dialog.close()


@pytest.mark.parametrize("entity", RECORD_KINDS)
def test_every_demo_record_saved_untouched_leaves_the_database_unchanged(qtbot, demo_repos, db_path, entity):
    view, repo = view_for(qtbot, demo_repos, entity)
    records = repo.list()
    assert records, f"the demo must hold {entity} records for this test to mean anything"
    before = dump(db_path)
    for rec in records:
        save_untouched(qtbot, view.make_dialog(rec))
    assert changes(before, dump(db_path)) == []


def test_the_demo_profile_saved_untouched_leaves_the_database_unchanged(qtbot, demo_repos, db_path):
    from commune_desk.ui.dialogs.profile_dialog import ProfileDialog

    before = dump(db_path)
    dialog = ProfileDialog(demo_repos.profiles, demo_repos.profiles.get())
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved is not None
    assert changes(before, dump(db_path)) == []


def test_large_stored_values_survive_an_untouched_save(qtbot, demo_repos, db_path):
    """Values at the top of every number field's legal range, stored outside the form, come back unchanged."""
    from commune_desk.domain.records.rules import MAX_COUNT, MAX_FINE
    from commune_desk.domain.records.types import TrainingLine
    from commune_desk.storage.repos import KINDS, RecordRepository
    from commune_desk.services.plans.catalogues import default_catalogues

    cats = default_catalogues()
    biz = RecordRepository(demo_repos.db, "u", KINDS["business"], today=lambda: TODAY, catalogues=cats)
    first = biz.list()[0]
    biz.update(replace(first, workers=MAX_COUNT, workers_committed=MAX_COUNT))
    tr = RecordRepository(demo_repos.db, "u", KINDS["training"], today=lambda: TODAY, catalogues=cats)
    t0 = tr.list()[0]
    tr.update(replace(t0, participants=(TrainingLine("can_bo", "xa", MAX_COUNT, 0),
                                        TrainingLine("cong_chuc", "xa", 1, 1))))
    before = dump(db_path)
    for entity in ("business", "training"):
        view, repo = view_for(qtbot, demo_repos, entity)
        for rec in repo.list():
            save_untouched(qtbot, view.make_dialog(rec))
    assert changes(before, dump(db_path)) == []
    assert MAX_FINE >= 150_000_000
    assert date(2026, 1, 1) <= TODAY
