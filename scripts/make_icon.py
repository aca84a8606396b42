"""Draws the application icon (a report sheet with a green check on a red shield) into resources/icons.

Run `python scripts/make_icon.py` after changing the drawing; the PNG (window icon) and the multi-size ICO
(Windows executable, build.spec) are committed, so neither the app nor the build needs this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    shield = QPainterPath()
    shield.moveTo(128 * s, 8 * s)
    shield.lineTo(232 * s, 44 * s)
    shield.cubicTo(232 * s, 150 * s, 190 * s, 214 * s, 128 * s, 248 * s)
    shield.cubicTo(66 * s, 214 * s, 24 * s, 150 * s, 24 * s, 44 * s)
    shield.closeSubpath()
    p.fillPath(shield, QColor("#c62828"))
    p.setPen(QPen(QColor("#8e1b1b"), max(1.0, 6 * s)))
    p.drawPath(shield)
    sheet = QRectF(74 * s, 52 * s, 108 * s, 136 * s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(sheet, 8 * s, 8 * s)
    if size >= 32:  # text lines only where they can be seen
        p.setBrush(QColor("#9e9e9e"))
        for i in range(4):
            p.drawRect(QRectF(90 * s, (74 + i * 20) * s, (76 - (i % 2) * 20) * s, 8 * s))
    p.setPen(QPen(QColor("#2e7d32"), max(2.0, 22 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.drawPolyline([QPointF(108 * s, 162 * s), QPointF(136 * s, 190 * s), QPointF(190 * s, 126 * s)])
    p.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs one
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    if not draw(256).save(str(out / "commune_desk.png")):
        return 1
    # Qt's ICO writer stores one image per file; a Windows .ico carries several sizes: write each, join them.
    entries = []
    for size in SIZES:
        tmp = out / f".icon-{size}.png"
        draw(size).save(str(tmp), "PNG")
        entries.append((size, tmp.read_bytes()))
        tmp.unlink()
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, png in entries:  # PNG-compressed entries are valid in .ico since Windows Vista
        side = 0 if size == 256 else size
        directory += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        directory += len(png).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(png)
        blobs += png
    (out / "commune_desk.ico").write_bytes(header + directory + blobs)
    print(f"wrote {out / 'commune_desk.png'} and {out / 'commune_desk.ico'} ({len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
