"""`receipt write|import|list`: signed receipts from the office back to the commune (loop issue, docs/loop.md)."""

from commune_desk.commands import add_command, add_group
from commune_desk.domain.errors import QT_TRANSLATE_NOOP

EXIT_OK = 0


def _write(args, ctx) -> int:
    from commune_desk.cli import UsageError, read_password_file
    from commune_desk.domain.loop import parse_comment
    from commune_desk.services.loop.receipts import STATUS_TEXT, write_receipt
    from commune_desk.services.packages.signing_keys import load_p12

    comments = []
    for text in args.comment or ():
        try:
            comments.append(parse_comment(text))
        except ValueError as exc:
            raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--comment {value}: expected INDICATOR_CODE=text"),
                                value=repr(text)) from exc
    identity = load_p12(args.key, read_password_file(args.password_file))
    written = write_receipt(ctx.open_db(), args.package, identity, args.out, status=args.status,
                            comments=comments, actor=ctx.actor)
    r = written.receipt
    ctx.print(f"receipt written to {written.path}: {r.unit_code} {r.period} revision {r.revision}, "
              f"{STATUS_TEXT[r.status]}, {len(r.comments)} comment(s); package SHA-256 {r.package_sha256}")
    return EXIT_OK


def _import(args, ctx) -> int:
    from commune_desk.services.loop.receipts import STATUS_TEXT, import_receipt

    receipt, new, own = import_receipt(ctx.open_db(), args.file, ctx.actor)
    verb = "imported" if new else "already imported"
    ctx.print(f"{verb}: receipt from {receipt.office_name} (signed by the registered office) for "
              f"{receipt.period} revision {receipt.revision}: {STATUS_TEXT[receipt.status]}")
    ctx.print(f"period {receipt.period} is acknowledged by the office ({receipt.issued_at})")
    if not own.current:
        ctx.print(f"note: revision {receipt.revision} has since been superseded by a newer revision")
    for c in receipt.comments:
        ctx.print(f"  comment on {c.indicator}: {c.text}")
    return EXIT_OK


def _list(args, ctx) -> int:
    from commune_desk.services.loop.receipts import STATUS_TEXT
    from commune_desk.storage.loop_repo import ReceiptRepository

    receipts = ReceiptRepository(ctx.open_db(), ctx.actor).all()
    for r in receipts:
        ctx.print(f"{r.direction}\t{r.unit_code}\t{r.period}\tr{r.revision}\t{STATUS_TEXT[r.status]}\t"
                  f"{r.issued_at}\t{len(r.comments)} comment(s)\t{r.file_name}")
    if not receipts:
        ctx.print("no receipts")
    return EXIT_OK


def register(sub, common) -> None:
    group = add_group(sub, common, "receipt", "signed receipts for packages")
    p = add_command(group, common, "write", "office: write a signed receipt for a package taken in", _write)
    p.add_argument("package", metavar="PACKAGE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--key", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--status", choices=("accepted", "issues"), default="accepted")
    p.add_argument("--comment", action="append", metavar="CODE=TEXT",
                   help="a remark on one indicator (repeatable)")
    add_command(group, common, "import", "commune: import a signed receipt from the office",
                _import).add_argument("file")
    add_command(group, common, "list", "list the receipts written or imported on this desk", _list)
