"""The recovery key, shown once: copy, print (or save as a text file when there is no printer), then confirm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, db_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._db_path = db_path
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = QLabel(self.tr(
            "If you forget the password, this recovery key is the only way to open the database. It is shown "
            "only now. Print it or write it down and keep it locked away from the laptop. Anyone who has it can "
            "open the data."))
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("border: 1px solid #888; padding: 12px; background: #fafafa;")
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(self.copy)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self.print_key)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:  # Esc must not lose the only showing of the key
        if self.confirm.isChecked():
            super().reject()

    def text_for_paper(self) -> str:
        lines = [self.tr("CommuneDesk — recovery key"), "", self._key, "",
                 self.tr("Made on: %1").replace("%1", date.today().strftime("%d/%m/%Y"))]
        if self._db_path:
            lines.append(self.tr("Database: %1").replace("%1", self._db_path))
        lines += ["", self.tr("Keep this paper locked away. Anyone who has it can open the data.")]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.status.setText(self.tr("Copied. Paste it somewhere safe, then clear the clipboard."))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        if not QPrinterInfo.availablePrinters():
            self.save_text()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setPlainText(self.text_for_paper())
        document.print_(printer)
        self.status.setText(self.tr("Sent to the printer."))

    def save_text(self, path: str | None = None) -> Path | None:
        """No printer: save the key as a .txt file (to print elsewhere, e.g. from a USB stick)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("No printer found: save the recovery key"),
                str(Path.home() / "commune_desk-recovery-key.txt"), self.tr("Text file (*.txt)"))
        if not path:
            return None
        from commune_desk.storage.files import write_bytes_atomic

        saved = write_bytes_atomic(path, self.text_for_paper().encode("utf-8"))
        self.status.setText(self.tr("Saved to %1. Print it, then delete the file.").replace("%1", str(saved)))
        from commune_desk.ui.views.list_parts import saved_bar_under

        saved_bar_under(self, self.status).show_saved(saved)  # with "Mở thư mục"
        return saved


def show_recovery_key(parent: QWidget | None, key: str, db_path: str = "") -> None:
    RecoveryKeyDialog(key, db_path, parent).exec()
