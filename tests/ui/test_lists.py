"""Item 7 of issue 18, lists: every list has "Xuất Excel…" (propaganda too); an export ends with a bar naming
the file and "Mở thư mục"; the history pane can be hidden and every list remembers it; backup actions are named
for what they do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QUrl

from commune_desk.domain.records.types import Training
from tests.ui import test_propaganda_view as propaganda
from tests.ui.test_record_screens import make_view


def test_propaganda_exports_every_filtered_row_and_names_the_file(qtbot, repos, tmp_path, vietnamese):
    for i in range(70):  # more than one page of the lazy table
        propaganda.add(repos, f"Nói chuyện {i:02d}", date(2026, 3, 1 + i % 28), participants=i)
    propaganda.add(repos, "Phát tờ rơi", date(2026, 10, 2), participants=5)
    view = propaganda.make_view(qtbot, repos)
    assert view.export_button.text() == "Xuất &Excel…" and view.export_button.isVisible()
    qtbot.keyClicks(view.search, "noi chuyen")
    qtbot.waitUntil(lambda: view.model.count == 70, timeout=5000)
    path = view.export(tmp_path / "tuyen truyen.xlsx")
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 70 and all(r[2].startswith("Nói chuyện") for r in rows[1:])
    assert rows[0][0] == "Ngày" and hasattr(rows[1][0], "year")  # dates stay dates
    assert view.saved_bar.isVisible() and str(path) in view.saved_bar.label.text()
    opened = []
    view.saved_bar.opener = opened.append
    view.saved_bar.open_button.click()
    assert view.saved_bar.open_button.text() == "Mở thư mục"
    assert opened == [QUrl.fromLocalFile(str(Path(path).parent))]


def test_a_record_list_export_says_where_it_went(qtbot, repos, tmp_path):
    view, repo = make_view(qtbot, repos, "training")
    repo.add(Training(date(2026, 6, 1), "nghiep_vu", "Lớp nghiệp vụ"))
    view.reload()
    assert not view.saved_bar.isVisible()
    path = view.export_to(tmp_path / "tap huan.xlsx")
    assert Path(path).exists() and view.saved_bar.isVisible() and "tap huan.xlsx" in view.saved_bar.label.text()


def test_a_refused_write_is_told_and_names_nothing(qtbot, repos, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a))
    monkeypatch.setattr("commune_desk.ui.errors.show_expected", lambda parent, exc: told.append(exc))
    view, _repo = make_view(qtbot, repos, "training")
    (tmp_path / "a file").write_text("not a folder")
    assert view.export_to(tmp_path / "a file" / "x.xlsx") is None
    assert told and not view.saved_bar.isVisible()


def test_the_history_pane_hides_and_every_list_remembers(qtbot, repos):
    first, _repo = make_view(qtbot, repos, "training")
    assert first.history.isVisible() and first.history_button.isChecked()
    first.history_button.click()
    assert not first.history.isVisible()
    again, _ = make_view(qtbot, repos, "tipoff")  # another list, built later: hidden too
    assert not again.history.isVisible() and not again.history_button.isChecked()
    view = propaganda.make_view(qtbot, repos)
    assert not view.history.isVisible()
    view.history_button.click()
    later, _ = make_view(qtbot, repos, "business")
    assert later.history.isVisible()


def test_backup_actions_say_what_they_do(qtbot, vietnamese):
    from commune_desk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.retranslate()
    copy, now = window.backup_action.text(), window.backup_now_action.text()
    assert copy.replace("&", "") == "Lưu bản sao cơ sở dữ liệu ra…"
    assert now.replace("&", "") == "Sao lưu ngay vào thư mục sao lưu"
    assert "USB" in window.backup_action.toolTip() and "Cài đặt" in window.backup_now_action.toolTip()
