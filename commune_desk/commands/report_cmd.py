"""`report PERIOD --out DIR [--date] [--number]`: the period's Word report and Excel annex; `report numbers [YEAR]`:
the register of issued numbers."""

from __future__ import annotations

from commune_desk.commands import add_command
from commune_desk.domain.errors import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = add_command(sub, common, "report", "write the period's Word report and Excel annex; "
                    "`report numbers [YEAR]` lists the issued numbers", report)
    p.add_argument("period", help="2026-Q3, 2026-H1, 2026-9M or 2026; or `numbers` for the register")
    p.add_argument("year", nargs="?", help="with `numbers`: only this year")
    p.add_argument("--out", metavar="DIR", help="the folder to write into (required for a report)")
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
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--cutoff {value}: expected YYYY-MM-DD"), value=repr(args.cutoff)) from exc


def report(args, ctx) -> int:
    from datetime import date

    from commune_desk.cli import UsageError, parse_period

    if args.period == "numbers":
        return numbers(args, ctx)
    if args.year is not None:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "unexpected argument {value}: only `report numbers` takes a year"),
                            value=repr(args.year))
    if not args.out:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--out DIR is required: the folder to write the report into"))
    period = parse_period(args.period)
    if period.kind == "month":
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{period}: reports are quarterly, 6-monthly, 9-monthly or yearly"), period=args.period)
    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--date {value}: expected YYYY-MM-DD"), value=repr(args.date)) from exc
    number = (args.number or "").strip() or None
    if number is not None and not (number.isdigit() and len(number) <= 5 and int(number) > 0):
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--number {value}: expected a whole number such as 7"), value=repr(args.number))

    from pathlib import Path

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "--out {path}: is a file; give the folder the report goes into"), path=out)
    from commune_desk.services.reports.report_service import generate

    files = generate(ctx.open_db(create=False), period, args.out, day=day, number=number,
                     ascii_names=not args.vietnamese_names, actor=ctx.actor, cutoff=cutoff_of(args),
                     estimate=args.estimate, chart=ctx.chart_renderer())
    ctx.print(f"report {period.code} number {files.number}/BC-UBND dated {files.day:%d/%m/%Y}")
    ctx.print(f"figures from {files.window[0]:%d/%m/%Y} to {files.window[1]:%d/%m/%Y} (data cut-off)"
              + (f"; period ends {files.period_end:%d/%m/%Y}" if files.window[1] < files.period_end else "")
              + ("; with the labelled estimate for the whole period" if files.estimated else ""))
    ctx.print(f"written: {files.docx}")
    ctx.print(f"written: {files.xlsx}")
    return 0


def numbers(args, ctx) -> int:
    """The register of issued numbers: number, date, document, subject (tab-separated), oldest first."""
    from commune_desk.cli import UsageError
    from commune_desk.domain.doc_format import vn_date
    from commune_desk.storage.number_register import NumberRegister

    year = None
    if args.year is not None:
        if not (args.year.isdigit() and 2000 <= int(args.year) <= 2100):
            raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{value}: expected a year such as 2026"), value=repr(args.year))
        year = int(args.year)
    entries = NumberRegister(ctx.open_db(create=False), ctx.actor).issued(year)
    for e in entries:
        ctx.print(f"{e.number:02d}/{e.kind}-UBND\t{vn_date(e.issued_on)}\t{e.period}\t{e.subject}\t{e.issuing_body}")
    ctx.print(f"{len(entries)} number(s) issued" + (f" in {year}" if year else ""))
    return 0
