"""Restore: pick a backup (listed or any file), preview what it holds, confirm; the session does the swap."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from commune_desk.ui.language import fmt_int
from commune_desk.ui.fit import open_size


class RestoreDialog(QDialog):
    """`secret` opens backups made under the current key; another password can be typed for older ones."""

    def __init__(self, db_path: Path, secret: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from commune_desk.services.protection.backups import list_backups

        self.db_path = Path(db_path)
        self._secret = secret
        self.summary = None
        self.seal = None
        self.chosen: tuple[Path, str | None] | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        intro = QLabel(self.tr("Choose a backup. Before anything is replaced, the current database is kept aside "
                               "in the backups folder."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        kinds = {"daily": self.tr("daily"), "exit": self.tr("on exit"), "manual": self.tr("manual")}
        for entry in list_backups(self.db_path):
            item = QListWidgetItem(f"{entry.when:%d/%m/%Y %H:%M:%S} — {kinds.get(entry.kind, entry.kind)} — "
                                   f"{entry.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda item, _old: item and self.preview(
            Path(item.data(Qt.ItemDataRole.UserRole))))
        browse = QPushButton(self.tr("Choose another file…"))
        browse.clicked.connect(self._browse)
        self.password = QLineEdit()
        self.password.setObjectName("backupPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password that was valid when this backup was made"))
        self.password.returnPressed.connect(lambda: self.current_path and self.preview(self.current_path))
        self.password.setVisible(False)
        self.details = QLabel(self.tr("No backup chosen."))
        self.details.setObjectName("backupPreview")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(200)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.restore_button = self.buttons.addButton(self.tr("Restore this backup"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.current_path: Path | None = None
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.password)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        open_size(self, 640, 560)      # never more than the screen has

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.db_path.parent),
                                              self.tr("Database (*.db)"))
        if path:
            self.list.clearSelection()
            self.preview(Path(path))

    def _secret_for_preview(self) -> str | None:
        typed = self.password.text()
        return typed if typed else self._secret

    def preview(self, path: Path) -> bool:
        """Open the backup without changing it and show unit, schema, counts and integrity."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.protection.restore import preview_backup
        from commune_desk.storage.errors import NotABackup, PasswordRequired, WrongPassword

        self.current_path = Path(path)
        self.summary = None
        self.seal = None
        self.restore_button.setEnabled(False)
        try:
            # The guard and the keyed checksum first (a changed backup is refused here); unsealed ones are shown.
            summary, self.seal = preview_backup(self.db_path, path, self._secret_for_preview(), unverified=True)
        except (PasswordRequired, WrongPassword):
            self.password.setVisible(True)
            self.password.setFocus()
            self.details.setText("<p style='color:#b00020'>" + html.escape(self.tr(
                "This backup does not open with the current password. Type the password that was valid when it "
                "was made, then press Enter.")) + "</p>")
            return False
        except NotABackup:
            # No database, no key file: random bytes, or a backup encrypted with a password of its own.
            self.password.setVisible(True)
            self.password.setFocus()
            self.details.setText("<p style='color:#b00020'>" + html.escape(self.tr(
                "This file is not a CommuneDesk backup, or it is encrypted with a password that is not the current "
                "one. Choose another backup, or type the password that was valid when it was made, then press "
                "Enter.")) + "</p>")
            return False
        except ExpectedError as exc:
            from commune_desk.ui.errors import explain

            self.details.setText("<p style='color:#b00020'>" + html.escape(explain(exc)[1]) + "<br>" +
                                 html.escape(str(exc)) + "</p>")
            return False
        self.summary = summary
        names = self._table_names()
        rows = "".join(f"<tr><td>{html.escape(names.get(table, table))}</td>"
                       f"<td align='right'>&nbsp;&nbsp;{fmt_int(count)}</td></tr>"
                       for table, count in summary.counts.items() if count)
        ok = summary.integrity == "ok"
        integrity = self.tr("ok") if ok else summary.integrity
        unit = summary.unit_name or self.tr("(unit profile not set)")
        labels = [self.tr("File:"), self.tr("Unit:"), self.tr("Schema:"), self.tr("Integrity check:"),
                  self.tr("Rows in the backup:"), self.tr("Keyed checksum:")]
        file_, unit_, schema_, integrity_, rows_, seal_ = (html.escape(text) for text in labels)
        colour = "#2e7d32" if ok else "#b00020"
        sealed = self.seal.verified
        seal_text = self.tr("matches") if sealed else self.tr(
            "cannot be checked on this computer (made elsewhere, or before checksums existed)")
        self.details.setText(
            f"<p><b>{file_}</b> {html.escape(Path(path).name)}<br>"
            f"<b>{unit_}</b> {html.escape(unit)} {html.escape(summary.unit_code)}<br>"
            f"<b>{schema_}</b> {html.escape(summary.revision or '?')}<br>"
            f"<b>{integrity_}</b> <span style='color:{colour}'>{html.escape(integrity)}</span><br>"
            f"<b>{seal_}</b> <span style='color:{'#2e7d32' if sealed else '#b26a00'}'>{html.escape(seal_text)}"
            "</span></p>"
            f"<p><b>{rows_}</b></p><table cellspacing='2'>{rows}</table>")
        self.restore_button.setEnabled(ok)
        return ok

    def _table_names(self) -> dict[str, str]:
        """Plain names for the tables a user cares about; the others keep their technical name."""
        return {
            "propaganda_activity": self.tr("Propaganda activities"), "training": self.tr("Training courses"),
            "training_participant": self.tr("Training participants"), "business": self.tr("Businesses"),
            "inspection": self.tr("Inspections"), "hotspot": self.tr("Hotspots"), "tipoff": self.tr("Tip-offs"),
            "penalty_decision": self.tr("Penalty decisions"),
            "reintegration_support": self.tr("Reintegration support"),
            "person_identity": self.tr("Stored identities"), "residential_unit": self.tr("Residential units"),
            "plan_version": self.tr("Plans"), "audit_log": self.tr("Change log entries"),
            "setting": self.tr("Settings"),
        }

    def confirm(self) -> None:
        if self.summary is None:
            return
        text = self.tr("The current database will be replaced by the backup %1. The current file is kept aside "
                       "first. Continue?").replace("%1", self.summary.path.name)
        if self.seal is not None and not self.seal.verified:
            text = self.tr("Its keyed checksum cannot be checked on this computer: restore it only if you know "
                           "where it comes from.") + "\n\n" + text
        answer = QMessageBox.question(self, self.tr("Restore this backup?"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = (self.summary.path, self._secret_for_preview())
        self.accept()
