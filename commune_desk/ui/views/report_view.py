"""The "Reports" area: pick a period, edit the narrative and the settings, preview, print and export the report."""

from __future__ import annotations

import sys
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox, QSplitter, QStackedWidget,
    QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from commune_desk.domain.periods import Period
from commune_desk.ui.dialogs.form_widgets import date_edit, from_qdate, to_qdate
from commune_desk.ui.language import period_name
from commune_desk.ui.operations import Cancelled, run_in_background
from commune_desk.ui.views.report_export import ReportExportMixin

SECTION_KEYS = ("situation", "assessment", "difficulties", "next_tasks", "proposals")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


SECTION_LABELS = {
    "situation": QT_TRANSLATE_NOOP("ReportView", "I. Situation on the territory"),
    "assessment": QT_TRANSLATE_NOOP("ReportView", "III.1 Results achieved"),
    "difficulties": QT_TRANSLATE_NOOP("ReportView", "III.2 Shortcomings and causes"),
    "next_tasks": QT_TRANSLATE_NOOP("ReportView", "IV. Tasks for the next period"),
    "proposals": QT_TRANSLATE_NOOP("ReportView", "V. Proposals"),
}


def report_periods(year: int) -> list[Period]:
    """The periods a report is written for: four quarters, two halves, nine months and the year."""
    return ([Period(year, "quarter", q) for q in (1, 2, 3, 4)] + [Period(year, "half", 1), Period(year, "half", 2)]
            + [Period(year, "nine_months"), Period(year, "year")])


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


class ReportView(ReportExportMixin, QWidget):
    """`service`: the report use cases of the open database (app_services.ReportService), with its repositories
    of reports, profile, receipts, numbers; `volumes()` lists removable drives; `use_office` None = LibreOffice when installed.

    `asker(title, text, choices)` asks the officer to pick one of `choices` ((key, label) pairs, the last one is
    "cancel") and returns its key; it is a message box unless a test replaces it.
    """

    generated = Signal(object)          # services.reports.report_service.ReportFiles, written and read back

    def __init__(self, service, *, reports, profiles, receipts, numbers, today: Callable[[], date] = date.today,
                 volumes=None, chart=None, use_office: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._today = service, today
        self._reports, self._profiles = reports, profiles
        self._volumes, self._chart = volumes, chart     # chart: the report's chart renderer (app.py)
        self._use_office = use_office
        self.period: Period | None = None
        self.draft: dict[str, str] = {}
        self.operation = None
        self.preview_pages: list[QPixmap] = []
        self.last_files = None
        self.asker = self._ask
        self.period_empty = False
        self._auto_number = ""          # the number the app chose; stored only when the officer changes it

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
        self.recipients.setObjectName("reportRecipients")
        self.recipients.setPlaceholderText(self.tr("One recipient per line"))
        form.addRow(self.tr("Number (Số):"), number_row)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Signer (from the profile):"), self.signer)
        form.addRow("", self.addressed)
        form.addRow(self.tr("Receiving office:"), self.receiving)
        form.addRow(self.tr("Other recipients (Nơi nhận, after the receiving office):"), self.recipients)

        self.tabs = QTabWidget()
        self.tabs.addTab(narrative, self.tr("Narrative"))
        self.tabs.addTab(settings, self.tr("Settings"))
        from commune_desk.ui.views.office_comments import OfficeCommentsPanel

        self.office_comments = OfficeCommentsPanel(receipts)
        self.tabs.addTab(self.office_comments, self.tr("Office comments"))
        from commune_desk.ui.views.report_numbers_panel import IssuedNumbersPanel

        self.numbers_panel = IssuedNumbersPanel(numbers)
        self.tabs.addTab(self.numbers_panel, self.tr("Issued numbers"))

        # actions
        # Named for what they do: the draft button writes no file; the export buttons write the .docx and .xlsx.
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Keeps the text and settings of this period's report in the database; "
                                            "writes no file"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("Export Word/Excel…"))
        self.usb_button = QPushButton(self.tr("Export to a USB stick…"))
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

        # preview: page images fitted to the pane's width (zoom at hand), or the in-app rendering
        from commune_desk.ui.views.report_page_preview import PagePreview

        self.pages_view = PagePreview()
        self.html_view = QTextBrowser()
        self.html_view.setObjectName("reportHtmlPreview")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.pages_view)
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
        from commune_desk.services.reports.report_narrative import draft

        self.period = period
        repo = self._reports
        stored = repo.settings(period.code)
        day = (stored.issued_on if stored and stored.issued_on else None) or self._today()
        content, narrative, settings = self._service.prepare(period, day=day)
        self.draft = draft(content)
        self.period_empty = content.empty
        for key, editor in self.editors.items():
            editor.setPlainText(narrative.get(key, ""))
        self._auto_number = "" if stored and stored.number else settings.number
        self.number.setText(settings.number)
        self.suggested.setText(self.tr("the report's number in %1 (kept when written again): %2; see \"Issued "
                                       "numbers\"").replace("%1", str(day.year)).replace("%2", settings.number))
        self.day.setDate(to_qdate(day))
        signer = self._profiles.get().signer
        self.signer.setText(" — ".join(x for x in (signer.authority.replace("\n", " "), signer.title, signer.name)
                                       if x) or self.tr("not set: complete the unit profile"))
        self.addressed.setChecked(settings.addressed)
        self.receiving.setText(stored.receiving_office if stored else "")
        self.receiving.setPlaceholderText(content.heading.receiving_office)
        from commune_desk.domain.recipients import others

        self.recipients.setPlainText("\n".join(others(content.heading.receiving_office, settings.recipients)))
        self.office_comments.load(period)
        self.numbers_panel.load(day.year)
        self.status.setText(self.tr("No record is dated in %1: the report will say so.").replace(
            "%1", period_name(period)) if self.period_empty else "")

    # ---- saving ----------------------------------------------------------------------------------------------
    def current_settings(self):
        from commune_desk.domain.report_content import ReportSettings

        recipients = tuple(x.strip() for x in self.recipients.toPlainText().split("\n") if x.strip())
        number = self.number.text().strip()
        if number and number.isdigit() and self._auto_number and int(number) == int(self._auto_number):
            number = ""        # the app's own choice: it follows the register instead of being frozen here
        return ReportSettings(self.period.code, number, from_qdate(self.day.date()), recipients,
                              self.addressed.isChecked(), self.receiving.text().strip())

    def save(self) -> bool:
        """Store the edited sections (a section equal to the draft stays the draft) and the settings."""
        from commune_desk.domain.errors import ExpectedError, ValidationFailed

        repo = self._reports
        refused = self.number_refusal()
        if refused is not None:
            self.status.setText(self.tr("Not saved: %1").replace("%1", refused.text(QCoreApplication.translate)))
            return False
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
        self.status.setText(self.tr("Draft saved for %1 (no file written; use \"Export Word/Excel…\").")
                            .replace("%1", period_name(self.period)))
        return True

    def number_refusal(self):
        """NumberTaken when the number typed belongs to another report of the same year, else None."""
        return self._service.number_refusal(self.period, self.number.text(), from_qdate(self.day.date()))

    def _ask(self, title: str, text: str, choices: list[tuple[str, str]]) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        buttons = {}
        for i, (key, label) in enumerate(choices):
            role = QMessageBox.ButtonRole.RejectRole if i == len(choices) - 1 else QMessageBox.ButtonRole.AcceptRole
            buttons[box.addButton(label, role)] = key
        box.exec()
        return buttons.get(box.clickedButton(), choices[-1][0])

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
