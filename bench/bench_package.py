"""Packages: build+sign one package against writing the same zip unsigned; verify one against `openssl cms -verify`."""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _content():
    from commune_desk.services.packages.package import PackageContent

    rng = __import__("random").Random(8)
    docx = bytes(rng.getrandbits(8) for _ in range(60_000))   # a report .docx is ~60 KB of deflated XML
    xlsx = bytes(rng.getrandbits(8) for _ in range(30_000))
    indicators = [{"code": f"{i // 10}.{i % 10}", "name": f"Chỉ tiêu {i}", "numerator": i, "denominator": 40,
                   "value": round(i / 40 * 100, 1), "unit": "%"} for i in range(40)]
    return PackageContent(unit_name="Ủy ban nhân dân xã Hòa Mỹ", unit_code="79999", period="2026-Q3",
                          report_number="15/BC-UBND", audit_head="ab" * 32, indicators=indicators,
                          payload=[("Báo cáo quý III.docx", docx), ("Phụ lục.xlsx", xlsx)])


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run(repeat: int = 7) -> list[dict]:
    from commune_desk.services.packages.package import bag_files, build_package
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.services.packages.signing_keys import create_identity, export_cert

    identity = create_identity("Ủy ban nhân dân xã Hòa Mỹ", "79999")
    content = _content()
    unsigned = {k: v for k, v in bag_files(content, identity.key, identity.cert).items() if k != "signature.p7s"}
    build, plain, ours_verify, openssl_verify = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        export_cert(identity.cert, tmp / "signer.pem")
        for i in range(repeat):  # interleaved so machine noise hits both alike
            out = tmp / f"run{i}"

            def write_plain(dest=tmp / f"plain{i}.zip"):
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
                    for name in sorted(unsigned):
                        zf.writestr(f"bag/{name}", unsigned[name])
                dest.write_bytes(buffer.getvalue())

            plain.append(_time(write_plain))
            built = []
            build.append(_time(lambda: built.append(build_package(content, identity, out))))  # noqa: B023 - run now
            path = built[0].path
            with zipfile.ZipFile(path) as zf:
                zf.extractall(out / "x")
            bag = next((out / "x").iterdir())
            cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(bag / "signature.p7s"),
                   "-content", str(bag / "tagmanifest-sha256.txt"), "-CAfile", str(tmp / "signer.pem"),
                   "-purpose", "any", "-out", os.devnull]
            openssl_verify.append(_time(lambda: subprocess.run(cmd, check=True, capture_output=True)))  # noqa: B023
            results = []
            ours_verify.append(_time(lambda: results.append(verify_package(path, trust=[identity.cert]))))  # noqa: B023
            if not results[0].valid:
                raise RuntimeError(f"package did not verify: {results[0].failed}")
    return [
        {"name": "package: build+sign+write+read-back verify", "ours": statistics.median(build),
         "baseline": statistics.median(plain), "unit": "s",
         "baseline_is": f"the same files zipped unsigned, plain write (median of {repeat})"},
        {"name": "package: verify one (zip, bag, CMS, trust)", "ours": statistics.median(ours_verify),
         "baseline": statistics.median(openssl_verify), "unit": "s",
         "baseline_is": f"openssl cms -verify on the unzipped signature only, incl. process start (median of {repeat})"},
    ]
