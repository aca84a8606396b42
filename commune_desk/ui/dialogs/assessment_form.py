"""The healthy-commune form's notices: the default criteria are not official, a self-assessment is not a
recognition (only a recorded decision is)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from commune_desk.domain.healthy_commune import is_default_set

NOTICE_STYLE = "background: #e7f1ff; color: #084298; padding: 4px;"


def attach_assessment_notice(dialog, catalogues) -> QLabel:
    """A notice above the fields of `dialog` (a RecordDialog of healthy_commune_assessment)."""
    lines = []
    if is_default_set(catalogues):
        lines.append(QCoreApplication.translate(
            "AssessmentForm", "Default criteria of CommuneDesk, not the official criteria: replace them with the "
            "criteria, points and result categories of the superior office's plan when it has them."))
    lines.append(QCoreApplication.translate(
        "AssessmentForm", "This is the commune's self-assessment. It counts as recognised only once the recognition "
        "decision (number, date, issuer) is recorded below."))
    label = QLabel("\n".join(lines))
    label.setObjectName("assessmentNotice")
    label.setWordWrap(True)
    label.setStyleSheet(NOTICE_STYLE)
    layout = dialog.layout()
    layout.insertWidget(layout.indexOf(dialog.warning) + 1, label)
    return label
