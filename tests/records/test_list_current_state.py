"""A page of hotspots shows each one's current state and a page of models each one's current status: the last event
or change by date, then by entry order (same-day entries), else nothing (a hotspot) or "operating" since set-up
(a model); checked against the rows as drawn, for pages sorted by any column."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from commune_desk.ui.views.record_specs import SPECS

NOW = datetime(2026, 1, 1)
START = date(2025, 1, 1)
changes = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3), st.sampled_from(["a", "b", "c"])), max_size=14)


def _last(parents: int, drawn: list, default) -> dict:
    """parent index -> (code, day) of its last entry (by day, then by the order entered), else `default(i)`."""
    out = {i: default(i) for i in range(parents)}
    for _entered, (parent, offset, code) in sorted(enumerate(drawn), key=lambda e: (e[1][1], e[0])):
        out[parent] = (code, START + timedelta(days=offset))
    return {i: v for i, v in out.items() if v is not None}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=changes, sort=st.sampled_from([c.key for c in SPECS["hotspot"].columns]), descending=st.booleans())
def test_a_hotspot_page_shows_each_one_s_last_event(db, drawn, sort, descending):
    with db.write() as s:
        s.execute(delete(m.HotspotEventRow))
        s.execute(delete(m.HotspotRow))
        s.execute(
            insert(m.HotspotRow),
            [
                {"id": i + 1, "code": f"D{i}", "location": f"Nơi {i}", "created_at": NOW, "updated_at": NOW}
                for i in range(5)
            ],
        )
        for parent, offset, code in drawn:  # one statement each: ids follow the order entered
            s.execute(
                insert(m.HotspotEventRow).values(
                    hotspot_id=parent + 1, kind_code=code, event_date=START + timedelta(days=offset)
                )
            )
    _records, extras = RecordListing(db, KINDS["hotspot"]).page(ListFilter(), limit=3, sort=sort, descending=descending)
    expected = {i + 1: v for i, v in _last(5, drawn, lambda i: None).items()}
    assert {k: v for k, v in extras.items()} == {i: v for i, v in expected.items() if i in {r.id for r in _records}}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=changes, sort=st.sampled_from([c.key for c in SPECS["community_model"].columns]), descending=st.booleans())
def test_a_model_page_shows_each_one_s_last_status(db, drawn, sort, descending):
    set_up = {i: date(2024, 1 + i, 1) for i in range(5)}
    with db.write() as s:
        s.execute(delete(mc.ModelStatusRow))
        s.execute(delete(mc.CommunityModelRow))
        s.execute(
            insert(mc.CommunityModelRow),
            [
                {
                    "id": i + 1,
                    "code": f"MH{i}",
                    "name": f"Mô hình {i}",
                    "kind_code": "clb",
                    "set_up_date": set_up[i],
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i in range(5)
            ],
        )
        for parent, offset, code in drawn:
            s.execute(
                insert(mc.ModelStatusRow).values(
                    model_id=parent + 1,
                    status=code,
                    created_at=NOW,
                    updated_at=NOW,
                    status_date=START + timedelta(days=offset),
                )
            )
    records, extras = RecordListing(db, KINDS["community_model"]).page(
        ListFilter(), limit=3, sort=sort, descending=descending
    )
    expected = {i + 1: v for i, v in _last(5, drawn, lambda i: ("operating", set_up[i])).items()}
    assert len(records) == 3
    assert extras == {r.id: expected[r.id] for r in records}
