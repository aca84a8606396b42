"""Type to search in a closed combo box, diacritics optional: "dong" finds "Thôn Đông", "ct" finds "Cá thể".

Qt's own search matches the start of an entry letter for letter, so an officer typing without Vietnamese
diacritics (or a word in the middle of a long label) found nothing. `searchable(combo)` makes the typed letters
(gathered for a moment, as Qt does) select the first entry whose label starts with them, else the first whose
label has a word starting with them, else the first that contains them, all compared without diacritics.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox

from commune_desk.domain.text import fold


def best_match(labels: list[str], typed: str) -> int:
    """The index of the entry `typed` means (see the module's rule), -1 when none matches."""
    query = " ".join(fold(typed).split())
    if not query:
        return -1
    folded = [" ".join(fold(label).split()) for label in labels]
    for test in (
        lambda f: f.startswith(query),
        lambda f: any(w.startswith(query) for w in _word_starts(f)),
        lambda f: query in f,
    ):
        for index, text in enumerate(folded):
            if test(text):
                return index
    return -1


def _word_starts(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[i:]) for i in range(len(words))]


class _TypeSearch(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        self._typed = ""
        self._at = 0.0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or watched is not self._combo or self._combo.isEditable():
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & ~_SHIFT:
            return False
        now = time.monotonic()
        if now - self._at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._at = now
        self._typed += text
        combo = self._combo
        index = best_match([combo.itemText(i) for i in range(combo.count())], self._typed)
        if index >= 0:
            combo.setCurrentIndex(index)
        return True


def _shift():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


_SHIFT = _shift()


def searchable(combo: QComboBox) -> QComboBox:
    """Make `combo` search as the officer types (see the module); returns it."""
    if combo.property("typeSearch"):
        return combo
    combo.setProperty("typeSearch", True)
    combo.installEventFilter(_TypeSearch(combo))
    return combo
