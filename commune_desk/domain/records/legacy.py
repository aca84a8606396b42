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
_VIETNAMESE_PAIRS = {"oà", "oá", "uý", "oè", "oé", "uê", "uâ", "ià", "iá", "uà", "uá", "uô", "iê", "yê", "uơ",
                     "ay", "oã", "uõ", "ué", "uè", "oõ", "oò", "oó", "aò", "uù", "iú", "aù", "eò", "eó", "uó",
                     "uò", "aí", "aì", "oí", "oì", "uí", "uì", "eo", "ái", "ài"}


def legacy_encoding(text: str) -> str:
    """'TCVN3' or 'VNI' when `text` looks like legacy-encoded Vietnamese, else ''."""
    if not text or text.isascii():
        return ""
    tcvn = sum(1 for ch in text if ch in _TCVN3)
    vni_marks = sum(1 for ch in text if ch in _VNI_MARKS)
    vni_pairs = sum(1 for m in _VNI_PAIR.finditer(text) if m.group(0).lower() not in _VIETNAMESE_PAIRS)
    if tcvn and tcvn >= vni_marks:
        return "TCVN3/ABC"
    if vni_marks or vni_pairs:
        return "VNI"
    return ""
