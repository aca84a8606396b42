"""Layout checks on real widgets: which visible parts got less room than they need (drawn over each other or
clipped), and whether a row of buttons is inside its window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

TOLERANCE = 1  # pixels of rounding


def _smart_minimum(widget: QWidget, vertical: bool) -> int:
    """What a layout gives `widget` at least (Qt's qSmartMinSize): its hint, unless a minimum was set by hand."""
    pick = (lambda size: size.height()) if vertical else (lambda size: size.width())
    policy = widget.sizePolicy().verticalPolicy() if vertical else widget.sizePolicy().horizontalPolicy()
    least = 0
    if policy != QSizePolicy.Policy.Ignored:
        least = pick(widget.minimumSizeHint())
        if not policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value:
            least = max(least, pick(widget.sizeHint()))
    if pick(widget.minimumSize()) > 0:
        least = pick(widget.minimumSize())
    return min(least, pick(widget.maximumSize()))


def _needed_height(widget: QWidget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        return widget.heightForWidth(widget.width())
    return _smart_minimum(widget, vertical=True)


def _needed_width(widget: QWidget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.minimumSize().width()
    return _smart_minimum(widget, vertical=False)


def squeezed(root: QWidget) -> list[str]:
    """Visible widgets under `root` smaller than they need: a label clipped, a box drawn over its neighbour."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own parts; a header's minimum hint is not its need
        if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit):
            continue  # a line edit's clear or action icon: the line edit sizes it to its icon, below a button's hint
        name = f"{type(widget).__name__}#{widget.objectName() or '-'}"
        text = widget.text()[:50] if isinstance(widget, QLabel) else ""
        need_h, need_w = _needed_height(widget), _needed_width(widget)
        if widget.height() + TOLERANCE < need_h:
            out.append(f"{name} {text!r}: height {widget.height()} < {need_h}")
        if widget.width() + TOLERANCE < need_w:
            out.append(f"{name} {text!r}: width {widget.width()} < {need_w}")
    return out


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def visible_inside(window: QWidget, widget: QWidget) -> bool:
    """`widget` is shown and wholly inside `window`'s own area (not cut off at an edge)."""
    return widget.isVisibleTo(window) and window.rect().contains(rect_in(window, widget))
