"""Database keys: the key file, password change (re-key), encrypting a plain database and back, recovery keys.

Two ways a database can be encrypted (docs/security.md):
- "password": SQLCipher keyed directly with the password (SQLCipher's PBKDF2-HMAC-SHA512, 256,000 rounds);
- "key file": SQLCipher keyed with a random 256-bit key (`x'…'`) that `<db>.keys.json` holds wrapped with
  AES-256-GCM under scrypt(password) and, when made, scrypt(recovery key). Losing both = data gone, by design.
cryptography is imported inside functions only.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from commune_desk.domain.errors import Problem, ValidationFailed
from commune_desk.storage import errors
from commune_desk.storage.files import fsync_dir, secure_delete, write_bytes_atomic

log = logging.getLogger(__name__)

KEY_FILE_SUFFIX = ".keys.json"
PENDING_SUFFIX = ".new"
FORMAT = "commune-desk-keys"
# scrypt cost: N=2^17, r=8, p=1 (128 MiB, ~0.4 s here; OWASP's minimum). Stored per slot, so it can grow.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
MIN_PASSWORD_LENGTH = 8
RECOVERY_RE = re.compile(r"[A-Z2-7]{24}")


class KeyFileDamaged(errors.StorageError):
    """The key file beside the database cannot be read."""


@dataclass(frozen=True)
class Protection:
    """How a database file is protected, for the window's status ("unprotected" is shown visibly)."""

    encrypted: bool
    mode: str  # "plain" | "password" | "key-file" | "missing"
    has_recovery_key: bool

    @property
    def label(self) -> str:
        return {"plain": "unprotected (no password)", "password": "encrypted (password)",
                "key-file": "encrypted (password + key file)", "missing": "no database"}[self.mode] + (
            ", recovery key made" if self.has_recovery_key else "")


# ---- key file ------------------------------------------------------------------------------------------------
def key_file_path(db_path: os.PathLike | str) -> Path:
    return Path(str(Path(db_path).absolute()) + KEY_FILE_SUFFIX)


def pending_key_file_path(db_path: os.PathLike | str) -> Path:
    return Path(str(key_file_path(db_path)) + PENDING_SUFFIX)


def new_raw_key() -> str:
    """A random 256-bit SQLCipher raw key in SQLCipher's `x'…'` notation."""
    return "x'" + secrets.token_hex(32) + "'"


def new_recovery_key() -> str:
    """120 random bits as 24 base32 characters in six groups of four (easy to print and type)."""
    text = base64.b32encode(secrets.token_bytes(15)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 24, 4))


def normalise_recovery_key(text: str) -> str | None:
    """The 24 characters of a recovery key typed with any spacing/dashes/case, or None if it is not one."""
    flat = re.sub(r"[\s\-]", "", text).upper()
    return flat if RECOVERY_RE.fullmatch(flat) else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.encode("utf-8"))


def _wrap(raw_key: str, secret: str, slot: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    blob = AESGCM(kek).encrypt(nonce, raw_key.encode("ascii"), f"{FORMAT}/1/{slot}".encode("ascii"))
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
            "nonce": _b64(nonce), "ciphertext": _b64(blob)}


def _unwrap(entry: dict, secret: str, slot: str) -> str | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        n, r, p = int(entry["n"]), int(entry["r"]), int(entry["p"])
        if entry.get("kdf") != "scrypt" or not (2 ** 10 <= n <= 2 ** 22 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("unsupported key derivation")
        salt, nonce = base64.b64decode(entry["salt"]), base64.b64decode(entry["nonce"])
        blob = base64.b64decode(entry["ciphertext"])
        kek = _derive(secret, salt, n, r, p)
        return AESGCM(kek).decrypt(nonce, blob, f"{FORMAT}/1/{slot}".encode("ascii")).decode("ascii")
    except InvalidTag:
        return None
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged(f"the key file slot '{slot}' is damaged: {exc}") from exc


def _read_key_file(path: Path) -> dict:
    try:
        data = json.loads(path.read_bytes()[:65536].decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise KeyFileDamaged(f"the key file {path} cannot be read: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), dict):
        raise KeyFileDamaged(f"{path} is not a CommuneDesk key file")
    return data


def write_key_file(path: Path, raw_key: str, password: str, recovery_key: str | None = None) -> Path:
    """Write (atomically) a key file holding `raw_key` wrapped under the password and the recovery key."""
    slots = {"password": _wrap(raw_key, password, "password")}
    if recovery_key is not None:
        slots["recovery"] = _wrap(raw_key, normalise_recovery_key(recovery_key) or recovery_key, "recovery")
    data = {"format": FORMAT, "version": 1, "cipher": "AES-256-GCM",
            "note": "Wrapped database key. Without the password or the recovery key the database cannot be read.",
            "slots": slots}
    return write_bytes_atomic(path, json.dumps(data, indent=1).encode("utf-8"))


def unwrap_key_file(path: Path, secret: str) -> str | None:
    """The database key in `path` opened by `secret` (password or recovery key), or None when it opens no slot."""
    try:
        slots = _read_key_file(path)["slots"]
    except KeyFileDamaged:
        log.warning("unreadable key file ignored: %s", path)
        return None
    recovery = normalise_recovery_key(secret)
    try:
        if recovery is not None and "recovery" in slots:
            found = _unwrap(slots["recovery"], recovery, "recovery")
            if found is not None:
                return found
        return _unwrap(slots["password"], secret, "password") if "password" in slots else None
    except KeyFileDamaged:
        log.warning("damaged key file slot ignored: %s", path)
        return None


def settle_key_file(db_path: Path, used: Path) -> Path:
    """After a pending key file opened the database (a re-key was cut short), make it the key file."""
    final = key_file_path(db_path)
    if used != final:
        os.replace(used, final)
        fsync_dir(final.parent)
        log.info("pending key file promoted for %s", db_path.name)
    return final


def protection(db_path: os.PathLike | str) -> Protection:
    from commune_desk.storage.database import is_plain_sqlite

    path = Path(db_path)
    if not path.exists() or path.stat().st_size == 0:
        return Protection(False, "missing", False)
    if is_plain_sqlite(path):
        return Protection(False, "plain", False)
    kf = key_file_path(path)
    if kf.exists():
        try:
            return Protection(True, "key-file", "recovery" in _read_key_file(kf)["slots"])
        except KeyFileDamaged:
            return Protection(True, "key-file", False)
    return Protection(True, "password", False)


def check_new_password(password: str) -> None:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem("new password", f"must have at least {MIN_PASSWORD_LENGTH} characters"))
    if password != password.strip():
        problems.append(Problem("new password", "must not begin or end with spaces"))
    if problems:
        raise ValidationFailed(problems)


# ---- operations (the database must be closed by the caller; the UI disposes its Database first) ------------
def _counts_of(path: Path, secret: str | None) -> dict:
    from commune_desk.storage.backup import _counts
    from commune_desk.storage.database import integrity_ok, open_database

    db = open_database(path, secret, create=False, migrate=False)
    try:
        if not integrity_ok(db):
            raise errors.StorageError(f"{path} failed its integrity check; restore a backup first")
        return _counts(db)
    finally:
        db.dispose()


def _rekey_in_place(path: Path, old_key: str, new_key: str) -> None:
    from commune_desk.storage.database import cipher_connect, quote_key

    conn = cipher_connect(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {quote_key(new_key)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _verify_switch(path: Path, old_secret: str, new_secret: str, before: dict) -> None:
    from commune_desk.storage.database import open_database

    if _counts_of(path, new_secret) != before:
        raise errors.StorageError("after the change the database does not hold the same records")
    try:
        open_database(path, old_secret, create=False, migrate=False).dispose()
    except errors.WrongPassword:
        return
    raise errors.StorageError("the old password still opens the database")


def _opened_key(path: Path, secret: str) -> tuple[str, Path | None]:
    from commune_desk.storage.database import open_database

    db = open_database(path, secret, create=False, migrate=False)
    try:
        return db.secret, db.key_file
    finally:
        db.dispose()


def change_password(db_path: os.PathLike | str, current: str, new: str) -> str | None:
    """Re-key the database so that `new` opens it and `current` no longer does; all records kept (verified).

    With a key file, the database gets a fresh random key; a recovery key that existed is replaced by a new
    one, returned here to be shown once (None otherwise).
    """
    path = Path(db_path).absolute()
    check_new_password(new)
    if new == current:
        raise ValidationFailed([Problem("new password", "is the same as the current one")])
    if protection(path).mode == "plain":
        raise errors.NotEncrypted(f"{path} has no password yet; set one first")
    before = _counts_of(path, current)
    old_key, key_file = _opened_key(path, current)
    new_recovery = None
    if key_file is None:
        _rekey_in_place(path, old_key, new)
    else:
        had_recovery = protection(path).has_recovery_key
        new_recovery = new_recovery_key() if had_recovery else None
        raw = new_raw_key()
        pending = pending_key_file_path(path)
        write_key_file(pending, raw, new, new_recovery)  # first, so a crash mid-way still has a key that opens
        _rekey_in_place(path, old_key, raw)
        settle_key_file(path, pending)
    _verify_switch(path, current, new, before)
    log.info("database password changed for %s", path.name)
    return new_recovery


def create_recovery_key(db_path: os.PathLike | str, password: str) -> str:
    """Make a new recovery key (shown once) that opens the database besides the password; an older one stops."""
    path = Path(db_path).absolute()
    if protection(path).mode == "plain":
        raise errors.NotEncrypted(f"{path} has no password yet; set one first")
    before = _counts_of(path, password)
    key, key_file = _opened_key(path, password)
    recovery = new_recovery_key()
    if key_file is not None:
        write_key_file(key_file_path(path), key, password, recovery)
    else:  # password-keyed: move to a random key held in a new key file
        raw = new_raw_key()
        pending = pending_key_file_path(path)
        write_key_file(pending, raw, password, recovery)
        _rekey_in_place(path, key, raw)
        settle_key_file(path, pending)
    if _counts_of(path, recovery) != before or _counts_of(path, password) != before:
        raise errors.StorageError("the recovery key could not be verified")
    log.info("recovery key made for %s", path.name)
    return recovery


def _export(path: Path, source_key: str | None, dest: Path, dest_key: str) -> None:
    from commune_desk.storage.database import cipher_connect

    for leftover in (dest, Path(str(dest) + "-wal"), Path(str(dest) + "-shm")):
        secure_delete(leftover)
    conn = cipher_connect(path, source_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), dest_key))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute("DETACH DATABASE target")
    except Exception as exc:
        mapped = errors.classify(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    finally:
        conn.close()
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def _swap_in(path: Path, new_file: Path) -> None:
    """Move `new_file` over `path` atomically, then overwrite and remove the old content and its -wal/-shm."""
    from commune_desk.storage import scratch

    old_link = scratch.new_temp_name(path, ".old")   # noted first: a kill leaves nothing the next start misses
    try:
        os.link(path, old_link)  # a second name for the old content, so it can be wiped after the swap
    except OSError:
        scratch.forget(old_link)
        old_link = None
    for extra in ("-wal", "-shm"):
        secure_delete(Path(str(path) + extra))
    os.replace(new_file, path)
    fsync_dir(path.parent)
    if old_link is not None:
        secure_delete(old_link)   # now the only name of the old (plain) content: overwritten, then removed
        scratch.forget(old_link)


def encrypt_plain_database(db_path: os.PathLike | str, password: str) -> None:
    """Encrypt an unprotected database (random key in a new key file under `password`); the plain file is wiped."""
    from commune_desk.storage.database import is_plain_sqlite

    path = Path(db_path).absolute()
    check_new_password(password)
    if not path.exists() or not is_plain_sqlite(path):
        raise errors.StorageError(f"{path} is not an unprotected database")
    before = _counts_of(path, None)
    raw = new_raw_key()
    from commune_desk.storage import scratch

    tmp = scratch.new_temp_name(path, ".encrypting")
    try:
        _export(path, None, tmp, raw)
        if _counts_of(tmp, raw) != before:
            raise errors.StorageError("the encrypted copy does not hold the same records")
        write_key_file(key_file_path(path), raw, password)
        _swap_in(path, tmp)
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            secure_delete(leftover)
        scratch.forget(tmp)
    if _counts_of(path, password) != before:
        raise errors.StorageError("after encryption the database does not hold the same records")
    log.info("database encrypted: %s", path.name)


def decrypt_database(db_path: os.PathLike | str, password: str) -> None:
    """Turn an encrypted database back into an unprotected one (the user asked explicitly); key file removed."""
    path = Path(db_path).absolute()
    if protection(path).mode == "plain":
        raise errors.NotEncrypted(f"{path} is not encrypted")
    before = _counts_of(path, password)
    key, key_file = _opened_key(path, password)
    from commune_desk.storage import scratch

    tmp = scratch.new_temp_name(path, ".decrypting")
    try:
        _export(path, key, tmp, "")
        if _counts_of(tmp, None) != before:
            raise errors.StorageError("the plain copy does not hold the same records")
        _swap_in(path, tmp)
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            secure_delete(leftover)
        scratch.forget(tmp)
    if key_file is not None:
        key_file_path(path).unlink(missing_ok=True)
    log.info("database decrypted: %s", path.name)


def copy_key_file(db_path: Path, dest_db: Path) -> Path | None:
    """Put the key file of `db_path` beside `dest_db` (a backup needs it to open); None when there is none."""
    source = key_file_path(db_path)
    if not source.exists():
        return None
    return write_bytes_atomic(key_file_path(dest_db), source.read_bytes())

