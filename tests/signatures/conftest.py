"""Fixtures for the signature tests: a real test PKI (root -> intermediate -> unit certificates), made once."""

from __future__ import annotations

import pytest

from . import pki


@pytest.fixture(scope="session")
def ca():
    """root, intermediate and a good unit certificate (unit 79999) issued by the intermediate."""
    root = pki.make_ca("Test Root CA")
    inter = pki.make_ca("Test Intermediate CA", root, path_length=0)
    unit = pki.make_unit(inter)
    return {"root": root, "inter": inter, "unit": unit}


@pytest.fixture(scope="session")
def hsm(tmp_path_factory, ca):
    """SoftHSM2 with three tokens, keys generated on them (set up before the module is first loaded):

    'Unit Token'  one EC key for unit 79999 (issued by the intermediate, which is stored on the token too);
    'Multi Token' an EC key for 79999 ('key A'), an RSA key for 79998 ('key B'), an expired key ('old key');
    """
    import os

    from commune_desk.services.packages import pkcs11_token

    from . import softhsm

    if not softhsm.available():
        if os.environ.get("CI"):
            pytest.fail("SoftHSM2 is missing: scripts/install.sh installs it (apt softhsm2)")
        pytest.skip("SoftHSM2 is not installed (bash scripts/install.sh installs it)")
    h = softhsm.make_softhsm(tmp_path_factory.mktemp("softhsm"))
    for label in ("Unit Token", "Multi Token"):
        h.init_token(label)
    os.environ["SOFTHSM2_CONF"] = str(h.conf)
    lib = pkcs11_token._load(h.module)
    inter = ca["inter"]
    keys = {
        "unit": softhsm.generate_on_token(lib, "Unit Token", inter, key_id=b"\x01", label="unit key",
                                          extra_certs=[inter.cert]),
        "a": softhsm.generate_on_token(lib, "Multi Token", inter, key_id=b"\x0a", label="key A"),
        "b": softhsm.generate_on_token(lib, "Multi Token", inter, key_id=b"\x0b", label="key B", unit_code="79998",
                                       cn="Ủy ban nhân dân phường Mẫu", rsa_key=True),
        "old": softhsm.generate_on_token(lib, "Multi Token", inter, key_id=b"\x0c", label="old key",
                                         not_before=pki.NOW - 800 * pki.DAY, not_after=pki.NOW - pki.DAY),
    }
    h.keys = keys
    return h
