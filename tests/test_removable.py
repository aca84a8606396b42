"""Removable drive detection (/sys/block layout faked in tmp_path) and the bounded workbook search."""

from __future__ import annotations

import sys

import pytest

from commune_desk.services.protection import removable as rm


@pytest.mark.parametrize("device,disk", [
    ("/dev/sdb1", "sdb"), ("/dev/sdb", "sdb"), ("/dev/nvme0n1p2", "nvme0n1"), ("/dev/nvme0n1", "nvme0n1"),
    ("/dev/mmcblk0p1", "mmcblk0"), ("/dev/vda3", "vda"),
])
def test_base_device(device, disk):
    assert rm.base_device(device) == disk


def _sys_block(tmp_path, disk, removable, usb=False):
    folder = tmp_path / "block" / disk
    folder.mkdir(parents=True)
    (folder / "removable").write_text(f"{removable}\n", encoding="ascii")
    target = tmp_path / "devices" / ("pci0/usb1/1-1" if usb else "pci0/ata1") / disk
    target.mkdir(parents=True)
    (folder / "device").symlink_to(target)
    return tmp_path / "block"


def test_linux_removable_reads_sys_block(tmp_path):
    block = _sys_block(tmp_path, "sdb", 1)
    _sys_block(tmp_path, "sda", 0)
    _sys_block(tmp_path, "sdc", 0, usb=True)          # a USB hard disk that reports removable=0
    assert rm.linux_removable("/dev/sdb1", block) is True
    assert rm.linux_removable("/dev/sda2", block) is False
    assert rm.linux_removable("/dev/sdc1", block) is True
    assert rm.linux_removable("/dev/sdz1", block) is False    # no such disk
    assert rm.linux_removable("tmpfs", block) is False        # not a device


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /sys layout")
def test_removable_volumes_keeps_flagged_and_looks_up_the_rest(monkeypatch):
    monkeypatch.setattr(rm, "linux_removable", lambda device: device == "/dev/sdb1")
    vols = [rm.Volume("/", "/dev/sda1", "root"), rm.Volume("/media/usb", "/dev/sdb1", "USB"),
            rm.Volume("/mnt/card", "", "card", removable=True)]
    assert [v.root for v in rm.removable_volumes(vols)] == ["/media/usb", "/mnt/card"]
    assert all(v.removable for v in rm.removable_volumes(vols))


def test_windows_lookup_is_inert_elsewhere():
    if sys.platform != "win32":
        assert rm.windows_removable("E:\\") is False


def test_find_workbooks_is_bounded_and_skips_noise(tmp_path):
    (tmp_path / "a" / "b" / "c" / "d").mkdir(parents=True)
    (tmp_path / "Ke hoach.xlsx").write_bytes(b"x")
    (tmp_path / "~$Ke hoach.xlsx").write_bytes(b"x")            # Office lock file
    (tmp_path / "notes.docx").write_bytes(b"x")
    (tmp_path / "a" / "b" / "plan.XLSX").write_bytes(b"x")
    (tmp_path / "a" / "b" / "c" / "d" / "too_deep.xlsx").write_bytes(b"x")
    (tmp_path / "System Volume Information").mkdir()
    (tmp_path / "System Volume Information" / "hidden.xlsx").write_bytes(b"x")
    (tmp_path / ".Trashes").mkdir()
    (tmp_path / ".Trashes" / "old.xlsx").write_bytes(b"x")
    found = rm.find_workbooks(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a/b/plan.XLSX", "Ke hoach.xlsx"]
    assert len(rm.find_workbooks(tmp_path, max_depth=0)) == 1
    for i in range(12):
        (tmp_path / f"many{i:02}.xlsx").write_bytes(b"x")
    assert len(rm.find_workbooks(tmp_path, limit=5)) == 5
    assert rm.find_workbooks(tmp_path / "missing") == []


def test_find_receipts_walks_a_drive_like_the_workbook_search(tmp_path):
    """Receipts share the bounded walk: hidden, system and trash folders skipped, links not followed, natural order."""
    from commune_desk.services.loop.receipt_desk import find_receipts

    (tmp_path / "Biên nhận" / "quý").mkdir(parents=True)
    (tmp_path / "Bien-nhan_900040_2026-Q10.zip").write_bytes(b"x")
    (tmp_path / "Bien-nhan_900040_2026-Q2.zip").write_bytes(b"x")
    (tmp_path / "Biên nhận" / "quý" / "BIEN-NHAN_900040_2026-Q3.ZIP").write_bytes(b"x")
    (tmp_path / "Bien-nhan_note.txt").write_bytes(b"x")
    (tmp_path / "$RECYCLE.BIN").mkdir()
    (tmp_path / "$RECYCLE.BIN" / "Bien-nhan_old.zip").write_bytes(b"x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "Bien-nhan_h.zip").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / ".hidden")
    found = [p.relative_to(tmp_path).as_posix() for p in find_receipts(tmp_path)]
    assert found == ["Bien-nhan_900040_2026-Q2.zip", "Bien-nhan_900040_2026-Q10.zip",
                     "Biên nhận/quý/BIEN-NHAN_900040_2026-Q3.ZIP"], found
    assert len(find_receipts(tmp_path, max_depth=0)) == 2 and len(find_receipts(tmp_path, limit=1)) == 1
