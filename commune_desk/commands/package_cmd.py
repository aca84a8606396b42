"""`package PERIOD` and `verify PACKAGE...`: the signed report package (packages issue)."""

from commune_desk.commands import add_command
from commune_desk.commands.report_cmd import add_cutoff_options
from commune_desk.domain.errors import QT_TRANSLATE_NOOP


def _package(args, ctx) -> int:
    from datetime import date

    from commune_desk.cli import UsageError, parse_period
    from commune_desk.commands.report_cmd import cutoff_of

    period = parse_period(args.period)
    if period.kind == "month":
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{period}: reports are quarterly, 6-monthly, 9-monthly or yearly"), period=args.period)
    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--date {value}: expected YYYY-MM-DD"), value=repr(args.date)) from exc
    number = (args.number or "").strip() or None
    if number is not None and not (number.isdigit() and len(number) <= 5 and int(number) > 0):
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--number {value}: expected a whole number such as 7"), value=repr(args.number))
    if args.amend is not None and not args.amend.strip():
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--amend needs the reason for the amendment"))

    from commune_desk.services.packages.period_lifecycle import sign

    db = ctx.open_db(create=False)
    identity = _identity(args, db, ctx)
    try:
        result = sign(db, period, args.out, identity, actor=ctx.actor, amend_reason=args.amend, day=day,
                      number=number, cutoff=cutoff_of(args), estimate=args.estimate, chart=ctx.chart_renderer())
    finally:
        close = getattr(identity, "close", None)
        if close is not None:
            close()                      # log out of the token
    for line in result.reconciled:
        ctx.print(f"ledger: {line}")
    ctx.print(f"package {result.period} revision {result.revision} (report {result.report_number})"
              + (" [DEMO DATA]" if result.demo else ""))
    ctx.print(f"written: {result.path}")
    ctx.print(f"SHA-256: {result.sha256}")
    if result.supersedes:
        ctx.print(f"supersedes: {result.supersedes}")
    ctx.print(f"locked: records dated {result.window[0]:%d/%m/%Y} to {result.window[1]:%d/%m/%Y}")
    ctx.print("read back and verified: the USB stick may be removed")
    return 0


UNCHECKED_SIGNER = "CHƯA KIỂM TRA NGƯỜI KÝ"


def _identity(args, db, ctx):
    """The signing identity: a key file (--key, --password-file) or a USB token (--token, --pin-file)."""
    from commune_desk.cli import UsageError, read_password_file

    if args.token:
        if args.key or args.password_file:
            raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--token signs with the USB token: leave out --key and --password-file"))
        if not args.pin_file:
            raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--token needs --pin-file F (the token's PIN on its first line)"))
        from commune_desk.services.packages.pkcs11_token import open_token
        from commune_desk.storage.profile_repo import ProfileRepository

        pin = read_password_file(args.pin_file)
        identity = open_token(pin, lib_path=args.token_lib, token_label=args.token_label, key_label=args.token_key,
                              unit_code=ProfileRepository(db, ctx.actor).get().unit_code or None)
        ctx.print(f"token {identity.token_label}: key '{identity.label}'")
        return identity
    if args.token_lib or args.token_label or args.token_key or args.pin_file:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--token-lib, --token-label, --token-key and --pin-file go with --token"))
    if not (args.key and args.password_file):
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "give --key K.p12 --password-file F, or --token --pin-file F"))
    from commune_desk.services.packages.signing_keys import load_p12

    return load_p12(args.key, read_password_file(args.password_file))


def _verify(args, ctx) -> int:
    """Each package gets its verdict (a damaged file never stops the others); without a trust list a sound
    package is not called valid: anyone can sign a package claiming a unit, so the exit is 1 unless the officer
    says --no-trust."""
    from commune_desk.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError
    from commune_desk.services.packages.package_verify import NO_TSA_NOTE, verify_package
    from commune_desk.services.packages.signing_keys import load_trust

    if args.trust and args.no_trust:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "give either --trust FILE_OR_DIR or --no-trust, not both"))
    trust = authorities = None
    if args.trust:  # unit certificates are trusted by fingerprint, CA certificates through path validation
        from commune_desk.services.packages.chain_trust import ChainTrust, split_trust

        trust, cas = split_trust(load_trust(args.trust))
        authorities = ChainTrust(cas) if cas else None
    unreadable = invalid = unchecked = False
    for package in args.packages:
        result = verify_package(package, trust=trust, authorities=authorities)
        if result.valid:
            info = result.info
            facts = (f"unit {info.get('unit_code')}, period {info.get('period')}, revision {info.get('revision')}, "
                     f"signed by {info.get('signer_name')} at {info.get('signing_time')} ({info.get('fingerprint')})")
            if trust is None and not args.no_trust:
                unchecked = True
                ctx.print(f"UNCHECKED {package}: {facts}")
                ctx.print(f"  - {UNCHECKED_SIGNER}: no trust list was given, so the signer may be anyone claiming "
                          "this unit; give --trust FILE_OR_DIR (or --no-trust to accept an unchecked signer)")
            else:
                via = f" [through the CA {info['authority']}]" if info.get("authority") else ""
                ctx.print(f"VALID    {package}: {facts}{via}"
                          + (" [--no-trust: the signer is not checked]" if trust is None else ""))
            continue
        if result.not_package:  # a wrong folder or file: bad input, one line on stderr, never "INVALID"
            from commune_desk.cli_language import refusal_lines
            from commune_desk.domain.errors import ExpectedError

            unreadable = True
            check = result.failed[-1]
            for line in refusal_lines(ExpectedError.of(check.template, **check.args), args):  # --lang vi
                ctx.err.write(f"commune-desk: {package}: {line}\n")
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
    return EXIT_USAGE if unreadable else EXIT_INVALID if invalid or unchecked else EXIT_OK


def register(sub, common) -> None:
    p = add_command(sub, common, "package", "build and sign the period's report package", _package)
    p.add_argument("period")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--key", metavar="K.p12", help="the unit's key file (or --token)")
    p.add_argument("--password-file", metavar="F")
    p.add_argument("--token", action="store_true", help="sign with the USB token (PKCS#11)")
    p.add_argument("--token-lib", metavar="PATH", help="the token's PKCS#11 module (.dll/.so; default: "
                   "COMMUNE_DESK_PKCS11_LIB or a usual install place)")
    p.add_argument("--token-label", metavar="L", help="which token, when several are plugged in")
    p.add_argument("--token-key", metavar="LABEL", help="which key on the token, when it holds several")
    p.add_argument("--pin-file", metavar="F", help="the token's PIN on the first line (never stored)")
    p.add_argument("--amend", metavar="REASON", help="issue a new revision of a signed period")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date printed on the report (default today)")
    p.add_argument("--number", metavar="N", help="document number (default: the next number of the year)")
    add_cutoff_options(p)
    p = add_command(sub, common, "verify", "verify report packages (exit 0 all valid, 1 any invalid or the "
                    "signer unchecked, 2 unreadable)", _verify)
    p.add_argument("packages", nargs="+", metavar="PACKAGE", help="package .zip files or unpacked bag folders")
    p.add_argument("--trust", metavar="FILE_OR_DIR", help="trusted signer certificates and CA "
                   "certificates (.pem/.cer or a folder)")
    p.add_argument("--no-trust", action="store_true",
                   help="accept packages without checking who signed them (exit 0 instead of 1)")
