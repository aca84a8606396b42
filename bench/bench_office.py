"""Office: intake + aggregation of 3,321 signed packages (one per commune-level unit) against `openssl cms -verify`.

The packages are synthesised once into a cache folder under the system temp dir (keyed by CACHE_VERSION): one
certificate per unit, signed with one of a handful of keys so generation stays fast. Ours runs in a child
process so its peak memory (VmHWM) is its own; the same child first registers the trust list (not timed).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

UNITS = 3321
KEYS = 8
SAMPLE = 100
PERIOD = "2026-Q3"
CACHE_VERSION = "office-v1"
CODES = ("PROP_UNITS", "PROP_ACTIVITIES", "PROP_PARTICIPANTS", "BIZ_INSPECTED", "BIZ_COMMITMENT", "TIP_HANDLED",
         "STAFF_TRAINED", "HOTSPOT_ERADICATED", "PENALTIES", "SUPPORTED", "WORKERS_REACHED", "PEOPLE_REACHED")


def cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"commune-desk-bench-{CACHE_VERSION}"


def _cert(key, name: str, code: str, now):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                         x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.SERIAL_NUMBER, code)])
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=30))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))


def synthesise(folder: Path) -> Path:
    """Packages in folder/packages and certificates in folder/certs; reused while `complete` exists."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from commune_desk.services.packages.package import PackageContent, bag_files, deterministic_zip, package_stem
    from commune_desk.services.packages.signing_keys import export_cert

    if (folder / "complete").exists():
        return folder
    (folder / "packages").mkdir(parents=True, exist_ok=True)
    (folder / "certs").mkdir(exist_ok=True)
    rng = random.Random(9321)
    now = dt.datetime.now(dt.timezone.utc)
    keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(KEYS)]
    docx = bytes(rng.getrandbits(8) for _ in range(20_000))
    for i in range(UNITS):
        code, name = f"{10000 + i}", f"Ủy ban nhân dân xã Mẫu {i + 1}"
        key = keys[i % KEYS]
        cert = _cert(key, name, code, now)
        export_cert(cert, folder / "certs" / f"{code}.pem")
        indicators = []
        for c in CODES:
            den = rng.randint(5, 400)
            num = rng.randint(0, den)
            indicators.append({"code": c, "name": c, "numerator": num, "denominator": den,
                               "value": round(100 * num / den, 1), "unit": "%"})
        content = PackageContent(unit_name=name, unit_code=code, period=PERIOD, report_number="15/BC-UBND",
                                 audit_head="ab" * 32, indicators=indicators, payload=[("Bao-cao.docx", docx)])
        files = bag_files(content, key, cert, now=now)
        stem = package_stem(content)
        (folder / "packages" / f"{stem}.zip").write_bytes(deterministic_zip(files, stem, now.date()))
    (folder / "complete").write_text(str(UNITS))
    return folder


def _peak_kb() -> int:
    """Peak RSS of this process: VmHWM is its own, ru_maxrss can carry the parent's peak across fork/exec."""
    import resource

    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(folder: str, work: str) -> None:
    """Run in a fresh process: register the trust list, then time intake + aggregation + outputs."""
    from commune_desk.services.office.office_aggregate import aggregate, write_outputs
    from commune_desk.services.office.office_intake import cert_facts, intake_folder
    from commune_desk.services.packages.signing_keys import load_trust, unit_code_of, common_name_of
    from commune_desk.storage.database import open_database
    from commune_desk.storage.office_repo import TrustRepository

    db = open_database(Path(work) / "office.db")
    certs = load_trust(Path(folder) / "certs")
    TrustRepository(db, "bench").add_many([(cert_facts(c), unit_code_of(c), common_name_of(c)) for c in certs])
    base_rss = _peak_kb()
    t0 = time.perf_counter()
    summary = intake_folder(db, Path(folder) / "packages")
    t1 = time.perf_counter()
    agg = aggregate(db, PERIOD)
    write_outputs(db, agg, Path(work) / "out")
    t2 = time.perf_counter()
    peak = _peak_kb()
    db.dispose()
    print(json.dumps({"intake": t1 - t0, "aggregate": t2 - t1, "accepted": summary.counts["accepted"],
                      "rejected": len(summary.rejected), "base_rss_kb": base_rss, "peak_rss_kb": peak,
                      "units": len(agg.by_unit)}))


def _openssl_sample(folder: Path, tmp: Path) -> float:
    """Seconds for `openssl cms -verify` over SAMPLE signatures (extraction not timed)."""
    paths = sorted((folder / "packages").glob("*.zip"))
    step = max(1, len(paths) // SAMPLE)
    total = 0.0
    for n, path in enumerate(paths[::step][:SAMPLE]):
        code = path.name.split("_", 1)[0]
        with zipfile.ZipFile(path) as zf:
            zf.extractall(tmp / str(n))
        bag = next((tmp / str(n)).iterdir())
        cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(bag / "signature.p7s"),
               "-content", str(bag / "tagmanifest-sha256.txt"), "-CAfile", str(folder / "certs" / f"{code}.pem"),
               "-purpose", "any", "-out", os.devnull]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        total += time.perf_counter() - t0
    return total * len(paths) / min(SAMPLE, len(paths[::step]))


def run() -> list[dict]:
    folder = synthesise(cache_dir())
    with tempfile.TemporaryDirectory() as work:
        code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'bench')!r}); "
                f"import bench_office; bench_office._child({str(folder)!r}, {work!r})")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             timeout=900, cwd=ROOT)
        child = json.loads(out.stdout.strip().splitlines()[-1])
        openssl = _openssl_sample(folder, Path(work))
    if child["accepted"] != UNITS or child["rejected"]:
        raise RuntimeError(f"expected {UNITS} accepted packages, got {child}")
    total = child["intake"] + child["aggregate"]
    return [
        {"name": f"office: intake+aggregate {UNITS:,} packages", "ours": total, "baseline": openssl, "unit": "s",
         "baseline_is": f"openssl cms -verify, one process per signature: {SAMPLE} of {UNITS:,} timed, scaled "
                        f"(ours: intake {child['intake']:.1f}s incl. zip+bag+CMS+filing+ledger, aggregate+docx+"
                        f"xlsx {child['aggregate']:.1f}s)"},
        {"name": "office: peak memory during intake+aggregate", "ours": child["peak_rss_kb"] / 1024,
         "baseline": child["base_rss_kb"] / 1024, "unit": "MB",
         "baseline_is": "peak RSS of the same process before the intake (imports, database, trust list)"},
    ]


if __name__ == "__main__":  # pragma: no cover
    for row in run():
        print(row)
