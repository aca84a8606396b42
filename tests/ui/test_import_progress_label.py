"""The import dialogs say what the bar measures ("Checking: 12,000 / 50,000 rows", in Vietnamese "Đang kiểm tra:
12.000 / 50.000 dòng"), and the mapping dialog runs in the background with the same bar and a Cancel that leaves
every row as it was (issue 20 item 10)."""

from __future__ import annotations


from commune_desk.app_wiring import Stores
from commune_desk.services.records.import_progress import ImportStep
from tests.records.test_import_phases import _snapshot, hold_first_write
from tests.records.test_sheet_mapping import HEADERS, officer_workbook
from tests.ui.conftest import TODAY


def _watch(dialog) -> list[str]:
    """The phase label's text after each progress report the dialog received."""
    shown: list[str] = []
    real = dialog._progress

    def progress(done: int, total: int, text: str) -> None:
        real(done, total, text)
        assert dialog.phase.isVisibleTo(dialog)
        shown.append(dialog.phase.text())

    dialog._progress = progress  # _start connects the runner's signal to this attribute
    return shown


def _phases(shown: list[str]) -> list[str]:
    out: list[str] = []
    for text in shown:
        word = text.split(":")[0].rstrip("…")
        if not out or out[-1] != word:
            out.append(word)
    return out


def _import_dialog(qtbot, db):
    from commune_desk.ui.dialogs.import_dialog import ImportDialog

    stores = Stores(db, "user")
    dialog = ImportDialog(stores.services.records, profiles=stores.profiles, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_the_import_dialog_names_each_phase_with_its_rows(qtbot, demo_repos, tmp_path, monkeypatch):
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database
    from commune_desk.storage.repos import base

    monkeypatch.setattr(base, "CHUNK", 100)
    path = tmp_path / "all.xlsx"
    export_records(demo_repos.db, path)
    target = open_database(tmp_path / "target.db")
    try:
        dialog = _import_dialog(qtbot, target)
        shown = _watch(dialog)
        dialog.path.setText(str(path))
        with qtbot.waitSignal(dialog.imported, timeout=60000) as done:
            dialog.run_import()
        records = sum(done.args[0].values())
        assert _phases(shown) == ["Reading the file", "Checking", "Writing"]
        assert shown[0] == "Reading the file…"
        assert any(t.startswith("Reading the file: ") and t.endswith(" rows") for t in shown)
        checks = [t for t in shown if t.startswith("Checking: ")]
        assert checks[0].startswith("Checking: 0 / ") and checks[0].endswith(" rows")
        writes = [t for t in shown if t.startswith("Writing: ")]
        total = int(writes[0].split(" / ")[1].split()[0].replace(",", ""))
        assert 0 < total <= records and writes[-1] == f"Writing: {total:,} / {total:,} rows"
        qtbot.waitUntil(lambda: not dialog.phase.isVisibleTo(dialog), timeout=10000)
    finally:
        target.dispose()


def test_the_phase_label_speaks_vietnamese(qtbot, vietnamese):
    from commune_desk.ui.dialogs.import_run import reporting

    got: list[tuple[int, int, str]] = []
    report = reporting(lambda done, total, text: got.append((done, total, text)))
    report(ImportStep("read", 0, 0, 0, 3000))
    report(ImportStep("check", 12000, 50000, 1240, 3000))
    report(ImportStep("write", 50000, 50000, 3000, 3000))
    report(ImportStep("prepare", 1500, 2000, 0, 0))
    assert got == [
        (0, 3000, "Đang đọc tệp…"),
        (1240, 3000, "Đang kiểm tra: 12.000 / 50.000 dòng"),
        (3000, 3000, "Đang ghi: 50.000 / 50.000 dòng"),
        (0, 0, "Đang chuẩn bị bảng tính: 1.500 / 2.000 dòng"),
    ]


def test_cancel_from_the_mapping_dialog_leaves_every_row_as_it_was(qtbot, repos, db_path, tmp_path, monkeypatch):
    from datetime import datetime

    from commune_desk.services.records.sheet_mapping import remembered
    from commune_desk.storage.repos import base
    from commune_desk.ui.dialogs.mapping_dialog import MappingDialog

    monkeypatch.setattr(base, "CHUNK", 100)
    rows = [
        [i, "Thôn Đông", datetime(2026, 3, 5), f"Buổi nói chuyện {i}", "Loa truyền thanh", "Lan", 40, 2, ""]
        for i in range(1, 601)
    ]
    path = officer_workbook(tmp_path / "so.xlsx", rows=rows)
    writing, clicked = hold_first_write(monkeypatch)  # the worker waits at its first table for the click
    try:
        before = _snapshot(db_path)
        stores = Stores(repos.db, "lan")
        dialog = MappingDialog(stores.services.records, profiles=stores.profiles, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(path))
        dialog.header_row.setValue(3)
        assert dialog.load()
        shown = _watch(dialog)
        values: list[tuple[int, int]] = []
        dialog.progress.valueChanged.connect(lambda v: values.append((v, dialog.progress.maximum())))
        dialog.run_import()
        assert dialog.cancel_button.isEnabled() and not dialog.check_button.isEnabled()
        qtbot.waitUntil(writing.is_set, timeout=30000)
        qtbot.waitUntil(lambda: any(t.startswith("Writing: ") for t in shown), timeout=10000)
        assert _phases(shown)[:4] == ["Preparing your spreadsheet", "Reading the file", "Checking", "Writing"]
        assert any(v >= 2 * m // 3 and m > 1 for v, m in values)  # the bar moved into the write
        dialog.cancel_button.click()
        assert dialog.status.text() == "Cancelling…"
        clicked.set()
        qtbot.waitUntil(lambda: not dialog.progress.isVisibleTo(dialog), timeout=30000)
        assert dialog.status.text() == "Cancelled; nothing was imported."
        assert not dialog.phase.isVisibleTo(dialog) and dialog.check_button.isEnabled()
        assert _snapshot(db_path) == before
        assert remembered(repos.db, "propaganda", HEADERS) is None  # a cancelled match is not remembered
    finally:
        clicked.set()
