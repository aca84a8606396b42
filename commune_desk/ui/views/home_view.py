"""Home page: which unit this is, this year's counts, and quick buttons to the common tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commune_desk.ui.language import fmt_int


class HomeView(QWidget):
    """`profiles`: ProfileRepository; `propaganda`: PropagandaRepository; `base_filter`: empty filter."""

    addPropagandaRequested = Signal()
    areaRequested = Signal(str)

    def __init__(self, profiles, propaganda, *, base_filter, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._propaganda = propaganda
        self._base_filter = base_filter
        self._today = today
        self.unit_name = QLabel()
        self.unit_name.setObjectName("homeUnitName")
        self.unit_name.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.unit_name.setWordWrap(True)
        self.unit_detail = QLabel()
        self.unit_detail.setWordWrap(True)
        self.year_heading = QLabel()
        self.year_heading.setStyleSheet("font-size: 13pt; font-weight: bold; margin-top: 12px;")
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, (key, label) in enumerate((
            ("activities", self.tr("Propaganda activities")),
            ("participants", self.tr("Participants reached")),
            ("materials", self.tr("Materials handed out")),
        )):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card_layout = QVBoxLayout(card)
            value = QLabel("0")
            value.setObjectName(f"count_{key}")
            value.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1a5fb4;")
            card_layout.addWidget(value)
            caption = QLabel(label)
            caption.setWordWrap(True)
            card_layout.addWidget(caption)
            self.counts[key] = value
            grid.addWidget(card, 0, i)
        self.add_button = QPushButton(self.tr("Record a propaganda activity…"))
        self.list_button = QPushButton(self.tr("Open the propaganda list"))
        self.profile_button = QPushButton(self.tr("Unit profile"))
        self.add_button.clicked.connect(self.addPropagandaRequested)
        self.list_button.clicked.connect(lambda: self.areaRequested.emit("propaganda"))
        self.profile_button.clicked.connect(lambda: self.areaRequested.emit("profile"))
        quick = QHBoxLayout()
        for button in (self.add_button, self.list_button, self.profile_button):
            button.setMinimumHeight(36)
            quick.addWidget(button)
        quick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.unit_name)
        layout.addWidget(self.unit_detail)
        layout.addWidget(self.year_heading)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addLayout(quick)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        profile = self._profiles.get()
        if profile.is_set:
            self.unit_name.setText(profile.official_name or profile.name)
            details = [self.tr("Unit code: %1").replace("%1", profile.unit_code)]
            if profile.province:
                details.append(self.tr("Province: %1").replace("%1", profile.province))
            details.append(self.tr("%1 residential units").replace(
                "%1", fmt_int(sum(1 for u in profile.residential_units if u.active))))
            self.unit_detail.setText(" · ".join(details))
        else:
            self.unit_name.setText(self.tr("Unit profile not set"))
            self.unit_detail.setText(self.tr("Open “Unit profile” to describe your commune."))
        year = self._today().year
        self.year_heading.setText(self.tr("Year %1 so far").replace("%1", str(year)))
        totals = self._propaganda.totals(replace(self._base_filter, date_from=date(year, 1, 1),
                                                 date_to=date(year, 12, 31)))
        self.counts["activities"].setText(fmt_int(totals.count))
        self.counts["participants"].setText(fmt_int(totals.participants))
        self.counts["materials"].setText(fmt_int(totals.materials))
