"""`package PERIOD` and `verify PACKAGE...`: the signed report package (packages issue)."""

from commune_desk.commands import add_command


def _package(args, ctx) -> int:
    from datetime import date

    from commune_desk.cli import UsageError, read_password_file
    from commune_desk.domain.periods import Period, PeriodError

    try:
        period = Period.parse(args.period)
    except PeriodError as exc:
        raise UsageError(str(exc)) from exc
    if period.kind == "month":
        raise UsageError(f"{args.period}: reports are quarterly, 6-monthly, 9-monthly or yearly")
    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError as exc:
        raise UsageError(f"--date {args.date!r}: expected YYYY-MM-DD") from exc
    number = (args.number or "").strip() or None
    if number is not None and not (number.isdigit() and len(number) <= 5 and int(number) > 0):
        raise UsageError(f"--number {args.number!r}: expected a whole number such as 7")
    if args.amend is not None and not args.amend.strip():
        raise UsageError("--amend needs the reason for the amendment")

    from commune_desk.services.period_lifecycle import sign
    from commune_desk.services.signing_keys import load_p12

    identity = load_p12(args.key, read_password_file(args.password_file))
    result = sign(ctx.open_db(create=False), period, args.out, identity, actor=ctx.actor,
                  amend_reason=args.amend, day=day, number=number)
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


def _verify(args, ctx) -> int:
    """Each package gets its verdict (a damaged file never stops the others); without a trust list a sound
    package is not called valid: anyone can sign a package claiming a unit, so the exit is 1 unless the officer
    says --no-trust."""
    from commune_desk.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError
    from commune_desk.services.package_verify import NO_TSA_NOTE, verify_package
    from commune_desk.services.signing_keys import load_trust

    if args.trust and args.no_trust:
        raise UsageError("give either --trust FILE_OR_DIR or --no-trust, not both")
    trust = load_trust(args.trust) if args.trust else None
    unreadable = invalid = unchecked = False
    for package in args.packages:
        result = verify_package(package, trust=trust)
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
                ctx.print(f"VALID    {package}: {facts}"
                          + (" [--no-trust: the signer is not checked]" if trust is None else ""))
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
    p.add_argument("--key", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--amend", metavar="REASON", help="issue a new revision of a signed period")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date printed on the report (default today)")
    p.add_argument("--number", metavar="N", help="document number (default: the next number of the year)")
    p = add_command(sub, common, "verify", "verify report packages (exit 0 all valid, 1 any invalid or the "
                    "signer unchecked, 2 unreadable)", _verify)
    p.add_argument("packages", nargs="+", metavar="PACKAGE", help="package .zip files or unpacked bag folders")
    p.add_argument("--trust", metavar="FILE_OR_DIR", help="trusted signer certificates (.pem/.cer or a folder)")
    p.add_argument("--no-trust", action="store_true",
                   help="accept packages without checking who signed them (exit 0 instead of 1)")
