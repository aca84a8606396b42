"""Formatting rules of Vietnamese official documents (NĐ 30/2020): dates, numbers, document numbers."""

from __future__ import annotations

from datetime import date


def _month(day: date) -> str:
    """NĐ 30/2020 Phụ lục I: months 1 and 2 take a leading zero (so "01" cannot be read as "10"–"12"), others not."""
    return f"{day.month:02d}" if day.month <= 2 else str(day.month)


def date_line(place: str, day: date) -> str:
    """"Xã Hòa Mỹ, ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 take a leading zero."""
    return f"{place}, ngày {day.day:02d} tháng {_month(day)} năm {day.year}"


def vn_date(day: date) -> str:
    """A date inside a document's text in the same style as its heading: 05/01/2026, 05/3/2026, 14/12/2026."""
    return f"{day.day:02d}/{_month(day)}/{day.year}"


def document_number(number: int | str, type_abbr: str = "BC", body_abbr: str = "UBND") -> str:
    """"Số: 07/BC-UBND"; numbers below 10 keep a leading zero as registers write them."""
    text = str(number).strip()
    if text.isdigit():
        text = f"{int(text):02d}"
    return f"Số: {text}/{type_abbr}-{body_abbr}" if type_abbr else f"Số: {text}/{body_abbr}"


def vn_int(value: int) -> str:
    """1350 -> "1.350" (Vietnamese thousands separator)."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(value)):,}".replace(",", ".")


def vn_decimal(value: float, places: int = 1) -> str:
    """12.5 -> "12,5"; thousands with "." and decimals with ","."""
    text = f"{abs(value):,.{places}f}"
    whole, _, frac = text.partition(".")
    out = whole.replace(",", ".") + ("," + frac if frac else "")
    return ("-" if value < 0 else "") + out


def vn_percent(value: float | None, places: int = 1) -> str:
    """12.5 -> "12,5%"; None (no denominator) -> "-"."""
    if value is None:
        return "-"
    text = vn_decimal(value, places)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text + "%"
