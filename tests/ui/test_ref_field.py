"""A record form's parent field on real widgets over a real database: it reads the record's own parent and the
matches of what is typed (never every business), keeps an untouched value, refuses an unknown code under the field
and works from the keyboard alone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from commune_desk.domain.records.types import Business, Inspection
from tests.ui.conftest import TODAY

# the offscreen platform cannot raise a popup or grab the keyboard for it; the popup opens all the same
POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def areas(repos):
    from commune_desk.app_wiring import Stores
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.ui.views.record_areas import build_record_areas

    stores = Stores(repos.db, "user", today=lambda: TODAY, catalogues=default_catalogues())
    return build_record_areas(stores, today=lambda: TODAY)


def _inspections(qtbot, areas):
    from commune_desk.ui.views.record_view import RecordView

    screen = areas.build("businesses")
    qtbot.addWidget(screen)
    return next(v for v in screen.findChildren(RecordView) if v.entity == "inspection")


def _businesses(areas):
    areas.build("businesses")  # builds the repositories of its lists too
    return areas.repos["business"]


def _add_businesses(areas, n: int) -> None:
    repo = _businesses(areas)
    for i in range(1, n + 1):
        repo.add(Business(f"CS{i:03d}", f"Karaoke số {i}", "karaoke", date(2026, 1, 5), unit_code="T01"))


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _offered(field) -> list[str]:
    return [field.offered.item(i).text() for i in range(field.offered.rowCount())]


@POPUP
def test_an_edit_form_keeps_a_parent_beyond_the_first_matches(qtbot, areas, repos):
    from commune_desk.storage.repos.parent_refs import OFFERED

    _add_businesses(areas, OFFERED + 10)
    view = _inspections(qtbot, areas)
    repo = areas.repos["inspection"]
    last = f"CS{OFFERED + 10:03d}"
    before = repo.add(
        Inspection(last, date(2026, 3, 2), "Đội 178", "Không phát hiện vi phạm", "khong_vi_pham", "khong")
    )
    dialog = _shown(qtbot, view.make_dialog(before))
    field = dialog.fields["business_code"]
    assert field.edit.text() == f"{last} · Karaoke số {OFFERED + 10}"
    field.show_matches()  # what the list offers first: not this business
    assert len(_offered(field)) == OFFERED and not any(t.startswith(last) for t in _offered(field))
    field.completer.popup().hide()
    dialog.save()
    assert dialog.saved is not None
    assert repo.get(before.id) == before
    assert [e.action for e in repos.audit.entries("inspection", before.id)] == ["create"]  # no update written


@POPUP
def test_typing_folded_words_offers_the_parents_whose_code_or_name_holds_them(qtbot, areas):
    repo = _businesses(areas)
    repo.add(Business("CS01", "Karaoke Đông Phương", "karaoke", date(2026, 1, 5), unit_code="T01"))
    repo.add(Business("CS02", "Nhà nghỉ Hương Đồng", "nha_nghi", date(2026, 1, 5), unit_code="T01"))
    repo.add(Business("CS03", "Quán Hoa", "karaoke", date(2026, 1, 5), address="cạnh nhà nghỉ Sơn", unit_code="T02"))
    repo.add(Business("CS04", "NHÀ NGHỈ Sông Lam", "nha_nghi", date(2026, 1, 5), unit_code="T02"))
    view = _inspections(qtbot, areas)
    view.set_parent("CS01")
    dialog = _shown(qtbot, view.make_dialog())  # a new inspection
    field = dialog.fields["business_code"]
    field.setEnabled(True)  # the business screen fixes it; opened from elsewhere the officer picks it
    field.edit.clear()
    field.setFocus()
    qtbot.keyClicks(field.edit, "nha nghi")
    qtbot.waitUntil(field.popup_open)
    # the address of CS03 holds the words, its label does not: not offered
    assert _offered(field) == ["CS02 · Nhà nghỉ Hương Đồng", "CS04 · NHÀ NGHỈ Sông Lam"]
    qtbot.keyClick(field.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(field.completer.popup(), Qt.Key.Key_Return)
    assert field.value() == "CS04" and field.edit.text() == "CS04 · NHÀ NGHỈ Sông Lam"


@POPUP
def test_keyboard_alone_picks_a_business_and_saves(qtbot, areas):
    repo = _businesses(areas)
    repo.add(Business("CS01", "Karaoke Đông Phương", "karaoke", date(2026, 1, 5), unit_code="T01"))
    repo.add(Business("CS02", "Nhà nghỉ Hương Đồng", "nha_nghi", date(2026, 1, 5), unit_code="T01"))
    dialog = _shown(qtbot, _inspections(qtbot, areas).make_dialog())
    field = dialog.fields["business_code"]
    field.setEnabled(True)
    field.setFocus()
    qtbot.keyClicks(field.edit, "nghi")  # ("huong" would be two: "phuong" holds it)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # before the search's pause: Enter searches, one match is picked
    assert field.value() == "CS02" and not field.popup_open()
    assert dialog.saved is None and dialog.isVisible()  # that Enter did not save the form
    field.edit.clear()
    qtbot.keyClicks(field.edit, "dong")  # both: "Đông Phương", "Hương Đồng"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # several: offered, the first highlighted
    assert field.popup_open() and _offered(field) == ["CS01 · Karaoke Đông Phương", "CS02 · Nhà nghỉ Hương Đồng"]
    qtbot.keyClick(field.completer.popup(), Qt.Key.Key_Return)
    assert field.value() == "CS01" and not field.popup_open()
    field.edit.clear()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)  # ↓ in an empty field: the first businesses
    assert field.popup_open() and len(_offered(field)) == 2
    qtbot.keyClick(field.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(field.completer.popup(), Qt.Key.Key_Return)
    assert field.value() == "CS02"


def test_an_unknown_code_typed_by_hand_is_refused_under_the_field(qtbot, areas):
    repo = _businesses(areas)
    repo.add(Business("CS01", "Karaoke Đông Phương", "karaoke", date(2026, 1, 5), unit_code="T01"))
    dialog = _shown(qtbot, _inspections(qtbot, areas).make_dialog())
    for name, value in {
        "inspection_date": date(2026, 3, 2),
        "outcome_code": "khong_vi_pham",
        "handling_code": "khong",
    }.items():
        dialog._set(name, value)
    field = dialog.fields["business_code"]
    field.setEnabled(True)
    qtbot.keyClicks(field.edit, "CS99")
    dialog.save()
    assert dialog.saved is None and areas.repos["inspection"].count() == 0
    assert dialog.errors.labels["business_code"].isVisible()
    assert dialog.errors.text("business_code") == "unknown business 'CS99'"
    # the code typed exactly (not picked) names its business
    field.edit.clear()
    qtbot.keyClicks(field.edit, "cs01")
    assert field.value() == "CS01"


def test_a_new_inspection_under_a_business_shows_that_business_fixed(qtbot, areas):
    from commune_desk.storage.repos.parent_refs import OFFERED

    _add_businesses(areas, OFFERED + 5)
    view = _inspections(qtbot, areas)
    view.set_parent(f"CS{OFFERED + 5:03d}")
    dialog = _shown(qtbot, view.make_dialog())
    field = dialog.fields["business_code"]
    assert field.value() == f"CS{OFFERED + 5:03d}" and not field.isEnabled()
    assert field.edit.text() == f"CS{OFFERED + 5:03d} · Karaoke số {OFFERED + 5}"


def test_in_vietnamese_the_refusal_and_the_empty_choice_read_right(qtbot, areas, vietnamese):
    repo = _businesses(areas)
    repo.add(Business("CS01", "Karaoke Đông Phương", "karaoke", date(2026, 1, 5), unit_code="T01"))
    dialog = _shown(qtbot, _inspections(qtbot, areas).make_dialog())
    field = dialog.fields["business_code"]
    assert field.edit.placeholderText() == "— chọn —"
    field.setEnabled(True)
    qtbot.keyClicks(field.edit, "CS99")
    dialog.save()
    assert dialog.saved is None
    assert dialog.errors.text("business_code") == "không có cơ sở kinh doanh 'CS99'"
