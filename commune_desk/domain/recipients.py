"""Who a report goes to: the "Nơi nhận" list in NĐ 30/2020 order and the bodies the 2025 reform abolished."""

from __future__ import annotations

from collections.abc import Iterable

import re
import unicodedata

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem

ARCHIVE_DEFAULT = "Lưu: VT, VHXH"
# The six centrally run cities (Nghị quyết 202/2025/QH15, from 12/6/2025): every other "thành phố" was a
# district-level unit (thành phố thuộc tỉnh), abolished with the district level on 1/7/2025.
CENTRAL_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")

# (pattern over the casefolded NFC text, reason as a marked English template). Sources: Luật Tổ chức chính quyền
# địa phương 2025 (72/2025/QH15: two tiers from 1/7/2025, no huyện, quận, thị xã, thành phố thuộc tỉnh, thị trấn);
# NĐ 42/2025/NĐ-CP (state management of prostitution prevention with the Ministry of Health from 1/3/2025; the
# Ministry of Labour, Invalids and Social Affairs and its provincial and district offices were merged away).
_ABOLISHED = (
    (
        r"(?<!\w)(huyện|quận|thị xã)(?!\w)",
        QT_TRANSLATE_NOOP(
            "Problems",
            "names a district-level body (huyện, quận, thị xã): that level no longer exists "
            "since 01/7/2025; reports go to the province",
        ),
    ),
    (
        r"(?<!\w)thị trấn(?!\w)",
        QT_TRANSLATE_NOOP("Problems", 'names a "thị trấn": townships no longer exist since 01/7/2025'),
    ),
    (
        r"lao động\s*[-–—,]?\s*thương binh\s*(và|&)\s*xã hội|lđ\s*-?\s*tb\s*(&|và)?\s*xh|lđtbxh",
        QT_TRANSLATE_NOOP(
            "Problems",
            "names a Labour, Invalids and Social Affairs office (Lao động - Thương binh và "
            "Xã hội): it no longer exists; prostitution prevention is with the health "
            "department (Sở Y tế) since 01/3/2025",
        ),
    ),
)
_CITY = re.compile(r"(?<!\w)thành phố\s+([^\s,;()]+(?:\s+[^\s,;()]+)?)", re.IGNORECASE)
_NOT_A_NAME = ("trực", "thuộc")
CITY_REASON = QT_TRANSLATE_NOOP(
    "Problems",
    'names "thành phố {city}", a city of a province: a district-level unit that no longer exists since 01/7/2025',
)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _clean(line: str) -> str:
    """A recipient as written, without list dashes and the ";" / "." that the layout adds."""
    return " ".join(line.strip().lstrip("-–•+").strip().rstrip(";.,").split())


def is_archive(line: str) -> bool:
    """ "Lưu: VT, VHXH" (the issuing body's own copies) always closes the list."""
    return _fold(_clean(line)).startswith("lưu")


def noi_nhan(receiving_office: str, recipients: Iterable[str], archive: str = ARCHIVE_DEFAULT) -> tuple[str, ...]:
    """The receiving office named in "Kính gửi" first, then the other recipients in their order (each once),
    then one "Lưu: …" line (the given one, else `archive`). "Như trên" stands for the addressee: it is dropped,
    the addressee's own name takes its place."""
    out: list[str] = []
    seen: set[str] = set()
    receiving = _clean(receiving_office or "")
    if receiving:
        out.append(receiving)
        seen.add(_fold(receiving))
    kept = ""
    for line in recipients or ():
        text = _clean(line)
        key = _fold(text)
        if not text or key in ("như trên", "như trên:"):
            continue
        if is_archive(text):
            kept = kept or text
            continue
        if key in seen:
            continue
        seen.add(key)
        out.append(text)
    out.append(kept or archive)
    return tuple(out)


def others(receiving_office: str, recipients: Iterable[str]) -> tuple[str, ...]:
    """The recipients an officer edits: everything after the receiving office (which the report adds itself)."""
    full = noi_nhan(receiving_office, recipients)
    return full[1:] if _clean(receiving_office or "") else full


def abolished(where: str, text: str) -> list[Problem]:
    """Warnings (severity "warning") when `text` names a body that no longer exists; `where` names the place."""
    folded = _fold(text)
    found = [
        Problem(where, reason, "warning", {"text": text})
        for pattern, reason in _ABOLISHED
        if re.search(pattern, folded)
    ]
    for match in _CITY.finditer(" ".join(unicodedata.normalize("NFC", text).split())):
        name, low = match.group(1), match.group(1).casefold()
        if low.split()[0] in _NOT_A_NAME or any(low.startswith(city) for city in CENTRAL_CITIES):
            continue
        found.append(Problem(where, CITY_REASON, "warning", {"city": name, "text": text}))
        break
    return found
