"""The "Reports" area: pick a period, edit the narrative and the settings, preview, print and save the report."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QScrollArea, QSpinBox, QSplitter, QStackedWidget,
    QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from commune_desk.domain.periods import Period
from commune_desk.ui.dialogs.form_widgets import date_edit, from_qdate, to_qdate
from commune_desk.ui.language import period_name
from commune_desk.ui.operations import Cancelled, run_in_background

SECTION_KEYS = ("assessment", "difficulties", "next_tasks", "proposals")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


SECTION_LABELS = {
    "assessment": QT_TRANSLATE_NOOP("ReportView", "Overall assessment"),
    "difficulties": QT_TRANSLATE_NOOP("ReportView", "Shortcomings, difficulties and causes"),
    "next_tasks": QT_TRANSLATE_NOOP("ReportView", "Tasks for the next period"),
    "proposals": QT_TRANSLATE_NOOP("ReportView", "Proposals"),
}


def report_periods(year: int) -> list[Period]:
    """The periods a report is written for: four quarters, two halves, nine months and the year."""
    return ([Period(year, "quarter", q) for q in (1, 2, 3, 4)] + [Period(year, "half", 1), Period(year, "half", 2)]
            + [Period(year, "nine_months"), Period(year, "year")])


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


class ReportView(QWidget):
    """`db`: the open Database; `volumes()` lists removable drives; `use_office` None = LibreOffice when installed."""

    generated = Signal(object)          # services.report_service.ReportFiles, written and read back

    def __init__(self, db, actor: str, *, today: Callable[[], date] = date.today, volumes=None,
                 use_office: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._today = db, actor, today
        self._volumes = volumes
        self._use_office = use_office
        self.period: Period | None = None
        self.draft: dict[str, str] = {}
        self.operation = None
        self.preview_pages: list[QPixmap] = []
        self.last_files = None

        heading = QLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("reportPeriod")
        self.period_combo.setMinimumWidth(220)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period_combo)

        # narrative sections
        self.editors: dict[str, QPlainTextEdit] = {}
        narrative = QWidget()
        nlay = QVBoxLayout(narrative)
        hint = QLabel(self.tr("Prefilled with a draft written from the figures; edit freely. A section left as "
                              "the draft follows the figures when they change."))
        hint.setWordWrap(True)
        nlay.addWidget(hint)
        for key in SECTION_KEYS:
            row = QHBoxLayout()
            row.addWidget(QLabel(f"<b>{self.tr(SECTION_LABELS[key])}</b>"))
            row.addStretch(1)
            reset = QPushButton(self.tr("Back to the draft"))
            reset.clicked.connect(lambda _=False, k=key: self.editors[k].setPlainText(self.draft.get(k, "")))
            row.addWidget(reset)
            editor = QPlainTextEdit()
            editor.setObjectName(f"narrative_{key}")
            editor.setMinimumHeight(90)
            self.editors[key] = editor
            nlay.addLayout(row)
            nlay.addWidget(editor, 1)

        # settings
        settings = QWidget()
        form = QFormLayout(settings)
        self.number = QLineEdit()
        self.number.setObjectName("reportNumber")
        self.number.setMaxLength(5)
        self.suggested = QLabel()
        self.suggested.setObjectName("suggestedNumber")
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.suggested, 1)
        self.day = date_edit()
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.addressed = QCheckBox(self.tr("Print the \"Kính gửi\" line"))
        self.receiving = QLineEdit()
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("One recipient per line"))
        form.addRow(self.tr("Number (Số):"), number_row)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Signer (from the profile):"), self.signer)
        form.addRow("", self.addressed)
        form.addRow(self.tr("Receiving office:"), self.receiving)
        form.addRow(self.tr("Recipients (Nơi nhận):"), self.recipients)

        self.tabs = QTabWidget()
        self.tabs.addTab(narrative, self.tr("Narrative"))
        self.tabs.addTab(settings, self.tr("Settings"))
        from commune_desk.ui.views.office_comments import OfficeCommentsPanel

        self.office_comments = OfficeCommentsPanel(db)
        self.tabs.addTab(self.office_comments, self.tr("Office comments"))

        # actions
        self.save_button = QPushButton(self.tr("Save"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("Save to a folder…"))
        self.usb_button = QPushButton(self.tr("Save to a USB stick…"))
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.folder_button.clicked.connect(lambda: self.save_to_folder())
        self.usb_button.clicked.connect(self.save_to_usb)
        actions = QHBoxLayout()
        for b in (self.save_button, self.preview_button, self.print_button, self.folder_button, self.usb_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)

        # preview
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_box.setStyleSheet("background: #777;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages_box)
        self.html_view = QTextBrowser()
        self.html_view.setObjectName("reportHtmlPreview")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(scroll)
        self.preview_stack.addWidget(self.html_view)
        preview_box = QGroupBox(self.tr("Preview"))
        QVBoxLayout(preview_box).addWidget(self.preview_stack)

        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(preview_box)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addLayout(busy)
        layout.addWidget(self.status)

        self.year.valueChanged.connect(lambda *_: self._fill_periods())
        self.period_combo.currentIndexChanged.connect(lambda *_: self._period_chosen())
        self._fill_periods(default=self._default_period())

    # ---- periods and loading ---------------------------------------------------------------------------------
    def _default_period(self) -> str:
        today = self._today()
        quarter = (today.month - 1) // 3 + 1
        return f"{today.year}-Q{quarter}"

    def _fill_periods(self, default: str | None = None) -> None:
        suffix = self.period.code[4:] if self.period else ""        # "-Q3", "-H1", "-9M" or "" (the year)
        wanted = default or f"{self.year.value()}{suffix}"
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in report_periods(self.year.value()):
            self.period_combo.addItem(period_name(p), p.code)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(wanted)))
        self.period_combo.blockSignals(False)
        self._period_chosen()

    def set_period(self, code: str) -> None:
        """Show period `code` (e.g. "2026-Q3")."""
        p = Period.parse(code)
        if self.year.value() != p.year:
            self.year.setValue(p.year)
        self.period_combo.setCurrentIndex(self.period_combo.findData(p.code))

    def _period_chosen(self) -> None:
        code = self.period_combo.currentData()
        if code:
            self.load(Period.parse(code))

    def load(self, period: Period) -> None:
        """Fill the narrative (stored text, else the draft) and the settings of `period`."""
        from commune_desk.services.report_narrative import draft
        from commune_desk.services.report_service import prepare
        from commune_desk.storage.profile_repo import ProfileRepository
        from commune_desk.storage.report_repo import ReportRepository

        self.period = period
        repo = ReportRepository(self._db, self._actor)
        stored = repo.settings(period.code)
        day = (stored.issued_on if stored and stored.issued_on else None) or self._today()
        content, narrative, settings = prepare(self._db, period, day=day, actor=self._actor)
        self.draft = draft(content)
        for key, editor in self.editors.items():
            editor.setPlainText(narrative.get(key, ""))
        suggested = repo.suggest_number(day.year)
        self.number.setText(settings.number)
        self.suggested.setText(self.tr("suggested next number in %1: %2").replace("%1", str(day.year))
                               .replace("%2", f"{suggested:02d}"))
        self.day.setDate(to_qdate(day))
        signer = ProfileRepository(self._db, self._actor).get().signer
        self.signer.setText(" — ".join(x for x in (signer.authority.replace("\n", " "), signer.title, signer.name)
                                       if x) or self.tr("not set: complete the unit profile"))
        self.addressed.setChecked(settings.addressed)
        self.receiving.setText(stored.receiving_office if stored else "")
        self.receiving.setPlaceholderText(content.heading.receiving_office)
        self.recipients.setPlainText("\n".join(settings.recipients))
        self.office_comments.load(period)
        self.status.setText("")

    # ---- saving ----------------------------------------------------------------------------------------------
    def current_settings(self):
        from commune_desk.domain.report_content import ReportSettings

        recipients = tuple(x.strip() for x in self.recipients.toPlainText().split("\n") if x.strip())
        return ReportSettings(self.period.code, self.number.text().strip(), from_qdate(self.day.date()), recipients,
                              self.addressed.isChecked(), self.receiving.text().strip())

    def save(self) -> bool:
        """Store the edited sections (a section equal to the draft stays the draft) and the settings."""
        from commune_desk.domain.errors import ExpectedError, ValidationFailed
        from commune_desk.storage.report_repo import ReportRepository

        repo = ReportRepository(self._db, self._actor)
        try:
            repo.save_settings(self.current_settings())
            for key, editor in self.editors.items():
                text = _normalise(editor.toPlainText())
                repo.set_narrative(self.period.code, key, "" if text == _normalise(self.draft.get(key, "")) else text)
        except ValidationFailed as exc:
            from commune_desk.ui.problems import line_text

            self.status.setText(self.tr("Not saved: %1").replace("%1", "; ".join(line_text(p) for p in exc.problems)))
            return False
        except ExpectedError as exc:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.status.setText(self.tr("Saved for %1.").replace("%1", period_name(self.period)))
        return True

    # ---- background work -------------------------------------------------------------------------------------
    def _start(self, job, on_success, message: str) -> None:
        self._busy(True)
        self.status.setText(message)
        self.operation = run_in_background(job, on_success=on_success, on_failure=self._failed,
                                           on_progress=self._progress, on_finished=lambda: self._busy(False),
                                           parent=self)

    def _busy(self, busy: bool) -> None:
        for b in (self.save_button, self.preview_button, self.folder_button, self.usb_button,
                  self.period_combo, self.year):
            b.setEnabled(not busy)
        self.print_button.setEnabled(not busy and bool(self.preview_pages or self.html_view.toPlainText()))
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _failed(self, exc, tb: str) -> None:
        from commune_desk.domain.errors import ExpectedError

        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no file was left half-written."))
        elif isinstance(exc, (ExpectedError, OSError, RuntimeError, TimeoutError)):
            self.status.setText(self.tr("Failed: %1").replace("%1", str(exc)))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    # ---- preview and print -----------------------------------------------------------------------------------
    def preview(self) -> None:
        from commune_desk.ui.views.report_preview import office_available, preview_job

        if not self.save():
            return
        use_office = office_available() if self._use_office is None else self._use_office
        job = preview_job(self._db, self.period, day=from_qdate(self.day.date()), number=self.number.text().strip(),
                          use_office=use_office, actor=self._actor)
        self._start(job, self._show_preview, self.tr("Preparing the preview…"))

    def _show_preview(self, preview) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.preview_pages = []
        if preview.pages:
            for data in preview.pages:
                pixmap = QPixmap()
                pixmap.loadFromData(data, "PNG")
                self.preview_pages.append(pixmap)
                label = QLabel()
                label.setPixmap(pixmap)
                label.setStyleSheet("background: white; border: 1px solid #444;")
                self.pages_layout.addWidget(label)
            self.preview_stack.setCurrentIndex(0)
            self.status.setText(self.tr("Preview: %1 pages (rendered by LibreOffice).")
                                .replace("%1", str(len(self.preview_pages))))
        else:
            self.html_view.setHtml(preview.html)
            self.preview_stack.setCurrentIndex(1)
            self.status.setText(self.tr("Preview rendered by CommuneDesk (LibreOffice is not installed); "
                                        "the Word file keeps the official layout."))
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

    # ---- saving the files ------------------------------------------------------------------------------------
    def save_to_folder(self, folder: str | Path | None = None, *, ascii_names: bool | None = None) -> None:
        """Generate the .docx and .xlsx into `folder` (asked for when None) off the UI thread, then read back."""
        from commune_desk.ui.views.report_preview import generate_job

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the report into"), str(Path.home()))
            if not folder:
                return
        if not self.save():
            return
        folder = Path(folder)
        if ascii_names is None:
            ascii_names = self._on_removable(folder)

        job = generate_job(self._db, self.period, folder, day=from_qdate(self.day.date()),
                           number=self.number.text().strip() or None, ascii_names=ascii_names, actor=self._actor)
        self._start(job, self._generated, self.tr("Writing the report…"))

    def _generated(self, files) -> None:
        self.last_files = files
        self.load(self.period)
        self.status.setText(self.tr("Written and read back: %1 and %2. It is safe to remove a USB stick.")
                            .replace("%1", str(files.docx)).replace("%2", files.xlsx.name))
        self.generated.emit(files)

    def _removable(self) -> list:
        from commune_desk.ui.views.report_preview import removable_drives

        return removable_drives(self._volumes)

    def _on_removable(self, folder: Path) -> bool:
        from commune_desk.ui.views.report_preview import is_on

        return is_on(folder, self._removable())

    def save_to_usb(self) -> None:
        """Save onto a removable drive with ASCII file names (asks which one when several are plugged in)."""
        drives = self._removable()
        if not drives:
            self.status.setText(self.tr("No USB stick found. Plug one in, or use \"Save to a folder…\"."))
            return
        root = drives[0].root
        if len(drives) > 1:
            names = [f"{v.name or v.root} ({v.root})" for v in drives]
            chosen, ok = QInputDialog.getItem(self, self.tr("USB stick"), self.tr("Save onto:"), names, 0, False)
            if not ok:
                return
            root = drives[names.index(chosen)].root
        self.save_to_folder(root, ascii_names=True)

