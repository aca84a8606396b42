"""Verifying a package file from the "Report packages" area: the checks table and the summary line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from commune_desk.ui.operations import run_in_background


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# The package check's steps (services/packages/package_verify.py) by what they check; the step's code is the tooltip.
STEP_NAMES = {
    "zip": QT_TRANSLATE_NOOP("PackageView", "Package file (zip)"),
    "bag": QT_TRANSLATE_NOOP("PackageView", "Package structure"),
    "bag-layout": QT_TRANSLATE_NOOP("PackageView", "Files in their places"),
    "bag-declaration": QT_TRANSLATE_NOOP("PackageView", "Package declaration"),
    "bag-info": QT_TRANSLATE_NOOP("PackageView", "Package information"),
    "manifest": QT_TRANSLATE_NOOP("PackageView", "Checksum of a report file"),
    "tagmanifest": QT_TRANSLATE_NOOP("PackageView", "Checksum of a package file"),
    "payload-unlisted": QT_TRANSLATE_NOOP("PackageView", "No file left out of the list"),
    "payload-oxum": QT_TRANSLATE_NOOP("PackageView", "Number and size of the files"),
    "signature": QT_TRANSLATE_NOOP("PackageView", "Digital signature"),
    "trust": QT_TRANSLATE_NOOP("PackageView", "Signer in the trust list"),
    "unit-code": QT_TRANSLATE_NOOP("PackageView", "Unit code"),
    "certificate-validity": QT_TRANSLATE_NOOP("PackageView", "Certificate valid at signing"),
    "report-data": QT_TRANSLATE_NOOP("PackageView", "Report figures (report-data.json)"),
}


def step_name(code: str) -> str:
    """A check step in the interface language ("Digital signature"), its code when it is not known."""
    return QCoreApplication.translate("PackageView", STEP_NAMES[code]) if code in STEP_NAMES else code



class PackageVerifyMixin:
    """Texts stay in PackageView's context (PySide6 looks `self.tr` up under the runtime class name). Needs `self.checks` (table), `self.verify_summary`, `self.identity`, `_busy` and `_failed`."""

    def verify_file(self, path: str | Path | None = None) -> bool:
        from commune_desk.services.packages.package_verify import verify_package

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("PackageView", "Package to verify"),
                                                  str(Path.home()),
                                                  QCoreApplication.translate("PackageView", "Report packages (*.zip)"))
            if not path:
                return False
        trust = [self.identity.cert] if self.identity is not None else None
        self._busy(True)
        self.operation = run_in_background(lambda progress, cancelled: verify_package(path, trust=trust),
                                           on_success=self._verified, on_failure=self._failed,
                                           on_finished=lambda: self._busy(False), parent=self)
        return True

    def _verified(self, result) -> None:
        from commune_desk.ui.problems import template_text
        from commune_desk.ui.views.package_view import _fill

        self.verify_result = result
        ok = QCoreApplication.translate("PackageView", "passed")
        bad = QCoreApplication.translate("PackageView", "FAILED")
        _fill(self.checks, [[step_name(c.name), ok if c.ok else bad, c.file,
                             template_text(c.template, c.args) if c.template else c.message]
                            for c in result.checks])
        for r, c in enumerate(result.checks):
            self.checks.item(r, 0).setToolTip(c.name)
            if not c.ok:
                for col in range(4):
                    self.checks.item(r, col).setForeground(Qt.GlobalColor.red)
        name = Path(result.path).name
        if result.valid:
            info = result.info
            note = QCoreApplication.translate("PackageView", "the signing time is the signer's own claim: offline "
                                                             "there is no timestamp authority to confirm it")
            text = QCoreApplication.translate("PackageView", "VALID: %1 — unit %2, period %3, revision %4. Note: %5")
            self.verify_summary.setText(text.replace("%1", name).replace("%2", str(info.get("unit_code", "")))
                                        .replace("%3", _period_text(info.get("period", "")))
                                        .replace("%4", str(info.get("revision", ""))).replace("%5", note))
        elif not result.readable:
            self.verify_summary.setText(QCoreApplication.translate("PackageView", "UNREADABLE: %1").replace("%1", name))
        else:
            self.verify_summary.setText(QCoreApplication.translate(
                "PackageView", "INVALID: %1 — see the failed checks below.").replace("%1", name))
        self._show_packages()           # the package's line says whether it was checked valid


def _period_text(code) -> str:
    from commune_desk.ui.problems import shown_value

    return str(shown_value(str(code)))
