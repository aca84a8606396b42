"""`indicator list|set`: the plan's hand-entered indicators, each in the shape its catalogue entry states."""

from __future__ import annotations

from commune_desk.commands import add_command, add_group
from commune_desk.domain.errors import QT_TRANSLATE_NOOP

SHAPE_TEXT = {"yes_no": "yes/no (1 or 0)", "count": "count", "persons": "persons of a population",
              "share": "share (value and --denominator)"}


def register(sub, common) -> None:
    group = add_group(sub, common, "indicator", "the plan's indicators entered by hand")
    p = add_command(group, common, "list", "the plan's manual indicators for their current period, with values",
                    list_)
    p.add_argument("--period", help="this period instead of each target's current one (2026, 2026-Q3 …)")
    p.add_argument("--all", action="store_true", help="also the catalogue's manual indicators the plan does not use")
    p.add_argument("--date", help="as on this day (YYYY-MM-DD; default today)")
    p = add_command(group, common, "set", "enter a value: CODE PERIOD VALUE (a yes/no is 1/0, có/không, yes/no)",
                    set_)
    p.add_argument("code")
    p.add_argument("period", help="2026, 2026-H1, 2026-9M, 2026-Q3 …")
    p.add_argument("value")
    p.add_argument("--denominator", help="only for a share entered by hand (e.g. violations detected)")
    p.add_argument("--note", default="")
    p.add_argument("--evidence", default="", help="the document that proves it (Văn bản số …)")


def _value(text: str, shape: str) -> float:
    from commune_desk.cli import UsageError
    from commune_desk.commands.population_cmd import parse_count

    word = text.strip().lower()
    if shape == "yes_no" and word in ("yes", "có", "co", "true", "x"):
        return 1
    if shape == "yes_no" and word in ("no", "không", "khong", "false"):
        return 0
    try:
        return parse_count(text, "VALUE")
    except UsageError:
        raise (UsageError.of(QT_TRANSLATE_NOOP("Cli", "VALUE {value}: expected a whole number or yes/no"), value=repr(text))
               if shape == "yes_no" else
               UsageError.of(QT_TRANSLATE_NOOP("Cli", "VALUE {value}: expected a whole number"), value=repr(text))) from None


def list_(args, ctx) -> int:
    from datetime import date

    from commune_desk.cli import parse_period
    from commune_desk.commands.population_cmd import parse_day
    from commune_desk.services.targets.hand_entry import hand_rows

    today = parse_day(args.date, "--date") if args.date else date.today()
    period = parse_period(args.period) if args.period else None
    rows = hand_rows(ctx.open_db(), today, period=period, every=args.all)
    if not rows:
        ctx.print("the plan in force has no indicator entered by hand")
        return 0
    ctx.print("code\tperiod\tshape\tvalue\tdenominator\tevidence\tentered\ttargets")
    for row in rows:
        v, d = row.value, row.definition
        if d.shape == "persons":
            den = (f"{row.population.value} ({d.population}, {row.population.source})" if row.population else
                   f"chưa nhập số liệu nền: population set {d.population} VALUE --year {row.period.year} "
                   "--source TEXT")
        else:
            den = "" if v is None or v.denominator is None else f"{v.denominator:g}"
        value = "not entered" if v is None else f"{v.numerator:g}"
        when = "" if v is None or v.entered_at is None else f"{v.entered_at:%d/%m/%Y %H:%M} {v.entered_by}"
        targets = ", ".join(t.code for t in row.targets)
        lock = f"\tlocked: {row.locked}" if row.locked else ""
        ctx.print(f"{d.code}\t{row.period.code}\t{SHAPE_TEXT[d.shape]}\t{value}\t{den}\t"
                  f"{'' if v is None else v.evidence}\t{when}\t{targets}{lock}")
    return 0


def set_(args, ctx) -> int:
    from commune_desk.cli import UsageError
    from commune_desk.commands.population_cmd import parse_count
    from commune_desk.domain.hand_values import ManualValue
    from commune_desk.domain.indicators import CATALOGUE
    from commune_desk.storage.manual_values import ManualValueRepository

    code = args.code.strip().upper()
    definition = CATALOGUE.get(code)
    if definition is None or not definition.shape:
        manual = ", ".join(c for c, d in CATALOGUE.items() if d.shape)
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{code} is not an indicator entered by hand; those are: {codes}"),
                            code=repr(args.code), codes=manual)
    den = parse_count(args.denominator, "--denominator") if args.denominator is not None else None
    saved = ManualValueRepository(ctx.open_db(), ctx.actor).set(ManualValue(
        code, args.period, _value(args.value, definition.shape), den, args.note, args.evidence))
    ctx.print(f"{saved.indicator} {saved.period}: {saved.numerator:g}"
              + (f"/{saved.denominator:g}" if saved.denominator is not None else "")
              + (f" (evidence: {saved.evidence})" if saved.evidence else "") + f"; entered by {saved.entered_by}")
    return 0
