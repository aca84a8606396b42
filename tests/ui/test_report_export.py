"""The Reports screen's buttons say what they do; export never overwrites silently, warns on an empty period,
refuses a taken number; "USB" only for a removable drive; the issued numbers listed; the preview fits its pane."""

from __future__ import annotations

import pytest

from tests.ui.conftest import TODAY
from commune_desk.app_wiring import Stores


class Asked:
    """Stands in for the message boxes: records each question and answers with the next prepared key."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.questions: list[tuple[str, str, list[str]]] = []

    def __call__(self, title, text, choices):
        self.questions.append((title, text, [k for k, _ in choices]))
        return self.answers.pop(0) if self.answers else choices[-1][0]


@pytest.fixture
def view(qtbot, demo_db):
    from commune_desk.ui.views.report_view import ReportView

    stores = Stores(demo_db, "user")
    v = ReportView(
        stores.services.reports,
        reports=stores.reports,
        profiles=stores.profiles,
        receipts=stores.receipts,
        numbers=stores.numbers,
        today=lambda: TODAY,
        volumes=lambda: [],
        use_office=False,
    )
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.asker = Asked()
    return v


def _export(qtbot, view, folder, **kw):
    view.operation = None
    view.save_to_folder(folder, **kw)
    if view.operation is not None:
        qtbot.waitUntil(lambda: not view.operation.running, timeout=60_000)
        qtbot.waitUntil(lambda: view.save_button.isEnabled(), timeout=60_000)
        qtbot.waitUntil(lambda: "Writing" not in view.status.text(), timeout=60_000)


def test_buttons_are_named_for_what_they_do_and_the_draft_writes_no_file(view, tmp_path, monkeypatch):
    assert view.save_button.text() == "Save draft" and view.folder_button.text() == "Export Word/Excel…"
    monkeypatch.chdir(tmp_path)
    view.set_period("2026-Q3")
    view.editors["proposals"].setPlainText("- Đề nghị của cán bộ.")
    assert view.save()
    assert "no file written" in view.status.text()
    assert not list(tmp_path.rglob("*.docx"))


def test_an_existing_report_is_never_overwritten_silently(qtbot, view, tmp_path):
    view.set_period("2026-Q3")
    _export(qtbot, view, tmp_path, ascii_names=True)
    first = tmp_path / "Bao-cao-2026-Q3.docx"
    original = first.read_bytes()
    first.write_bytes(original + b"")  # the officer's copy, e.g. edited in Word
    (tmp_path / "Bao-cao-2026-Q3.xlsx").write_bytes(b"edited annex")

    view.asker = Asked("copy")
    _export(qtbot, view, tmp_path, ascii_names=True)
    title, text, keys = view.asker.questions[0]
    assert keys == ["copy", "replace", "cancel"] and "Bao-cao-2026-Q3.docx" in text and "(2).docx" in text
    assert (tmp_path / "Bao-cao-2026-Q3 (2).docx").exists() and (tmp_path / "Bao-cao-2026-Q3 (2).xlsx").exists()
    assert (tmp_path / "Bao-cao-2026-Q3.xlsx").read_bytes() == b"edited annex"  # untouched

    view.asker = Asked("cancel")
    _export(qtbot, view, tmp_path, ascii_names=True)
    assert view.status.text() == "Nothing was written."
    assert (tmp_path / "Bao-cao-2026-Q3.xlsx").read_bytes() == b"edited annex"
    assert not (tmp_path / "Bao-cao-2026-Q3 (3).docx").exists()

    view.asker = Asked("replace")
    _export(qtbot, view, tmp_path, ascii_names=True)
    assert (tmp_path / "Bao-cao-2026-Q3.xlsx").read_bytes() != b"edited annex"
    # The same report three times: one number, kept.
    assert view.last_files.number == view.number.text()


def test_usb_is_mentioned_only_for_a_removable_drive(qtbot, demo_db, tmp_path):
    from commune_desk.services.protection.removable import Volume
    from commune_desk.ui.views.report_view import ReportView

    stick = tmp_path / "stick"
    stick.mkdir()
    stores = Stores(demo_db, "user")
    v = ReportView(
        stores.services.reports,
        reports=stores.reports,
        profiles=stores.profiles,
        receipts=stores.receipts,
        numbers=stores.numbers,
        today=lambda: TODAY,
        volumes=lambda: [Volume(str(stick), "", "USB", True)],
        use_office=False,
    )
    qtbot.addWidget(v)
    v.asker = Asked()
    v.set_period("2026-Q2")
    _export(qtbot, v, tmp_path / "folder", ascii_names=True)
    assert "read back" in v.status.text() and "USB" not in v.status.text()
    v.set_period("2026-H1")
    v.operation = None
    v.save_to_usb()
    qtbot.waitUntil(lambda: "read back" in v.status.text(), timeout=60_000)
    assert "USB stick can be removed safely" in v.status.text()


def test_a_taken_number_is_refused_in_the_window(qtbot, view, tmp_path, demo_db):
    view.set_period("2026-Q1")
    _export(qtbot, view, tmp_path / "q1")
    q1_number = view.last_files.number
    view.set_period("2026-Q2")
    assert view.number.text() != q1_number  # the next free number is offered
    view.number.setText(q1_number)
    assert not view.save() and "already used by the report of 2026-Q1" in view.status.text()
    _export(qtbot, view, tmp_path / "q2")
    assert view.asker.questions and view.asker.questions[0][2] == ["ok"]
    assert not (tmp_path / "q2").exists()
    # The register is listed on the page.
    rows = view.numbers_panel.rows()
    assert [r[0] for r in rows] == [f"{int(q1_number):02d}/BC-UBND"] and rows[0][
        2
    ] == "Q1 2026"  # the interface language (English in tests)


def test_an_empty_period_is_announced_and_export_asks_first(qtbot, view, tmp_path):
    view.year.setValue(2022)
    view.set_period("2022-Q1")
    assert view.period_empty and "No record is dated" in view.status.text()
    out = tmp_path / "out"
    view.asker = Asked("cancel")
    _export(qtbot, view, out)
    assert view.asker.questions[0][0] == "No data in this period"
    assert not out.exists()
    view.asker = Asked("go")
    _export(qtbot, view, out)
    assert (out / view.last_files.docx.name).exists()


def test_preview_pages_fit_the_pane_and_zoom(qtbot):
    from PySide6.QtGui import QColor, QPixmap

    from commune_desk.ui.views.report_page_preview import PagePreview

    preview = PagePreview()
    qtbot.addWidget(preview)
    preview.resize(500, 700)
    preview.show()
    pages = []
    for _ in range(2):
        pixmap = QPixmap(579, 819)  # an A4 page at 70 dpi: wider than the pane
        pixmap.fill(QColor("white"))
        pages.append(pixmap)
    preview.set_pages(pages)
    qtbot.waitUntil(lambda: preview.labels[0].width() <= preview.scroll.viewport().width())
    room = preview.scroll.viewport().width()
    assert room - 40 <= preview.labels[0].width() <= room  # the whole page width is visible
    preview.resize(800, 700)
    qtbot.waitUntil(lambda: preview.labels[0].width() > room)  # and follows the pane
    assert preview.scroll.horizontalScrollBar().maximum() == 0
    preview.step(+1)
    assert preview.zoom is not None and preview.labels[0].width() > preview.scroll.viewport().width() - 40
    preview.set_zoom(None)
    assert preview.fit_button.isChecked()


def test_signing_an_empty_period_asks_first(qtbot, demo_db, tmp_path):
    from datetime import date

    from commune_desk.ui.views.package_view import PackageView

    stores = Stores(demo_db, "user")
    view = PackageView(
        stores.services.packages,
        reporting=stores.services.reports,
        receipts=stores.receipts,
        profiles=stores.profiles,
        today=lambda: date(2022, 5, 1),
        key_path=tmp_path / "none.p12",
    )
    qtbot.addWidget(view)
    asked = []
    view.confirm = lambda title, text: asked.append(text) or False
    view.refresh()
    view.select("2022-Q1")
    assert not view.sign_selected(tmp_path, password="x")
    assert asked and "No record is dated in" in asked[0] and "Not signed" in view.status.text()
    assert not list(tmp_path.glob("*.zip"))


def test_an_export_ends_with_the_file_named_and_open_folder(qtbot, view, tmp_path):
    """Issue 18 item 7: like every list's export, the report's ends with "Đã lưu …" and "Mở thư mục"."""
    view.set_period("2026-Q3")
    _export(qtbot, view, tmp_path, ascii_names=True)
    bar = view.saved_bar()
    assert bar.isVisibleTo(view) and bar.path == tmp_path / "Bao-cao-2026-Q3.docx" and bar.path.exists()
    assert str(bar.path) in bar.label.text()
    opened = []
    bar.opener = opened.append
    bar.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
