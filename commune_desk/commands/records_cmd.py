"""`records template|export|import`: the records workbook (see docs/records-workbook.md)."""

from commune_desk.commands import add_command, add_group

EXIT_PROBLEMS = 1


def register(sub, common) -> None:
    group = add_group(sub, common, "records", "move records in and out as an Excel workbook")
    add_command(group, common, "template", "write an empty records workbook", template).add_argument("file")
    p = add_command(group, common, "export", "export every record to a workbook", export)
    p.add_argument("file")
    p.add_argument("--with-identities", action="store_true",
                   help="also export names, ID numbers and addresses of penalised people (sensitive)")
    p = add_command(group, common, "import", "import a records workbook (all or nothing)", import_)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check only; exit 1 when problems are found")


def _summary(counts: dict) -> str:
    return ", ".join(f"{name}: {n}" for name, n in counts.items() if n) or "no records"


def template(args, ctx) -> int:
    from commune_desk.services.records_workbook import write_template

    write_template(ctx.open_db(), args.file)
    ctx.print(f"template written to {args.file}")
    return 0


def export(args, ctx) -> int:
    from commune_desk.services.records_workbook import export_records

    counts = export_records(ctx.open_db(), args.file, include_identities=args.with_identities)
    ctx.print(f"exported to {args.file}: {_summary(counts)}")
    return 0


def import_(args, ctx) -> int:
    from commune_desk.services.records_import import import_records

    result = import_records(ctx.open_db(), args.file, ctx.actor, dry_run=args.dry_run)
    for problem in result.problems:
        ctx.err.write(f"commune-desk: {problem.severity}: {problem}\n")
    if args.dry_run:
        errors = [p for p in result.problems if p.severity == "error"]
        if errors:
            ctx.err.write(f"commune-desk: {len(errors)} problem(s) found; nothing would be imported\n")
            return EXIT_PROBLEMS
        ctx.print(f"check passed, would import {_summary(result.counts)}")
        return 0
    ctx.print(f"imported {_summary(result.counts)}" + (" (profile adopted from the workbook)"
                                                       if result.adopted_profile else ""))
    return 0
