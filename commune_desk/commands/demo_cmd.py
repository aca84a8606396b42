"""`demo [--year Y] [--seed N] [--force]`: fill the database with a fictional commune's year."""

from __future__ import annotations

from commune_desk.commands import add_command


def register(sub, common) -> None:
    p = add_command(sub, common, "demo", "fill the database with a fictional demo commune (marked as demo)", run)
    p.add_argument("--year", type=demo_year, default=None, help="year of the demo data (default: this year)")
    p.add_argument("--seed", type=int, default=1, help="different seeds give different communes")
    p.add_argument("--force", action="store_true", help="replace a database that already holds data")
    p.add_argument("--no-plan", action="store_true", help="leave out the sample plan (by default imported)")


def demo_year(text: str) -> int:
    """A year the demo can fill (the plans and periods it builds need a real calendar year)."""
    import argparse

    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"{year} is not a year between 2000 and 2100")
    return year


def run(args, ctx) -> int:
    from datetime import date

    from commune_desk.services.demo_data.demo import create_demo

    summary = create_demo(ctx.open_db(create=True), year=args.year or date.today().year, seed=args.seed, force=args.force,
                          actor=ctx.actor, with_plan=not args.no_plan)
    ctx.print(summary)
    return 0
