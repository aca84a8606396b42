"""Verifying a package file from the "Report packages" area: the checks table and the summary line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from commune_desk.ui.operations import run_in_background



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
                                           on_success=self._verified, on_failure=self._failed, parent=self)
        self.operation.finished.connect(lambda: self._busy(False))
        return True

    def _verified(self, result) -> None:
        from commune_desk.ui.views.package_view import _fill

        self.verify_result = result
        ok = QCoreApplication.translate("PackageView", "passed")
        bad = QCoreApplication.translate("PackageView", "FAILED")
        _fill(self.checks, [[c.name, ok if c.ok else bad, c.file, c.text(QCoreApplication.translate)]
                            for c in result.checks])
        for r, c in enumerate(result.checks):
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
                                        .replace("%3", str(info.get("period", "")))
                                        .replace("%4", str(info.get("revision", ""))).replace("%5", note))
        elif not result.readable:
            self.verify_summary.setText(QCoreApplication.translate("PackageView", "UNREADABLE: %1").replace("%1", name))
        else:
            self.verify_summary.setText(QCoreApplication.translate(
                "PackageView", "INVALID: %1 — see the failed checks below.").replace("%1", name))
