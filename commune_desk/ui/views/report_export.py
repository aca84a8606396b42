"""Exporting a report from the Reports area: number check, empty-period warning, never a silent overwrite."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from commune_desk.ui.dialogs.form_widgets import from_qdate
from commune_desk.ui.language import period_name

T = QCoreApplication  # the messages belong to the ReportView screen: T.translate("ReportView", …)


class ReportExportMixin:
    """The output half of ReportView (which provides period, number, day, asker, save, number_refusal, _start):
    preview, print, export."""

    def save_to_folder(self, folder: str | Path | None = None, *, ascii_names: bool | None = None) -> None:
        """Write the .docx and .xlsx into `folder` (asked for when None) off the UI thread, then read them back.

        Asks before an empty period's report, refuses a number another report holds, and never replaces an
        existing file without asking (replace, or write "… (2).docx")."""
        from commune_desk.services.reports.report_service import existing, file_stem, free_stem
        from commune_desk.ui.views.report_preview import generate_job

        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, T.translate("ReportView", "Export the report into"), str(Path.home())
            )
            if not folder:
                return
        refused = self.number_refusal()
        if refused is not None:
            text = refused.text(QCoreApplication.translate)
            self.asker(
                T.translate("ReportView", "Number already used"), text, [("ok", T.translate("ReportView", "OK"))]
            )
            self.status.setText(T.translate("ReportView", "Not written: %1").replace("%1", text))
            return
        if (
            self.period_empty
            and self.asker(
                T.translate("ReportView", "No data in this period"),
                T.translate(
                    "ReportView",
                    "No record is dated in %1. The report will say that nothing was recorded. Export it anyway?",
                ).replace("%1", period_name(self.period)),
                [("go", T.translate("ReportView", "Export anyway")), ("cancel", T.translate("ReportView", "Cancel"))],
            )
            != "go"
        ):
            return
        if not self.save():
            return
        folder = Path(folder)
        if ascii_names is None:
            ascii_names = self._on_removable(folder)
        stem = file_stem(self.period, ascii_names)
        found = existing(folder, stem)
        if found:
            copy = free_stem(folder, stem)
            choice = self.asker(
                T.translate("ReportView", "The report is already there"),
                T.translate("ReportView", '%1 already holds %2. Replace it, or keep it and write "%3"?')
                .replace("%1", str(folder))
                .replace("%2", ", ".join(p.name for p in found))
                .replace("%3", f"{copy}.docx"),
                [
                    ("copy", T.translate("ReportView", 'Write "%1"').replace("%1", f"{copy}.docx")),
                    ("replace", T.translate("ReportView", "Replace")),
                    ("cancel", T.translate("ReportView", "Cancel")),
                ],
            )
            if choice == "cancel":
                self.status.setText(T.translate("ReportView", "Nothing was written."))
                return
            if choice == "copy":
                stem = copy
        job = generate_job(
            self._service,
            self.period,
            folder,
            day=from_qdate(self.day.date()),
            number=self.number.text().strip() or None,
            ascii_names=ascii_names,
            stem=stem,
            chart=self._chart,
        )
        self._start(job, self._generated, T.translate("ReportView", "Writing the report…"))

    def _generated(self, files) -> None:
        self.last_files = files
        self.load(self.period)
        done = (
            T.translate("ReportView", "Written and read back: %1 and %2.")
            .replace("%1", str(files.docx))
            .replace("%2", files.xlsx.name)
        )
        if self._on_removable(files.docx.parent):  # only a removable drive can be "removed safely"
            done += " " + T.translate("ReportView", "The USB stick can be removed safely.")
        self.status.setText(done)
        self.saved_bar().show_saved(files.docx)
        self.generated.emit(files)

    def saved_bar(self):
        """The green "Đã lưu …" bar with "Mở thư mục" under the status line, as every list's export has."""
        from commune_desk.ui.views.list_parts import saved_bar_under

        return saved_bar_under(self, self.status)

    def _removable(self) -> list:
        from commune_desk.ui.views.report_preview import removable_drives

        return removable_drives(self._volumes)

    def _on_removable(self, folder: Path) -> bool:
        from commune_desk.ui.views.report_preview import is_on

        return is_on(folder, self._removable())

    def save_to_usb(self) -> None:
        """Export onto a removable drive with ASCII file names (asks which one when several are plugged in)."""
        drives = self._removable()
        if not drives:
            self.status.setText(
                T.translate("ReportView", 'No USB stick found. Plug one in, or use "Export Word/Excel…".')
            )
            return
        root = drives[0].root
        if len(drives) > 1:
            names = [f"{v.name or v.root} ({v.root})" for v in drives]
            chosen, ok = QInputDialog.getItem(
                self, T.translate("ReportView", "USB stick"), T.translate("ReportView", "Export onto:"), names, 0, False
            )
            if not ok:
                return
            root = drives[names.index(chosen)].root
        self.save_to_folder(root, ascii_names=True)

    # ---- preview and print -----------------------------------------------------------------------------------
    def preview(self) -> None:
        from commune_desk.ui.views.report_preview import office_available, preview_job

        if not self.save():
            return
        use_office = office_available() if self._use_office is None else self._use_office
        job = preview_job(
            self._service,
            self.period,
            profiles=self._profiles,
            day=from_qdate(self.day.date()),
            number=self.number.text().strip(),
            use_office=use_office,
            chart=self._chart,
        )
        self._start(job, self._show_preview, T.translate("ReportView", "Preparing the preview…"))

    def _show_preview(self, preview) -> None:
        self.preview_pages = []
        if preview.pages:
            for data in preview.pages:
                from PySide6.QtGui import QPixmap

                pixmap = QPixmap()
                pixmap.loadFromData(data, "PNG")
                self.preview_pages.append(pixmap)
            self.pages_view.set_pages(self.preview_pages)
            self.preview_stack.setCurrentIndex(0)
            self.status.setText(
                T.translate("ReportView", "Preview: %1 pages (rendered by LibreOffice).").replace(
                    "%1", str(len(self.preview_pages))
                )
            )
        else:
            self.html_view.setHtml(preview.html)
            self.preview_stack.setCurrentIndex(1)
            self.status.setText(
                T.translate(
                    "ReportView",
                    "Preview rendered by CommuneDesk (LibreOffice is not "
                    "installed); the Word file keeps the official layout.",
                )
            )
        self.print_button.setEnabled(True)

    def print_to(self, printer) -> None:
        """Print the previewed pages (one image per sheet), or the in-app rendering."""
        from commune_desk.ui.views.report_preview import print_pages

        print_pages(printer, self.preview_pages, self.html_view.document())

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)
