"""The Reports screen on the demo database: periods, narrative saved per period, generation off the UI thread."""

from __future__ import annotations


import pytest

from tests.ui.conftest import TODAY
from commune_desk.app_wiring import Stores


@pytest.fixture
def view(qtbot, demo_db):
    from commune_desk.ui.views.report_view import ReportView

    stores = Stores(demo_db, "user")
    v = ReportView(stores.services.reports, reports=stores.reports, profiles=stores.profiles, receipts=stores.receipts, numbers=stores.numbers, today=lambda: TODAY, volumes=lambda: [], use_office=False)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    return v


def wait_done(qtbot, view, timeout=60_000):
    qtbot.waitUntil(lambda: view.operation is not None and not view.operation.running, timeout=timeout)
    qtbot.waitUntil(lambda: view.save_button.isEnabled(), timeout=timeout)


def test_period_change_loads_draft_and_suggested_number(view, demo_db):
    from commune_desk.storage.report_repo import ReportRepository

    assert view.period.code == "2026-Q4"
    view.set_period("2026-9M")
    assert view.period.code == "2026-9M"
    assert view.period_combo.currentData() == "2026-9M"
    view.year.setValue(2025)
    assert view.period.code == "2025-9M"           # the kind is kept when the year changes
    view.set_period("2026-Q3")
    suggested = ReportRepository(demo_db, "x").suggest_number(TODAY.year)
    assert view.number.text() == f"{suggested:02d}"
    assert f"{suggested:02d}" in view.suggested.text()
    assert all(view.editors[k].toPlainText().strip() for k in view.editors)
    assert view.editors["assessment"].toPlainText() == view.draft["assessment"]


def test_edit_narrative_save_and_generate(qtbot, view, demo_db, tmp_path):
    import docx

    from commune_desk.storage.report_repo import ReportRepository

    view.set_period("2026-Q3")
    text = "Đoạn đánh giá do cán bộ viết lại: an ninh trật tự ổn định, không phát sinh tụ điểm mới."
    view.editors["assessment"].setPlainText(text)
    assert view.save()
    repo = ReportRepository(demo_db, "x")
    stored = repo.narrative("2026-Q3")
    assert stored == {"assessment": text}          # sections left as the draft are not frozen
    view.set_period("2026-Q2")
    assert view.editors["assessment"].toPlainText() != text
    view.set_period("2026-Q3")
    assert view.editors["assessment"].toPlainText() == text

    number = view.number.text()
    out = tmp_path / "out"
    view.save_to_folder(out, ascii_names=False)
    assert view.busy() or view.last_files is not None
    wait_done(qtbot, view)
    files = view.last_files
    assert files is not None, view.status.text()
    assert files.docx.exists() and files.xlsx.exists()
    assert files.docx.name == "Báo cáo quý III năm 2026.docx"
    document = docx.Document(str(files.docx))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert text in body
    assert f"Số: {number}/BC-UBND" in cells
    assert "read back" in view.status.text()
    # the used number moved the suggestion on
    assert repo.suggest_number(2026) == int(number) + 1


def test_ascii_names_on_a_removable_drive(qtbot, demo_db, tmp_path):
    from commune_desk.services.protection.removable import Volume
    from commune_desk.ui.views.report_view import ReportView

    stick = tmp_path / "stick"
    stick.mkdir()
    stores = Stores(demo_db, "user")
    view = ReportView(stores.services.reports, reports=stores.reports, profiles=stores.profiles, receipts=stores.receipts, numbers=stores.numbers, today=lambda: TODAY, volumes=lambda: [Volume(str(stick), "", "USB", True)],
                      use_office=False)
    qtbot.addWidget(view)
    view.set_period("2026-H1")
    view.save_to_usb()
    wait_done(qtbot, view)
    assert sorted(p.name for p in stick.iterdir()) == ["Bao-cao-2026-H1.docx", "Bao-cao-2026-H1.xlsx"]


def test_invalid_number_is_refused(view, demo_db):
    from commune_desk.storage.report_repo import ReportRepository

    view.number.setText("7a")
    assert not view.save()
    assert "number" in view.status.text()
    assert ReportRepository(demo_db, "x").settings(view.period.code) is None


def test_in_app_preview_and_print(qtbot, view, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    view.set_period("2026-Q3")
    view.preview()
    wait_done(qtbot, view)
    html = view.html_view.toPlainText()
    assert "BÁO CÁO" in html and "quý III năm 2026" in html
    assert view.editors["proposals"].toPlainText().split("\n")[0] in html
    assert view.print_button.isEnabled()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "print.pdf"
    printer.setOutputFileName(str(pdf))
    view.print_to(printer)
    assert pdf.read_bytes().startswith(b"%PDF")
