"""Protection tests: cheap scrypt for in-process key-file tests."""

import pytest


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    # Key-file wrapping uses scrypt N=2^17 in the product; 2^14 keeps the in-process tests fast.
    from commune_desk.storage import keys

    monkeypatch.setattr(keys, "SCRYPT_N", 2 ** 14)

