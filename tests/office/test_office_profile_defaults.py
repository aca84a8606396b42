"""Issue 19: `profile set` for an office without `official_name` names the office itself, not "Ủy ban nhân dân …":
the same defaults as `office init` (services/office/office_init.office_profile)."""

from __future__ import annotations

import json

import pytest

from commune_desk.domain.errors import ValidationFailed
from commune_desk.domain.profile import Profile
from commune_desk.services.office.office_init import office_profile

OFFICE = {"role": "office", "name": "Sở Y tế tỉnh Thanh Hóa", "unit_code": "SYT38", "province": "Thanh Hóa"}


def test_an_office_profile_defaults_to_the_office_own_names():
    p = Profile.from_json(dict(OFFICE))
    assert (p.official_name, p.issuing_body, p.place_name, p.kind) == (
        "Sở Y tế tỉnh Thanh Hóa",
        "SỞ Y TẾ TỈNH THANH HÓA",
        "Thanh Hóa",
        "",
    )
    assert "Ủy ban" not in p.official_name + p.issuing_body
    init = office_profile("Sở Y tế tỉnh Thanh Hóa", "SYT38", province="Thanh Hóa")
    assert (p.official_name, p.issuing_body, p.place_name, p.kind) == (
        init.official_name,
        init.issuing_body,
        init.place_name,
        init.kind,
    )
    # what the officer writes still wins, and an office without a province is placed at its own name
    named = Profile.from_json(
        {**OFFICE, "official_name": "Sở Y tế", "issuing_body": "UBND TỈNH\nSỞ Y TẾ", "place_name": "TP Thanh Hóa"}
    )
    assert (named.official_name, named.issuing_body, named.place_name) == (
        "Sở Y tế",
        "UBND TỈNH\nSỞ Y TẾ",
        "TP Thanh Hóa",
    )
    assert Profile.from_json({**OFFICE, "province": ""}).place_name == "Sở Y tế tỉnh Thanh Hóa"
    # a commune keeps its defaults
    commune = Profile.from_json({"name": "Hòa Mỹ", "unit_code": "10351"})
    assert (commune.official_name, commune.place_name) == ("Ủy ban nhân dân xã Hòa Mỹ", "Xã Hòa Mỹ")


def test_a_field_that_is_not_text_is_named_not_replaced_by_a_default():
    with pytest.raises(ValidationFailed) as caught:
        Profile.from_json({**OFFICE, "official_name": 5, "receiving_office": ["x"]})
    assert {p.where for p in caught.value.problems} == {"official_name", "receiving_office"}


def test_profile_set_for_an_office_by_the_command_line(cli, tmp_path):
    db, file = tmp_path / "office.db", tmp_path / "office.json"
    file.write_text(json.dumps(OFFICE, ensure_ascii=False), encoding="utf-8")
    r = cli("profile", "set", "--file", file, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "profile saved: Sở Y tế tỉnh Thanh Hóa (SYT38)" in r.stdout
    shown = json.loads(cli("profile", "show", "--db", db).stdout)
    assert (shown["official_name"], shown["issuing_body"], shown["place_name"]) == (
        "Sở Y tế tỉnh Thanh Hóa",
        "SỞ Y TẾ TỈNH THANH HÓA",
        "Thanh Hóa",
    )
