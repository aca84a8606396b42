"""The single way to open a CommuneDesk database: pragmas, encryption key, schema check and migrations."""

from __future__ import annotations

import logging
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from commune_desk.domain.text import natural_key
from commune_desk.paths import backup_dir_for
from commune_desk.storage import errors, schema

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Pages kept in memory per connection, in KiB when negative: 64 MiB holds the narrow indexes a list at 100,000
# records scans (the default 2 MiB re-reads, and under SQLCipher re-decrypts, every page of every scan).
CACHE_SIZE = -65536
# A raw 256-bit SQLCipher key (`x'…'`, 64 hex digits): used as is, no password KDF (see storage/keys.py).
RAW_KEY_RE = re.compile(r"x'[0-9a-fA-F]{64}'")
# The SQL name of domain.text.natural_key on every connection: `order_by(func.vi_natural(column))`.
NATURAL_SQL = "vi_natural"


def is_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _url(path: Path, secret: str | None) -> str:
    if secret is None:
        return f"sqlite+pysqlite:///{path}"
    # SQLCipher: the key travels in the URL's password part, URL-encoded (non-ASCII works).
    return f"sqlite+pysqlcipher://:{quote(secret, safe='')}@/{path}"


def _make_engine(path: Path, secret: str | None, *, immediate: bool) -> Engine:
    engine = create_engine(_url(path, secret), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Take transaction control away from the driver so BEGIN is ours (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        if secret is not None:
            cur.execute("PRAGMA cipher_log_level = NONE")
            # Sorts and temporary tables stay in memory: no temporary file to reason about (docs/security.md).
            cur.execute("PRAGMA temp_store = MEMORY")
        # Deleted rows are overwritten with zeros, so an erased identity does not linger in free pages.
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL, not NORMAL: NORMAL can lose the last commits on power loss (toolchain.md).
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        cur.close()
        # ORDER BY vi_natural(name): lists sorted in SQL put "Thôn 2" before "Thôn 10", as Python sorts do. Only
        # queries use it (no index, view or trigger does), so other tools still open the file.
        dbapi_connection.create_function(NATURAL_SQL, 1, natural_key, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock at BEGIN, so read-then-write (audit chain) cannot interleave.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Database:
    """An open database: a read engine, a write engine (BEGIN IMMEDIATE) and their session factories."""

    path: Path
    encrypted: bool
    read_engine: Engine
    write_engine: Engine
    _secret: str | None = field(default=None, repr=False)
    backup_made: Path | None = None
    key_file: Path | None = None  # the `<db>.keys.json` whose wrapped key opened this database, if any

    def __post_init__(self) -> None:
        self._joined = threading.local()
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (deferred BEGIN; WAL lets it run beside a writer)."""
        joined = self._joined_session()
        if joined is not None:  # inside one_transaction(): see what it wrote so far
            yield joined
            return
        with self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def _joined_session(self) -> Session | None:
        return getattr(self._joined, "session", None)

    @contextmanager
    def one_transaction(self) -> Iterator[Session]:
        """Every read() and write() of this thread inside the block joins one write transaction: all of it is
        committed at the end, or none of it (a kill, an error). Used where several use cases must be one
        (demo --force: clear and fill; a records import: check and write)."""
        if self._joined_session() is not None:
            yield self._joined_session()
            return
        with self.write() as session:
            self._joined.session = session
            try:
                yield session
            finally:
                self._joined.session = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: commits on success, rolls back on any exception, maps environment errors."""
        joined = self._joined_session()
        if joined is not None:  # a savepoint inside one_transaction(): its failure undoes only its part
            with joined.begin_nested():
                yield joined
            return
        with self._write_sessions() as session:
            try:
                yield session
                session.commit()
            except DatabaseError as exc:  # OperationalError (full, locked, read-only) and CORRUPT/NOTADB
                session.rollback()
                mapped = errors.classify(exc)
                if mapped is not None:
                    raise mapped from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def connect_raw(self) -> PoolProxiedConnection:
        """A raw DBAPI connection with the key and pragmas applied (for backup/VACUUM INTO); close it after use."""
        return self.write_engine.raw_connection()

    def same_key_url(self, other: Path) -> str:
        return _url(other, self._secret)

    @property
    def secret(self) -> str | None:
        return self._secret

    def dispose(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()


def read_revision(engine: Engine) -> str | None:
    """The stored Alembic revision, read with one query (no Alembic import)."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            names = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar()
            if names:
                raise errors.NotADatabase("the file is a database, but not a CommuneDesk database")
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _check_key(path: Path, secret: str | None) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    plain = is_plain_sqlite(path)
    if plain and secret is not None:
        raise errors.NotEncrypted(f"{path} is not encrypted; open it without a password")
    if not plain and secret is None:
        raise errors.PasswordRequired(f"{path} is encrypted (or not a database); a password is needed")


def _upgrade(db: Database, current: str | None) -> None:
    # Imported only when an upgrade is needed: Alembic and Mako cost start-up time.
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with db.write_engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    log.info("database %s migrated from %s to %s", db.path, current, schema.HEAD)


def backup_before_migration(db: Database, current: str) -> Path:
    from commune_desk.storage.backup import write_backup

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backup_dir_for(db.path) / f"{db.path.stem}.before-{schema.HEAD}-from-{current}-{stamp}.db"
    return write_backup(db, dest, verify=False)


def cipher_connect(path: os.PathLike | str, key: str | None):
    """A raw SQLCipher DBAPI connection (autocommit) keyed with `key` (None: a plain file); for re-keying/export.

    Only storage/keys.py uses it; close it after use.
    """
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    cur = conn.cursor()
    if key is not None:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = {quote_key(key)}")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.close()
    return conn


def quote_key(key: str) -> str:
    """A key as a PRAGMA key/rekey operand (double-quoted like SQLAlchemy's pysqlcipher dialect does)."""
    return '"' + key.replace('"', '""') + '"'


def _candidate_keys(path: Path, secret: str | None) -> list[tuple[str | None, Path | None]]:
    """SQLCipher keys to try for `secret`: unwrapped from the key file (and a pending one), then the passphrase."""
    if secret is None or RAW_KEY_RE.fullmatch(secret):
        return [(secret, None)]
    from commune_desk.storage import keys

    out: list[tuple[str | None, Path | None]] = []
    for key_file in (keys.key_file_path(path), keys.pending_key_file_path(path)):
        if key_file.exists():
            raw = keys.unwrap_key_file(key_file, secret)
            if raw is not None:
                out.append((raw, key_file))
    out.append((secret, None))  # a database keyed directly with the password (no key file)
    return out


def open_database(
    path: os.PathLike | str,
    secret: str | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    allow_older: bool = False,
) -> Database:
    """Open (and create or migrate) the database at `path`; every other module goes through here.

    `migrate=False, allow_older=True` opens an older schema as it is, for inspection only.
    `secret` is the password (or the recovery key); when a key file `<db>.keys.json` lies beside the database,
    it unwraps the database key from there, else it keys SQLCipher directly.
    Raises PasswordRequired / WrongPassword / NotEncrypted / SchemaTooNew / NotADatabase / DatabaseUnavailable.
    """
    path = Path(path).expanduser().absolute()
    try:
        exists = path.exists()
        if exists and not path.is_file():
            raise errors.NotADatabase(f"{path} is a folder or a device, not a database file")
        if not exists:
            if not create:
                raise errors.DatabaseUnavailable(f"{path} does not exist")
            path.parent.mkdir(parents=True, exist_ok=True)
            # Created private (0600) before SQLite opens it; its -wal and -shm files take the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:  # a path under a file, a read-only or vanished medium, no permission
        from commune_desk.storage.files import describe_os_error

        raise errors.DatabaseUnavailable(f"cannot create the database {path}: {describe_os_error(exc)}") from exc
    _check_key(path, secret)
    candidates = _candidate_keys(path, secret)
    for index, (key, key_file) in enumerate(candidates):
        try:
            db = _open_with_key(path, key, key_file, migrate=migrate, allow_older=allow_older)
        except errors.WrongPassword:
            if index + 1 < len(candidates):
                continue
            raise
        if key_file is not None:
            from commune_desk.storage import keys

            db.key_file = keys.settle_key_file(path, key_file)
        return db
    raise AssertionError("unreachable")  # pragma: no cover


def _open_with_key(
    path: Path, secret: str | None, key_file: Path | None, *, migrate: bool, allow_older: bool
) -> Database:
    read_engine = _make_engine(path, secret, immediate=False)
    write_engine = _make_engine(path, secret, immediate=True)
    db = Database(path, secret is not None, read_engine, write_engine, secret, key_file=key_file)
    try:
        current = read_revision(read_engine)
    except DatabaseError as exc:
        db.dispose()
        if errors.sqlite_code(exc) == errors.SQLITE_NOTADB:
            if secret is not None:
                raise errors.WrongPassword("the password does not open this database") from exc
            raise errors.NotADatabase(f"{path} is not a database") from exc
        mapped = errors.classify(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    except errors.StorageError:
        db.dispose()
        raise
    if current is not None and current not in schema.REVISIONS:
        db.dispose()
        raise errors.SchemaTooNew(
            f"{path} was written by a newer CommuneDesk (schema {current}); update the application"
        )
    if current != schema.HEAD:
        if not migrate and allow_older:
            return db  # read-only inspection (backup preview): an older schema is fine as it is
        if not migrate:
            db.dispose()
            raise errors.NeedsUpgrade(f"{path} needs a schema upgrade from {current} to {schema.HEAD}")
        if current is not None:
            db.backup_made = backup_before_migration(db, current)
        _upgrade(db, current)
    return db


def integrity_ok(db: Database) -> bool:
    with db.read_engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
