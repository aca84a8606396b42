"""`records template|export|import`: the records workbook (see docs/records-workbook.md)."""

from commune_desk.commands import add_command, add_group

EXIT_PROBLEMS = 1
# The record types `records add` knows (storage.repos.KINDS; a test keeps the two in step).
RECORD_KINDS = ("residential_unit_event", "propaganda", "training", "business", "inspection", "hotspot", "hotspot_event",
                "tipoff", "penalty_decision", "reintegration_support", "healthy_commune_assessment",
                "community_model", "model_status", "model_figures", "team")


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
    p.add_argument("--again", action="store_true",
                   help="import a workbook that was imported before (its records are added a second time)")
    p.add_argument("--create", action="store_true",
                   help="make the --db database from the workbook and its profile (a new laptop); encrypted when "
                        "--db-password-file is given")
    p.add_argument("--quiet", action="store_true",
                   help="print no progress (it is printed to stderr only when stderr is a terminal)")
    p = add_command(group, common, "add", "add one record from a JSON file, checked by the same rules as the form",
                    add)
    p.add_argument("kind", choices=RECORD_KINDS, help="the record type (penalty_decision, training …)")
    p.add_argument("--file", required=True, help="JSON object of the record's fields ('-' reads standard input)")


def _summary(counts: dict) -> str:
    return ", ".join(f"{name}: {n}" for name, n in counts.items() if n) or "no records"


def template(args, ctx) -> int:
    from commune_desk.services.records.records_workbook import write_template

    write_template(ctx.open_db(), args.file)
    ctx.print(f"template written to {args.file}")
    return 0


def export(args, ctx) -> int:
    from commune_desk.services.records.records_workbook import export_records

    counts = export_records(ctx.open_db(), args.file, include_identities=args.with_identities)
    ctx.print(f"exported to {args.file}: {_summary(counts)}")
    return 0


def _write_problems(ctx, problems) -> None:
    """Each problem on stderr, its place and reason in the language asked for (--lang vi)."""
    from commune_desk.cli_language import problem_lines

    for problem, line in zip(problems, problem_lines(problems, ctx.args)):
        ctx.err.write(f"commune-desk: {problem.severity}: {line}\n")


def import_(args, ctx) -> int:
    from commune_desk.cli_progress import progress_for
    from commune_desk.services.records.records_import import import_records

    progress = progress_for(args, ctx.err)   # phase and rows on a terminal's stderr, throttled
    if args.create:
        from commune_desk.services.records.records_new_db import import_into_new_database

        result = import_into_new_database(ctx.db_path, ctx.password(), args.file, ctx.actor, dry_run=args.dry_run,
                                          progress=progress)
        if not args.dry_run:
            _write_problems(ctx, result.problems)
            ctx.print(f"created {ctx.db_path} and imported {_summary(result.counts)} (profile from the workbook)")
            return 0
    else:
        result = import_records(ctx.open_db(), args.file, ctx.actor, dry_run=args.dry_run, again=args.again,
                                progress=progress)
    _write_problems(ctx, result.problems)
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


def add(args, ctx) -> int:
    """Validate and store one record; refused records print each problem (field: reason) and exit 2."""
    from datetime import date

    from commune_desk.services.plans.plan_catalogues import catalogues_for
    from commune_desk.services.records.record_json import read_json_object, record_from_json
    from commune_desk.storage.repos import KINDS, RecordRepository

    kind = KINDS[args.kind]
    rec = record_from_json(kind.record, read_json_object(args.file))
    db = ctx.open_db()
    day = getattr(rec, kind.date_field) if kind.date_field else None
    day = day if isinstance(day, date) else date.today()
    saved = RecordRepository(db, ctx.actor, kind, catalogues=catalogues_for(db, day.year, on=day)).add(rec)
    ctx.print(f"added {args.kind} {saved.id}: {_describe(saved)}")
    return 0


def _describe(rec) -> str:
    if hasattr(rec, "outcome"):     # a penalty case: what the commune did, under which article
        money = f", fine {rec.total_fine:,} đồng".replace(",", ".") if rec.total_fine else ""
        to = f" to {rec.transfer_to}" if rec.transfer_to else ""
        return f"{rec.number}, {rec.article} {rec.decree}, {rec.outcome}{to}{money}"
    return ", ".join(f"{k}={v}" for k, v in list(rec.to_dict().items())[:4])
