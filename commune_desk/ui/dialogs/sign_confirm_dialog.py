"""Signing as a deliberate act: before a period is signed, this dialog shows what will be locked and sent.

It names the period and its dates, the data window whose records signing locks (with how many there are), the
data cut-off the report states, what the package holds and its key figures, and warns in red when the period
has not ended yet. Nothing is signed unless the officer ticks the box that says so and presses "Ký và đóng gói".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.periods import Period
from commune_desk.ui.language import fmt_date, fmt_int, period_name

WARNING_STYLE = "background: #f8d7da; color: #842029; padding: 8px; font-weight: bold;"
NOTE_STYLE = "background: #fff3cd; color: #664d03; padding: 6px;"


def _span(first, last) -> str:
    return f"{fmt_date(first)} – {fmt_date(last)}"


def figure_value(figure) -> str:
    """ "62,5% (5/8)" for a share, "1.350" for a count, "—" for a figure nobody entered."""
    from commune_desk.ui.views.home_view import fmt_value

    if figure.numerator is None:
        return "—"
    if figure.denominator is None:
        return fmt_value(figure.numerator, "count")
    return (
        f"{fmt_value(figure.percent, '%')} ({fmt_value(figure.numerator, 'count')}/"
        f"{fmt_value(figure.denominator, 'count')})"
    )


class SignConfirmDialog(QDialog):
    """Shows a services.packages.sign_preview.SignPreview; accepted only with the box ticked."""

    def __init__(self, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        name = period_name(Period.parse(preview.period))
        self.setWindowTitle(self.tr("Sign and package %1").replace("%1", name))
        heading = QLabel(
            self.tr("Sign and package the report of %1 (revision %2)")
            .replace("%1", name)
            .replace("%2", str(preview.revision))
        )
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        heading.setWordWrap(True)

        self.warning = QLabel()
        self.warning.setObjectName("notEndedWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        if not preview.ended:
            self.warning.setText(
                self.tr(
                    "%1 has not ended: it runs until %2 (%3 more day(s)). Signed now, the report counts only up to "
                    "%4: records dated up to that day are locked (no adding, changing or deleting until the period is "
                    "amended with a reason), and activities after it will be missing from this report. Sign after "
                    "the period ends unless a deadline forces you."
                )
                .replace("%1", name)
                .replace("%2", fmt_date(preview.period_window[1]))
                .replace("%3", fmt_int(preview.days_left))
                .replace("%4", fmt_date(preview.window[1]))
            )
        self.warning.setVisible(not preview.ended)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), self._value(f"{name} ({_span(*preview.period_window)})"))
        form.addRow(
            self.tr("Data locked:"),
            self._value(
                self.tr("records dated %1 (%2 record(s))")
                .replace("%1", _span(*preview.window))
                .replace("%2", fmt_int(preview.records)),
                "lockedWindow",
            ),
        )
        cutoff = preview.cutoff or preview.window[1]
        form.addRow(self.tr("Figures count up to:"), self._value(fmt_date(cutoff), "cutoff"))
        form.addRow(self.tr("Dated:"), self._value(fmt_date(preview.day)))
        if preview.plan_title:
            form.addRow(self.tr("Plan:"), self._value(preview.plan_title))
        form.addRow(
            self.tr("The package holds:"),
            self._value(
                self.tr(
                    "the report (Word), its annex of figures (Excel), the figures for the receiving office's software "
                    "(report-data.json) and your unit's digital signature."
                )
            ),
        )

        self.figures = QTableWidget(len(preview.figures), 2)
        self.figures.setObjectName("keyFigures")
        self.figures.setHorizontalHeaderLabels([self.tr("Key figure"), self.tr("This period")])
        self.figures.verticalHeader().setVisible(False)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setWordWrap(True)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, figure in enumerate(preview.figures):
            label = QTableWidgetItem(figure.label)
            label.setToolTip(figure.code)
            self.figures.setItem(row, 0, label)
            self.figures.setItem(row, 1, QTableWidgetItem(figure_value(figure)))
        self.figures.resizeRowsToContents()

        lock = QLabel(
            self.tr(
                "After signing, the %1 record(s) dated %2 are locked: they cannot be changed or "
                "deleted, and no record dated in those days can be added, until the period is "
                "amended (with a reason kept in the log)."
            )
            .replace("%1", fmt_int(preview.records))
            .replace("%2", _span(*preview.window))
        )
        lock.setObjectName("lockNote")
        lock.setWordWrap(True)
        lock.setStyleSheet(NOTE_STYLE)
        self.agree = QCheckBox(
            self.tr("I have checked the figures and want to sign and lock this data now")
            if preview.ended
            else self.tr("I know %1 has not ended and still want to sign and lock it now").replace("%1", name)
        )
        self.agree.setObjectName("agree")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("Sign and package"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setEnabled(False)
        self.sign_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)  # Enter never signs
        self.agree.toggled.connect(self.sign_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Key figures of the report:")))
        layout.addWidget(self.figures, 1)
        layout.addWidget(lock)
        layout.addWidget(self.agree)
        layout.addWidget(self.buttons)
        from commune_desk.ui.fit import fit_dialog, open_size

        fit_dialog(self, keep_top=2)  # the heading and the warning stay; the buttons stay in view
        open_size(self, 760, 640)

    @staticmethod
    def _value(text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def accept(self) -> None:
        if not self.agree.isChecked():  # the button is disabled; a keyboard accept must not slip through
            return
        super().accept()


def confirm_signing(parent: QWidget | None, preview) -> bool:
    """Ask, modally, whether to sign what `preview` describes."""
    dialog = SignConfirmDialog(preview, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def signing_preview(packages, code: str, day):
    """(preview, "") of signing period `code` on `day` (through `packages`, an app_services.PackageService), or
    (None, the translated reason) when the report of that period may not be made (not started, …)."""
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.ui.problems import error_text

    try:
        return packages.preview(Period.parse(code), day=day), ""
    except ExpectedError as exc:
        return None, error_text(exc)
