"""The administrative unit a database belongs to: role, names, residential units, signer, receiving office."""

from __future__ import annotations

from typing import Any
import re
from dataclasses import asdict, dataclass, field

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from commune_desk.domain.text import nfc

ROLES = ("commune", "office")
_ONE_OF = QT_TRANSLATE_NOOP("Problems", "must be one of {value}")
UNIT_KINDS = ("xã", "phường", "đặc khu")
RESIDENTIAL_KINDS = (
    "thôn", "xóm", "làng", "ấp", "bản", "buôn", "bon", "phum", "sóc",
    "tổ dân phố", "khu phố", "khối phố", "khóm", "tiểu khu",
)


@dataclass(frozen=True)
class ResidentialUnit:
    """A hamlet or neighbourhood below the commune (thôn, tổ dân phố …)."""

    code: str
    name: str
    kind: str = "thôn"
    id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class Signer:
    """Who signs the commune's documents and under which authority lines."""

    name: str = ""
    title: str = "PHÓ CHỦ TỊCH"
    authority: str = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"


@dataclass(frozen=True)
class Profile:
    """One database, one administrative unit."""

    role: str = "commune"
    official_name: str = ""          # "Ủy ban nhân dân xã Hòa Mỹ"
    kind: str = "xã"
    name: str = ""                   # "Hòa Mỹ"
    unit_code: str = ""              # official unit code (mã đơn vị hành chính), digits
    province: str = ""
    place_name: str = ""             # used in "Xã Hòa Mỹ, ngày …"
    issuing_body: str = ""           # header line, e.g. "ỦY BAN NHÂN DÂN\nXÃ HÒA MỸ"
    receiving_office: str = ""       # "Sở Y tế tỉnh …" (never hard-code district/huyện)
    signer: Signer = field(default_factory=Signer)
    residential_units: tuple[ResidentialUnit, ...] = ()
    is_demo: bool = False

    @property
    def is_set(self) -> bool:
        return bool(self.unit_code and self.name)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["residential_units"] = [
            {k: v for k, v in asdict(u).items() if k not in ("id", "active")} for u in self.residential_units
        ]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Profile":
        """Build and validate a profile from JSON; raises ValidationFailed naming every bad field."""
        problems: list[Problem] = []
        if not isinstance(data, dict):
            raise ValidationFailed([Problem("", QT_TRANSLATE_NOOP("Problems", "profile must be a JSON object"))])
        known = {f for f in cls.__dataclass_fields__}
        for key in data:
            if key not in known:
                problems.append(Problem(key, QT_TRANSLATE_NOOP("Problems", "unknown field")))

        def text(key: str, default: str = "") -> str:
            value = data.get(key, default)
            if not isinstance(value, str):
                problems.append(Problem(key, QT_TRANSLATE_NOOP("Problems", "must be text")))
                return default
            return nfc(value.strip())

        role = text("role", "commune")
        if role not in ROLES:
            problems.append(Problem("role", _ONE_OF, args={"value": ", ".join(ROLES)}))
        office = role == "office"
        kind = text("kind", "" if office else "xã")
        if role == "commune" and kind not in UNIT_KINDS:
            problems.append(Problem("kind", _ONE_OF, args={"value": ", ".join(UNIT_KINDS)}))
        name = text("name")
        if not name:
            problems.append(Problem("name", QT_TRANSLATE_NOOP("Problems", "is required")))
        unit_code = text("unit_code")
        if not re.fullmatch(r"[0-9A-Za-z._-]{1,20}", unit_code):
            problems.append(Problem("unit_code", QT_TRANSLATE_NOOP("Problems", "is required: 1–20 letters or digits")))
        signer_data = data.get("signer") or {}
        if not isinstance(signer_data, dict):
            problems.append(Problem("signer", QT_TRANSLATE_NOOP("Problems", "must be an object")))
            signer_data = {}
        signer = Signer(**{k: nfc(str(v)) for k, v in signer_data.items() if k in Signer.__dataclass_fields__})
        units: list[ResidentialUnit] = []
        seen: set[str] = set()
        raw_units = data.get("residential_units") or []
        if not isinstance(raw_units, list):
            problems.append(Problem("residential_units", QT_TRANSLATE_NOOP("Problems", "must be a list")))
            raw_units = []
        for i, item in enumerate(raw_units, start=1):
            where = f"residential_units[{i}]"
            if not isinstance(item, dict):
                problems.append(Problem(where, QT_TRANSLATE_NOOP("Problems", "must be an object")))
                continue
            code = nfc(str(item.get("code", "")).strip())
            uname = nfc(str(item.get("name", "")).strip())
            ukind = nfc(str(item.get("kind", "thôn")).strip())
            if not code:
                problems.append(Problem(f"{where}.code", QT_TRANSLATE_NOOP("Problems", "is required")))
            elif code in seen:
                problems.append(Problem(f"{where}.code", QT_TRANSLATE_NOOP("Problems", "duplicate code {value}"),
                                        args={"value": repr(code)}))
            seen.add(code)
            if not uname:
                problems.append(Problem(f"{where}.name", QT_TRANSLATE_NOOP("Problems", "is required")))
            if ukind not in RESIDENTIAL_KINDS:
                problems.append(Problem(f"{where}.kind", _ONE_OF, args={"value": ", ".join(RESIDENTIAL_KINDS)}))
            units.append(ResidentialUnit(code=code, name=uname, kind=ukind))
        is_demo = data.get("is_demo", False)
        if not isinstance(is_demo, bool):
            problems.append(Problem("is_demo", QT_TRANSLATE_NOOP("Problems", "must be true or false")))
        province, receiving = text("province"), text("receiving_office")  # read before the check: a bad one is named
        # An office's name is its official name ("Sở Y tế tỉnh Thanh Hóa"), its header that name in capitals and
        # its place the province: the commune's "Ủy ban nhân dân …" defaults would name a body it is not (the same
        # defaults as services/office/office_init.office_profile).
        if office:
            place = text("place_name") or province or name
            official = text("official_name") or name
            header = text("issuing_body") or name.upper()
        else:
            place = text("place_name") or f"{kind.capitalize()} {name}"
            official = text("official_name") or f"Ủy ban nhân dân {kind} {name}"
            header = text("issuing_body") or f"ỦY BAN NHÂN DÂN\n{kind.upper()} {name.upper()}"
        if problems:
            raise ValidationFailed(problems)
        return cls(
            role=role,
            official_name=official,
            kind=kind,
            name=name,
            unit_code=unit_code,
            province=province,
            place_name=place,
            issuing_body=header,
            receiving_office=receiving,
            signer=signer,
            residential_units=tuple(units),
            is_demo=bool(is_demo),
        )


# What a commune's report and package need from the profile (issue 18 item 5): who signs, who receives it, and
# the residential units its figures are counted over. The first run asks for them unless deferred ("bổ sung sau").
MISSING_TEXT = {
    "signer.name": QT_TRANSLATE_NOOP("Problems", "the signer signs every report: name them, or tick “complete later”"),
    "receiving_office": QT_TRANSLATE_NOOP("Problems", "reports are addressed to it: name it, or tick “complete later”"),
    "residential_units": QT_TRANSLATE_NOOP("Problems", "add at least one residential unit (thôn, tổ dân phố), or "
                                                       "tick “complete later”"),
}


def missing_for_reports(profile: Profile) -> tuple[str, ...]:
    """The fields a commune's reports need that `profile` lacks, as field names ("signer.name",
    "receiving_office", "residential_units"); () for a receiving office's profile or a complete one."""
    if profile.role != "commune":
        return ()
    missing = []
    if not profile.signer.name.strip():
        missing.append("signer.name")
    if not profile.receiving_office.strip():
        missing.append("receiving_office")
    if not any(u.active for u in profile.residential_units):
        missing.append("residential_units")
    return tuple(missing)


def missing_problems(profile: Profile) -> list[Problem]:
    """missing_for_reports as Problems at their fields (the first-run form shows them under each field)."""
    return [Problem(where, MISSING_TEXT[where]) for where in missing_for_reports(profile)]
