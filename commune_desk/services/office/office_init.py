"""A new database for the receiving office's desk (role `office`): made whole under a temporary name, or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.domain.profile import Profile


class OfficeDatabaseRefused(ExpectedError):
    """The office database cannot be made as asked (the file exists, a field is wrong)."""


EXISTS = QT_TRANSLATE_NOOP(
    "Problems", "{path} exists already; the office desk gets a database of its own: give another --db"
)


def office_profile(
    name: str,
    unit_code: str,
    *,
    province: str = "",
    place: str = "",
    issuing_body: str = "",
    receiving_office: str = "",
    signer: dict[str, str] | None = None,
) -> Profile:
    """The office's profile from what the officer types; `name` is the official name ("Sở Y tế tỉnh Thanh Hóa").

    Defaults fit an office, not a commune: the header is the name in capitals, the place before the date is the
    province ("Thanh Hóa, ngày …"). Raises ValidationFailed naming each bad field.
    """
    name = " ".join(name.split())
    return Profile.from_json(
        {
            "role": "office",
            "kind": "",
            "name": name,
            "official_name": name,
            "unit_code": unit_code.strip(),
            "province": province.strip(),
            "place_name": place.strip() or province.strip() or name,
            "issuing_body": issuing_body.strip() or name.upper(),
            "receiving_office": receiving_office.strip(),
            "signer": signer or {},
        }
    )


def create_office_database(db_path: os.PathLike[str] | str, password: str | None, profile: Profile, actor: str) -> Path:
    """Create `db_path` (encrypted when `password` is given) holding only the office's profile.

    The database is built under a temporary name beside `db_path` and renamed into place when complete; an
    existing file is never touched (OfficeDatabaseRefused). Returns the database path.
    """
    from commune_desk.storage.new_database import building
    from commune_desk.storage.profile_repo import ProfileRepository

    if profile.role != "office":
        raise ValueError("an office database needs a profile whose role is office")
    dest = Path(db_path).absolute()
    if dest.exists() or dest.is_symlink():
        raise OfficeDatabaseRefused.of(EXISTS, path=str(dest))
    with building(dest, password) as new:
        ProfileRepository(new.db, actor).save(profile)
        return new.finish(lambda: OfficeDatabaseRefused.of(EXISTS, path=str(dest)))
