"""Fixtures for the lifecycle tests: the demo commune's signing key and helpers to open and check packages."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest


@pytest.fixture
def identity(demo_db):
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.profile_repo import ProfileRepository

    profile = ProfileRepository(demo_db, "t").get()
    return create_identity(profile.official_name, profile.unit_code)


def report_data(package: Path) -> dict:
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.endswith("/data/report-data.json"))
        return json.loads(zf.read(name).decode("utf-8"))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def openssl_verify_package(package: Path, cert_pem: Path, work: Path) -> subprocess.CompletedProcess:
    """Unzip the package and run the stock `openssl cms -verify -binary -inform DER` over its tag manifest."""
    target = work / package.stem
    with zipfile.ZipFile(package) as zf:
        zf.extractall(target)
    bag = target / package.stem
    return subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(bag / "signature.p7s"),
                           "-content", str(bag / "tagmanifest-sha256.txt"), "-CAfile", str(cert_pem),
                           "-purpose", "any", "-out", "/dev/null"], capture_output=True, text=True, timeout=60)
