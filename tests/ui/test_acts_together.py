"""The penalty form's further acts are ticked, not fined: a decision under Điều 32–33 is fined once, on its own act;
an amount stored on a further act before that rule is shown and kept as it was until the user changes it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from tests.ui.test_unchanged_save import changes, dump, view_for


def _two_act_case(repo):
    return next(r for r in repo.list() if r.outcome == "fine" and r.more_acts)


def test_a_ticked_act_is_saved_with_no_money_of_its_own(qtbot, demo_repos):
    view, repo = view_for(qtbot, demo_repos, "penalty_decision")
    single = next(
        r
        for r in repo.list()
        if r.outcome == "fine"
        and r.violation_code == "nd282_d32_k2"
        and not r.more_acts
        and r.decision_date >= date(2026, 1, 1)
    )
    dialog = view.make_dialog(single)
    qtbot.addWidget(dialog)
    acts = dialog.fields["more_acts"]
    assert not acts.amounts, "a ticked act has no money field: the decision is fined once"
    acts.boxes["nd282_d32_k1"].setChecked(True)
    dialog.save()
    assert dialog.saved is not None, {n: lbl.text() for n, lbl in dialog.errors.labels.items() if lbl.text()}
    stored = repo.get(single.id)
    assert stored.more_acts == (("nd282_d32_k1", 0),) and stored.fine == single.fine


def test_an_amount_stored_before_the_rule_is_kept_until_changed(qtbot, demo_repos, db_path):
    view, repo = view_for(qtbot, demo_repos, "penalty_decision")
    case = _two_act_case(repo)
    ((code, _zero),) = case.more_acts
    con = sqlite3.connect(db_path)  # as an earlier version stored it: money on the further act too
    with con:
        con.execute("UPDATE penalty_decision SET more_acts = ? WHERE id = ?", (f"{code}=1000000", case.id))
    con.close()
    before = dump(db_path)
    dialog = view.make_dialog(repo.get(case.id))
    qtbot.addWidget(dialog)
    acts = dialog.fields["more_acts"]
    assert acts.boxes[code].isChecked() and acts.amounts[code].value() == 1_000_000
    dialog.save()  # untouched: nothing is rewritten behind the user's back
    assert changes(before, dump(db_path)) == []
    dialog = view.make_dialog(repo.get(case.id))
    qtbot.addWidget(dialog)
    acts = dialog.fields["more_acts"]
    dialog.fields["fine"].setValue(case.fine + 100_000)  # another change: now the checks speak
    dialog.save()
    assert dialog.saved is None
    shown = " ".join(lbl.text() for lbl in dialog.errors.labels.values())
    assert "phạt một lần" in shown or "fined once" in shown, shown
    assert changes(before, dump(db_path)) == []
    acts.amounts[code].setValue(0)
    dialog.save()
    assert dialog.saved is not None
    assert repo.get(case.id).more_acts == ((code, 0),) and repo.get(case.id).fine == case.fine + 100_000


def test_unticking_drops_the_act(qtbot, demo_repos):
    view, repo = view_for(qtbot, demo_repos, "penalty_decision")
    case = _two_act_case(repo)
    dialog = view.make_dialog(case)
    qtbot.addWidget(dialog)
    ((code, _zero),) = case.more_acts
    dialog.fields["more_acts"].boxes[code].setChecked(False)
    dialog.save()
    assert dialog.saved is not None
    assert repo.get(case.id) == replace(case, more_acts=())
