"""The commune's "Import receipt" dialog: receipt files on removable drives or a chosen file; result or refusal."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)
from commune_desk.ui.fit import open_size


def default_volumes():
    from commune_desk.services.protection.removable import removable_volumes
    from commune_desk.ui.dialogs.plan_import_dialog import mounted_volumes

    return removable_volumes(mounted_volumes())


class ReceiptImportDialog(QDialog):
    """`packages`: the package use cases of the commune's open database (app_services.PackageService), which
    stores the receipt; `volumes`: returns the removable drives (tests give their own)."""

    imported = Signal(object)           # the stored domain.loop.Receipt

    def __init__(self, packages, *, volumes: Callable[[], list] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a receipt from the superior office"))
        open_size(self, 760, 460)      # never more than the screen has
        self._packages = packages
        self._volumes = volumes or default_volumes
        self.receipt = None
        intro = QLabel(self.tr("The office sends a signed receipt (Bien-nhan_….zip) for each package it took in. "
                               "Its signature and the package it names are checked before anything is stored."))
        intro.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setObjectName("receiptSources")
        self.files.setHeaderLabels([self.tr("Removable drives and receipt files")])
        self.files.itemDoubleClicked.connect(lambda item, _c: self._import_item(item))
        self.rescan_button = QPushButton(self.tr("Look for drives again"))
        self.rescan_button.clicked.connect(self.scan)
        self.browse_button = QPushButton(self.tr("Choose a file…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.rescan_button)
        row.addWidget(self.browse_button)
        row.addStretch(1)
        self.result = QLabel()
        self.result.setObjectName("receiptResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = QDialogButtonBox()
        self.import_button = self.box.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.box.accepted.connect(lambda: self._import_item(self.files.currentItem()))
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.box)
        self.scan()

    def scan(self) -> None:
        from commune_desk.services.loop.receipt_desk import find_receipts

        self.files.clear()
        try:
            volumes = self._volumes()
        except OSError:
            volumes = []
        if not volumes:
            item = QTreeWidgetItem([self.tr("No removable drive found. Plug in the USB stick, or choose a file.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.files.addTopLevelItem(item)
        for volume in volumes:
            top = QTreeWidgetItem([f"{volume.name or volume.root} ({volume.root})"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            found = find_receipts(volume.root)
            for path in found:
                child = QTreeWidgetItem([str(Path(path).relative_to(volume.root))])
                child.setData(0, Qt.ItemDataRole.UserRole, str(path))
                top.addChild(child)
            if not found:
                none = QTreeWidgetItem([self.tr("no receipt file on this drive")])
                none.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(none)
            self.files.addTopLevelItem(top)
            top.setExpanded(True)

    def receipt_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.files.topLevelItemCount()):
            top = self.files.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount()) if top.child(j).data(0, Qt.ItemDataRole.UserRole)]
        return out

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the receipt file"), "",
                                              self.tr("Receipts (*.zip)"))
        if path:
            self.import_file(path)

    def _import_item(self, item) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.import_file(path)
        else:
            self._say(self.tr("Choose a receipt file first."), False)

    def import_file(self, path):
        """Check and store the receipt; shows what it acknowledges, or the reason it is refused."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.ui.language import period_name
        from commune_desk.domain.periods import Period

        try:
            receipt, new, own = self._packages.import_receipt(path)
        except ExpectedError as exc:
            self._say(self.tr("Refused: %1").replace("%1", str(exc)), False)
            return None
        status = self.tr("accepted") if receipt.status == "accepted" else self.tr("has issues")
        lines = [(self.tr("Imported") if new else self.tr("Already imported")) + ": " + self.tr(
            "receipt from %1 (signed by the registered office) for %2, revision %3: %4")
            .replace("%1", receipt.office_name).replace("%2", period_name(Period.parse(receipt.period)))
            .replace("%3", str(receipt.revision)).replace("%4", status)]
        if not own.current:
            lines.append(self.tr("Note: revision %1 has since been superseded by a newer revision.")
                         .replace("%1", str(receipt.revision)))
        lines += [f"• {c.indicator}: {c.text}" for c in receipt.comments]
        self._say("\n".join(lines), True)
        self.receipt = receipt
        self.imported.emit(receipt)
        return receipt

    def _say(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(f"color: {'#1e7e34' if ok else '#b02a37'}; font-weight: bold;")
        self.result.setText(text)
