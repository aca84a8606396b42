"""The guard's refusals are Vietnamese in the Vietnamese window, place included ("mục 'xl/workbook.xml'"), not a
Vietnamese sentence around an English "entry … has a DOCTYPE declaration"."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QCoreApplication

from commune_desk.services import safe_input


def _workbook(tmp_path, name, change):
    import openpyxl

    good, path = tmp_path / "good.xlsx", tmp_path / name
    openpyxl.Workbook().save(good)
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, change(info.filename, zin.read(info)))
        if name == "bomb.xlsx":
            zout.writestr("xl/media/pad.bin", b"\0" * (45 << 20))
        if name == "slip.xlsx":
            zout.writestr("../evil.xml", b"<a/>")
    return path


def _dtd(filename, data):
    if filename != "xl/workbook.xml":
        return data
    return b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data[data.index(b"<workbook") :]


CASES = {
    "dtd.xlsx": (_dtd, "dtd.xlsx, mục 'xl/workbook.xml': có khai báo DOCTYPE (không cho phép thực thể)"),
    "bomb.xlsx": (lambda f, d: d, "bomb.xlsx, mục 'xl/media/pad.bin': giải nén ra 47,185,920 byte"),
    "slip.xlsx": (lambda f, d: d, "slip.xlsx, mục '../evil.xml': trỏ ra ngoài tệp nén ('..')"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_guard_refusals_are_vietnamese_with_their_place(name, tmp_path, vietnamese):
    change, expected = CASES[name]
    path = _workbook(tmp_path, name, change)
    with pytest.raises(safe_input.UnsafeInput) as info:
        safe_input.check_workbook(path, safe_input.PLAN)
    shown = info.value.text(QCoreApplication.translate)
    assert shown.startswith(expected), shown
    assert "entry" not in shown and "has a" not in shown
