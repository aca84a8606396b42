"""First-run profile setup: problems shown next to their fields, residential units edited in a table."""

from __future__ import annotations

from commune_desk.domain.profile import Profile, ResidentialUnit
from commune_desk.ui.dialogs.profile_dialog import ProfileDialog


def make_dialog(qtbot, repos, profile=None, first_run=True) -> ProfileDialog:
    dialog = ProfileDialog(repos.profiles, profile or repos.profiles.get(), first_run=first_run)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_first_run_shows_problems_inline_and_saves_nothing(qtbot, db):
    from tests.ui.conftest import make_repos

    repos = make_repos(db)
    assert not repos.profiles.get().is_set
    dialog = make_dialog(qtbot, repos)
    dialog.unit_code.setText("10 351!")
    row = dialog.add_unit_row("T01", "Thôn 1")
    dialog.add_unit_row("T01", "")
    dialog.add_unit_row()  # an empty row is ignored
    assert row == 0
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors.text("name") == "is required"
    assert dialog.errors.text("unit_code") == "is required: 1–20 letters or digits"
    units_error = dialog.errors.text("residential_units")
    assert "Row 2, Code: duplicate code 'T01'" in units_error
    assert "Row 2, Name: is required" in units_error
    assert dialog.errors.text("province") == ""
    assert not repos.profiles.get().is_set


def test_valid_profile_is_saved_with_its_units(qtbot, db):
    from tests.ui.conftest import make_repos

    repos = make_repos(db)
    dialog = make_dialog(qtbot, repos)
    dialog.kind.setCurrentIndex(dialog.kind.findData("phường"))
    dialog.name.setText("Đông Sơn")
    dialog.unit_code.setText("40123")
    dialog.province.setText("Thanh Hóa")
    dialog.receiving_office.setText("Sở Y tế tỉnh Thanh Hóa")
    dialog.signer_name.setText("Trần Thị Thu Hà")
    dialog.add_unit_row("TDP01", "Tổ dân phố 1")
    assert dialog.units.cellWidget(0, 2).currentData() == "tổ dân phố"  # default follows the unit kind
    dialog.add_unit_row("K02", "Khu phố 2", "khu phố")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    saved = repos.profiles.get()
    assert saved.is_set and dialog.saved == saved
    assert (saved.name, saved.kind, saved.unit_code, saved.place_name) == ("Đông Sơn", "phường", "40123",
                                                                            "Phường Đông Sơn")
    assert saved.official_name == "Ủy ban nhân dân phường Đông Sơn"
    assert [(u.code, u.kind) for u in saved.residential_units] == [("TDP01", "tổ dân phố"), ("K02", "khu phố")]
    assert saved.signer.name == "Trần Thị Thu Hà"


def test_editing_keeps_header_lines_and_retires_removed_units(qtbot, repos):
    before = repos.profiles.get()
    custom = Profile(**{**before.__dict__, "issuing_body": "UBND\nXÃ HÒA MỸ (sửa tay)",
                        "residential_units": before.residential_units})
    repos.profiles.save(custom)
    dialog = make_dialog(qtbot, repos, first_run=False)
    assert dialog.units.rowCount() == 3
    dialog.units.setCurrentCell(2, 0)
    dialog.remove_selected_unit()
    dialog.province.setText("Nghệ An")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    after = repos.profiles.get()
    assert after.province == "Nghệ An"
    assert after.issuing_body == "UBND\nXÃ HÒA MỸ (sửa tay)"
    assert {u.code: u.active for u in after.residential_units} == {"T01": True, "T02": True, "T03": False}
    assert isinstance(after.residential_units[0], ResidentialUnit)
