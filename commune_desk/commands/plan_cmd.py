"""`plan template|validate|import|show|status`: the superior office's plan workbook (plans issue)."""

from __future__ import annotations

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.commands import add_command, add_group

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD = 0, 1, 2


def register(sub, common) -> None:
    group = add_group(sub, common, "plan", "the superior office's yearly plan")
    p = add_command(group, common, "template", "write a blank plan workbook", template)
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_command(group, common, "validate", "check a plan workbook without importing (exit 1 on problems; "
                "warnings, with the cell, do not fail)", validate).add_argument("file")
    p = add_command(group, common, "import", "import a plan workbook (all or nothing)", import_)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true",
                   help="check and show the difference against the plan in force; exit 1 on problems")
    p.add_argument("--accept-unsigned", action="store_true",
                   help="import an unsigned or foreign-signed plan even where it replaces a plan signed by the "
                        "registered office (else exit 2, naming what would be lost)")
    p.add_argument("--replace", action="store_true",
                   help="let a plan with another plan id replace the plan in force for its year (else exit 2, "
                        "naming the plan that stops being in force; `plan activate` puts it back)")
    p.add_argument("--accept-mismatch", action="store_true",
                   help="import a plan of another year, or issued outside this commune's province or by another "
                        "issuer than the plan in force (else exit 2, naming each difference)")
    p = add_command(group, common, "activate", "put a stored plan back in force for its year (audited)", activate)
    p.add_argument("plan_id")
    p.add_argument("--version", type=int, help="this version (default: the newest stored)")
    p = add_command(group, common, "show", "show the plan in force (or a stored version)", show)
    p.add_argument("--date", help="the plan in force on this day (YYYY-MM-DD; default today)")
    p.add_argument("--plan-id")
    p.add_argument("--version", type=int)
    p.add_argument("--list", action="store_true", help="list every stored plan version")
    p = add_command(group, common, "status", "targets with achieved values, status and next deadlines", status)
    p.add_argument("--date", help="evaluate as on this day (YYYY-MM-DD; default today)")
    p = add_command(group, common, "sign", "office: validate and sign a plan workbook (writes FILE.p7s)", sign)
    p.add_argument("file")
    p.add_argument("--key", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    add_command(group, common, "trust-office", "commune: register the superior office's certificate (.pem/.cer)",
                trust_office).add_argument("cert")


def _day(text):
    from datetime import date

    from commune_desk.cli import UsageError

    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--date {value}: expected YYYY-MM-DD"), value=repr(text)) from exc


def template(args, ctx) -> int:
    from pathlib import Path

    from commune_desk.cli import UsageError
    from commune_desk.services.plans.plan_template import write_plan_workbook

    path = Path(args.file)
    if path.exists() and not args.force:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{path} exists; use --force to overwrite it"), path=path)
    if path.suffix.lower() != ".xlsx":
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{path}: the template must be an .xlsx file"), path=path)
    write_plan_workbook(path)
    ctx.print(f"plan template written to {path}")
    return EXIT_OK


def _print_problems(ctx, problems) -> None:
    from commune_desk.cli_language import problem_lines

    for line in problem_lines(problems, ctx.args):  # the reasons in the language asked for (--lang vi)
        ctx.print(f"problem: {line}")
    ctx.print(f"{len(problems)} problem(s); nothing was imported")


def _print_warnings(ctx, warnings) -> None:
    from commune_desk.cli_language import problem_lines

    for line in problem_lines(warnings, ctx.args):
        ctx.print(f"warning: {line}")


def validate(args, ctx) -> int:
    from pathlib import Path

    from commune_desk.services.plans.plan_catalogue_use import catalogue_warnings
    from commune_desk.services.plans.plan_import import populations, validate_file

    plan, problems, warnings = validate_file(args.file)
    if problems:
        _print_problems(ctx, problems)
        return EXIT_PROBLEMS
    if getattr(args, "db", None) and Path(args.db).exists():
        # With --db, the commune's own numbers (units, staff, workers …) sharpen the "can never be met" warnings.
        db = ctx.open_db(create=False)
        plan, problems, warnings = validate_file(args.file, populations(db, plan.year))
        warnings = warnings + catalogue_warnings(db, plan)
    _print_warnings(ctx, warnings)
    ctx.print(f"ok: plan {plan.plan_id} version {plan.version} ({plan.year}): {len(plan.targets)} targets, "
              f"{len(plan.deadlines)} deadlines, {len(plan.catalogues)} catalogues"
              + (f"; {len(warnings)} warning(s)" if warnings else ""))
    return EXIT_OK


def import_(args, ctx) -> int:
    from commune_desk.domain.errors import ValidationFailed
    from commune_desk.services.plans.plan_import import preview
    from commune_desk.services.plans.plan_signing import (
        PlanTampered, check_plan_signature, import_signed_plan, signed_plan_lost,
    )

    db = ctx.open_db()
    if args.dry_run:
        check, _ = check_plan_signature(db, args.file)
        ctx.print(check.line())
        if check.status == "tampered":
            raise PlanTampered(f"{args.file}: {check.text}: {check.reason}")
        result = preview(db, args.file)
        if result.plan is None or result.problems:
            _print_problems(ctx, result.problems)
            return EXIT_PROBLEMS
        lost = signed_plan_lost(db, result.plan, check)
        if lost:
            ctx.print(f"WARNING: {lost}; importing it needs --accept-unsigned")
        from commune_desk.services.plans.plan_in_force import import_checks, replace_text

        current, mismatches = import_checks(db, result.plan)
        if current is not None:
            ctx.print(f"WARNING: {replace_text(current)}; importing it needs --replace")
        for problem in mismatches:
            ctx.print(f"WARNING: {problem.text()}; importing it needs --accept-mismatch")
        if result.unchanged:
            ctx.print(f"plan {result.plan.plan_id} version {result.plan.version} is already imported; no change")
            return EXIT_OK
        against = (f"{result.current.plan_id} version {result.current.version}" if result.current
                   else "no plan in force")
        ctx.print(f"dry run: plan {result.plan.plan_id} version {result.plan.version} against {against}")
        for line in result.diff:
            ctx.print(line)
        _print_warnings(ctx, result.catalogue_use)
        return EXIT_OK
    try:
        stored, check = import_signed_plan(db, args.file, ctx.actor, accept_unsigned=args.accept_unsigned,
                                           replace=args.replace, accept_mismatch=args.accept_mismatch)
    except ValidationFailed as exc:
        _print_problems(ctx, exc.problems)
        return EXIT_BAD
    ctx.print(check.line())
    info = stored.info
    if stored.status != "unchanged":
        from commune_desk.storage.plan_repo import PlanRepository

        from commune_desk.services.plans.plan_recipients import recipient_warnings

        from commune_desk.services.plans.plan_catalogue_use import catalogue_warnings

        plan = PlanRepository(db, ctx.actor).get(info.plan_id, info.version)
        _print_warnings(ctx, recipient_warnings(plan) + catalogue_warnings(db, plan))
    if stored.status == "unchanged":
        ctx.print(f"plan {info.plan_id} version {info.version} is already imported; no change")
    else:
        ctx.print(f"imported plan {info.plan_id} version {info.version} ({info.year})"
                  + (f"; supersedes version {stored.superseded.version}" if stored.superseded else ""))
    return EXIT_OK


def activate(args, ctx) -> int:
    from commune_desk.storage.plan_repo import PlanRepository

    info = PlanRepository(ctx.open_db(create=False), ctx.actor).activate(args.plan_id, args.version)
    ctx.print(f"plan {info.plan_id} version {info.version} is in force for {info.year}")
    return EXIT_OK


def show(args, ctx) -> int:
    from commune_desk.cli import UsageError
    from commune_desk.storage.plan_repo import PlanRepository

    db = ctx.open_db()
    repo = PlanRepository(db, ctx.actor)
    if args.list:
        for v in repo.versions():
            ctx.print(f"{v.plan_id}\tversion {v.version}\t{v.year}\tvalid from {v.valid_from:%d/%m/%Y}\t{v.title}")
        return EXIT_OK
    if args.plan_id:
        plan = repo.get(args.plan_id, args.version)
    else:
        plan = repo.active_for(_day(args.date))
        if plan is None:
            raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "no plan is in force on that day; import one with 'plan import FILE'"))
    ctx.print(f"{plan.plan_id} version {plan.version} ({plan.year}): {plan.title}")
    from commune_desk.services.plans.plan_signing import signature_of

    record = signature_of(db, plan)
    ctx.print("signature: " + (f"{record.status} ({record.signer})" if record and record.signer
                               else record.status if record else "not checked (imported before signed plans)"))
    ctx.print(f"issued by {plan.issuing_office}; reports to {plan.receiving_office}; cut-off {plan.cutoff_rule}")
    for t in plan.targets:
        ctx.print(f"  {t.code}\t{t.indicator} {t.comparison} {t.value:g}{'%' if t.unit == '%' else ''}"
                  f"\t{t.period_scope}\t{t.text}")
    for d in plan.deadlines:
        ctx.print(f"  deadline {d.period_kind}: {d.due.text}" + (f" (cut-off {d.cutoff.code})" if d.cutoff else ""))
    return EXIT_OK


def status(args, ctx) -> int:
    from commune_desk.domain.indicators import STATUS_VI, format_vi
    from commune_desk.services.targets.indicators import dashboard

    board = dashboard(ctx.open_db(), _day(args.date))
    if board.plan is None:
        ctx.print("no plan in force")
        return EXIT_OK
    ctx.print(f"{board.plan.plan_id} version {board.plan.version}")
    for r in board.results:
        t = r.target
        parts = f"{format_vi(r.value.numerator)}/{format_vi(r.value.denominator)}" if r.value.denominator else ""
        if r.value.missing_population:  # never a silent 0: say what is missing and how to enter it
            kind = r.value.missing_population
            parts = (f"{format_vi(r.value.numerator)}/? chưa nhập số liệu nền ({kind}): 'population set {kind} "
                     f"VALUE --year {r.period.year} --source TEXT'")
        elif not r.value.entered:
            parts = f"not entered: 'indicator set {t.indicator} {r.period.code} VALUE'"
        ctx.print(f"  {t.code}\t{r.period.code}\t{format_vi(r.achieved, t.unit)} {parts}\t"
                  f"target {t.comparison} {format_vi(t.value, t.unit)}\t{r.status} ({STATUS_VI[r.status]})")
    for d in board.deadlines:
        ctx.print(f"  due {d.due:%d/%m/%Y}\t{d.period.code}\t{d.days_left} days\t{d.status}")
    for d, acknowledged in board.sent:
        ctx.print(f"  due {d.due:%d/%m/%Y}\t{d.period.code}\tsent {d.sent_on:%d/%m/%Y}\t{d.status}\t"
                  + (f"receipt imported {acknowledged:%d/%m/%Y}" if acknowledged else "no receipt yet"))
    return EXIT_OK


def sign(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.services.plans.plan_signing import sign_plan
    from commune_desk.services.packages.signing_keys import describe, load_p12

    identity = load_p12(args.key, read_password_file(args.password_file))
    dest = sign_plan(args.file, identity)
    info = describe(identity.cert)
    ctx.print(f"signed {args.file} as {info.common_name}: signature written to {dest}")
    ctx.print(f"SHA-256 of the signing certificate: {info.fingerprint}")
    ctx.print("send both files together; the commune registers this certificate once with 'plan trust-office'")
    return EXIT_OK


def trust_office(args, ctx) -> int:
    from commune_desk.services.plans.plan_signing import trust_office as register_office
    from commune_desk.services.packages.signing_keys import group_fingerprint

    office = register_office(ctx.open_db(), args.cert, ctx.actor)
    ctx.print(f"registered the superior office certificate of {office.common_name or office.subject}")
    ctx.print(f"SHA-256: {group_fingerprint(office.fingerprint)}")
    ctx.print("compare this fingerprint with the office by phone before relying on it")
    return EXIT_OK
