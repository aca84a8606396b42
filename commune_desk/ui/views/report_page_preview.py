"""The report preview's page images: fitted to the pane's width by default, with zoom out / zoom in / fit width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # of the page images' own size (LibreOffice at 70 dpi)
MARGIN = 12  # pixels between a page and the pane's edges


class PagePreview(QWidget):
    """Shows page images one under the other. `zoom` None = fit the pane's width (recomputed on every resize)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QPixmap] = []
        self.labels: list[QLabel] = []
        self.zoom: float | None = None
        self.box = QWidget()
        self.box.setStyleSheet("background: #777;")
        self.box_layout = QVBoxLayout(self.box)
        self.box_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.box_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.box)
        self.scroll.viewport().installEventFilter(self)
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.out_button = QPushButton("−")
        self.in_button = QPushButton("+")
        for b, tip in ((self.out_button, self.tr("Zoom out")), (self.in_button, self.tr("Zoom in"))):
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setFixedWidth(32)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("previewZoom")
        self.fit_button.clicked.connect(lambda: self.set_zoom(None))
        self.out_button.clicked.connect(lambda: self.step(-1))
        self.in_button.clicked.connect(lambda: self.step(+1))
        bar = QHBoxLayout()
        bar.addStretch(1)
        for w in (self.zoom_label, self.out_button, self.in_button, self.fit_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._update_label()

    # ---- content ---------------------------------------------------------------------------------------------
    def set_pages(self, pages: list[QPixmap]) -> None:
        self.clear()
        self.pages = list(pages)
        for _ in self.pages:
            label = QLabel()
            label.setStyleSheet("background: white; border: 1px solid #444;")
            self.labels.append(label)
            self.box_layout.addWidget(label)
        self._layout_pages()

    def clear(self) -> None:
        while self.box_layout.count():
            item = self.box_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.pages, self.labels = [], []

    # ---- zoom ------------------------------------------------------------------------------------------------
    def set_zoom(self, zoom: float | None) -> None:
        self.zoom = zoom
        self.fit_button.setChecked(zoom is None)
        self._layout_pages()

    def step(self, direction: int) -> None:
        """One step smaller or larger than what is shown now (from "fit width" too)."""
        now = self.scale()
        if direction > 0:
            nxt = next((z for z in ZOOMS if z > now + 1e-6), ZOOMS[-1])
        else:
            nxt = next((z for z in reversed(ZOOMS) if z < now - 1e-6), ZOOMS[0])
        self.set_zoom(nxt)

    def scale(self) -> float:
        """The factor applied to the page images now: the fitted one, or the chosen zoom."""
        if self.zoom is not None or not self.pages:
            return self.zoom or 1.0
        room = self.scroll.viewport().width() - 2 * MARGIN - 2
        widest = max(p.width() for p in self.pages) or 1
        return max(0.1, room / widest)

    def _layout_pages(self) -> None:
        factor = self.scale()
        for pixmap, label in zip(self.pages, self.labels):
            width = max(1, round(pixmap.width() * factor))
            label.setPixmap(pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
            label.setFixedSize(label.pixmap().size())
        self._update_label()

    def _update_label(self) -> None:
        percent = round(self.scale() * 100)
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(percent)) if self.pages else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.zoom is None and self.pages:
            self._layout_pages()
        return super().eventFilter(watched, event)
