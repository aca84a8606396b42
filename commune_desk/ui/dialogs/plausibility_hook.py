"""Adds the yellow "far outside last year's range" warning to a propaganda or training form; never blocks saving.

The form is not changed: `attach_plausibility` puts a label above its fields and calls `check(record)` whenever a
date, number or list field changes. `check` returns a `Problem` (severity warning) or None.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from commune_desk.domain.errors import PROBLEMS_CONTEXT, fill
from commune_desk.ui.language import fmt_int

from commune_desk.ui.dialogs.form_messages import WARNING_STYLE, set_soft

_SIGNALS = ("valueChanged", "dateChanged", "currentIndexChanged", "changed")


def warning_text(problem) -> str:
    template = QCoreApplication.translate(PROBLEMS_CONTEXT, problem.message)
    args = {k: fmt_int(v) if isinstance(v, int) and k != "year" else v for k, v in problem.args.items()}
    return fill(template, args)


def attach_plausibility(dialog: QDialog, check: Callable) -> QLabel:
    """Show `check(dialog.record_from_fields())` in a yellow label of `dialog`; returns the label."""
    label = QLabel(dialog)
    label.setObjectName("plausibilityWarning")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.setVisible(False)
    layout = dialog.layout()
    general = getattr(getattr(dialog, "errors", None), "general", None)
    index = layout.indexOf(general) + 1 if general is not None and layout.indexOf(general) >= 0 else 0
    layout.insertWidget(index, label)

    def refresh(*_args) -> None:
        if getattr(dialog, "locked", False):
            set_soft(label, "")
            return
        try:
            problem = check(dialog.record_from_fields())
        except (TypeError, ValueError, AttributeError):
            problem = None
        set_soft(label, warning_text(problem) if problem else "")

    for widget in dialog.findChildren(QWidget):
        for name in _SIGNALS:
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(refresh)
                break
    refresh()
    return label


def attach_for(dialog: QDialog, records, entity: str) -> QLabel | None:
    """Attach the participant check when `entity` has one; `records` (app_services.RecordService of the open
    database) makes it over last year's records. No `records` (a view built without them): no check."""
    check = records.plausibility(entity) if records is not None else None
    if check is None:
        return None
    return attach_plausibility(dialog, check)
