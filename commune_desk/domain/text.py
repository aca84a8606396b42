"""Vietnamese text helpers: NFC normalisation, diacritic folding for search, and the natural sort key for names."""

from __future__ import annotations

import re
import unicodedata

# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Tone order used by dictionaries: none, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter, not the tone


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Every Latin letter with marks (and the marks themselves) folded once: an import folds each record's texts for
# search, and the per-character path cost ~130 µs a title (bench/bench_records_import.py).
_FOLD_TABLE = {
    code: _fold_slow(chr(code)) or None
    for code in (*range(0x00C0, 0x0250), *range(0x0300, 0x0370), *range(0x1E00, 0x1F00))
}


def fold(text: str) -> str:
    """Lower-case, strip every diacritic and map đ to d: "Thôn Đông 3" -> "thon dong 3"."""
    quick = (text or "").lower().translate(_FOLD_TABLE)
    # Text beyond the table (another script, a mark the table lacks) takes the full path; the result is the same.
    return quick if quick.isascii() else _fold_slow(quick)


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


# natural_key's alphabet: each element of a name becomes a class mark and a fixed-size (or length-prefixed) body,
# so that comparing two keys character by character (Python's str order, SQLite's BINARY) compares the names.
_END, _BOUNDARY, _NUMBER, _LETTER, _OTHER = "\x01", "\x02", "\x03", "\x04", "\x05"
_MAX_DIGITS = 999_999


def natural_key(text: str) -> str:
    """Sort key for names, the one every list, report and export sorts by: Vietnamese letter order (a < ă < â,
    d < đ, tones only break ties, a word boundary first) with each run of digits compared as a number, so
    "Thôn 2" < "Thôn 10" < "Thôn 10A" and "Tổ 02" sits beside "Tổ 2".

    The key is a plain string, so it sorts in Python, in SQLite (storage registers it as the SQL function
    vi_natural) and as a Qt sort role alike: word boundary < number < letter < any other character (by code
    point). Numbers compare by length, then digits, leading zeros dropped: no int() conversion, so a
    5,000-digit name from a hostile file costs no more than text.
    """
    text = text or ""
    parts: list[str] = []
    tones: list[str] = []
    for k, piece in enumerate(_DIGIT_RUN.split(unicodedata.normalize("NFC", text.lower()))):
        if k % 2:
            digits = "".join(str(unicodedata.decimal(c)) for c in piece).lstrip("0")[:_MAX_DIGITS]
            parts.append(f"{_NUMBER}{len(digits):06d}{digits}")
            tones.append("0")
        elif piece:
            parts.append(piece.translate(_PARTS))  # str.translate: one C loop per piece, the table fills itself
            tones.append(piece.translate(_TONE_DIGITS))
    return "".join(parts) + _END + "".join(tones) + _END + text


_DIGIT_RUN = re.compile(r"(\d+)")  # \d is every Unicode decimal digit in a str pattern


class _CharTable(dict[int, str]):
    """code point -> natural_key's text for that character (its part, or its tone digit), computed on first use."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self._index = index

    def __missing__(self, code: int) -> str:
        value = self[code] = _element(chr(code))[self._index]
        return value


def _element(ch: str) -> tuple[str, str]:
    """One character (NFC) as natural_key's (part, tone)."""
    if unicodedata.combining(ch):
        # A mark NFC could not join to its letter: a tone only breaks ties, a shape mark is dropped.
        return "", str(_TONES.get(ch, ""))
    letter, tone = _letter_and_tone(unicodedata.normalize("NFD", ch))
    pos = _BASE_ORDER.find(letter) if len(letter) == 1 else -1
    if letter.isspace():
        return _BOUNDARY, str(tone)  # word boundaries first: "An toàn" before "Ánh sáng", as dictionaries sort
    if pos >= 0:
        return _LETTER + chr(0x40 + pos), str(tone)
    return _OTHER + letter[0], str(tone)  # f, j, w, z, punctuation: by code point after the alphabet


_PARTS, _TONE_DIGITS = _CharTable(0), _CharTable(1)


# The earlier name, kept while branches written against it land; natural_key is the one to call.
collation_key = natural_key


def matches(query: str, *fields: str) -> bool:
    """True when every word of the folded query occurs in the folded fields."""
    haystack = " ".join(fold(f or "") for f in fields)
    return all(word in haystack for word in fold(query).split())
