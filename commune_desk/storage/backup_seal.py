"""A keyed checksum (HMAC-SHA256) beside every backup, so a changed byte in a backup is refused at restore.

An encrypted backup is protected page by page by SQLCipher's own HMAC, but a plain one is not: a changed ID
number passes SQLite's integrity_check. The seal `<backup>.seal` holds HMAC-SHA256 over the backup file (and its
key file, when one travels with it) under a random 256-bit key kept beside the database, `<db>.backup-key`
(0600), never beside the backup: whoever changes a backup on a USB stick cannot compute a new seal. The key stays
on the laptop; a backup carried to another laptop (or one made before seals existed) is "unsealed" there, and
restoring it needs the explicit `--unverified`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from commune_desk.storage import errors
from commune_desk.storage.files import write_bytes_atomic

SEAL_SUFFIX = ".seal"
KEY_SUFFIX = ".backup-key"
FORMAT = "commune-desk-backup-seal"
MAX_SEAL_BYTES = 4096


class BackupTampered(errors.StorageError):
    """The backup (or its key file) differs from what was sealed when it was written: refused."""


@dataclass(frozen=True)
class SealCheck:
    """How a backup's seal stands: "ok", "missing" (no seal), "no-key" (this laptop has no seal key),
    "foreign" (sealed by another database's key). A mismatch is never a state: it raises BackupTampered."""

    state: str

    @property
    def verified(self) -> bool:
        return self.state == "ok"

    @property
    def reason(self) -> str:
        return {
            "ok": "the backup's keyed checksum matches",
            "missing": "the backup has no keyed checksum (made before they existed, or its .seal file was not copied)",
            "no-key": "this database has no backup key, so the backup's checksum cannot be checked here "
            "(another laptop?)",
            "foreign": "the backup was sealed by another database's key",
        }[self.state]


def seal_path(backup: os.PathLike | str) -> Path:
    return Path(str(Path(backup)) + SEAL_SUFFIX)


def key_path(db_path: os.PathLike | str) -> Path:
    return Path(str(Path(db_path).absolute()) + KEY_SUFFIX)


def _key(db_path: Path, *, create: bool) -> bytes | None:
    path = key_path(db_path)
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise errors.StorageError(f"the backup key {path} is damaged: {exc}") from exc
    if not create:
        return None
    key = secrets.token_bytes(32)
    write_bytes_atomic(path, key.hex().encode("ascii") + b"\n")
    return key


def _mac(key: bytes, backup: Path, key_file: Path | None) -> str:
    mac = hmac.new(key, FORMAT.encode("ascii"), hashlib.sha256)
    for part in (backup, key_file):
        if part is None or not part.exists():
            mac.update(b"\0" * 8)
            continue
        mac.update(part.stat().st_size.to_bytes(8, "big"))
        with open(part, "rb") as fh:
            while block := fh.read(1 << 20):
                mac.update(block)
    return mac.hexdigest()


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"key-id:" + key).hexdigest()[:16]


def seal_bytes(
    db_path: os.PathLike | str, backup: os.PathLike | str, key_file: Path | None = None, *, name: str | None = None
) -> bytes:
    """The seal of `backup` (and its key file) under this database's backup key; `name`: the backup's final
    name when `backup` is still its temporary file."""
    key = _key(Path(db_path), create=True)
    backup = Path(backup)
    data = {
        "format": FORMAT,
        "version": 1,
        "algorithm": "HMAC-SHA256",
        "key_id": _key_id(key),
        "file": name or backup.name,
        "size": backup.stat().st_size,
        "mac": _mac(key, backup, key_file),
    }
    return json.dumps(data, indent=1).encode("utf-8")


def seal(db_path: os.PathLike | str, backup: os.PathLike | str, key_file: Path | None = None) -> Path:
    """Write `<backup>.seal` for the finished backup (and its key file), under this database's backup key."""
    return write_bytes_atomic(seal_path(backup), seal_bytes(db_path, backup, key_file))


def check_seal(db_path: os.PathLike | str, backup: os.PathLike | str, key_file: Path | None = None) -> SealCheck:
    """The seal's state for `backup` under the backup key beside `db_path`; raises BackupTampered on a mismatch."""
    backup = Path(backup)
    path = seal_path(backup)
    if not path.is_file():
        return SealCheck("missing")
    try:
        raw = path.read_bytes()[: MAX_SEAL_BYTES + 1]
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_SEAL_BYTES else None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BackupTampered(
            f"{path.name}: the backup's seal cannot be read ({type(exc).__name__}); "
            "the backup may have been changed: use another backup"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("mac"), str):
        raise BackupTampered(
            f"{path.name} is not a CommuneDesk backup seal; the backup may have been changed: use another backup"
        )
    key = _key(Path(db_path), create=False)
    if key is None:
        return SealCheck("no-key")
    if data.get("key_id") != _key_id(key):
        return SealCheck("foreign")
    if not hmac.compare_digest(data["mac"], _mac(key, backup, key_file)):
        raise BackupTampered(
            f"{backup.name}: the backup was changed after it was written (its keyed checksum "
            "does not match); it is not restored: use another backup"
        )
    return SealCheck("ok")
