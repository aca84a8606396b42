"""`report PERIOD --out DIR [--date] [--number]`: the period's Word report and Excel annex (reports issue)."""

from __future__ import annotations

from commune_desk.commands import add_command


def register(sub, common) -> None:
    p = add_command(sub, common, "report", "write the period's Word report and Excel annex", report)
    p.add_argument("period", help="2026-Q3, 2026-H1, 2026-9M or 2026")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date printed on the report (default today)")
    p.add_argument("--number", metavar="N", help="document number (default: the next number of the year)")
    p.add_argument("--vietnamese-names", action="store_true",
                   help="Vietnamese file names (default: ASCII names, safe on USB sticks)")
    add_cutoff_options(p)


def add_cutoff_options(p) -> None:
    """--cutoff and --estimate, shared with `package`."""
    p.add_argument("--cutoff", metavar="YYYY-MM-DD",
                   help="data cut-off: figures count to this day (default: the plan's cut-off for the report, else "
                        "the report's date; never after the report's date)")
    p.add_argument("--estimate", action="store_true",
                   help="add the labelled estimate for the whole period (ước thực hiện cả kỳ) when the figures "
                        "stop before the period ends")


def cutoff_of(args):
    """The --cutoff date, or None; a malformed one is a usage error (exit 2)."""
    from datetime import date

    from commune_desk.cli import UsageError

    if not getattr(args, "cutoff", None):
        return None
    try:
        return date.fromisoformat(args.cutoff)
    except ValueError as exc:
        raise UsageError(f"--cutoff {args.cutoff!r}: expected YYYY-MM-DD") from exc


def report(args, ctx) -> int:
    from datetime import date

    from commune_desk.cli import UsageError
    from commune_desk.domain.periods import Period, PeriodError

    try:
        period = Period.parse(args.period)
    except PeriodError as exc:
        raise UsageError(str(exc)) from exc
    if period.kind == "month":
        raise UsageError(f"{args.period}: reports are quarterly, 6-monthly, 9-monthly or yearly")
    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError as exc:
        raise UsageError(f"--date {args.date!r}: expected YYYY-MM-DD") from exc
    number = (args.number or "").strip() or None
    if number is not None and not (number.isdigit() and len(number) <= 5 and int(number) > 0):
        raise UsageError(f"--number {args.number!r}: expected a whole number such as 7")

    from pathlib import Path

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: is a file; give the folder the report goes into")
    from commune_desk.services.report_service import generate

    files = generate(ctx.open_db(create=False), period, args.out, day=day, number=number,
                     ascii_names=not args.vietnamese_names, actor=ctx.actor, cutoff=cutoff_of(args),
                     estimate=args.estimate)
    ctx.print(f"report {period.code} number {files.number}/BC-UBND dated {files.day:%d/%m/%Y}")
    ctx.print(f"figures from {files.window[0]:%d/%m/%Y} to {files.window[1]:%d/%m/%Y} (data cut-off)"
              + (f"; period ends {files.period_end:%d/%m/%Y}" if files.window[1] < files.period_end else "")
              + ("; with the labelled estimate for the whole period" if files.estimated else ""))
    ctx.print(f"written: {files.docx}")
    ctx.print(f"written: {files.xlsx}")
    return 0
