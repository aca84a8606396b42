"""`keys new|import|show|export-cert`: the unit's signing key in a password-protected PKCS#12 file."""

from commune_desk.commands import add_command, add_group


def _new(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.services.packages.signing_keys import create_identity, describe, save_p12

    password = read_password_file(args.password_file)
    identity = create_identity(args.name, args.unit_code, key_type=args.key_type)
    path = save_p12(args.out, identity, password)
    ctx.print(f"key file written: {path}")
    for line in describe(identity.cert).lines():
        ctx.print(line)
    return 0


def _show(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.services.packages.signing_keys import describe, load_p12

    identity = load_p12(args.key, read_password_file(args.password_file), require_valid=False)
    info = describe(identity.cert)
    for line in _with_binding(info.lines(), identity):
        ctx.print(line)
    if info.status != "valid":
        ctx.err.write(f"commune-desk: warning: the certificate is {info.status}; it cannot sign packages\n")
    return 0


def _with_binding(lines: list[str], identity) -> list[str]:
    if not identity.unit_code:
        return lines
    return [f"unit code:    {identity.unit_code} (bound at import: the certificate carries none)"
            if line.startswith("unit code:") else line for line in lines]


def _import(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.services.packages.key_import import import_provider_key
    from commune_desk.services.packages.signing_keys import describe

    report = import_provider_key(args.file, read_password_file(args.password_file), args.out,
                                 unit_code=args.unit_code)
    ctx.print(f"key file written: {args.out}")
    for line in _with_binding(describe(report.identity.cert).lines(), report.identity):
        ctx.print(line)
    ctx.print(f"unit code {report.unit_code}: {report.code_source}")
    if report.chain_note:
        ctx.print(f"chain:        {report.chain_note} (valid now)")
    for note in report.notes:
        ctx.print(f"note: {note}")
    return 0


def _export(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.services.packages.signing_keys import describe, export_cert, load_p12

    identity = load_p12(args.key, read_password_file(args.password_file), require_valid=False)
    path = export_cert(identity.cert, args.out, args.format)
    ctx.print(f"certificate written: {path}")
    ctx.print(f"SHA-256: {describe(identity.cert).fingerprint}")
    return 0


def register(sub, common) -> None:
    group = add_group(sub, common, "keys", "the unit's signing key and certificate")
    p = add_command(group, common, "new", "create a key pair and self-signed certificate", _new)
    p.add_argument("--out", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--name", required=True, help="the unit's official name (certificate CN)")
    p.add_argument("--unit-code", required=True, help="the unit code (certificate serialNumber)")
    p.add_argument("--key-type", choices=("ec", "rsa"), default="ec", help="EC P-256 (default) or RSA-2048")
    p = add_command(group, common, "import", "check a provider's .p12/.pfx and make it the unit's key file", _import)
    p.add_argument("file", metavar="FILE.p12")
    p.add_argument("--password-file", required=True, metavar="F", help="the file's password (also protects --out)")
    p.add_argument("--unit-code", metavar="CODE", help="the unit, when the certificate carries no unit code")
    p.add_argument("--out", required=True, metavar="K.p12")
    p = add_command(group, common, "show", "show subject, validity and fingerprint", _show)
    p.add_argument("key", metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p = add_command(group, common, "export-cert", "export the certificate for the trust list", _export)
    p.add_argument("key", metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--out", required=True, metavar="C.pem", help=".pem (PEM) or .cer (DER)")
    p.add_argument("--format", choices=("pem", "der"), help="override the format the file name implies")
