"""`package PERIOD` and `verify PACKAGE...`: the signed report package (packages issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command


def _verify(args, ctx) -> int:
    from commune_desk.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
    from commune_desk.services.package_verify import NO_TSA_NOTE, verify_package
    from commune_desk.services.signing_keys import load_trust

    trust = load_trust(args.trust) if args.trust else None
    unreadable = invalid = False
    for package in args.packages:
        result = verify_package(package, trust=trust)
        if result.valid:
            info = result.info
            ctx.print(f"VALID    {package}: unit {info.get('unit_code')}, period {info.get('period')}, "
                      f"revision {info.get('revision')}, signed by {info.get('signer_name')} "
                      f"at {info.get('signing_time')} ({info.get('fingerprint')})"
                      + ("" if trust is not None else " [no trust list given: the signer is not checked]"))
            continue
        if result.readable:
            invalid = True
            ctx.print(f"INVALID  {package}")
        else:
            unreadable = True
            ctx.print(f"UNREADABLE {package}")
        for check in result.failed:
            where = f" [{check.file}]" if check.file else ""
            ctx.print(f"  - {check.name}{where}: {check.message}")
    if not unreadable and not invalid:
        ctx.print(f"note: {NO_TSA_NOTE}")
    return EXIT_USAGE if unreadable else EXIT_INVALID if invalid else EXIT_OK


def register(sub, common) -> None:
    p = add_command(sub, common, "package", "build and sign the period's report package", not_built)
    p.add_argument("period")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--key", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--amend", metavar="REASON", help="issue a new revision of a signed period")
    p = add_command(sub, common, "verify", "verify report packages (exit 0 all valid, 1 any invalid, "
                    "2 unreadable)", _verify)
    p.add_argument("packages", nargs="+", metavar="PACKAGE", help="package .zip files or unpacked bag folders")
    p.add_argument("--trust", metavar="FILE_OR_DIR", help="trusted signer certificates (.pem/.cer or a folder)")
