"""The superior office's remarks (from imported receipts) shown next to the figures: helpers and the report panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

MARKER = "✎"                         # drawn by every font the app uses (DejaVu / Noto / Segoe UI)
COMMENT_BACKGROUND = "#fff3cd"


def local_day(iso: str) -> str:
    """"2026-10-12T02:15:00+00:00" -> "12/10/2026" (Vietnam time); the text itself when it is not a date."""
    from datetime import datetime

    from commune_desk.domain.office import VN_TZ

    try:
        when = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso or "")
    if when.tzinfo is not None:
        when = when.astimezone(VN_TZ)
    return when.strftime("%d/%m/%Y")


def comments_within(by_period: dict, period) -> list:
    """The remarks of `period` itself and of every reported period inside its window, oldest period first.

    A year target shows the remarks made on its quarters; a quarter target those on that quarter.
    """
    from commune_desk.domain.periods import Period, PeriodError

    start, end = period.start, period.end
    out = []
    for code in sorted(by_period):
        try:
            p = Period.parse(code)
        except (PeriodError, ValueError):
            continue
        if code == period.code or (start <= p.start and p.end <= end):
            out.append((p, by_period[code]))
    return out


def tooltip_text(title: str, items: list[tuple[str, str]]) -> str:
    """A tooltip listing (period name, remark) pairs under a title, as plain text."""
    return title + "\n" + "\n".join(f"• {name}: {text}" for name, text in items)


class OfficeCommentsPanel(QWidget):
    """The report screen's side list: the office's remarks on the chosen period, per indicator, as `receipts` (a
    ReceiptRepository) holds them."""

    def __init__(self, receipts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._receipts = receipts
        self.heading = QLabel()
        self.heading.setObjectName("officeCommentsHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("officeComments")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def load(self, period) -> None:
        from commune_desk.domain.indicators import CATALOGUE
        from commune_desk.ui.language import period_name

        ack = self._receipts.acknowledgement(period.code)
        self.list.clear()
        if ack is None:
            self.heading.setText(self.tr("%1 has not been acknowledged by the office yet.")
                                 .replace("%1", period_name(period)))
            return
        status = self.tr("accepted") if ack.status == "accepted" else self.tr("has issues")
        self.heading.setText(self.tr("%1: acknowledged by %2 on %3 (%4, revision %5).")
                             .replace("%1", period_name(period)).replace("%2", ack.office_name)
                             .replace("%3", local_day(ack.issued_at)).replace("%4", status)
                             .replace("%5", str(ack.revision)))
        for code, comments in self._receipts.comments_for(period.code).items():
            label = CATALOGUE[code].label if code in CATALOGUE else code
            for c in comments:
                item = QListWidgetItem(f"{MARKER} {code} — {label}\n{c.text}")
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setToolTip(c.text)
                self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No remark on any figure."))

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole)]
