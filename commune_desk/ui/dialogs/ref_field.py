"""A form's reference field (an inspection's business, a status's model): type a few letters, pick from the matches.

A commune may keep 100,000 businesses; a combo box of them all cost a form ~6 s to open. This field asks its
source only for what it shows: the label of the record's own parent when the form opens, and, as the officer
types, the first matches of the words typed (diacritics optional: "nha nghi" finds "Nhà nghỉ"), in a popup that
arrows walk and Enter picks. A value nobody touched stays exactly as it was; text typed and never picked is kept
as typed, so that saving refuses an unknown code with the form's own message under the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QStyle, QWidget

from commune_desk.domain.text import fold

SEARCH_DELAY_MS = 120  # letters typed within this are one search: a fast typist does not wait on each
CODE = Qt.ItemDataRole.UserRole


class StaticRefs:
    """A source over lists held in memory ({name: [(code, label)]}), searched as the storage source is."""

    def __init__(self, lists: dict) -> None:
        self._lists = lists

    def find(self, name: str, text: str, limit: int = 50) -> list[tuple[str, str]]:
        words = fold(text.replace("·", " ")).split()
        found = [
            (code, label)
            for code, label in self._lists.get(name, [])
            if all(w in fold(f"{code} {label}") for w in words)
        ]
        return found[:limit]

    def label(self, name: str, code: str) -> str | None:
        return next((label for c, label in self._lists.get(name, []) if c == code), None)


class RefField(QWidget):
    """`source` has find(name, text, limit) -> [(code, label)] and label(name, code) -> label or None (storage's
    ParentRefs); `name` says which parents ("businesses" …); `empty` is shown while nothing is chosen."""

    changed = Signal()

    def __init__(self, source, name: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source, self._name = source, name
        self._code = ""  # the chosen parent's code, as stored
        self._edited = False  # the officer typed since the last pick: value() reads the text
        self._found: dict[str, str] = {}  # text typed -> the code it names (the text itself when none)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(empty)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(320)
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.open_action = self.edit.addAction(arrow, QLineEdit.ActionPosition.TrailingPosition)
        self.open_action.setToolTip(self.tr("Show the matches (↓)"))
        self.open_action.triggered.connect(self.show_matches)
        self.offered = QStandardItemModel(self)
        self.completer = QCompleter(self.offered, self)
        # the source has matched the words already (folded, anywhere in code or name): Qt must not filter again
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._picked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.show_matches)
        self._keys = _Keys(self)
        self.edit.installEventFilter(self._keys)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._settle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    # ---- the value ------------------------------------------------------------------------------------------
    def value(self) -> str:
        """The code to store: the one picked (or loaded), else what the typed text names, else the text itself."""
        if not self._edited:
            return self._code
        return self._resolve(self.edit.text())

    def set_value(self, code: str) -> None:
        """Show `code`'s parent; a code no parent has (any more) shows as it is and is kept as it is."""
        self._code = code or ""
        self._edited = False
        self.edit.setText((self._source.label(self._name, self._code) or self._code) if self._code else "")
        self.edit.setCursorPosition(0)
        self.changed.emit()

    def _resolve(self, text: str) -> str:
        text = text.strip()
        if not text:
            return ""
        offered = [
            (self.offered.item(r).data(CODE), self.offered.item(r).text()) for r in range(self.offered.rowCount())
        ]
        for code, label in offered:  # a label as shown, a code in any case
            if text == label or fold(text) == fold(code):
                return code
        if text not in self._found:  # value() runs at every change (live checks): one look-up per text typed
            self._found[text] = self._named(text)
        return self._found[text]

    def _named(self, text: str) -> str:
        """The code `text` names: a code as stored or in capitals ("cs01"), or a whole label; else `text`.
        Looked up by code (an index read), never searched: this runs as each letter is typed."""
        code = text.split(" · ", 1)[0].strip()
        for candidate in dict.fromkeys((text, text.upper(), code, code.upper())):
            shown = self._source.label(self._name, candidate)
            if shown is not None and (candidate in (text, text.upper()) or fold(shown) == fold(text)):
                return candidate
        return text

    # ---- typing and picking ---------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._edited = True
        self._timer.start()
        self.changed.emit()

    def show_matches(self) -> None:
        """Offer the first matches of the typed words (all parents' first when nothing was typed) in the popup."""
        self._timer.stop()
        words = self.edit.text() if self._edited else ""
        self.offered.clear()
        for code, label in self._source.find(self._name, words):
            item = QStandardItem(label)
            item.setData(code, CODE)
            item.setToolTip(label)
            self.offered.appendRow(item)
        if self.offered.rowCount() and self.isEnabled() and self.isVisible():  # never a list off a hidden form
            self.completer.complete()
            popup = self.completer.popup()  # the first match highlighted: Enter alone picks it
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            self.completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        code = index.data(CODE)
        if code is None:
            return
        self._code = code
        self._edited = False
        self.edit.setText(index.data())
        self.edit.setCursorPosition(0)
        self.changed.emit()

    def _settle(self) -> None:
        """Leaving the field: text that names one parent shows as that parent; anything else stays as typed."""
        if not self._edited or self.completer.popup().isVisible():
            return
        code = self._resolve(self.edit.text())
        if code == "" or self._source.label(self._name, code) is not None:
            self.set_value(code)

    @property
    def edited(self) -> bool:
        return self._edited

    def popup_open(self) -> bool:
        return self.completer.popup().isVisible()


class _Keys(QObject):
    """Down opens the matches; Enter on text typed but not yet picked searches now instead of saving the form
    (the default button), and picks the one match when there is exactly one."""

    def __init__(self, field: RefField) -> None:
        super().__init__(field)
        self._field = field

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or self._field.popup_open():
            return False
        key = event.key()
        if key == Qt.Key.Key_Down:
            self._field.show_matches()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._field.edited:
            field = self._field
            field.show_matches()
            if field.offered.rowCount() == 1:
                field.completer.popup().hide()
                field._picked(field.offered.index(0, 0))
                return True
            # several: they are offered, first one highlighted, for arrows and Enter; none: the save refuses it
            return field.offered.rowCount() > 0
        return False
