"""The "Carried out by" column names the team of each record on the page, read with the page (the listing's extras
for the page's teams): the screen never lists every team, business, hotspot and model to show a name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from commune_desk.domain.records.community import Team
from commune_desk.domain.records.types import Support, TipOff
from tests.ui.conftest import TODAY


def _repo(repos, entity):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS, RecordRepository

    return RecordRepository(repos.db, "user", KINDS[entity], today=lambda: TODAY, catalogues=default_catalogues())


def _view(qtbot, repos, entity, refs):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS
    from commune_desk.storage.repos.listing import RecordListing
    from commune_desk.ui.views.record_view import RecordView

    view = RecordView(
        entity,
        _repo(repos, entity),
        RecordListing(repos.db, KINDS[entity]),
        repos.audit,
        repos.periods,
        catalogues=default_catalogues(),
        units=repos.profiles.get().residential_units,
        refs=refs,
        today=lambda: TODAY,
    )
    qtbot.addWidget(view)
    return view


def _column(view, key: str) -> list[str]:
    col = [c.key for c in view.model.columns].index(key)
    return [view.model.index(i, col).data() for i in range(view.model.rowCount())]


def test_carried_out_by_shows_each_team_name_read_with_the_page(qtbot, repos, tmp_path):
    from openpyxl import load_workbook

    teams = _repo(repos, "team")
    first = teams.add(Team("D01", "Đội công tác xã hội tình nguyện", "doi_ctxh", date(2026, 1, 5)))
    teams.add(Team("D02", "Nhóm đồng đẳng thôn Đông", "nhom_dong_dang", date(2026, 2, 1)))
    tips = _repo(repos, "tipoff")
    tips.add(TipOff(date(2026, 10, 1), "Nghi vấn môi giới ở nhà nghỉ", team_code="D01"))
    tips.add(TipOff(date(2026, 10, 2), "Phản ánh tụ tập ban đêm", team_code="D02"))
    tips.add(TipOff(date(2026, 10, 3), "Tin báo qua điện thoại"))
    asked = []

    class Asked:  # a parent source that notes every read: the list itself must make none
        def find(self, *args, **kwargs):
            asked.append("find")
            return []

        def label(self, *args):
            asked.append("label")

    view = _view(qtbot, repos, "tipoff", Asked())
    assert _column(view, "team_code") == ["", "Nhóm đồng đẳng thôn Đông", "Đội công tác xã hội tình nguyện"]

    teams.update(replace(first, name="Đội tình nguyện xã"))  # renamed in its own view; this list reloads
    view.reload()
    assert _column(view, "team_code") == ["", "Nhóm đồng đẳng thôn Đông", "Đội tình nguyện xã"]
    assert asked == []  # neither building the list nor reloading it read the forms' lists of every parent

    ws = load_workbook(view.export_to(tmp_path / "tin-bao.xlsx")).active
    header, *rows = list(ws.iter_rows(values_only=True))
    at = header.index("Carried out by")
    assert [r[at] for r in rows] == [None, "Nhóm đồng đẳng thôn Đông", "Đội tình nguyện xã"]


def test_every_list_with_a_team_names_it_on_later_pages_too(qtbot, repos):
    _repo(repos, "team").add(Team("D01", "Đội công tác xã hội tình nguyện", "doi_ctxh", date(2026, 1, 5)))
    supports = _repo(repos, "reintegration_support")
    for day in range(1, 29):
        for month in (1, 2, 3, 4, 5, 6, 7, 8):
            supports.add(Support(date(2026, month, day), "vay_von", 1, team_code="D01" if day % 2 else ""))
    view = _view(qtbot, repos, "reintegration_support", None)
    view.model.fetch_all()
    assert view.model.rowCount() == 224  # two pages of 200 and more
    names = _column(view, "team_code")
    days = [view.model.record(i).support_date.day for i in range(224)]
    assert names == ["Đội công tác xã hội tình nguyện" if d % 2 else "" for d in days]
