"""Text cells from outside checked for characters nobody can see: control, format and separator characters."""

from __future__ import annotations

import unicodedata

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
