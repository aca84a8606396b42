"""Heuristic detection of Vietnamese typed in legacy 8-bit encodings (TCVN3/ABC, VNI) read as Latin-1."""

from __future__ import annotations

import re

# Bytes TCVN3 (ABC) uses for Vietnamese letters that, read as Latin-1/cp1252, never occur in Unicode Vietnamese
# ("Th«n" = "Thôn", "§iÖn" = "Điện", "c¸n bé" = "cán bộ").
_TCVN3 = set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÆÇÐ×ØÞßæç÷øþÖÜ¦")
# VNI writes a base letter followed by a mark byte: "Thoân" = "Thôn", "Vieät" = "Việt", "ñ" = "đ".
_VNI_MARKS = set("øïëäåöüñûÿîÏÛÕØ")
# Case-insensitive: VNI writes "Ô" as "O" + "Â", so "EÔ" and "Eô" are judged alike (they were not: the first passed,
# the second was refused).
_VNI_PAIR = re.compile(r"[aeiouy][âêôùøûõïáàåäëéèç]", re.IGNORECASE)
_TCVN3_CHAR = re.compile("[" + re.escape("".join(sorted(_TCVN3))) + "]")
_VNI_MARK_CHAR = re.compile("[" + re.escape("".join(sorted(_VNI_MARKS))) + "]")
_VIETNAMESE_PAIRS = {"oà", "oá", "uý", "oè", "oé", "uê", "uâ", "ià", "iá", "uà", "uá", "uô", "iê", "yê", "uơ",
                     "ay", "oã", "uõ", "ué", "uè", "oõ", "oò", "oó", "aò", "uù", "iú", "aù", "eò", "eó", "uó",
                     "uò", "aí", "aì", "oí", "oì", "uí", "uì", "eo", "ái", "ài"}
# The letters _VNI_PAIR matches, as the regular expression engine folds case (U+0130, U+0131 and U+212B included;
# tests/records/test_import_fast_paths.py checks these against every code point).
_VNI_FIRST = "aeiouyAEIOUY\u0130\u0131"
_VNI_SECOND = "âêôùøûõïáàåäëéèçÂÊÔÙØÛÕÏÁÀÅÄËÉÈÇ\u212b"
# A pair _VNI_PAIR finds whose lower case is no Vietnamese pair, found in one search (the two sets share no letter,
# so pairs never overlap and a search finds one exactly when the pair-by-pair loop did).
_VNI_FOREIGN_PAIR = re.compile("|".join(
    f"{re.escape(a)}[{re.escape(seconds)}]" for a in _VNI_FIRST
    if (seconds := "".join(b for b in _VNI_SECOND if (a + b).lower() not in _VIETNAMESE_PAIRS))))


def legacy_encoding(text: str) -> str:
    """'TCVN3' or 'VNI' when `text` looks like legacy-encoded Vietnamese, else ''."""
    if not text or text.isascii():
        return ""
    # Counted by the regular expression engine (an import checks every text cell): the same counts as a loop.
    tcvn = len(_TCVN3_CHAR.findall(text))
    vni_marks = len(_VNI_MARK_CHAR.findall(text))
    if tcvn and tcvn >= vni_marks:
        return "TCVN3/ABC"
    if vni_marks or _VNI_FOREIGN_PAIR.search(text):
        return "VNI"
    return ""
