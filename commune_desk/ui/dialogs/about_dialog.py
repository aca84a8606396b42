"""The About box: version, data folder, log folder, licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    def __init__(self, version: str, data_folder: str, db_path: str = "", parent: QWidget | None = None,
                 log_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CommuneDesk"))
        lines = [
            f"<h2>CommuneDesk {version}</h2>",
            "<p>" + self.tr("Offline desktop tool for commune-level prostitution-prevention work.") + "</p>",
            "<p><b>" + self.tr("Data folder:") + "</b> " + data_folder + "</p>",
        ]
        if log_folder:
            lines.append("<p><b>" + self.tr("Log folder:") + "</b> " + log_folder + "</p>")
        if db_path:
            lines.append("<p><b>" + self.tr("Database:") + "</b> " + db_path + "</p>")
        lines.append("<p>" + self.tr("Licence: MIT") + "</p>")
        self.text = QLabel("".join(lines))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
