"""Side panel listing the audit trail of one record: who, when, what changed from old to new."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryPanel", "created"),
    "update": QT_TRANSLATE_NOOP("HistoryPanel", "changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryPanel", "deleted"),
    "restore": QT_TRANSLATE_NOOP("HistoryPanel", "restored"),
}


def _when(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return at


def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "—"
    return "—" if value in (None, "") else str(value)


def describe(entry, field_names: dict[str, str]) -> str:
    """One entry as text: first line who/when/what, then one line per changed field."""
    action = QCoreApplication.translate("HistoryPanel", ACTIONS.get(entry.action, entry.action))
    from commune_desk.ui.language import actor_label

    lines = [f"{_when(entry.at)} · {actor_label(entry.actor)} · {action}"]
    if entry.action == "update" and entry.before is not None and entry.after is not None:
        for key in sorted(set(entry.before) | set(entry.after)):
            lines.append(f"  {field_names.get(key, key)}: {_value(entry.before.get(key))} → "
                         f"{_value(entry.after.get(key))}")
    return "\n".join(lines)


class HistoryPanel(QWidget):
    """`audit` offers `entries(entity, entity_id)`; `field_names` maps record fields to shown names."""

    def __init__(self, audit, entity: str, field_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._entity = entity
        self._field_names = field_names
        self.heading = QLabel(self.tr("History"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("historyList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.show_record(None)

    def show_record(self, record_id: int | None) -> None:
        self.list.clear()
        if record_id is None:
            self.list.addItem(QListWidgetItem(self.tr("Select a row to see its history.")))
            return
        for entry in reversed(self._audit.entries(self._entity, record_id)):
            self.list.addItem(QListWidgetItem(describe(entry, self._field_names)))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
