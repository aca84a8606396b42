"""The home's reminder of what the unit profile still lacks for reports (signer, receiving office, residential
units), shown until they are filled in; the first run lets the officer defer them ("bổ sung sau")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from commune_desk.domain.profile import missing_for_reports

STYLE = "#profileReminder { background: #fff3cd; border: 1px solid #e0c469; border-radius: 4px; }"


class ProfileReminder(QFrame):
    """Hidden while the profile is complete; `openProfile` asks for the profile area."""

    openProfile = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileReminder")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setObjectName("profileMissing")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #664d03;")
        self.button = QPushButton(self.tr("Complete the profile…"))
        self.button.clicked.connect(self.openProfile.emit)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def set_profile(self, profile) -> None:
        names = {
            "signer.name": self.tr("the signer"),
            "receiving_office": self.tr("the receiving office"),
            "residential_units": self.tr("the residential units (thôn, tổ dân phố)"),
        }
        missing = missing_for_reports(profile) if profile.is_set else ()
        self.text.setText(
            self.tr(
                "The unit profile still lacks %1: reports cannot be signed and addressed properly until it has them."
            ).replace("%1", ", ".join(names[m] for m in missing))
        )
        self.setVisible(bool(missing))
