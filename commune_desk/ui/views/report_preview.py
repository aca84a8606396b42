"""Report preview jobs: the Word report rendered to page images through LibreOffice, else the same content as HTML.

The jobs run on the background runner (ui/operations.py): they never touch widgets and return plain data
(PNG bytes or an HTML string) that the Reports screen shows.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commune_desk.ui.operations import Cancelled

CONVERT_TIMEOUT = 240      # seconds LibreOffice may take for one report on a slow machine
PAGE_DPI = 70              # enough to read the page on screen, small enough to stay quick


@dataclass(frozen=True)
class Preview:
    """What the preview shows: page images (`pages`, PNG bytes) from LibreOffice, or `html` rendered in the app."""

    pages: tuple[bytes, ...] = ()
    html: str = ""
    note: str = ""


def office_available() -> bool:
    return bool(shutil.which("soffice") and shutil.which("pdftoppm"))


def _run(cmd: list[str], cancelled, timeout: float) -> None:
    """Run a tool, polling `cancelled`; a cancel or a timeout kills it."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None:
            if cancelled():
                raise Cancelled()
            if time.monotonic() > deadline:
                raise TimeoutError(f"{Path(cmd[0]).name} took longer than {timeout:.0f} s")
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({proc.returncode}): {err.strip()[:300]}")


def docx_pages(docx: Path, work: Path, cancelled=lambda: False, dpi: int = PAGE_DPI) -> list[bytes]:
    """PDF through `soffice --headless --convert-to pdf` (its own profile folder), then PNG pages via pdftoppm."""
    profile = work / "lo-profile"
    _run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
          "--outdir", str(work), str(docx)], cancelled, CONVERT_TIMEOUT)
    pdf = work / (docx.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError("LibreOffice wrote no PDF")
    _run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(work / "page")], cancelled, 120)
    return [p.read_bytes() for p in sorted(work.glob("page*.png"), key=lambda p: (len(p.name), p.name))]


def preview_job(service, period, *, profiles, day: date, number: str, use_office: bool, chart=None):
    """A job for run_in_background: builds the report through `service` (app_services.ReportService) without
    registering its number, and renders it; `chart` draws its targets chart (report_service.generate), `profiles`
    (ProfileRepository) gives the signer."""

    def job(progress, cancelled) -> Preview:
        from commune_desk.services.reports.report_docx import write_docx
        from commune_desk.services.reports.report_service import chart_png

        progress(5, 100, "collecting figures")
        content, narrative, settings = service.prepare(period, day=day, number=number or None)
        if cancelled():
            raise Cancelled()
        if use_office and office_available():
            with tempfile.TemporaryDirectory(prefix="commune-desk-preview-") as tmp:
                work = Path(tmp)
                progress(20, 100, "writing the Word report")
                png = chart_png(content, work, chart)
                docx = write_docx(work / "preview.docx", content, narrative, number=settings.number, day=day,
                                  recipients=settings.recipients, addressed=settings.addressed, chart_png=png)
                progress(40, 100, "rendering the pages with LibreOffice")
                pages = docx_pages(docx, work, cancelled)
            progress(100, 100, "done")
            return Preview(pages=tuple(pages))
        signer = profiles.get().signer
        progress(100, 100, "done")
        return Preview(html=content_html(content, narrative, settings, signer_name=signer.name))

    return job


# ---- the in-app rendering: the same content as rich text -------------------------------------------------------
def _e(text) -> str:
    return html.escape(str(text))


def _cell(value) -> str:
    from commune_desk.domain.doc_format import vn_decimal, vn_int

    if isinstance(value, bool) or value is None:
        return _e("" if value is None else value)
    if isinstance(value, int):
        return vn_int(value)
    if isinstance(value, float):
        return vn_int(int(value)) if value.is_integer() else vn_decimal(value)
    return _e(value)


def _paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f"<p style='text-indent: 24px; margin: 2px 0;'>{_e(line)}</p>")
    return "".join(out)


def _table(headers, rows) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return (f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>")


def content_html(content, narrative: dict, settings, *, signer_name: str = "") -> str:
    """The report's text and tables in the order the Word document prints them (Vietnamese, like the document)."""
    from commune_desk.domain.doc_format import date_line, document_number
    from commune_desk.domain.indicators import STATUS_VI, format_vi
    from commune_desk.domain.report_content import DEMO_NOTICE

    h = content.heading
    day = settings.issued_on or date.today()
    parts = ["<div style='font-family: \"Times New Roman\", serif; font-size: 13pt;'>"]
    if h.is_demo:
        parts.append(f"<p align='center' style='color:#b00; font-weight:bold;'>{_e(DEMO_NOTICE)}</p>")
    left = "<br>".join(_e(x) for x in h.issuing_body)
    left += f"<br>{_e(document_number(settings.number or '…'))}"
    right = ("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>"
             f"<i>{_e(date_line(h.place, day))}</i>")
    parts.append(f"<table width='100%'><tr><td align='center' width='40%'><b>{left}</b></td>"
                 f"<td align='center'>{right}</td></tr></table>")
    parts.append("<p align='center' style='margin-top: 12px;'><b>BÁO CÁO</b><br>"
                 f"<b>Kết quả công tác phòng, chống mại dâm {_e(content.period_name)}</b></p>")
    if settings.addressed and h.receiving_office:
        parts.append(f"<p align='center'>Kính gửi: {_e(h.receiving_office)}</p>")
    if content.plan_reference:
        parts.append(_paragraphs(f"Thực hiện {content.plan_reference}, {h.official_name} báo cáo kết quả "
                                 f"{content.period_name} như sau:"))
    from commune_desk.services.reports.report_docx import next_period_name, section_results

    parts.append("<p><b>I. TÌNH HÌNH TỆ NẠN MẠI DÂM TRÊN ĐỊA BÀN</b></p>")
    parts.append(_paragraphs(narrative.get("situation", "")))
    parts.append("<p><b>II. KẾT QUẢ THỰC HIỆN</b></p>")
    for title, lines in section_results(content):
        if title:
            parts.append(f"<p><b>{_e(title)}</b></p>")
        parts.append(_paragraphs("\n".join(lines)))
    parts.append("<p><b>III. ĐÁNH GIÁ CHUNG</b></p><p><b>1. Kết quả đạt được</b></p>")
    parts.append(_paragraphs(narrative.get("assessment", "")))
    parts.append("<p><b>2. Tồn tại, hạn chế và nguyên nhân</b></p>")
    parts.append(_paragraphs(narrative.get("difficulties", "")))
    parts.append(f"<p><b>IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {_e(next_period_name(content.period_code).upper())}</b></p>")
    parts.append(_paragraphs(narrative.get("next_tasks", "")))
    parts.append("<p><b>V. ĐỀ XUẤT, KIẾN NGHỊ</b></p>")
    parts.append(_paragraphs(narrative.get("proposals", "")))
    if content.targets:
        parts.append("<p><b>Chỉ tiêu kế hoạch và kết quả đạt được</b></p>")
        rows = [(t.code, t.text, f"{t.comparison} {format_vi(t.target, t.unit)}",
                 format_vi(t.achieved, t.unit) if t.achieved is not None else "—", STATUS_VI.get(t.status, t.status))
                for t in content.targets]
        parts.append(_table(("Mã", "Chỉ tiêu", "Kế hoạch", "Đạt được", "Đánh giá"), rows))
    parts.append("<table width='100%'><tr><td width='50%' valign='top'><b><i>Nơi nhận:</i></b><br>"
                 + "<br>".join(f"- {_e(r)};" for r in settings.recipients) + "</td>"
                 + "<td align='center' valign='top'><b>" + "<br>".join(_e(x) for x in h.signer_authority)
                 + f"<br>{_e(h.signer_title)}</b><br><br><br><br><b>{_e(signer_name or h.signer_name)}</b>"
                 "</td></tr></table>")
    for i, table in enumerate(content.tables, start=1):
        parts.append(f"<p align='center' style='margin-top: 16px;'><b>Phụ lục {i}: {_e(table.title)}</b><br>"
                     f"<i>{_e(table.note)}</i></p>")
        parts.append(_table(table.headers, table.rows))
    parts.append("</div>")
    return "".join(parts)


# ---- writing the files, printing, removable drives ---------------------------------------------------------------
def generate_job(service, period, folder: Path, *, day: date, number: str | None, ascii_names: bool,
                 stem: str | None = None, chart=None):
    """A job writing the .docx and .xlsx (atomically, by `service`, an app_services.ReportService, `chart` drawing
    the targets chart), then reading both back."""

    def job(progress, cancelled):
        files = service.generate(period, folder, day=day, number=number, ascii_names=ascii_names, stem=stem,
                                 progress=lambda pct, msg: progress(pct, 100, msg), cancel=cancelled, chart=chart)
        from commune_desk.services.safe_input import OWN_DOCUMENT, damaged_entry

        for path in (files.docx, files.xlsx):   # read back what reached the medium
            bad = damaged_entry(path, OWN_DOCUMENT.zip, max_bytes=OWN_DOCUMENT.max_file_bytes)
            if bad is not None:
                raise OSError(f"{path}: damaged on reading back ({bad})")
        return files

    return job


def print_pages(printer, pixmaps, document) -> None:
    """One page image per sheet, scaled to the printable area; the QTextDocument when there are no images."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    if not pixmaps:
        document.print_(printer)
        return
    painter = QPainter(printer)
    try:
        for i, pixmap in enumerate(pixmaps):
            if i:
                printer.newPage()
            area = painter.viewport()
            size = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawPixmap(area.x(), area.y(), size.width(), size.height(), pixmap)
    finally:
        painter.end()


def removable_drives(volumes=None) -> list:
    """`volumes()` when given (tests), else the mounted removable drives."""
    if volumes is not None:
        return list(volumes())
    from commune_desk.services.protection.removable import removable_volumes
    from commune_desk.ui.dialogs.plan_import_dialog import mounted_volumes

    return removable_volumes(mounted_volumes())


def is_on(folder: Path, drives) -> bool:
    """Whether `folder` lies on one of `drives` (then file names are kept ASCII)."""
    try:
        return any(Path(folder).resolve().is_relative_to(Path(v.root).resolve()) for v in drives)
    except OSError:
        return False
