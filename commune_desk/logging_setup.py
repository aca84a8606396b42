"""The rotating log file (in paths.log_dir()) and the filter that keeps passwords and personal data out of it.

Policy: code logs events, ids and counts, never record contents. The filter is the safety net behind that
policy: it masks values under known sensitive keys, ID/phone-like digit runs, SQLCipher keys, and drops the
SQL parameter lines SQLAlchemy would log when its engine logger is turned up.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from commune_desk.paths import LOG_NAME

MASK = "***"
SENSITIVE_KEYS = (
    "password", "passwd", "passphrase", "secret", "recovery_key", "recovery", "key", "token", "pin",
    "name", "full_name", "ho_ten", "họ_tên", "person", "identity", "id_number", "cccd", "cmnd", "so_dinh_danh",
    "address", "dia_chi", "địa_chỉ", "phone", "dien_thoai", "birth", "birth_date", "dob", "ngay_sinh",
    "title", "note", "organiser", "before", "after", "before_json", "after_json", "content", "text",
)
_KEYS = "|".join(sorted((re.escape(k) for k in SENSITIVE_KEYS), key=len, reverse=True))
# key=value, key: value, "key": "value", 'key': 'value' (a quoted value may hold spaces; a bare one ends at , ; or })
_KEY_VALUE = re.compile(
    rf"""(?P<k>["']?\b(?:\w*_)?(?:{_KEYS})\b["']?\s*[:=]\s*)(?P<v>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;}}\])]+)""",
    re.IGNORECASE,
)
_RAW_KEY = re.compile(r"x'[0-9a-fA-F]{32,}'")
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]+@")
_DIGITS = re.compile(r"(?<!\d)(?:\d[ .]?){8,}\d(?!\d)")  # 9+ digits: CMND (9), CCCD (12), phone numbers (10)
_RECOVERY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){5}\b")
_SQL_PARAMS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)


def redact(text: str) -> str:
    """The text with sensitive values masked (idempotent)."""
    text = _SQL_PARAMS.sub("[parameters: " + MASK + "]", text)
    text = _URL_PASSWORD.sub(r"\1" + MASK + "@", text)
    text = _RAW_KEY.sub(MASK, text)
    text = _RECOVERY.sub(MASK, text)
    text = _KEY_VALUE.sub(lambda m: m.group("k") + MASK, text)
    return _DIGITS.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Masks sensitive values in every record (message, arguments, traceback) before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("sqlalchemy.engine") and record.levelno < logging.WARNING:
            return False  # SQL echo lines carry bound parameters: record contents
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the event
            message = f"{record.msg!r} (unformattable arguments)"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_HANDLER_TAG = "_commune_desk_handler"


def setup_logging(level: int = logging.INFO, *, folder: Path | None = None, max_bytes: int = 1_000_000,
                  backup_count: int = 5) -> Path:
    """Attach the rotating, redacting log file to the root logger (again: replaces the previous one).

    Returns the log file path (the crash dialog shows it).
    """
    from commune_desk.paths import log_dir

    folder = Path(folder) if folder else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_TAG, False)]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count,
                                                   encoding="utf-8", delay=True)
    setattr(handler, _HANDLER_TAG, True)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    if os.name != "nt":
        path.touch(exist_ok=True)
        os.chmod(path, 0o600)  # other accounts on a shared laptop cannot read it
    return path


def teardown_logging() -> None:
    """Detach and close the log file handler (tests, shutdown)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_TAG, False)]:
        root.removeHandler(old)
        old.close()
    logging.captureWarnings(False)
