"""The penalty form's live help: act labels with their article, legal basis filled from the entry, the bracket
for this violator, the commune's competence, and the values a record had before the NĐ 282/2025 migration.

Nothing here changes a stored value by itself: the legal basis is filled only when the user picks an act, the fine
only when it is empty and the outcome is a fine; a migrated record's old values are shown, never rewritten.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from commune_desk.domain import penalty_law as law
from commune_desk.ui.language import fmt_int

HINT_STYLE = "background: #e7f1ff; color: #084298; padding: 4px;"
REVIEW_STYLE = "background: #fff3cd; color: #664d03; padding: 6px;"


def act_label(entry) -> str:
    """"Đ32 k1 · Mua dâm (NĐ 282/2025/NĐ-CP)" for a catalogue entry of violation_types."""
    e = law.ViolationEntry.of(entry)
    ref = e.short_reference()
    decree = f" ({'NĐ ' if e.decree[:1].isdigit() else ''}{e.decree})" if e.decree else ""
    return f"{ref} · {e.label}{decree}" if ref else f"{e.label}{decree}"


def more_act_choices(catalogues, current=()) -> list[tuple[str, str]]:
    """Acts that may join another in one decision (Điều 32–33), plus any the record already holds."""
    keep = set(current)
    out = []
    for cat_entry in catalogues["violation_types"].entries:
        e = law.ViolationEntry.of(cat_entry)
        if (e.active and e.article in law.MULTI_ACT_ARTICLES and not e.criminal) or e.code in keep:
            out.append((e.code, act_label(cat_entry)))
    return out


def legacy_text(rec) -> str:
    """The values before the NĐ 282/2025 migration, in words (empty when the record was made afterwards)."""
    if not getattr(rec, "legacy", ""):
        return ""
    try:
        old = json.loads(rec.legacy)
    except ValueError:
        return rec.legacy
    measures = ", ".join(old.get("additional_measures") or []) or "—"
    return (QCoreApplication.translate("PenaltyForm", "Before the NĐ 282/2025 catalogue: %1 (code %2), %3 %4, fine %5 đồng, measures %6")
            .replace("%1", str(old.get("label", ""))).replace("%2", str(old.get("violation_code", "")))
            .replace("%3", str(old.get("article", ""))).replace("%4", str(old.get("decree", "")))
            .replace("%5", fmt_int(int(old.get("fine") or 0))).replace("%6", measures))


class PenaltyFormRules:
    """Attached to a RecordDialog of penalty_decision: hints that follow the act, violator and outcome chosen."""

    def __init__(self, dialog, catalogues) -> None:
        self.dialog = dialog
        self.cats = catalogues
        f = dialog.fields
        self.hint = QLabel()
        self.hint.setObjectName("penaltyHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.review = QLabel()
        self.review.setObjectName("reviewBanner")
        self.review.setWordWrap(True)
        self.review.setStyleSheet(REVIEW_STYLE)
        rec = dialog._record
        texts = []
        if rec is not None and rec.review:
            texts.append(QCoreApplication.translate("PenaltyForm", "Needs review (cần rà soát): %1").replace("%1", rec.review))
        if rec is not None and rec.legacy:
            texts.append(legacy_text(rec))
        self.review.setText("\n".join(texts))
        self.review.setVisible(bool(texts))
        layout = dialog.layout()
        index = layout.indexOf(dialog.warning) + 1
        layout.insertWidget(index, self.review)
        layout.insertWidget(index + 1, self.hint)
        f["violation_code"].currentIndexChanged.connect(lambda *_a: self.act_chosen())
        for name in ("violation_code", "violator_kind", "outcome"):
            f[name].currentIndexChanged.connect(lambda *_a: self.refresh())
        self._lock_basis()
        self.refresh()

    def _entry(self) -> law.ViolationEntry | None:
        return law.entry(self.cats, self.dialog.fields["violation_code"].value())

    def _lock_basis(self) -> None:
        """Decree and article come from a checked entry: read-only then; typed by hand for an unchecked one."""
        e = self._entry()
        fixed = e is not None and bool(e.reference())
        for name in ("decree", "article"):
            self.dialog.fields[name].setReadOnly(fixed)

    def act_chosen(self) -> None:
        """The user picked an act: its decree and article, and the bracket's low end when a fine is still empty."""
        e = self._entry()
        f = self.dialog.fields
        if e is not None:
            if e.decree:
                f["decree"].setText(e.decree)
            if e.reference():
                f["article"].setText(e.reference())
            bracket = e.bracket(f["violator_kind"].value() or "individual")
            if bracket and f["outcome"].value() == "fine" and not f["fine"].value():
                f["fine"].setValue(bracket[0])
        self._lock_basis()

    def refresh(self) -> None:
        e = self._entry()
        f = self.dialog.fields
        kind = f["violator_kind"].value() or "individual"
        if e is None:
            self.hint.setVisible(False)
            return
        lines = []
        bracket = e.bracket(kind)
        if e.criminal:
            lines.append(QCoreApplication.translate("PenaltyForm", "A crime: the commune does not fine it; record it as referred to the police or "
                            "investigators."))
        elif bracket is None:
            lines.append(QCoreApplication.translate("PenaltyForm", "%1: amounts not checked against the decree; type the article and the fine from the "
                            "decision.").replace("%1", e.decree))
        else:
            lines.append(QCoreApplication.translate("PenaltyForm", "Fine for this violator: %1–%2 đồng%3.").replace("%1", fmt_int(bracket[0]))
                         .replace("%2", fmt_int(bracket[1]))
                         .replace("%3", QCoreApplication.translate("PenaltyForm", " (doubled for an organisation)") if kind == "organisation" else "")
                         + (" " + QCoreApplication.translate("PenaltyForm", "A warning is possible.") if e.warning_allowed else ""))
            limits = law.competence(self.cats)
            if limits is not None and e.within_commune(kind, limits) is False:
                lines.append(QCoreApplication.translate("PenaltyForm", "Beyond the commune's competence (up to %1 đồng): record it as transferred to the "
                                "competent level.").replace("%1", fmt_int(limits.limit(kind))))
        f["fine"].setToolTip(lines[0])
        self.hint.setText("\n".join(lines))
        self.hint.setVisible(True)
