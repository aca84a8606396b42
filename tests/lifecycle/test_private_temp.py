"""Issue 19 item 4: signing a report writes nothing in the shared system temp folder — the report it packs, and
openpyxl's sheet files, are made in the app's private folder (storage/scratch.py) and gone afterwards."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from commune_desk.domain.periods import Period
from commune_desk.services.packages.period_lifecycle import sign
from commune_desk.storage import scratch


def test_signing_leaves_nothing_in_the_system_temp_folder(demo_db, identity, tmp_path, monkeypatch):
    system = tmp_path / "system-temp"
    system.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    made = []
    real = tempfile._sanitize_params  # every tempfile maker resolves its folder here: record where each went

    def spy(prefix, suffix, dir):
        resolved = real(prefix, suffix, dir)
        made.append(Path(resolved[2]))
        return resolved

    monkeypatch.setattr(tempfile, "_sanitize_params", spy)
    result = sign(demo_db, Period.parse("2026-Q3"), tmp_path / "usb", identity, actor="t", day=date(2026, 10, 10))

    assert result.path.is_file()
    assert list(system.iterdir()) == []  # nothing left in the system temp folder
    private = scratch.private_dir() / "t"
    assert made and all(d.is_relative_to(private) for d in made), made  # nothing was ever made there either
    assert list(private.iterdir()) == []  # and nothing left in the private one
    assert tempfile.tempdir == str(system)  # the caller's setting is given back


def test_a_file_in_the_system_temp_folder_would_be_seen(tmp_path, monkeypatch):
    """The spy above is not blind: a temporary file made the ordinary way is in the system folder."""
    system = tmp_path / "system-temp"
    system.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    with tempfile.NamedTemporaryFile(suffix=".xml", delete=False) as f:
        f.write(b"<x/>")
    assert [p.name for p in system.iterdir()] == [f.name.rsplit("/", 1)[-1]]
    with scratch.private_temp("t-") as tmp:
        inner = tempfile.NamedTemporaryFile(delete=False)
        inner.close()
        assert inner.name.startswith(str(scratch.private_dir()))
        assert tmp.parent == scratch.private_dir() / "t"
    assert not tmp.exists() and tempfile.tempdir == str(system)
