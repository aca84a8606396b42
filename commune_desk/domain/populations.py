"""Populations the commune enters per year (residents, workers, teachers, pupils, staff …): which is in force when.

A population is a denominator, never derived from attendance counts (domain.md, "Counting rules"). Each entry is
for one year, carries its source and the date its figure refers to (`as_of`), and is never overwritten: a
correction adds a new entry and marks the old one replaced, so the history stays readable.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.text import nfc

STAFF = "staff"
MAX_POPULATION = 10_000_000
# kind -> (Vietnamese label used in documents and the CLI, English label translated in the window)
KINDS: dict[str, tuple[str, str]] = {
    "residents": ("Người dân (nhân khẩu) trên địa bàn", QT_TRANSLATE_NOOP("Populations", "Residents")),
    "households": ("Hộ gia đình trên địa bàn", QT_TRANSLATE_NOOP("Populations", "Households")),
    "workers": ("Người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm",
                QT_TRANSLATE_NOOP("Populations", "Workers at prone businesses")),
    "teachers": ("Giáo viên các trường trên địa bàn", QT_TRANSLATE_NOOP("Populations", "Teachers")),
    "pupils": ("Học sinh các trường trên địa bàn", QT_TRANSLATE_NOOP("Populations", "Pupils")),
    STAFF: ("Cán bộ, công chức, chiến sĩ, cộng tác viên, tình nguyện viên làm công tác phòng, chống mại dâm",
            QT_TRANSLATE_NOOP("Populations", "Staff working on prostitution prevention")),
}
MISSING_VI = "chưa nhập số liệu nền"


@dataclass(frozen=True)
class PopulationEntry:
    """One figure: `kind` (KINDS), for staff optionally by `role` (training_roles) and `level` (staff_levels).

    Staff may be entered by role and level, or as one total with both left empty. `replaced_at` is set once a
    later entry (or a withdrawal) replaced this one; only entries without it count.
    """

    year: int
    kind: str
    value: int
    as_of: date
    source: str
    role: str = ""
    level: str = ""
    note: str = ""
    id: int | None = field(default=None, compare=False)
    recorded_at: datetime | None = field(default=None, compare=False)
    recorded_by: str = field(default="", compare=False)
    replaced_at: datetime | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.role, self.level)

    @property
    def current(self) -> bool:
        return self.replaced_at is None

    def normalised(self) -> "PopulationEntry":
        from dataclasses import replace

        return replace(self, kind=self.kind.strip(), role=self.role.strip(), level=self.level.strip(),
                       source=nfc(self.source.strip()), note=nfc(self.note.strip()))

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "kind": self.kind, "role": self.role, "level": self.level, "value": self.value,
                "as_of": self.as_of.isoformat() if isinstance(self.as_of, date) else self.as_of,
                "source": self.source, "note": self.note}


def label_vi(kind: str) -> str:
    return KINDS[kind][0] if kind in KINDS else kind


def validate_population(entry: PopulationEntry, *, today: date, roles: Container[str],
                        levels: Container[str]) -> list[Problem]:
    """Every problem of one entry, each naming its field (`roles`, `levels`: known codes)."""
    problems: list[Problem] = []

    def add(where: str, message: str, **args: object) -> None:
        problems.append(Problem(where, message, args=args))

    year_ok = isinstance(entry.year, int) and not isinstance(entry.year, bool) and 2000 <= entry.year <= today.year + 1
    if not year_ok:
        add("year", QT_TRANSLATE_NOOP("Problems", "must be a year between 2000 and next year"))
    if entry.kind not in KINDS:
        add("kind", QT_TRANSLATE_NOOP("Problems", "must be one of {value}"), value=", ".join(KINDS))
    if entry.kind == STAFF:
        if bool(entry.role) != bool(entry.level):
            add("role" if not entry.role else "level", QT_TRANSLATE_NOOP(
                "Problems", "give both role and level, or neither for all staff together"))
        if entry.role and entry.role not in roles:
            add("role", QT_TRANSLATE_NOOP("Problems", "unknown code {value} (catalogue {catalogue})"),
                value=repr(entry.role), catalogue="training_roles")
        if entry.level and entry.level not in levels:
            add("level", QT_TRANSLATE_NOOP("Problems", "unknown code {value} (catalogue {catalogue})"),
                value=repr(entry.level), catalogue="staff_levels")
    elif entry.role or entry.level:
        add("role", QT_TRANSLATE_NOOP("Problems", "only staff are entered by role and level"))
    if isinstance(entry.value, bool) or not isinstance(entry.value, int):
        add("value", QT_TRANSLATE_NOOP("Problems", "must be a whole number"))
    elif entry.value < 0:
        add("value", QT_TRANSLATE_NOOP("Problems", "must not be negative"))
    elif entry.value > MAX_POPULATION:
        add("value", QT_TRANSLATE_NOOP("Problems", "is implausibly large"))
    if not isinstance(entry.as_of, date):
        add("as_of", QT_TRANSLATE_NOOP("Problems", "must be a date"))
    elif entry.as_of > today:
        add("as_of", QT_TRANSLATE_NOOP("Problems", "must not be in the future"))
    elif year_ok and not date(entry.year - 1, 1, 1) <= entry.as_of <= date(entry.year, 12, 31):
        # A figure for 2026 may come from a count made late in 2025 (year-end statistics), never from later.
        add("as_of", QT_TRANSLATE_NOOP("Problems", "must lie in {year} or the year before"), year=entry.year)
    if not isinstance(entry.source, str) or not entry.source.strip():
        add("source", QT_TRANSLATE_NOOP("Problems", "is required: say where the figure comes from"))
    elif len(entry.source) > 300:
        add("source", QT_TRANSLATE_NOOP("Problems", "is longer than {limit} characters"), limit=300)
    if isinstance(entry.note, str) and len(entry.note) > 2000:
        add("note", QT_TRANSLATE_NOOP("Problems", "is longer than {limit} characters"), limit=2000)
    return problems


def in_force(entries: Iterable[PopulationEntry], key: tuple[str, str, str], year: int,
             day: date) -> PopulationEntry | None:
    """The current entry of `key` for `year` whose figure is dated on or before `day` (the latest such one).

    A figure dated after `day` is never used: a report never states what was known only later.
    """
    found: PopulationEntry | None = None
    for e in entries:
        if e.current and e.key == key and e.year == year and e.as_of <= day:
            if found is None or (e.as_of, e.id or 0) > (found.as_of, found.id or 0):
                found = e
    return found


def staff_in_force(entries: Iterable[PopulationEntry], year: int, day: date) -> dict[tuple[str, str], PopulationEntry]:
    """(role, level) -> the staff entry in force on `day`; ("", "") is all staff entered as one total."""
    entries = list(entries)  # read once per key below
    keys = {e.key for e in entries if e.kind == STAFF and e.current and e.year == year}
    out: dict[tuple[str, str], PopulationEntry] = {}
    for key in keys:
        entry = in_force(entries, key, year, day)
        if entry is not None:
            out[(key[1], key[2])] = entry
    return out


def staff_bucket(role: str, level: str, in_force_now: Mapping[tuple[str, str], PopulationEntry]) -> tuple[str, str] | None:
    """Which staff figure the persons of (role, level) count against: their own, else the total, else none."""
    if (role, level) in in_force_now:
        return (role, level)
    if ("", "") in in_force_now:
        return ("", "")
    return None
