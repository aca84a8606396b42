"""The rotating log file: written where paths.log_dir() says, never holding passwords or personal data."""

from __future__ import annotations

import logging
import os

import pytest

from commune_desk.logging_setup import redact, setup_logging, teardown_logging

from .helpers import PASSWORD, SENSITIVE, leaks


@pytest.fixture
def log_file(tmp_path):
    path = setup_logging(logging.DEBUG, folder=tmp_path / "logs", max_bytes=4000, backup_count=2)
    yield path
    teardown_logging()


@pytest.mark.parametrize("text, hidden", [
    (f"password={PASSWORD}", PASSWORD),
    (f'{{"title": "{SENSITIVE}", "participants": 3}}', "Bí Mật"),
    (f"full_name='{SENSITIVE}' saved", "Nguyễn"),
    ("sqlite+pysqlcipher://:p%40ss@/x.db", "p%40ss"),
    ("PRAGMA key = \"x'" + "ab" * 32 + "'\"", "abab"),
    ("so CCCD 079123456789 va dien thoai 0912 345 678", "079123456789"),
    ("recovery GN5Z-SFQT-RZUH-XMV7-RJDX-UJK4", "GN5Z"),
    ("[SQL: INSERT INTO t VALUES (?)]\n[parameters: ('Nguyễn Thị',)]", "Nguyễn"),
])
def test_redact_masks_known_shapes(text, hidden):
    assert hidden not in redact(text)


def test_redact_keeps_harmless_text():
    text = "backup written to 2 folder(s): commune.exit-20261120-170000.db, 1.350 rows, 12,5%"
    assert redact(text) == text


def test_log_file_is_private_and_holds_events_not_contents(log_file):
    log = logging.getLogger("commune_desk.test")
    log.info("record saved: %s", {"title": SENSITIVE, "note": SENSITIVE, "id": 7})
    log.warning("sign-in failed with password=%s", PASSWORD)
    try:
        raise ValueError(f"bad row: name={SENSITIVE!r}")
    except ValueError:
        log.exception("import failed")
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT ... [parameters: (%r,)]", SENSITIVE)
    logging.shutdown()
    text = log_file.read_text(encoding="utf-8")
    assert "record saved" in text and "import failed" in text and "ValueError" in text
    assert PASSWORD not in text and leaks(log_file) == []
    if os.name != "nt":
        assert (log_file.stat().st_mode & 0o077) == 0


def test_log_rotates(log_file):
    for i in range(400):
        logging.getLogger("commune_desk.test").info("event number %d of a long day", i)
    logging.shutdown()
    rotated = sorted(p.name for p in log_file.parent.iterdir())
    assert rotated == ["commune_desk.log", "commune_desk.log.1", "commune_desk.log.2"]
    assert log_file.stat().st_size <= 4000


def test_setup_twice_keeps_one_handler(tmp_path):
    try:
        setup_logging(folder=tmp_path / "a")
        setup_logging(folder=tmp_path / "b")
        ours = [h for h in logging.getLogger().handlers if getattr(h, "_commune_desk_handler", False)]
        assert len(ours) == 1 and ours[0].baseFilename.endswith(os.path.join("b", "commune_desk.log"))
    finally:
        teardown_logging()


def test_default_folder_is_the_log_dir(_private_home):
    from commune_desk.paths import log_dir

    try:
        path = setup_logging()
        assert path.parent == log_dir()
    finally:
        teardown_logging()
