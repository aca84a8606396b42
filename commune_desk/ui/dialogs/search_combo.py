"""Type to search in a closed combo box, diacritics optional: "dong" finds "Thôn Đông", "ct" finds "Cá thể".

Qt's own search matches the start of an entry letter for letter, so an officer typing without Vietnamese
diacritics (or a word in the middle of a long label) found nothing. `searchable(combo)` makes the typed letters
(gathered for a moment, as Qt does) select the first entry whose label starts with them, else the first whose
label has a word starting with them, else the first that contains them, all compared without diacritics. While
the drop-down is open the same letters move its highlighted row; Enter chooses it.
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
        self.view = combo.view()  # made now, before the filter watches the combo (making it sends events)
        self._typed = ""
        self._at = 0.0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:  # first: combo.view() here would recurse while Qt builds the list
            return False
        combo = self._combo
        in_list = watched is self.view  # the drop-down is open: the keys go to its list
        if combo.isEditable() or not (in_list or watched is combo):
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & ~_SHIFT:
            return False
        now = time.monotonic()
        if now - self._at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._at = now
        self._typed += text
        index = best_match([combo.itemText(i) for i in range(combo.count())], self._typed)
        if index >= 0 and in_list:  # the open list moves to it; Enter (or a click) chooses, Esc leaves all as it was
            self.view.setCurrentIndex(combo.model().index(index, combo.modelColumn(), combo.rootModelIndex()))
        elif index >= 0:
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
    search = _TypeSearch(combo)
    combo.installEventFilter(search)
    search.view.installEventFilter(search)  # the same search while the drop-down is open
    return combo
