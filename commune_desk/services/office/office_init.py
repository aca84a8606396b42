"""A new database for the receiving office's desk (role `office`): made whole under a temporary name, or not at all."""

from __future__ import annotations

import contextlib
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
    from commune_desk.storage import scratch
    from commune_desk.storage.database import open_database
    from commune_desk.storage.files import fsync_dir, secure_delete
    from commune_desk.storage.profile_repo import ProfileRepository

    if profile.role != "office":
        raise ValueError("an office database needs a profile whose role is office")
    dest = Path(db_path).absolute()
    if dest.exists() or dest.is_symlink():
        raise OfficeDatabaseRefused.of(EXISTS, path=str(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = scratch.new_temp_name(dest, ".creating")  # a kill leaves it to the next start's wipe
    leftovers = [tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")]
    db = None
    try:
        db = open_database(tmp, password, create=True)
        ProfileRepository(db, actor).save(profile)
        raw = db.connect_raw()  # autocommit: the WAL goes into the file before it is renamed
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        db.dispose()
        db = None
        if os.path.exists(f"{tmp}-wal") and os.path.getsize(f"{tmp}-wal"):
            raise RuntimeError("the new database's write-ahead log was not emptied")  # never rename half a database
        if dest.exists():  # made meanwhile by someone else: never replaced
            raise OfficeDatabaseRefused.of(EXISTS, path=str(dest))
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
        return dest
    finally:
        if db is not None:
            with contextlib.suppress(Exception):
                db.dispose()
        for path in leftovers:
            secure_delete(path)
        scratch.forget(tmp)
