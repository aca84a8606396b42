"""Fixtures for the package tests: one signing identity per session, packages built into tmp_path."""

from __future__ import annotations

import pytest

from .helpers import UNIT_CODE, UNIT_NAME, make_content


@pytest.fixture(scope="session")
def identity():
    from commune_desk.services.packages.signing_keys import create_identity

    return create_identity(UNIT_NAME, UNIT_CODE)


@pytest.fixture(scope="session")
def other_identity():
    from commune_desk.services.packages.signing_keys import create_identity

    return create_identity("Ủy ban nhân dân xã Khác", UNIT_CODE)


@pytest.fixture
def built(identity, tmp_path):
    from commune_desk.services.packages.package import build_package

    return build_package(make_content(), identity, tmp_path / "usb")
