"""The office's "Write receipt" dialog: status, a comment per indicator, the office key, the folder or drive."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from commune_desk.ui.fit import open_size


def _period_text(code: str) -> str:
    # office_intake_view's own helper became ui.language.period_code_name (da74e00); the import was left behind
    from commune_desk.ui.language import period_code_name

    return period_code_name(code)


class ReceiptWriteDialog(QDialog):
    """`office`: the office use cases (app_services.OfficeService), which sign and write it; `entry`: the intake
    ledger row; `package`: its file; `indicators`: (code, name) from its report data."""

    written = Signal(object)            # services.loop.receipts.WrittenReceipt

    def __init__(self, office, entry, package: Path, indicators: list[tuple[str, str]], *,
                 volumes: Callable[[], list] | None = None, key_path: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from commune_desk.domain.office import FILED

        self.setWindowTitle(self.tr("Write a receipt"))
        open_size(self, 820, 560)      # never more than the screen has
        self._office, self.entry, self.package = office, entry, Path(package)
        self._volumes = volumes or (lambda: [])
        self.result_receipt = None
        head = QLabel(self.tr("Receipt for <b>%1</b> (%2), period <b>%3</b>, revision %4 — file %5")
                      .replace("%1", entry.unit_name or entry.unit_code).replace("%2", entry.unit_code)
                      .replace("%3", _period_text(entry.period)).replace("%4", str(entry.revision))
                      .replace("%5", self.package.name))
        head.setObjectName("receiptSubject")
        head.setWordWrap(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("receiptStatus")
        self.status_combo.addItem(self.tr("Accepted"), "accepted")
        self.status_combo.addItem(self.tr("Has issues"), "issues")
        if entry.state not in FILED:    # kept aside at intake: the receipt can only say "has issues"
            self.status_combo.setCurrentIndex(1)
            self.status_combo.model().item(0).setEnabled(False)
        self.comments = QTableWidget(len(indicators), 3)
        self.comments.setObjectName("receiptComments")
        self.comments.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Name"),
                                                 self.tr("Comment of the office (optional)")])
        self.comments.verticalHeader().setVisible(False)
        self.comments.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, (code, name) in enumerate(indicators):
            for col, text in enumerate((code, name)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.comments.setItem(row, col, item)
            self.comments.setItem(row, 2, QTableWidgetItem(""))
        header = self.comments.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.comments.setColumnWidth(1, 260)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.key_edit = QLineEdit(key_path)
        self.key_edit.setObjectName("receiptKey")
        key_button = QPushButton(self.tr("Choose…"))
        key_button.clicked.connect(self._choose_key)
        self.password = QLineEdit()
        self.password.setObjectName("receiptPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("receiptFolder")
        out_button = QPushButton(self.tr("Choose a folder…"))
        out_button.clicked.connect(self._choose_folder)
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("receiptDrives")
        self.drive_combo.activated.connect(lambda *_: self._drive_chosen())
        self.find_drives()
        key_row, out_row = QHBoxLayout(), QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(key_button)
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(out_button)
        out_row.addWidget(self.drive_combo)
        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Office key (.p12):"), key_row)
        form.addRow(self.tr("Key password:"), self.password)
        form.addRow(self.tr("Write to:"), out_row)
        self.message = QLabel()
        self.message.setObjectName("receiptMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = QDialogButtonBox()
        self.write_button = self.box.addButton(self.tr("Sign and write the receipt"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.box.accepted.connect(lambda: self.write())
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("Remarks per indicator go back to the commune and are shown next to the "
                                        "figure concerned. Leave a line empty for no remark.")))
        layout.addWidget(self.comments, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.box)

    def find_drives(self) -> None:
        self.drive_combo.clear()
        self.drive_combo.addItem(self.tr("or a removable drive…"), None)
        try:
            volumes = self._volumes()
        except OSError:
            volumes = []
        for v in volumes:
            self.drive_combo.addItem(f"{v.name or v.root} ({v.root})", v.root)

    def _drive_chosen(self) -> None:
        root = self.drive_combo.currentData()
        if root:
            self.out_edit.setText(str(root))

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The office key"), self.key_edit.text(),
                                              self.tr("Key files (*.p12 *.pfx)"))
        if path:
            self.key_edit.setText(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the receipt into"), self.out_edit.text())
        if folder:
            self.out_edit.setText(folder)

    def set_comment(self, code: str, text: str) -> None:
        """Type a remark for indicator `code` (tests and keyboard users alike end up here)."""
        for row in range(self.comments.rowCount()):
            if self.comments.item(row, 0).text() == code:
                self.comments.item(row, 2).setText(text)
                return
        raise KeyError(code)

    def chosen_comments(self) -> list[tuple[str, str]]:
        from commune_desk.domain.text import nfc

        out = []
        for row in range(self.comments.rowCount()):
            text = " ".join(self.comments.item(row, 2).text().split())
            if text:
                out.append((self.comments.item(row, 0).text(), nfc(text)))
        return out

    def write(self):
        """Sign and write the receipt; the result (or why not) is shown in the dialog. Returns WrittenReceipt."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.signing_keys import load_p12

        key, out = self.key_edit.text().strip(), self.out_edit.text().strip()
        if not key or not out:
            self._say(self.tr("Choose the office key and the folder or drive to write to."), False)
            return None
        try:
            identity = load_p12(key, self.password.text())
            written = self._office.write_receipt(self.package, identity, out, status=self.status_combo.currentData(),
                                                 comments=self.chosen_comments())
        except (ExpectedError, OSError) as exc:
            self._say(self.tr("No receipt written: %1").replace("%1", str(exc)), False)
            return None
        self.result_receipt = written
        self._say(self.tr("Receipt written to %1 (%2 comment(s)). Hand it to the commune with the USB stick.")
                  .replace("%1", str(written.path)).replace("%2", str(len(written.receipt.comments))), True)
        self.write_button.setEnabled(False)
        from commune_desk.ui.views.list_parts import saved_bar_under

        saved_bar_under(self, self.message).show_saved(written.path)  # with "Mở thư mục"
        self.written.emit(written)
        return written

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1e7e34' if ok else '#b02a37'}; font-weight: bold;")
        self.message.setText(text)
