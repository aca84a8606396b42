"""Signing a period without any record: the Packages screen asks the officer first (its messages stay PackageView's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.periods import Period
from commune_desk.ui.language import period_name

T = QCoreApplication  # the messages belong to the PackageView screen: T.translate("PackageView", …)


class EmptySigningMixin:
    """The empty-period question of PackageView (which provides _reporting, _today and status)."""

    def _confirm_if_empty(self, period: Period) -> bool:
        """A period without any record is signed only after the officer confirms it (the report says so too)."""
        if not self._reporting.period_is_empty(period, self._today()):
            return True
        text = T.translate(
            "PackageView",
            "No record is dated in %1: the signed report will say that nothing was recorded. Sign it anyway?",
        ).replace("%1", period_name(period))
        if self.confirm(T.translate("PackageView", "No data in this period"), text):
            return True
        self.status.setText(
            T.translate("PackageView", "Not signed: %1 has no data.").replace("%1", period_name(period))
        )
        return False

    def confirm(self, title: str, text: str) -> bool:
        """Yes/no question (tests replace it)."""
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
