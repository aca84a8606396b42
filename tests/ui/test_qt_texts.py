"""Qt's own texts (standard buttons, file dialogs, context menus) are Vietnamese in the Vietnamese window, with
sources that are Qt's exact strings, and native dialogs only when they speak the interface language."""

from __future__ import annotations

import ast
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeView,
)

ROOT = Path(__file__).resolve().parents[2]
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def qm_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a compiled Qt catalogue (.qm: tagged sections, messages tagged)."""
    data = path.read_bytes()
    assert data[:16] == QM_MAGIC
    i, messages = 16, b""
    while i < len(data):
        tag, size = data[i], struct.unpack(">I", data[i + 1 : i + 5])[0]
        if tag == 0x69:
            messages = data[i + 5 : i + 5 + size]
        i += 5 + size
    out, current, j = set(), {}, 0
    while j < len(messages):
        tag = messages[j]
        j += 1
        if tag == 1:  # end of one message
            out.add((current.get(7, ""), current.get(6, "")))
            current = {}
            continue
        if tag == 5:  # obsolete tag without a body
            continue
        size = struct.unpack(">I", messages[j : j + 4])[0]
        j += 4
        if tag == 3 and size == 0xFFFFFFFF:  # an empty translation
            continue
        current[tag] = messages[j : j + size].decode("utf-16-be" if tag == 3 else "utf-8")
        j += size
    return out


def marked_qt_texts() -> list[tuple[str, str]]:
    tree = ast.parse((ROOT / "commune_desk" / "ui" / "qt_texts.py").read_text(encoding="utf-8"))
    return [
        (n.args[0].value, n.args[1].value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and getattr(n.func, "id", "") == "QT_TRANSLATE_NOOP"
        and all(isinstance(a, ast.Constant) for a in n.args)
    ]


def test_every_marked_qt_text_is_one_qt_really_asks_for():
    import PySide6

    qm = Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"
    if not qm.exists():
        pytest.skip("this PySide6 ships no qtbase catalogues")
    known = qm_sources(qm)
    marked = marked_qt_texts()
    assert len(marked) > 120
    missing = [m for m in marked if m not in known]
    assert missing == [], "not a Qt source text (a typo never matches): %s" % missing


def test_standard_buttons_are_vietnamese(qapp, vietnamese):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Close,
    )
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Có", "Hủy", "Không", "Đóng"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Open
        | QDialogButtonBox.StandardButton.Help
    )
    assert sorted(b.text() for b in buttons.buttons()) == ["Lưu", "Mở", "Trợ giúp", "Đồng ý"]
    box.deleteLater()
    buttons.deleteLater()


def test_qt_file_dialog_is_vietnamese(qtbot, vietnamese, tmp_path):
    (tmp_path / "bao-cao.xlsx").write_bytes(b"x")
    dialog = QFileDialog(None, "Xuất danh sách", str(tmp_path), "Sổ Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel) if w.text()}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    buttons = {w.text() for w in dialog.findChildren(QAbstractButton) if w.text()}
    assert {"&Lưu", "Hủy"} <= buttons
    tips = {w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()}
    assert {"Lùi", "Thư mục cha", "Tạo thư mục mới"} <= tips
    view = dialog.findChild(QTreeView, "treeView")
    columns = [view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert columns == ["Tên", "Dung lượng", "Loại", "Ngày sửa"]


def test_context_menus_of_text_fields_are_vietnamese(qtbot, vietnamese):
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        menu = widget.createStandardContextMenu()
        texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
        assert "Sao chép" in texts and "Dán" in texts and "Chọn tất cả" in texts
        assert not {"Copy", "Paste", "Select All"} & set(texts)
        menu.deleteLater()


@pytest.mark.parametrize(
    "system, lang, native",
    [("en_US", "vi", False), ("vi_VN", "vi", True), ("en_GB", "en", True), ("vi_VN", "en", False)],
)
def test_native_dialogs_only_when_they_speak_the_interface_language(system, lang, native):
    from commune_desk.ui.language import native_dialogs_speak

    assert native_dialogs_speak(lang, QLocale(system)) is native


def test_installing_a_language_sets_the_dialog_policy(qapp, vietnamese):
    from commune_desk.ui.language import native_dialogs_speak

    expected_native = native_dialogs_speak("vi")
    assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs) is not expected_native
