"""Bulk import in the window (dry run off the UI thread), the background runner, and residential unit changes."""

from __future__ import annotations

import time
from datetime import date

from tests.ui.conftest import TODAY
from commune_desk.app_wiring import Stores


def test_operation_runs_off_the_ui_thread_reports_progress_and_can_be_cancelled(qtbot):
    import threading

    from commune_desk.ui.operations import Cancelled, Operation

    main = threading.get_ident()
    seen = []

    def job(progress, cancelled):
        progress(1, 2, "half")
        return threading.get_ident()

    op = Operation(job)
    op.progress.connect(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
    assert blocker.args[0] != main
    qtbot.waitUntil(lambda: seen == [(1, 2, "half")])

    def slow(progress, cancelled):
        while not cancelled():
            time.sleep(0.01)
        raise Cancelled()

    op2 = Operation(slow)
    with qtbot.waitSignal(op2.failed, timeout=5000) as failed:
        op2.start()
        op2.cancel()
    assert isinstance(failed.args[0], Cancelled)


def test_import_dialog_dry_run_lists_the_bad_cell_and_imports_nothing(qtbot, demo_repos, tmp_path):
    from openpyxl import load_workbook

    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.ui.dialogs.import_dialog import ImportDialog

    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    export_records(demo_repos.db, good)
    wb = load_workbook(good)
    wb["support"]["A3"] = "hôm qua"
    wb.save(bad)
    before = demo_repos.audit.head()
    dialog = ImportDialog(Stores(demo_repos.db, "user").services.records, profiles=Stores(demo_repos.db, "user").profiles, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.check()
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.progress.isVisibleTo(dialog), timeout=20000)
    lines = dialog.model.lines
    assert ("rejected", "support", "3", "A (support_date)") in [line[:4] for line in lines]
    assert any(line[0] == "would be added" and line[1] == "training" for line in lines)
    assert not dialog.import_button.isEnabled()
    assert "rejected" in dialog.status.text()
    assert demo_repos.audit.head() == before


def test_import_dialog_imports_a_clean_workbook_into_an_empty_database(qtbot, demo_repos, db_path, tmp_path):
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "all.xlsx"
    counts = export_records(demo_repos.db, path)
    target = open_database(tmp_path / "target.db")
    try:
        dialog = ImportDialog(Stores(target, "user").services.records, profiles=Stores(target, "user").profiles, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(path))
        dialog.check()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
        with qtbot.waitSignal(dialog.imported, timeout=30000) as done:
            dialog.import_button.click()
        assert sum(done.args[0].values()) == sum(counts.values())
        assert ProfileRepository(target, "u").get().is_set
    finally:
        target.dispose()


def test_rename_and_merge_a_residential_unit_with_an_effective_date(qtbot, repos):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS, RecordRepository
    from commune_desk.storage.repos.listing import RecordListing
    from commune_desk.ui.views.record_view import RecordView
    from commune_desk.ui.views.units_view import UnitsView

    cats = default_catalogues()
    events = RecordView("residential_unit_event",
                        RecordRepository(repos.db, "user", KINDS["residential_unit_event"], today=lambda: TODAY,
                                         catalogues=cats),
                        RecordListing(repos.db, KINDS["residential_unit_event"]), repos.audit, repos.periods,
                        catalogues=cats, units=repos.profiles.get().residential_units, parent_field="unit_code",
                        today=lambda: TODAY, compact=True)
    view = UnitsView(repos.profiles, events)
    qtbot.addWidget(view)
    changed = []
    view.profileChanged.connect(changed.append)
    t01 = next(u for u in repos.profiles.get().residential_units if u.code == "T01")
    view.master.select_id(t01.id)
    assert events.parent_code == "T01"
    dialog = events.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.fields["unit_code"].value() == "T01"
    dialog._set("kind", "renamed")
    dialog._set("effective_date", date(2026, 7, 1))
    dialog._set("new_name", "Thôn Đông Hòa")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.old_name == "Thôn Đông"
    events.saved.emit(dialog.saved)
    units = {u.code: u for u in repos.profiles.get().residential_units}
    assert units["T01"].name == "Thôn Đông Hòa" and changed

    t02 = units["T02"]
    view.master.select_id(t02.id)
    dialog = events.make_dialog()
    qtbot.addWidget(dialog)
    dialog._set("kind", "merged")
    dialog._set("merged_into_code", "T03")
    dialog.save()
    events.saved.emit(dialog.saved)
    units = {u.code: u for u in repos.profiles.get().residential_units}
    assert not units["T02"].active and units["T03"].active
    assert view.master.model.rowCount() == 3      # the merged unit stays listed, retired
