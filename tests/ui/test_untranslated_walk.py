"""Item 2 of issue 18: walk every page and dialog of the Vietnamese window and fail on any visible English text,
any bare identifier (PROP_UNITS, issued_on) and any date or period written the machine's way (2026-11-20, 2026-Q4).
Codes in brackets, file names, paths and proper names are allowed (tests/ui/english.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from tests.ui.english import english_words, machine_dates, untranslated


@pytest.fixture
def walk(demo_tour):
    """The window over a copy of the demo database, built with the Vietnamese translator installed."""
    return demo_tour()


def test_every_page_is_vietnamese(walk):
    found = []
    for name, build in walk.pages():
        build()
        QApplication.processEvents()
        found += [f"{name}: {line}" for line in untranslated(walk.window)]
    assert found == [], "\n".join(found)


def test_every_dialog_is_vietnamese(walk):
    found = []
    for name, build in walk.dialogs():
        dialog = build()
        dialog.show()
        QApplication.processEvents()
        found += [f"{name}: {line}" for line in untranslated(dialog)]
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    assert found == [], "\n".join(found)


def test_every_screen_in_a_state_is_vietnamese(walk):
    """History shown, a wrong key password, a period signed and its package checked, a locked record."""
    found = []
    for name, build in walk.states():
        widget = build()
        top = walk.window if widget.window() is walk.window else widget
        top.show()
        QApplication.processEvents()
        found += [f"{name}: {line}" for line in untranslated(top)]
        if top is not walk.window:
            top.close()
            top.deleteLater()
            QApplication.processEvents()
    assert found == [], "\n".join(found)


# ---- the detector can fail ------------------------------------------------------------------------------------
def test_the_walk_sees_english_codes_and_machine_dates(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for text in (
        "Lưu báo cáo",
        "the period 2026-Q4 was signed (revision 1)",
        "Chỉ tiêu PROP_UNITS",
        "Ngày ban hành: 2026-11-20",
        "Tỷ lệ thôn có tuyên truyền (PROP_UNITS)",
        "Tệp: D:/bao-cao.xlsx",
    ):
        layout.addWidget(QLabel(text))
    dialog.show()
    lines = untranslated(dialog)
    assert len(lines) == 3, lines
    assert "signed" in lines[0] and "PROP_UNITS" in lines[1] and "2026-11-20" in lines[2]
    assert english_words("In báo cáo ra Excel, lưu vào USB") == []
    assert machine_dates("Quý IV năm 2026, ngày 20/11/2026") == []


def test_the_office_desk_is_vietnamese(qapp, vietnamese, tmp_path):
    """The receiving office's own screens (trust list, intake, completeness, comments), with a unit registered."""
    from commune_desk.app import build_areas
    from commune_desk.domain.profile import Profile
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.main_window import MainWindow
    from tests.ui.conftest import TODAY

    db = open_database(tmp_path / "office.db")
    ProfileRepository(db, "t").save(
        Profile.from_json(
            {
                "role": "office",
                "kind": "sở",
                "name": "Y tế tỉnh Mẫu",
                "unit_code": "SYT01",
                "official_name": "Sở Y tế tỉnh Mẫu",
                "place_name": "Tỉnh Mẫu",
                "issuing_body": "ỦY BAN NHÂN DÂN TỈNH MẪU\nSỞ Y TẾ",
                "signer": {"name": "Trần Thị Bình", "title": "PHÓ GIÁM ĐỐC", "authority": "KT. GIÁM ĐỐC"},
            }
        )
    )
    window = MainWindow()
    window.resize(1366, 698)
    try:
        build_areas(window, db, today=lambda: TODAY)
        window.show()
        keys = window.area_keys()
        assert len(keys) >= 3  # the office's own areas, not the commune's
        found = []
        for key in keys:
            window.show_area(key)
            QApplication.processEvents()
            found += [f"office {key}: {line}" for line in untranslated(window)]
        assert found == [], "\n".join(found)
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        db.dispose()
