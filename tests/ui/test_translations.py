"""Vietnamese is complete and really loaded: no unfinished message, the translator turns English into Vietnamese."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
import unicodedata

from PySide6.QtCore import QCoreApplication

from commune_desk.paths import translations_dir
from tests.conftest import ROOT


def _messages(lang):
    tree = ET.parse(translations_dir() / f"commune_desk_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_every_vietnamese_message_is_finished_and_nfc():
    unfinished = []
    for context, source, translation in _messages("vi"):
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            unfinished.append(f"{context}: {source}")
        elif translation.text != unicodedata.normalize("NFC", translation.text):
            unfinished.append(f"{context}: {source} (not NFC)")
    assert unfinished == []
    assert len(list(_messages("vi"))) > 100


def test_english_translation_is_the_source():
    assert all(t is not None and t.text == s for _c, s, t in _messages("en"))


def test_translator_turns_english_into_vietnamese(qapp, vietnamese):
    assert QCoreApplication.translate("MainWindow", "Home") == "Trang chủ"
    assert QCoreApplication.translate("MainWindow", "Unit profile") == "Hồ sơ đơn vị"
    from commune_desk.storage.errors import SchemaTooNew
    from commune_desk.ui.errors import explain

    title, text = explain(SchemaTooNew("x"))
    assert title == "Cơ sở dữ liệu của phiên bản mới hơn" and "phiên bản mới hơn" in text


def test_main_window_in_vietnamese(qtbot, vietnamese):
    from commune_desk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Trang chủ", "Tuyên truyền", "Tập huấn", "Cơ sở kinh doanh", "Điểm phức tạp", "Tin báo",
                     "Xử phạt", "Hỗ trợ hòa nhập", "Mô hình", "Đội, nhóm", "Xã lành mạnh", "Thôn, tổ dân phố", "Kế hoạch",
                     "Số liệu nền", "Chỉ tiêu nhập tay", "Báo cáo", "Gói báo cáo",
                     "Hồ sơ đơn vị"]
    assert window.demo_banner.text().startswith("DỮ LIỆU MẪU")


def test_translations_are_current_and_released():
    """`scripts/i18n.py check`: no string in the code missing from vi.ts, committed .qm files up to date."""
    result = subprocess.run([sys.executable, "scripts/i18n.py", "check"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
