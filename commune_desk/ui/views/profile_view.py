"""Unit profile page: the profile as stored, and a button opening the profile dialog."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from commune_desk.ui.dialogs.profile_dialog import ProfileDialog


class ProfileView(QWidget):
    """`repo` is a ProfileRepository; emits `profileChanged(profile)` after a save."""

    profileChanged = Signal(object)

    def __init__(self, repo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        heading = QLabel(self.tr("Unit profile"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit_button = QPushButton(self.tr("Edit profile…"))
        self.edit_button.clicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        p = self._repo.get()
        if not p.is_set:
            self.summary.setText(self.tr("The profile is not set yet."))
            return
        rows = [
            (self.tr("Name"), p.official_name), (self.tr("Unit code"), p.unit_code),
            (self.tr("Province"), p.province), (self.tr("Place name in documents"), p.place_name),
            (self.tr("Receiving office"), p.receiving_office),
            (self.tr("Signer"), f"{p.signer.name} — {p.signer.title}"),
            (self.tr("Residential units"), ", ".join(u.name for u in p.residential_units if u.active)),
        ]
        self.summary.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")

    def make_dialog(self, first_run: bool = False) -> ProfileDialog:
        return ProfileDialog(self._repo, self._repo.get(), first_run=first_run, parent=self)

    def edit(self, first_run: bool = False) -> bool:
        dialog = self.make_dialog(first_run)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh()
            self.profileChanged.emit(dialog.saved)
            return True
        return False
