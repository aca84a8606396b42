"""`keys new|show|export-cert`: the unit's signing key in a PKCS#12 file (packages issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "keys", "the unit's signing key and certificate")
    p = add_command(group, common, "new", "create a key pair and self-signed certificate", not_built)
    p.add_argument("--out", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--name", required=True)
    p.add_argument("--unit-code", required=True)
    p = add_command(group, common, "show", "show subject, validity and fingerprint", not_built)
    p.add_argument("key", metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p = add_command(group, common, "export-cert", "export the certificate for the trust list", not_built)
    p.add_argument("key", metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--out", required=True, metavar="C.pem")
