"""The penalty form as an officer meets it: competence refused with the reason, a transfer accepted, the bracket
for an organisation, and a record flagged by the migration showing why and what it held before."""

from __future__ import annotations

import shutil
from datetime import date

from tests.penalties.test_migration_0011 import FIXTURE
from tests.ui.conftest import TODAY
from tests.ui.test_record_screens import make_view


def test_beyond_competence_is_refused_and_a_transfer_is_accepted(qtbot, repos):
    view, repo = make_view(qtbot, repos, "penalty_decision")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.fields["violator_kind"].value() == "individual" and dialog.fields["outcome"].value() == "fine"
    dialog._set("number", "21/QĐ-XPHC")
    dialog._set("decision_date", date(2026, 11, 2))
    dialog._set("act_date", date(2026, 11, 1))
    dialog._set("violation_code", "nd282_d34_k4_c")
    dialog.penalty_rules.act_chosen()
    assert dialog.fields["article"].text() == "Điều 34 khoản 4 điểm c" and dialog.fields["article"].isReadOnly()
    assert dialog.fields["fine"].value() == 30_000_000                   # the bracket's low end, offered
    hint = dialog.penalty_rules.hint.text()
    assert "30,000,000–50,000,000" in hint or "30000000–50000000" in hint
    assert "Beyond the commune's competence" in hint
    dialog._set("sex", "nam")
    dialog._set("age_group_code", "31_45")
    dialog.save()
    assert dialog.saved is None and repo.count() == 0
    assert "beyond the commune's competence" in dialog.problem_text("outcome")
    assert "record the case as transferred" in dialog.problem_text("outcome")
    dialog._set("outcome", "transferred")
    dialog._set("fine", 0)
    dialog._set("number", "05/UBND-CA")
    dialog._set("transfer_to", "Công an tỉnh")
    dialog.save()
    assert dialog.saved is not None, {n: lbl.text() for n, lbl in dialog.errors.labels.items() if lbl.text()}
    stored = repo.get(dialog.saved.id)
    assert (stored.outcome, stored.total_fine, stored.transfer_to) == ("transferred", 0, "Công an tỉnh")


def test_an_organisation_sees_the_doubled_bracket(qtbot, repos):
    view, repo = make_view(qtbot, repos, "penalty_decision")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog._set("violator_kind", "organisation")
    dialog._set("violation_code", "nd282_d35_k1")
    assert "doubled for an organisation" in dialog.penalty_rules.hint.text()
    assert "40" in dialog.penalty_rules.hint.text() and "60" in dialog.penalty_rules.hint.text()


def test_a_flagged_record_says_why_and_shows_its_old_values(qtbot, tmp_path):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.database import open_database
    from commune_desk.storage.repos import KINDS, RecordRepository
    from commune_desk.ui.dialogs.record_form import RecordDialog

    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    db = open_database(path)
    try:
        repo = RecordRepository(db, "t", KINDS["penalty_decision"], today=lambda: TODAY,
                                catalogues=default_catalogues())
        rec = repo.get(8)           # "chứa mại dâm" under the old catalogue
        dialog = RecordDialog("penalty_decision", repo, catalogues=default_catalogues(), units=[], record=rec,
                              today=TODAY)
        qtbot.addWidget(dialog)
        banner = dialog.penalty_rules.review
        assert banner.isVisibleTo(dialog)
        assert "Cần rà soát" in banner.text() and "Bộ luật Hình sự Điều 327" in banner.text()
        assert "chua_mai_dam" in banner.text() and "25" in banner.text()
        assert dialog.fields["violation_code"].value() == "chua_mai_dam"     # kept, shown by its code
        dialog.save()
        assert dialog.saved is None and repo.get(8) == rec                   # nothing changed by opening it
    finally:
        db.dispose()
