"""Settings: interface language, the officer history names, auto-lock minutes, second backup folder and how many backups are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from commune_desk.ui.app_settings import OFFICER_MAX, AppSettings, clean_officer, save_settings


class SettingsDialog(QDialog):
    """Application settings go to settings.json; backup settings to the open database through `backups` (its
    app_services.BackupService; None when no database is open: no backup settings then)."""

    def __init__(self, settings: AppSettings, backups=None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._initial = settings
        self._backups = backups
        self.saved: AppSettings | None = None
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(self.tr("The whole window changes to the new language as soon as you save."))
        self.language_note.setWordWrap(True)
        self.officer = QLineEdit(settings.officer)
        self.officer.setObjectName("officer")
        self.officer.setMaxLength(OFFICER_MAX)
        self.officer.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan, công chức Văn hóa - Xã hội"))
        self.officer_note = QLabel(self.tr("The change history names this officer for every change made on this "
                                           "computer account. Leave it empty to show “the officer using this "
                                           "computer”."))
        self.officer_note.setWordWrap(True)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.second_folder = QLineEdit()
        self.second_folder.setPlaceholderText(self.tr("none (e.g. a USB stick)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(browse)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 365)
        self.keep_exit = QSpinBox()
        self.keep_exit.setRange(1, 365)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Officer using this computer:"), self.officer)
        form.addRow("", self.officer_note)
        form.addRow(self.tr("Lock after idle time:"), self.auto_lock)
        if backups is not None:
            policy = backups.policy()
            self.second_folder.setText(str(policy.second_folder) if policy.second_folder else "")
            self.keep_daily.setValue(policy.keep_daily)
            self.keep_exit.setValue(policy.keep_exit)
            form.addRow(self.tr("Second backup folder:"), folder_row)
            form.addRow(self.tr("Daily backups kept:"), self.keep_daily)
            form.addRow(self.tr("Backups on exit kept:"), self.keep_exit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"), self.second_folder.text())
        if folder:
            self.second_folder.setText(folder)

    def values(self) -> AppSettings:
        return self._initial.with_(language=self.language.currentData(), auto_lock_minutes=self.auto_lock.value(),
                                   officer=clean_officer(self.officer.text()))

    def save(self) -> None:
        from commune_desk.domain.errors import ExpectedError

        folder_text = self.second_folder.text().strip()
        folder = Path(folder_text) if folder_text else None
        if folder is not None and not folder.is_dir():
            self.error.setText(self.tr("The folder %1 does not exist. Plug in the USB stick or choose another "
                                       "folder.").replace("%1", folder_text))
            self.error.setVisible(True)
            return
        try:
            save_settings(self.values())
            if self._backups is not None:
                self._backups.save_policy(second_folder=folder, keep_daily=self.keep_daily.value(),
                                          keep_exit=self.keep_exit.value())
        except (ExpectedError, OSError) as exc:
            self.error.setText(self.tr("The settings could not be saved: %1").replace("%1", str(exc)))
            self.error.setVisible(True)
            return
        self.saved = self.values()
        self.accept()
