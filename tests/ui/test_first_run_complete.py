"""Item 5 of issue 18: the first run ends complete or says what is missing. Signer, receiving office and a
residential unit are required unless the officer ticks "complete later", which leaves a reminder on the home
until they are filled in; a new residential-unit row takes the cursor."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commune_desk.domain.profile import Profile, ResidentialUnit, Signer, missing_for_reports
from tests.ui.conftest import TODAY, make_repos
from tests.ui.test_profile_dialog import make_dialog


def _save(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def _unit_only(dialog) -> None:
    dialog.name.setText("Hòa Mỹ")
    dialog.unit_code.setText("10351")


def test_the_first_run_names_what_reports_need_and_saves_nothing(qtbot, db, vietnamese):
    repos = make_repos(db)
    dialog = make_dialog(qtbot, repos)
    _unit_only(dialog)
    _save(dialog)
    assert dialog.isVisible() and not repos.profiles.get().is_set
    for field in ("signer.name", "receiving_office", "residential_units"):
        assert "bổ sung sau" in dialog.errors.text(field).lower(), field
    assert dialog.later.isVisible()
    dialog.signer_name.setText("Trần Thị Thu Hà")
    dialog.receiving_office.setText("Sở Y tế tỉnh Thanh Hóa")
    dialog.add_unit_row("T01", "Thôn 1")
    _save(dialog)
    assert not dialog.isVisible() and missing_for_reports(repos.profiles.get()) == ()


def test_complete_later_saves_and_the_home_reminds_until_done(qtbot, db, vietnamese):
    from commune_desk.services.targets.home_figures import from_database
    from commune_desk.ui.views.home_view import HomeView

    repos = make_repos(db)
    dialog = make_dialog(qtbot, repos)
    _unit_only(dialog)
    dialog.later.setChecked(True)
    _save(dialog)
    saved = repos.profiles.get()
    assert not dialog.isVisible() and saved.is_set
    home = HomeView(lambda: from_database(db, TODAY))
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    text = home.reminder.text.text()
    assert home.reminder.isVisible()
    assert "người ký" in text and "cơ quan nhận" in text and "thôn" in text
    with qtbot.waitSignal(home.areaRequested, timeout=1000) as asked:
        home.reminder.button.click()
    assert asked.args == ["profile"]
    # the signer and the office filled in later: only the units are still asked for
    repos.profiles.save(
        Profile.from_json(
            {**saved.to_json(), "signer": {"name": "Trần Thị Thu Hà"}, "receiving_office": "Sở Y tế tỉnh Thanh Hóa"}
        )
    )
    home.refresh()
    assert home.reminder.isVisible() and "người ký" not in home.reminder.text.text()
    repos.profiles.save(
        Profile.from_json({**repos.profiles.get().to_json(), "residential_units": [{"code": "T01", "name": "Thôn 1"}]})
    )
    home.refresh()
    assert not home.reminder.isVisible()


def test_editing_later_and_the_office_role_are_not_held_up(qtbot, db):
    repos = make_repos(db)
    dialog = make_dialog(qtbot, repos, first_run=False)
    _unit_only(dialog)
    assert not dialog.later.isVisible()
    _save(dialog)
    assert not dialog.isVisible() and repos.profiles.get().is_set  # the home reminds instead
    office = make_dialog(qtbot, make_repos(db), first_run=True)
    office.role.setCurrentIndex(office.role.findData("office"))
    _unit_only(office)
    _save(office)
    assert not office.isVisible()


def test_a_new_residential_unit_row_takes_the_cursor(qtbot, db):
    dialog = make_dialog(qtbot, make_repos(db))
    qtbot.waitExposed(dialog)
    dialog.add_unit_button.click()
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not None and dialog.isAncestorOf(editor)
    qtbot.keyClicks(editor, "T07")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert dialog.units.item(dialog.units.rowCount() - 1, 0).text() == "T07"


names = st.sampled_from(["", " ", "Trần Thị Thu Hà"])


@given(
    signer=names, office=names, units=st.lists(st.booleans(), max_size=3), role=st.sampled_from(["commune", "office"])
)
def test_missing_is_exactly_what_is_empty(signer, office, units, role):
    profile = Profile(
        role=role,
        name="Hòa Mỹ",
        unit_code="10351",
        signer=Signer(name=signer),
        receiving_office=office,
        residential_units=tuple(ResidentialUnit(f"T{i}", f"Thôn {i}", active=a) for i, a in enumerate(units)),
    )
    missing = missing_for_reports(profile)
    if role == "office":
        assert missing == ()
        return
    assert ("signer.name" in missing) == (not signer.strip())
    assert ("receiving_office" in missing) == (not office.strip())
    assert ("residential_units" in missing) == (not any(units))
