"""Finding untranslated English on a Vietnamese screen: the visible texts of a widget tree, and the English words
among them (words of our own English sources and of Qt's, that no Vietnamese translation uses).

The English vocabulary is the one the program could leak: every source text of translations/commune_desk_vi.ts
(ours and Qt's contexts) plus Qt's own catalogue sources (qtbase_de.qm, as shipped by PySide6), plus the technical
words the issue saw (step names, field names). A word any Vietnamese translation uses is not English here ("In",
"Excel", "USB"); codes (with "_" or digits, in brackets), file extensions, paths and the allow-list are skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QHeaderView,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
# Proper names and technical words that stay as they are in a Vietnamese window.
ALLOWED = {
    "communedesk",
    "excel",
    "word",
    "libreoffice",
    "windows",
    "linux",
    "usb",
    "pdf",
    "sha",
    "pkcs",
    "cms",
    "crl",
    "pem",
    "der",
    "zip",
    "xlsx",
    "docx",
    "json",
    "csv",
    "unicode",
    "noto",
    "sans",
    "dejavu",
    "qt",
    "pyside",
    "openssl",
    "sqlite",
    "sqlcipher",
    "token",
    "pin",
    "email",
    "online",
    "offline",
    "internet",
    "website",
    "web",
    "ctrl",
    "shift",
    "alt",
    "enter",
    "tab",
    "esc",
    "del",
    "mit",
    "kib",
    "mib",
    "gib",
    "bytes",
    "hmac",
    "backups",  # the backup folder's name, as it is on the disk
}
# Seen on screen by the reporter; not all of them are in a source text.
EXTRA_ENGLISH = {
    "user",
    "version",
    "issued",
    "payload",
    "oxum",
    "bag",
    "declaration",
    "tagmanifest",
    "manifest",
    "signed",
    "revision",
    "amend",
    "records",
    "wrong",
    "password",
    "damaged",
    "period",
    "the",
    "and",
    "was",
    "its",
    "change",
    "system",  # the audit actor of the demo and of automatic repairs
    "test",
}
TWO_LETTER = {"of", "by", "is", "it", "or", "at", "be", "if", "on", "we", "us", "my", "as"}
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
PATH = re.compile(
    r"\S*[/\\]\S*|\S+@\S+|\b[\w-]+\.(?:db|p12|pfx|p7s|pem|cer|crt|der|zip|xlsx|docx|json|csv|txt|"
    r"md|png|pdf|log|qm|ts|py)\b"
)
CODE = re.compile(r"\b\w*[_\d]\w*\b|\([^()]*\)|\.[A-Za-z]{2,5}\b")
SNAKE = re.compile(r"(?<![(\w])[A-Za-z]+_[A-Za-z_]+(?![\w)])")
# Dates and periods written the machine's way: 2026-11-20, 2026-Q4, 2026-H1, 2026-M03.
MACHINE_DATE = re.compile(r"\b\d{4}-(?:\d{2}-\d{2}|Q[1-4]|H[12]|M\d{2})\b")


def _tokens(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in WORD.findall(text)}


@lru_cache(maxsize=1)
def vocabularies() -> tuple[frozenset[str], frozenset[str]]:
    """(English words, Vietnamese words written without diacritics) from the catalogues."""
    english, vietnamese = set(EXTRA_ENGLISH), set()
    tree = ET.parse(ROOT / "translations" / "commune_desk_vi.ts")
    for message in tree.getroot().iter("message"):
        english |= _tokens(message.findtext("source") or "")
        vietnamese |= _tokens(message.findtext("translation") or "")
    try:
        import PySide6

        from tests.ui.test_qt_texts import qm_sources

        qm = Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"
        if qm.exists():
            for _context, source in qm_sources(qm):
                english |= _tokens(source)
    except ImportError:
        pass
    import json

    catalogue = (ROOT / "resources" / "catalogues" / "default.json").read_text(encoding="utf-8")
    vietnamese |= _tokens(" ".join(str(v) for v in _strings(json.loads(catalogue))))
    english = {w for w in english if len(w) >= 3 or w in TWO_LETTER}
    return frozenset(english - vietnamese - ALLOWED), frozenset(vietnamese)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def english_words(text: str) -> list[str]:
    """The English words of `text` (empty when it reads as Vietnamese, codes and names)."""
    english, _vietnamese = vocabularies()
    cleaned = CODE.sub(" ", PATH.sub(" ", re.sub(r"<[^>]+>", " ", text)))
    found = [w for w in WORD.findall(cleaned) if w.lower().strip("'’") in english]
    return found


def _no_tags(text: str) -> str:
    """Rich text without its tags: "<b>PROP_UNITS</b>" must not pass for a path because of "</b>"."""
    return re.sub(r"<[^>]+>", " ", text)


def bare_codes(text: str) -> list[str]:
    """Identifiers shown as words (issued_on, PROP_UNITS) rather than as a label with the code in brackets."""
    return SNAKE.findall(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", PATH.sub(" ", _no_tags(text))))


def machine_dates(text: str) -> list[str]:
    """Dates and period codes a Vietnamese reader should see as 20/11/2026 or "Quý IV năm 2026"."""
    return MACHINE_DATE.findall(PATH.sub(" ", _no_tags(text)))


# ---- what a widget tree shows -------------------------------------------------------------------------------------
MAX_ROWS = 40


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text `root` shows: titles, labels, buttons, tabs, fields, combo items, table cells."""
    out: list[tuple[str, str]] = []

    def add(widget, kind: str, text) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(widget).__name__}#{widget.objectName() or '-'} {kind}", text))

    add(root, "title", root.windowTitle())
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(root, "menu", action.text())
            for sub in action.menu().actions() if action.menu() else ():
                add(root, "menu item", sub.text())
        add(root, "status", root.statusBar().currentMessage())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_") and not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "group", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                add(widget, "text", widget.text())
        elif isinstance(widget, QTextEdit):
            add(widget, "placeholder", widget.placeholderText())
            # Rendered Markdown (the user guide): `code spans` are commands and sheet names, quoted as code.
            add(widget, "text", re.sub(r"`[^`]*`", " ", widget.toMarkdown()))
        elif isinstance(widget, QPlainTextEdit):
            add(widget, "placeholder", widget.placeholderText())
            add(widget, "text", widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
        if widget.objectName() == "sidebar":  # the file dialog's places: the user's own folder names
            continue
        if (
            isinstance(widget, QAbstractItemView)
            and widget.model() is not None
            and not isinstance(widget, (QListWidget, QHeaderView))
        ):
            model = widget.model()
            for c in range(model.columnCount()):
                add(widget, "header", model.headerData(c, Qt.Orientation.Horizontal))
                for r in range(min(model.rowCount(), MAX_ROWS)):
                    add(widget, "cell", model.index(r, c).data())
        elif isinstance(widget, QListWidget):
            for i in range(min(widget.count(), MAX_ROWS)):
                add(widget, "item", widget.item(i).text())
    return out


def untranslated(root: QWidget) -> list[str]:
    """Lines "where: text [words]" for every text of `root` with English words or bare identifiers."""
    problems = []
    for where, text in visible_texts(root):
        words = english_words(text) + bare_codes(text) + machine_dates(text)
        if words:
            problems.append(f"{where}: {text[:120]!r} {sorted(set(words))}")
    return problems
