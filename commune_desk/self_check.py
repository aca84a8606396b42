"""`--self-check` (frozen or not): every moving part of an install, tried on a temporary database, step by step."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path


def _step(name: str, detail: str = "") -> None:
    print(f"self-check: {name} ok" + (f" ({detail})" if detail else ""), flush=True)


def _font_and_translations(lang: str):
    from commune_desk.app import make_application
    from commune_desk.paths import translations_dir

    app = make_application(lang)
    if app._commune_desk_translator is None and lang != "en":
        raise RuntimeError(f"translations for {lang!r} not found in {translations_dir()}")
    _step("translations", lang)
    _step("font", app.font().family())
    return app


def _window(app, db) -> None:
    from commune_desk.app import build_areas
    from commune_desk.ui.main_window import MainWindow

    window = MainWindow()
    areas = build_areas(window, db)
    window.show()
    for key in ("home", "propaganda", "profile"):
        window.show_area(key)
        app.processEvents()
    pixmap = window.grab()
    window.close()
    del areas
    if pixmap.isNull() or pixmap.width() <= 0:
        raise RuntimeError("the main window did not render")
    _step("main window rendered offscreen", f"{pixmap.width()}×{pixmap.height()}")


def _report_and_package(db, folder: Path) -> None:
    """Demo data, a temporary signing key, the quarterly report signed into a package, then verified."""
    from commune_desk.domain.periods import Period
    from commune_desk.render.charts import targets_chart_png  # the app made in _font_and_translations draws
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.services.packages.period_lifecycle import sign
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.profile_repo import ProfileRepository

    year = date.today().year
    create_demo(db, year=year, seed=1, force=False, actor="self-check")
    profile = ProfileRepository(db, "self-check").get()
    identity = create_identity(profile.official_name or profile.name, profile.unit_code)
    _step("temporary signing key", profile.unit_code)
    period = Period.parse(f"{year}-Q1")
    result = sign(db, period, folder / "out", identity, actor="self-check", day=date(year, 4, 5),
                  chart=targets_chart_png)
    _step("report and package", f"{result.path.name}, {result.path.stat().st_size:,} bytes")
    verified = verify_package(result.path, trust=[identity.cert])
    if not verified.valid:
        raise RuntimeError("package verification failed: " + "; ".join(
            f"{c.name}: {c.text()}" for c in verified.failed))
    print(f"self-check: package verified ({len(verified.checks)} checks passed)", flush=True)


def _certificate_authority() -> None:
    """A throwaway CA and unit certificate: the chain validates (pyhanko-certvalidator bundled), the PKCS#11
    binding imports (a token itself is not needed here)."""
    import datetime as dt

    import pkcs11  # noqa: F401 - the binding must be in the build for `package --token`
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from commune_desk.services.packages.chain_trust import Authority, ChainTrust

    now = dt.datetime.now(dt.timezone.utc)

    def issue(subject, issuer, key, issuer_key, ca):
        usage = x509.KeyUsage(digital_signature=not ca, content_commitment=False, key_encipherment=False,
                              data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                              encipher_only=False, decipher_only=False)
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=1))
                .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
                .add_extension(usage, critical=True).sign(issuer_key, hashes.SHA256()))

    ca_key, unit_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Self-check CA")])
    unit_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Self-check unit"),
                           x509.NameAttribute(NameOID.SERIAL_NUMBER, "00000")])
    ca = issue(ca_name, ca_name, ca_key, ca_key, True)
    verdict = ChainTrust([Authority(ca)]).verdict(issue(unit_name, ca_name, unit_key, ca_key, False), [], "00000", now)
    if not verdict.ok:
        raise RuntimeError(f"certificate chain validation failed: {verdict.reason}")
    _step("certificate authority chain validated")


def run(args) -> int:
    """0 when migrations, translations, font, window, report, package and its verification all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from commune_desk.ui.language import DEFAULT_LANGUAGE

    lang = getattr(args, "lang", None) or DEFAULT_LANGUAGE
    try:
        app = _font_and_translations(lang)
        from commune_desk.storage.database import integrity_ok, open_database

        with tempfile.TemporaryDirectory(prefix="commune-desk-check-") as tmp:
            db = open_database(Path(tmp) / "self-check.db")
            try:
                _step("database opened and migrated")
                _window(app, db)
                _report_and_package(db, Path(tmp))
                _certificate_authority()
                if not integrity_ok(db):
                    raise RuntimeError("integrity check failed")
                _step("integrity check")
            finally:
                db.dispose()
    except Exception as exc:  # the self-check reports every failure instead of crashing
        print(f"self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("self-check ok", flush=True)
    return 0
