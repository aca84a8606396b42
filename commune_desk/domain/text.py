"""Vietnamese text helpers: NFC normalisation, diacritic folding for search, and collation keys for sorting."""

from __future__ import annotations

import unicodedata

# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Tone order used by dictionaries: none, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter, not the tone


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, strip every diacritic and map đ to d: "Thôn Đông 3" -> "thon dong 3"."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _letter_and_tone(cluster: str) -> tuple[str, int]:
    base = cluster[0]
    tone = 0
    shaped = base
    for mark in cluster[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark in _SHAPE_MARKS:
            shaped = unicodedata.normalize("NFC", shaped + mark)
    return shaped, tone


def collation_key(text: str) -> tuple:
    """Sort key in Vietnamese order: letters first (a < ă < â, d < đ), tones only break ties."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower())
    letters: list[int | str] = []
    tones: list[int] = []
    i = 0
    while i < len(decomposed):
        j = i + 1
        while j < len(decomposed) and unicodedata.combining(decomposed[j]):
            j += 1
        letter, tone = _letter_and_tone(decomposed[i:j])
        pos = _BASE_ORDER.find(letter) if len(letter) == 1 else -1
        if letter.isspace():
            pos = -1  # word boundaries first: "An toàn" before "Ánh sáng", as dictionaries sort
        elif pos < 0:
            # Letters outside the alphabet (digits, f, j, w, z, punctuation) sort by code point after a gap.
            pos = 100 + ord(letter[0])
        letters.append(pos)
        tones.append(tone)
        i = j
    return tuple(letters), tuple(tones), text


def matches(query: str, *fields: str) -> bool:
    """True when every word of the folded query occurs in the folded fields."""
    haystack = " ".join(fold(f or "") for f in fields)
    return all(word in haystack for word in fold(query).split())
