"""Text cells from outside checked for characters nobody can see: control, format and separator characters."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

# Categories refused: Cc control (a tab or line break is allowed), Cf format (zero-width spaces and joiners, word
# joiner, byte-order mark, soft hyphen, the bidirectional overrides of "Trojan source" text), Cs lone surrogates,
# Zl/Zp Unicode line and paragraph separators. An invisible character makes "46/QĐ-XPHC" and "46/QĐ-XPHC" plus a
# zero-width space two decision numbers, two residential units or two businesses that look the same on screen
# and on paper, so a duplicate passes every uniqueness check and is counted twice.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_ALLOWED = frozenset("\t\n\r")


def hidden_character(text: str) -> tuple[int, str] | None:
    """(1-based position, "U+200B ZERO WIDTH SPACE") of the first character nobody can see, or None."""
    if text.isprintable():  # the usual case, in C: printable text holds none of the refused categories
        return None
    for position, char in enumerate(text, start=1):
        if char not in _ALLOWED and unicodedata.category(char) in _REFUSED_CATEGORIES:
            return position, f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL CHARACTER')}"
    return None


def path_text(path: os.PathLike[str] | str) -> str:
    """A path as text that SQLite and Qt can hold; bytes of a name that are not UTF-8 are written as \\xNN.

    A stick written by an old system in another code page gives names such as b"k\\xe9 ho\\xe1ch.xlsx"; Python
    keeps those bytes as lone surrogates, which SQLite refuses ("surrogates not allowed") when the name is stored
    in the import log, the plan's source or the office's ledger, and which Qt drops from a label. \\xNN keeps two
    such names apart (the ledger knows a file by its path) and shows the officer which bytes were odd.
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:  # the surrogates Python made of undecodable bytes give those bytes back
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # any other lone surrogate (a damaged Windows name)
            raw = text.encode("utf-8", "surrogatepass")
        return raw.decode("utf-8", "backslashreplace")
    return text


def file_label(path: os.PathLike[str] | str) -> str:
    """The file's name (without its folder) as path_text."""
    return path_text(Path(path).name)
