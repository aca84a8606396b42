"""Plan import dialog: plan workbooks on removable drives (or a chosen file), preview problems or diff, import."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QStackedWidget, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from commune_desk.services.protection.removable import Volume, find_workbooks, removable_volumes
from commune_desk.ui.operations import run_in_background
from commune_desk.ui.dialogs.plan_import_texts import problem_columns  # noqa: F401 - re-exported for callers
from commune_desk.ui.problems import problem_text
from commune_desk.ui.fit import open_size

_DIFF_COLOURS = {"+": "#1b5e20", "-": "#b71c1c", "~": "#8a5a00"}


def mounted_volumes() -> list[Volume]:
    """Every ready, mounted volume as QStorageInfo sees it (removable or not: removable_volumes decides)."""
    out = []
    for info in QStorageInfo.mountedVolumes():
        if not info.isValid() or not info.isReady():
            continue
        device = bytes(info.device()).decode("utf-8", "replace")
        out.append(Volume(info.rootPath(), device, info.displayName() or info.name()))
    return out


class PlanImportDialog(QDialog):
    """`service`: the plan use cases of the open database (app_services.PlanService); `profiles`: its ProfileRepository (the unit the warnings speak of); `volumes`:
    returns the removable drives (tests give a folder of their own)."""

    imported = Signal(object)        # StoreResult

    def __init__(self, service, *, profiles, volumes: Callable[[], list[Volume]] | None = None,
                 confirm: Callable[[str], bool] | None = None, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._confirm = confirm or self._ask_replace_signed
        self.lost = ""                   # what importing this file would lose (a plan signed by the office)
        self.setWindowTitle(self.tr("Import the plan from the superior office"))
        open_size(self, 1080, 680)      # never more than the screen has
        self._service, self._profiles = service, profiles
        self._volumes = volumes or (lambda: removable_volumes(mounted_volumes()))
        self._op = None
        self.path: Path | None = None
        self.preview = None

        intro = QLabel(self.tr("Plug in the USB stick with the plan workbook (.xlsx), pick the workbook, check "
                               "what it changes, then import. Nothing changes in your data before you press Import."))
        intro.setWordWrap(True)
        self.drives = QTreeWidget()
        self.drives.setObjectName("planSources")
        self.drives.setHeaderLabels([self.tr("Removable drives and plan workbooks")])
        self.drives.itemSelectionChanged.connect(self._picked)
        self.refresh_button = QPushButton(self.tr("Look for drives again"))
        self.refresh_button.clicked.connect(self.scan)
        self.browse_button = QPushButton(self.tr("Choose a file…"))
        self.browse_button.clicked.connect(self.browse)
        left = QVBoxLayout()
        left.addWidget(self.drives, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.browse_button)
        left.addLayout(buttons)

        self.file_label = QLabel(self.tr("No workbook chosen."))
        self.file_label.setObjectName("planFile")
        self.file_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.signature = QLabel()
        self.signature.setObjectName("planSignature")
        self.signature.setWordWrap(True)
        self.signature_check = None
        # A valid plan that may still be the wrong one (another year, province or issuer, replacing the plan in
        # force): each reason in amber, and Import only once the officer ticks that they read them.
        self.warnings = QLabel()
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")
        self.warnings.setVisible(False)
        self.warned = QCheckBox(self.tr("I have read these warnings and still want to import this plan"))
        self.warned.setObjectName("planWarned")
        self.warned.setVisible(False)
        self.warned.toggled.connect(lambda _on: self._allow_import())
        self.warning_list: list = []
        self.problems = QTableWidget(0, 5)
        self.problems.setObjectName("planProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                                 self.tr("Expected"), self.tr("Found")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().setVisible(False)
        header = self.problems.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.diff = QListWidget()
        self.diff.setObjectName("planDiff")
        self.diff.setWordWrap(True)
        self.details = QStackedWidget()
        self.details.addWidget(self.diff)
        self.details.addWidget(self.problems)
        right = QVBoxLayout()
        right.addWidget(self.file_label)
        right.addWidget(self.signature)
        right.addWidget(self.summary)
        right.addWidget(self.warnings)
        right.addWidget(self.warned)
        right.addWidget(self.details, 1)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.box = QDialogButtonBox()
        self.close_button = self.box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button = self.box.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.box.accepted.connect(self.run_import)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.box)
        self.scan()

    # ---- sources ------------------------------------------------------------------------------------------
    def scan(self) -> None:
        """List the removable drives and the workbooks on them (bounded search)."""
        self.drives.clear()
        volumes = self._volumes()
        if not volumes:
            item = QTreeWidgetItem([self.tr("No removable drive found. Plug in the USB stick, or choose a file.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drives.addTopLevelItem(item)
            return
        for volume in volumes:
            label = f"{volume.name} ({volume.root})" if volume.name and volume.name != volume.root else volume.root
            top = QTreeWidgetItem([label])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            files = find_workbooks(volume.root)
            for path in files:
                child = QTreeWidgetItem([str(Path(path).relative_to(volume.root))])
                child.setData(0, Qt.ItemDataRole.UserRole, str(path))
                child.setToolTip(0, str(path))
                top.addChild(child)
            if not files:
                none = QTreeWidgetItem([self.tr("no .xlsx workbook on this drive")])
                none.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(none)
            self.drives.addTopLevelItem(top)
            top.setExpanded(True)

    def workbook_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.drives.topLevelItemCount()):
            top = self.drives.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount()) if top.child(j).data(0, Qt.ItemDataRole.UserRole)]
        return out

    def _picked(self) -> None:
        items = self.drives.selectedItems()
        path = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        if path:
            self.choose(path)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the plan workbook"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.choose(path)

    # ---- preview and import (off the UI thread) ----------------------------------------------------------
    def choose(self, path) -> None:
        """Read and check `path` in the background, then show its problems or its diff."""
        self.path = Path(path)
        self.preview = None
        self.signature_check = None
        self.signature.setText("")
        self.import_button.setEnabled(False)
        self.show_warnings([])
        self.file_label.setText(self.tr("Workbook: %1").replace("%1", str(self.path)))
        self.summary.setText(self.tr("Checking the workbook…"))
        self.diff.clear()
        self.problems.setRowCount(0)
        service, chosen = self._service, self.path
        self.lost = ""

        def job(progress, cancelled):
            check, result = service.check_signature(chosen), service.preview(chosen)
            lost = service.signed_plan_lost(result.plan, check) if result.plan is not None else ""
            return check, result, lost

        self._op = run_in_background(job, on_success=lambda found: self._previewed(chosen, *found),
                                     on_failure=lambda exc, tb: self._failed(chosen, exc), parent=self)

    def signature_text(self, check) -> str:
        """The signature verdict in the interface language (docs/loop.md: the four verdicts)."""
        from commune_desk.domain.loop import PLAN_OTHER, PLAN_REGISTERED, PLAN_UNSIGNED

        short = check.fingerprint[:16]
        if check.status == PLAN_REGISTERED:
            return self.tr("Signature: signed by registered office (%1; SHA-256 %2…)").replace(
                "%1", check.signer).replace("%2", short)
        if check.status == PLAN_UNSIGNED:
            return self.tr("Signature: unsigned — no .p7s signature file beside the workbook. You may still import "
                           "it; it is recorded as unsigned.")
        if check.status == PLAN_OTHER:
            return self.tr("Signature: signed by someone else: %1 (SHA-256 %2…), not the registered superior "
                           "office. You may still import it; it is recorded with the signer.").replace(
                "%1", check.signer).replace("%2", short)
        return self.tr("Signature: tampered — the signature does not match the workbook (%1). The plan is "
                       "refused.").replace("%1", check.reason)

    def _previewed(self, path: Path, check, result, lost: str = "") -> None:
        from commune_desk.domain.loop import PLAN_REGISTERED, PLAN_TAMPERED

        if path != self.path:
            return                      # the user picked another file meanwhile
        self.signature_check = check
        self.lost = lost
        colour = {PLAN_REGISTERED: "#1b5e20", PLAN_TAMPERED: "#b71c1c"}.get(check.status, "#8a5a00")
        self.signature.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.signature.setText(self.signature_text(check))
        if check.status == PLAN_TAMPERED:
            self.preview = None
            self.summary.setText(self.tr("This plan is refused: it was changed after it was signed, or the "
                                         "signature is forged. Nothing was changed."))
            return
        self.preview = result
        if result.problems:
            self._show_problems(result.problems)
            self.summary.setText(self.tr("This workbook cannot be imported: problems found: %1. Nothing was "
                                         "changed. Send the list below to the superior office.")
                                 .replace("%1", str(len(result.problems))))
            return
        plan = result.plan
        self.details.setCurrentWidget(self.diff)
        self.diff.clear()
        for line in result.diff:
            item = QListWidgetItem(self.diff_text(line))
            item.setToolTip(line)
            item.setForeground(QBrush(QColor(_DIFF_COLOURS.get(line[:1], "#202020"))))
            self.diff.addItem(item)
        head = self.tr("Plan %1, version %2, year %3: %4").replace("%1", plan.plan_id).replace(
            "%2", str(plan.version)).replace("%3", str(plan.year)).replace("%4", plan.title)
        if result.unchanged:
            self.summary.setText(head + "\n" + self.tr("This version is already imported; nothing to do."))
        elif result.current is None:
            self.summary.setText(head + "\n" + self.tr("New plan: no plan is in force for that year yet."))
        else:
            self.summary.setText(head + "\n" + self.tr("Changes against version %1 in force:")
                                 .replace("%1", str(result.current.version))
                                 + ("\n" + self.tr("Warning: this plan is not signed by the registered superior "
                                                   "office and would replace the plan that is. Importing it "
                                                   "asks for your confirmation.") if lost else ""))
        if not result.unchanged:
            self.show_warnings(self._warnings(result))
            self.import_button.setEnabled(True)
            self._allow_import()

    def _warnings(self, result) -> list:
        from commune_desk.services.plans.plan_warnings import import_warnings
        # and the codes of stored records the plan's catalogues leave out (plan_catalogue_use)
        return import_warnings(result.plan, result.current, self._profiles.get(), self._today()) + list(
            result.catalogue_use)

    def show_warnings(self, warnings) -> None:
        """Each warning on its own line in amber; with any, Import waits for the tick box."""
        self.warning_list = list(warnings)
        lines = [self.tr("Check before importing:")] + ["• " + problem_text(w) for w in self.warning_list]
        self.warnings.setText("\n".join(lines) if self.warning_list else "")
        self.warnings.setVisible(bool(self.warning_list))
        self.warned.setChecked(False)
        self.warned.setVisible(bool(self.warning_list))

    def _allow_import(self) -> None:
        ready = self.preview is not None and self.preview.ok and not self.preview.unchanged
        self.import_button.setEnabled(ready and (not self.warning_list or self.warned.isChecked()))

    def diff_text(self, line: str) -> str:
        """A diff line of domain.plans.diff_plans in the interface language (unknown shapes stay as they are)."""
        line = line.replace(" -> ", " → ")
        m = re.match(r"^\+ new plan (\S+) version (\d+) \((\d+) targets, (\d+) deadlines\)$", line)
        if m:
            text = self.tr("+ new plan %1 version %2 (%3 targets, %4 deadlines)")
            for i in range(4, 0, -1):
                text = text.replace(f"%{i}", m.group(i))
            return text
        m = re.match(r"^~ target ([^.:]+)\.(\w+): (.*)$", line)
        if m:
            fields = {"text": self.tr("wording"), "indicator": self.tr("indicator"),
                      "comparison": self.tr("comparison"), "value": self.tr("target value"), "unit": self.tr("unit"),
                      "period_scope": self.tr("period"), "section": self.tr("section")}
            code, name, change = m.groups()
            return "~ " + self.tr("target %1, %2: %3").replace("%1", code).replace(
                "%2", fields.get(name, name)).replace("%3", change)
        m = re.match(r"^([+~-]) (target|deadline|catalogue|settings\.)(.*)$", line)
        if not m:
            return line
        sign, kind, rest = m.groups()
        words = {("+", "target"): self.tr("new target"), ("-", "target"): self.tr("target removed"),
                 ("+", "deadline"): self.tr("new deadline"), ("-", "deadline"): self.tr("deadline removed"),
                 ("+", "catalogue"): self.tr("catalogue entry added"),
                 ("-", "catalogue"): self.tr("catalogue entry removed"),
                 ("~", "catalogue"): self.tr("catalogue entry changed"), ("~", "settings."): self.tr("settings:")}
        word = words.get((sign, kind), kind)
        field, colon, change = rest.partition(":")
        if kind == "settings." and colon:           # the field by its name, its code beside it
            from commune_desk.ui.dialogs.plan_import_texts import column_text

            rest = f"{column_text(field.strip())}:{change}"
        return f"{sign} {word} {rest.strip()}"

    def _failed(self, path: Path, exc: BaseException) -> None:
        from commune_desk.domain.errors import ExpectedError, Problem

        if not isinstance(exc, ExpectedError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        if path != self.path:
            return
        self.preview = None
        self.import_button.setEnabled(False)
        template = getattr(exc, "template", None)
        problems = getattr(exc, "problems", None) or [
            Problem(Path(path).name, template or str(exc), args=dict(exc.params) if template else {})]
        self._show_problems(problems)
        self.summary.setText(self.tr("This file cannot be read as a plan workbook. Nothing was changed."))

    def _show_problems(self, problems) -> None:
        self.details.setCurrentWidget(self.problems)
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            for col, text in enumerate(problem_columns(problem)):
                self.problems.setItem(row, col, QTableWidgetItem(text))
        self.problems.resizeRowsToContents()

    def run_import(self) -> None:
        if self.preview is None or not self.preview.ok or self.preview.unchanged or self.path is None:
            return
        if self.warning_list and not self.warned.isChecked():
            return                      # the warnings were not acknowledged
        accept = bool(self.lost)
        if accept and not self._confirm(self.lost):
            return                      # the signed plan stays in force
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        service, path = self._service, self.path
        # The tick box under the amber warnings is the officer's confirmation of a replacement or a mismatch.
        confirmed = bool(self.warning_list) and self.warned.isChecked()
        self._op = run_in_background(lambda progress, cancelled: service.import_signed(
            path, accept_unsigned=accept, replace=confirmed, accept_mismatch=confirmed),
                                     on_success=self._imported,
                                     on_failure=lambda exc, tb: self._failed(path, exc), parent=self)

    def _ask_replace_signed(self, lost: str) -> bool:
        """Yes only when the officer confirms, with what is lost in front of them (No is the default)."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("This plan is not signed by the registered superior office, and it would replace the plan "
                       "in force that is signed by it:\n\n%1\n\nImport it anyway?").replace("%1", lost)
        answer = QMessageBox.warning(self, self.tr("Replace a signed plan?"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _imported(self, result) -> None:
        self.imported.emit(result)
        self.accept()

    def wait(self, timeout: float = 30) -> bool:
        """Block until the running preview or import ended (tests); its callbacks still need the event loop."""
        return self._op is None or self._op.wait(timeout)
