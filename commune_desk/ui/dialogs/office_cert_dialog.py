"""Registering the superior office's certificate on a commune desk: choose the file, read the fingerprint, confirm."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class OfficeCertTexts(QObject):
    """The texts of this step (a QObject so that lupdate and `self.tr` see them under one context)."""

    def confirm_text(self, facts) -> str:
        """Who, and the fingerprint in 16 groups for the officer to compare with the office by phone."""
        from commune_desk.services.packages.signing_keys import group_fingerprint

        until = f"{facts.not_after:%d/%m/%Y}" if facts.not_after else "—"
        return "\n".join((
            self.tr("Register this certificate as your superior office?"), "",
            self.tr("Name: %1").replace("%1", facts.common_name or facts.subject),
            self.tr("Unit code: %1").replace("%1", facts.unit_code or "—"),
            self.tr("Valid until: %1").replace("%1", until), "",
            self.tr("SHA-256 fingerprint:"), group_fingerprint(facts.fingerprint), "",
            self.tr("Read the 16 groups to the office by phone: register only when they match. A certificate "
                    "registered earlier is marked replaced.")))

    def register(self, parent: QWidget, plans, path: str | None, confirm, inform):
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.office.office_intake import cert_facts, load_cert_file

        inform = inform or (lambda title, text: QMessageBox.information(parent, title, text))
        if path is None:
            path, _ = QFileDialog.getOpenFileName(parent, self.tr("The superior office's certificate"), "",
                                                  self.tr("Certificates (*.pem *.cer *.crt)"))
            if not path:
                return None
        try:
            facts = cert_facts(load_cert_file(path))
        except ExpectedError as exc:
            inform(self.tr("Certificate not registered"), str(exc))
            return None
        title = self.tr("Register the office certificate")
        confirm = confirm or (lambda text: QMessageBox.question(parent, title, text)
                              == QMessageBox.StandardButton.Yes)
        if not confirm(self.confirm_text(facts)):
            return None
        try:
            office = plans.trust_office(path)
        except ExpectedError as exc:
            inform(self.tr("Certificate not registered"), str(exc))
            return None
        inform(self.tr("Office certificate registered"),
               self.tr("Plans and receipts signed by %1 are now recognised.")
               .replace("%1", office.common_name or office.subject))
        return office


def register_office_certificate(parent: QWidget, plans, path: str | None = None, *,
                                confirm: Callable[[str], bool] | None = None,
                                inform: Callable[[str, str], None] | None = None):
    """Choose (when `path` is None), show and confirm, then register through `plans` (app_services.PlanService);
    returns the RegisteredOffice or None."""
    return OfficeCertTexts().register(parent, plans, path, confirm, inform)
