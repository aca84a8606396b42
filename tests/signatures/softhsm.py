"""SoftHSM2 tokens for the tests: a real PKCS#11 module with keys generated on the token and CA-issued certificates.

Run as a script it sets up a demonstration folder (used for the CLI session in the issue's closing note):

    python3 -m tests.signatures.softhsm DIR     # DIR/softhsm2.conf, DIR/root.pem, DIR/inter.pem, DIR/pin.txt, …
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PIN, SO_PIN = "246810", "13579135"
CANDIDATES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
              "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")


def module_path() -> str | None:
    return next((p for p in CANDIDATES if Path(p).is_file()), None)


def available() -> bool:
    return module_path() is not None and shutil.which("softhsm2-util") is not None


@dataclass
class Softhsm:
    """One SoftHSM2 configuration (its own token folder) and the module path."""

    folder: Path
    module: str

    @property
    def conf(self) -> Path:
        return self.folder / "softhsm2.conf"

    @property
    def env(self) -> dict[str, str]:
        return {"SOFTHSM2_CONF": str(self.conf), "COMMUNE_DESK_PKCS11_LIB": self.module}

    def util(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["softhsm2-util", *args], capture_output=True, text=True, check=True,
                              env={**os.environ, **self.env}, timeout=60)

    def init_token(self, label: str, pin: str = PIN) -> None:
        self.util("--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", pin)

    def delete_token(self, label: str) -> None:
        self.util("--delete-token", "--token", label)


def make_softhsm(folder: Path) -> Softhsm:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokens").mkdir(exist_ok=True)
    (folder / "softhsm2.conf").write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    return Softhsm(folder, module_path() or "")


def generate_on_token(lib, token_label: str, ca, *, key_id: bytes, label: str, unit_code: str = "79999",
                      cn: str = "Ủy ban nhân dân xã Hòa Mỹ", rsa_key: bool = False, pin: str = PIN,
                      extra_certs=(), **cert_options):
    """A key pair made ON the token (not extractable), its certificate issued by `ca` and stored beside it."""
    from cryptography.hazmat.primitives.serialization import Encoding, load_der_public_key
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass
    from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters
    from pkcs11.util.rsa import encode_rsa_public_key

    from . import pki

    token = lib.get_token(token_label=token_label)
    with token.open(rw=True, user_pin=pin) as session:
        private = {Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False, Attribute.SIGN: True}
        if rsa_key:
            from asn1crypto import keys as akeys

            public, _ = session.generate_keypair(KeyType.RSA, 2048, store=True, label=label, id=key_id,
                                                 private_template=private)
            public_key = load_der_public_key(akeys.PublicKeyInfo({
                "algorithm": {"algorithm": "rsa"},
                "public_key": akeys.RSAPublicKey.load(encode_rsa_public_key(public))}).dump())
        else:
            params = session.create_domain_parameters(
                KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
            public, _ = params.generate_keypair(store=True, label=label, id=key_id, private_template=private)
            public_key = load_der_public_key(encode_ec_public_key(public))
        issued = pki.make_unit(ca, cn=cn, unit_code=unit_code, public_key=public_key, **cert_options)
        for cert, cert_id, cert_label in [(issued.cert, key_id, label)] + [(c, b"", "CA") for c in extra_certs]:
            session.create_object({
                Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True, Attribute.LABEL: cert_label, Attribute.ID: cert_id,
                Attribute.SUBJECT: cert.subject.public_bytes(), Attribute.VALUE: cert.public_bytes(Encoding.DER)})
    return issued


def demo(folder: Path) -> None:
    """A SoftHSM2 token 'CommuneDesk Demo' with one key for unit 79999 issued by a test CA (root + intermediate)."""
    import pkcs11
    from cryptography.hazmat.primitives.serialization import Encoding

    from . import pki

    hsm = make_softhsm(folder)
    hsm.init_token("CommuneDesk Demo")
    os.environ["SOFTHSM2_CONF"] = str(hsm.conf)
    root = pki.make_ca("Test Root CA")
    inter = pki.make_ca("Test Intermediate CA", root, path_length=0)
    lib = pkcs11.lib(hsm.module)
    unit = generate_on_token(lib, "CommuneDesk Demo", inter, key_id=b"\x01", label="Hoa My signing key",
                             extra_certs=[inter.cert])
    (folder / "root.pem").write_bytes(root.cert.public_bytes(Encoding.PEM))
    (folder / "inter.pem").write_bytes(inter.cert.public_bytes(Encoding.PEM))
    (folder / "unit.pem").write_bytes(unit.cert.public_bytes(Encoding.PEM))
    (folder / "pin.txt").write_text(PIN + "\n")
    (folder / "wrong-pin.txt").write_text("000000\n")
    (folder / "revoked.crl").write_bytes(pki.crl_pem(pki.make_crl(inter, [unit.cert])))
    print(f"export SOFTHSM2_CONF={hsm.conf}")
    print(f"module: {hsm.module}")
    print(f"token 'CommuneDesk Demo', key 'Hoa My signing key', certificate serial {unit.cert.serial_number:X}")


def removal(folder: Path) -> None:
    """Open a token, pull it out (delete it) before signing, then try to sign and to open it again.

    Runs in its own process: a SoftHSM2 whose token vanished answers every later slot listing with an error.
    """
    from commune_desk.services.packages import pkcs11_token as tok

    from . import pki

    hsm = make_softhsm(folder)
    hsm.init_token("Gone Token")
    os.environ["SOFTHSM2_CONF"] = str(hsm.conf)
    lib = tok._load(hsm.module)
    generate_on_token(lib, "Gone Token", pki.make_ca(), key_id=b"\x01", label="gone key")
    identity = tok.open_token(PIN, lib_path=hsm.module, token_label="Gone Token")
    hsm.delete_token("Gone Token")
    for step in (lambda: identity.sign_cms(b"data"),
                 lambda: tok.open_token(PIN, lib_path=hsm.module, token_label="Gone Token")):
        try:
            step()
            print("signed")
        except tok.TokenError as exc:
            print(f"{type(exc).__name__}: {exc}")
    identity.close()


if __name__ == "__main__":
    if sys.argv[1] == "--removal":
        removal(Path(sys.argv[2]).resolve())
    else:
        demo(Path(sys.argv[1]).resolve())
