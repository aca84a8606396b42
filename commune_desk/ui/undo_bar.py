"""The thin "deleted … Undo" bar shown under a list after a deletion, shared by the list views."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def make_undo_bar(undo_text: str, on_undo) -> tuple[QWidget, QLabel, QPushButton]:
    """A hidden bar with a message label and an Undo button wired to `on_undo`."""
    label = QLabel()
    button = QPushButton(undo_text)
    button.clicked.connect(on_undo)
    bar = QWidget()
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(label, 1)
    layout.addWidget(button)
    bar.setStyleSheet("background: #e7f1ff;")
    bar.setVisible(False)
    return bar, label, button
