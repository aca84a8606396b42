"""Helpers for the protection tests: a sensitive marker, record writing, byte scans."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

SENSITIVE = "Nguyễn Thị Bí Mật 079123456789"
# Every way the marker could reach a file: UTF-8 (NFC and NFD), UTF-16, the folded search text, the bare ID number.
NEEDLES = (
    unicodedata.normalize("NFC", SENSITIVE).encode("utf-8"),
    unicodedata.normalize("NFD", SENSITIVE).encode("utf-8"),
    SENSITIVE.encode("utf-16-le"),
    b"nguyen thi bi mat",
    b"079123456789",
    "Bí Mật".encode("utf-8"),
)
PASSWORD = "mật khẩu đủ dài 1"
NEW_PASSWORD = "another long pass 2"


def leaks(path: Path) -> list[bytes]:
    """The needles found in the file's bytes (empty list = nothing leaked)."""
    data = Path(path).read_bytes()
    return [n for n in NEEDLES if n in data]


def add_sensitive(db, n: int = 3, actor: str = "test") -> list[int]:
    from commune_desk.domain.propaganda import PropagandaActivity
    from tests.propaganda import propaganda_repo

    repo = propaganda_repo(db, actor, today=lambda: date(2026, 11, 20))
    ids = []
    for i in range(n):
        rec = repo.add(PropagandaActivity(activity_date=date(2026, 3, 1 + i), form_code="hoi_nghi",
                                          title=f"Gặp {SENSITIVE} lần {i}", participants=5 + i,
                                          note=f"Ghi chú về {SENSITIVE}", organiser="Tổ dân phố"))
        ids.append(rec.id)
    return ids


def titles(db) -> list[str]:
    from tests.propaganda import propaganda_repo

    return sorted(r.title for r in propaganda_repo(db, "test").list())
