"""Every page and dialog of the commune desk, built over a demo database: the fit test, the untranslated-text walk
and scripts/screenshots.py (1366×768 under Xvfb) go through this one list, so a new dialog is checked by all three
once it is added here.

`Tour(db, folder)` builds the window; `tour.pages()`, `tour.dialogs()` and `tour.states()` yield (name, build)
pairs, where build() returns the widget ready to show (dialogs not yet shown; pages already in the window).
`states()` changes the database (it signs 2026-Q3): walk it last.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Iterator
from commune_desk.app_wiring import Stores

TODAY = date(2026, 11, 20)
KEY_PASSWORD = "mat-khau-ky-so"
# Record forms opened from the list screens: (name, navigation area, entity, list attribute in the area).
RECORD_FORMS = (
    ("training", "training", None),
    ("tipoff", "tips", None),
    ("penalty", "penalties", None),
    ("reintegration", "reintegration", None),
    ("healthy_commune", "healthy_commune", None),
    ("business", "businesses", "master"),
    ("inspection", "businesses", "detail"),
    ("hotspot", "hotspots", "master"),
    ("hotspot_event", "hotspots", "detail"),
    ("unit_event", "units", "detail"),
    ("team", "teams", None),
    ("model", "models", "master"),
    ("model_status", "models", "detail_0"),
    ("model_figures", "models", "detail_1"),
)


def make_demo(path: Path):
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.database import open_database

    db = open_database(path)
    create_demo(db, year=2026, seed=7, force=False, actor="system", today=TODAY, with_plan=True)  # as the app
    return db


def agree(parent, preview) -> bool:
    """Answer the signing confirmation as an officer would: the real dialog, the box ticked, "Ký và đóng gói"."""
    from PySide6.QtWidgets import QDialog

    from commune_desk.ui.dialogs.sign_confirm_dialog import SignConfirmDialog

    dialog = SignConfirmDialog(preview, parent)
    assert not dialog.sign_button.isEnabled()  # nothing is signed before the box is ticked
    dialog.agree.setChecked(True)
    dialog.sign_button.click()
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


class Tour:
    """The main window over `db` (areas built with a fixed today) and the dialogs reachable from it."""

    def __init__(self, db, folder: Path, *, size: tuple[int, int] = (1366, 700)) -> None:
        from commune_desk.app import build_areas
        from commune_desk.ui.main_window import MainWindow

        self.db = db
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.window = MainWindow()
        self.window.resize(*size)
        self.areas = build_areas(self.window, db, today=lambda: TODAY)
        self.key_path = self.folder / "signing-key.p12"

    # ---- pages ------------------------------------------------------------------------------------------------
    def pages(self) -> Iterator[tuple[str, Callable]]:
        for key in self.window.area_keys():
            yield f"page_{key}", lambda key=key: self._page(key)

    def _page(self, key: str):
        self.window.show_area(key)
        page = self.window.page(key)
        if key == "reports":
            from commune_desk.domain.periods import Period

            page.load(Period.parse("2026-Q4"))
        return page

    # ---- dialogs ----------------------------------------------------------------------------------------------
    def dialogs(self) -> Iterator[tuple[str, Callable]]:
        for name, area, side in RECORD_FORMS:
            yield f"form_{name}", lambda area=area, side=side: self._record_form(area, side)
        yield "form_penalty_errors", self._penalty_with_errors
        yield "form_propaganda", self._propaganda_form
        yield "form_propaganda_errors", self._propaganda_with_errors
        yield "profile_first_run", self._profile_first_run
        yield "plan_import", self._plan_import
        yield "records_import", self._records_import
        yield "records_mapping", self._mapping
        yield "keys_wizard", self._keys_wizard
        yield "token", self._token
        yield "receipt_import", self._receipt_import
        yield "settings", self._settings
        yield "restore", self._restore
        yield "password_set", lambda: self._password("set")
        yield "password_change", lambda: self._password("change")
        yield "recovery_key", self._recovery_key
        yield "sign_in", self._sign_in
        yield "about", self._about
        yield "user_guide", self._guide
        yield "message_delete", self._delete_question
        yield "file_save", self._file_dialog
        yield "folder_choose", self._folder_dialog
        yield "print", self._print_dialog
        yield "key_password", self._key_password
        yield "sign_confirm", self._sign_confirm
        yield "form_hand_value", lambda: self._figure_form("hand_values")
        yield "form_population", lambda: self._figure_form("populations")

    # ---- screens in a state: history shown, a period signed, a package checked, a key made ---------------------
    def states(self) -> Iterator[tuple[str, Callable]]:
        yield "page_training_history", self._history
        yield "keys_wizard_with_key", self._wizard_with_key
        yield "page_packages_wrong_password", self._wrong_password
        yield "page_packages_signed", self._signed
        yield "page_packages_verified", self._verified
        yield "form_locked", self._locked_form

    def _history(self):
        view = self.window.page("training")
        self.window.show_area("training")
        view.table.selectRow(0)
        return view

    def identity(self):
        if getattr(self, "_identity", None) is None:
            from commune_desk.services.packages.signing_keys import create_identity, save_p12

            profile = self.areas.profiles.get()
            self._identity = create_identity(profile.official_name, profile.unit_code)
            save_p12(self.key_path, self._identity, KEY_PASSWORD, overwrite=True)
        return self._identity

    def _wizard_with_key(self):
        from commune_desk.ui.dialogs.keys_wizard import KeysWizard

        self.identity()
        wizard = KeysWizard(self.key_path, self.areas.profiles.get())
        wizard.open_password.setText(KEY_PASSWORD)
        assert wizard.open_key(), wizard.message.text()
        return wizard

    def _packages(self):
        view = self.window.page("packages")
        self.window.show_area("packages")
        view.key_path = self.key_path
        return view

    def _wrong_password(self):
        self.identity()
        view = self._packages()
        view.unlock_key("sai mật khẩu")
        return view

    def _wait(self, view) -> None:
        import time

        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + 120
        while view.busy() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        QApplication.processEvents()

    def _signed(self):
        view = self._packages()
        view.set_identity(self.identity())
        view.select("2026-Q3")
        out = self.folder / "packages"
        out.mkdir(exist_ok=True)
        assert view.sign_selected(out, confirm=agree), view.status.text()
        self._wait(view)
        assert view.last_result is not None, view.status.text()
        return view

    def _figure_form(self, area: str):
        """The form of a hand-entered indicator's first row, or of a base figure (both open non-modal)."""
        self.window.show_area(area)
        page = self.window.page(area)
        dialog = page.enter(0) if area == "hand_values" else page.enter()
        dialog.hide()  # shown again by the caller, as every other dialog
        return dialog

    def _sign_confirm(self):
        """The confirmation before signing 2026-Q4, which has not ended on TODAY: the red warning shows."""
        from commune_desk.ui.dialogs.sign_confirm_dialog import SignConfirmDialog, signing_preview

        preview, refused = signing_preview(Stores(self.db, "user").services.packages, "2026-Q4", TODAY)
        assert preview is not None, refused
        return SignConfirmDialog(preview)

    def _verified(self):
        view = self._packages()
        if view.last_result is None:
            self._signed()
        view.verify_file(view.last_result.path)
        self._wait(view)
        return view

    def _locked_form(self):
        from commune_desk.domain.periods import Period

        view = self.window.page("training")
        self.window.show_area("training")
        view.period.setCurrentIndex(view.period.findData(Period.parse("2026-Q3").code))
        view.apply_filter()
        assert view.model.rowCount() > 0
        view.table.selectRow(0)
        return view.make_dialog(view.selected_record())

    def _record_view(self, area: str, side: str | None):
        page = self.window.page(area)
        self.window.show_area(area)
        if side is None:
            return page
        master = page.master if hasattr(page, "master") else None
        if side == "master":
            return master
        if master is not None and master.model.rowCount() > 0:
            master.table.selectRow(0)
        if side.startswith("detail_"):  # a tab of the detail (models: status, quarterly figures)
            return page.detail.views[int(side.split("_")[1])]
        return page.detail

    def _record_form(self, area: str, side: str | None):
        return self._record_view(area, side).make_dialog()

    def _penalty_with_errors(self):
        dialog = self._record_form("penalties", None)
        from commune_desk.ui.dialogs.number_field import NumberField

        fine = dialog.fields.get("fine")
        if isinstance(fine, NumberField):
            fine.edit.setText("-5.000.000")
        dialog.save()
        return dialog

    def _propaganda_form(self):
        return self.window.page("propaganda").make_dialog()

    def _propaganda_with_errors(self):
        dialog = self._propaganda_form()
        dialog.fields["title"].setText("")
        dialog.save()
        return dialog

    def _profile_first_run(self):
        from commune_desk.domain.profile import Profile
        from commune_desk.ui.dialogs.profile_dialog import ProfileDialog

        return ProfileDialog(self.areas.profiles, Profile(), first_run=True)

    def _plan_import(self):
        from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog

        return PlanImportDialog(
            Stores(self.db, "user").services.plans, profiles=Stores(self.db, "user").profiles, volumes=lambda: []
        )

    def _records_import(self):
        from commune_desk.ui.dialogs.import_dialog import ImportDialog

        return ImportDialog(
            Stores(self.db, "user").services.records, profiles=Stores(self.db, "user").profiles, today=TODAY
        )

    def _mapping(self):
        from commune_desk.ui.dialogs.mapping_dialog import MappingDialog

        return MappingDialog(
            Stores(self.db, "user").services.records, profiles=Stores(self.db, "user").profiles, today=TODAY
        )

    def _keys_wizard(self):
        from commune_desk.ui.dialogs.keys_wizard import KeysWizard

        return KeysWizard(self.key_path, self.areas.profiles.get())

    def _token(self):
        from commune_desk.ui.dialogs.token_dialog import TokenDialog

        return TokenDialog(self.areas.profiles, self.areas.profiles.get().unit_code)

    def _receipt_import(self):
        from commune_desk.ui.dialogs.receipt_import_dialog import ReceiptImportDialog

        return ReceiptImportDialog(Stores(self.db, "user").services.packages, volumes=lambda: [])

    def _settings(self):
        from commune_desk.ui.app_settings import AppSettings
        from commune_desk.ui.dialogs.settings_dialog import SettingsDialog

        return SettingsDialog(AppSettings(), Stores(self.db, "user").services.backups)

    def _restore(self):
        from commune_desk.ui.dialogs.restore_dialog import RestoreDialog

        return RestoreDialog(Path(self.db.path), None)

    def _password(self, mode: str):
        from commune_desk.ui.dialogs.password_change_dialog import PasswordChangeDialog

        return PasswordChangeDialog(mode, lambda _current, _new: None)

    def _recovery_key(self):
        from commune_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

        return RecoveryKeyDialog("Q7MZ-4KD2-XW3P-LB6T-HN5R-VC2Y", str(self.db.path))

    def _sign_in(self):
        from commune_desk.ui.dialogs.sign_in_dialog import SignInDialog

        return SignInDialog(r"C:\Users\canbo\AppData\Local\CommuneDesk\commune_desk.db")

    def _about(self):
        from commune_desk.ui.dialogs.about_dialog import AboutDialog

        return AboutDialog("1.0.0", str(self.folder), str(self.db.path), log_folder=str(self.folder / "logs"))

    def _guide(self):
        from commune_desk.ui.dialogs.help_viewer import HelpViewer

        return HelpViewer()

    def _delete_question(self):
        from PySide6.QtWidgets import QMessageBox

        view = self.window.page("training")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            view.tr("Delete record"),
            view.tr("Delete “%1”?").replace("%1", "Tập huấn 12/11/2026"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return box

    def _file_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        from PySide6.QtCore import QCoreApplication

        dialog = QFileDialog(
            None,
            QCoreApplication.translate("ListParts", "Export the list"),
            str(self.folder / "Tập huấn.xlsx"),
            QCoreApplication.translate("ListParts", "Excel workbook (*.xlsx)"),
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        return dialog

    def _folder_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        view = self.window.page("packages")
        dialog = QFileDialog(None, view.tr("Save the package into"), str(self.folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return dialog

    def _print_dialog(self):
        """The Reports page's "In…": Qt's own print dialog (no Vietnamese catalogue ships with Qt)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self._printer = QPrinter()  # kept: the dialog does not own it
        return QPrintDialog(self._printer, None)

    def _key_password(self):
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        view = self.window.page("packages")
        dialog = QInputDialog()
        dialog.setWindowTitle(view.tr("Signing key"))
        dialog.setLabelText(view.tr("Password of the key file:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        return dialog
