"""The user guide (docs/huong-dan-su-dung.md) shown in a window, screenshots included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from commune_desk.paths import project_root
from commune_desk.ui.fit import open_size

GUIDE_NAME = "huong-dan-su-dung.md"


def guide_path() -> Path:
    """The guide in the source tree or in the frozen bundle (docs/ is shipped as data)."""
    return project_root() / "docs" / GUIDE_NAME


class HelpViewer(QDialog):
    """A QTextBrowser rendering the Markdown guide; images resolve against the guide's folder."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        path = Path(path or guide_path())
        self.setWindowTitle(self.tr("CommuneDesk user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = "# " + self.tr("The user guide is missing") + "\n\n" + str(path)
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        open_size(self, 900, 700)  # never more than the screen has

    def title(self) -> str:
        """The guide's first heading (what the reader sees at the top)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                return block.text()
            block = block.next()
        return ""
