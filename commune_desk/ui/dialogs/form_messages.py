"""How a form speaks: red messages block saving, state the limit and go as soon as their field is valid; amber
warnings never block saving and say "you can still save" only while no red message stands next to them.

Red ("hard") labels are the field messages of FieldErrors and NumberField; amber ("soft") ones are the duplicate
and the far-from-last-year warnings. `set_soft(label, text)` shows a warning; `refresh(window)` renders every
amber label of a window again when a red message came or went, so the two never contradict each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

HARD = "hardMessage"
SOFT = "softBase"
WARNING_STYLE = "background: #fff3cd; color: #664d03; padding: 4px;"


def mark_hard(label: QLabel) -> QLabel:
    """`label` carries a refusal: while it shows, amber warnings do not claim that saving is possible."""
    label.setProperty(HARD, True)
    return label


def blocked(window: QWidget) -> bool:
    """A red message is showing somewhere in `window`."""
    return any(
        label.property(HARD) and label.text() and label.isVisibleTo(window) for label in window.findChildren(QLabel)
    )


def set_soft(label: QLabel, text: str) -> None:
    """Show the amber warning `text` in `label` (hidden when empty)."""
    label.setProperty(SOFT, text)
    label.setVisible(bool(text))
    _render(label, blocked(label.window()))


def _render(label: QLabel, is_blocked: bool) -> None:
    base = label.property(SOFT) or ""
    still = QCoreApplication.translate("FormMessages", "This does not stop saving.")
    label.setText(base if is_blocked or not base else f"{base} {still}")


def refresh(window: QWidget) -> None:
    """Render the amber warnings of `window` again (a red message came or went)."""
    is_blocked = blocked(window)
    for label in window.findChildren(QLabel):
        if label.property(SOFT) is not None:
            _render(label, is_blocked)
