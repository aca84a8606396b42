"""`population show|set|withdraw`: the populations the commune enters per year (denominators of shares of people)."""

from __future__ import annotations

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "population", "populations per year: residents, workers, teachers, pupils, staff")
    p = add_command(group, common, "show", "list the figures (current ones, or every one with --history)", show)
    p.add_argument("--year", type=int, help="only this year")
    p.add_argument("--history", action="store_true", help="also the replaced figures, with who and when")
    p.add_argument("--date", help="mark the figures in force on this day (YYYY-MM-DD; default today)")
    p = add_command(group, common, "set", "enter a figure (a figure of the same kind and date is replaced, kept "
                                          "as history)", set_)
    p.add_argument("kind", help="residents | households | workers | teachers | pupils | staff")
    p.add_argument("value", help="the number (digits; 1.350 is read as 1350)")
    p.add_argument("--year", type=int, required=True, help="the year the figure is for")
    p.add_argument("--source", required=True, help="where it comes from (document, register, report)")
    p.add_argument("--date", help="the day the figure refers to (YYYY-MM-DD or DD/MM/YYYY; default 01/01 of the year)")
    p.add_argument("--role", default="", help="staff only: role code (training_roles), with --level")
    p.add_argument("--level", default="", help="staff only: level code (staff_levels: xa, thon)")
    p.add_argument("--note", default="")
    p = add_command(group, common, "withdraw", "take a figure out of force (it stays in the history)", withdraw)
    p.add_argument("id", type=int, help="the figure's id (population show --history)")


def parse_day(text: str, what: str):
    """YYYY-MM-DD or DD/MM/YYYY; UsageError naming the option otherwise."""
    from datetime import datetime

    from commune_desk.cli import UsageError

    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{what} {value}: expected YYYY-MM-DD or DD/MM/YYYY"), what=what, value=repr(text))


def parse_count(text: str, what: str) -> int:
    import re

    from commune_desk.cli import UsageError

    value = text.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+", value):
        return int(value.replace(".", ""))
    raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{what} {value}: expected a whole number such as 1350 or 1.350"), what=what,
                        value=repr(text))


def _catalogues(db, year: int):
    from commune_desk.services.plans.plan_catalogues import catalogues_for

    return catalogues_for(db, year)


def show(args, ctx) -> int:
    from datetime import date

    from commune_desk.domain.populations import KINDS, in_force
    from commune_desk.storage.population_repo import PopulationRepository

    db = ctx.open_db()
    day = parse_day(args.date, "--date") if args.date else date.today()
    entries = PopulationRepository(db, ctx.actor).list(args.year, history=args.history)
    if not entries:
        ctx.print("no population figures entered" + (f" for {args.year}" if args.year else "") +
                  "; enter one with 'population set KIND VALUE --year Y --source TEXT'")
        return 0
    current = [e for e in entries if e.current]
    ctx.print("id\tyear\tkind\trole\tlevel\tvalue\tas of\tsource\tstate\trecorded")
    for e in entries:
        if not e.current:
            state = f"replaced {e.replaced_at:%d/%m/%Y %H:%M}"
        elif (now := in_force(current, e.key, e.year, day)) is not None and now.id == e.id:
            state = f"in force on {day:%d/%m/%Y}"
        else:
            state = "current"
        ctx.print(f"{e.id}\t{e.year}\t{e.kind}\t{e.role or '-'}\t{e.level or '-'}\t{e.value}\t{e.as_of:%d/%m/%Y}\t"
                  f"{e.source}\t{state}\t{e.recorded_at:%d/%m/%Y %H:%M} {e.recorded_by}")
    missing = sorted(set(KINDS) - {e.kind for e in current if e.year == (args.year or day.year)})
    if missing and (args.year is None or args.year == day.year):
        ctx.print(f"not entered for {args.year or day.year} (chưa nhập số liệu nền): {', '.join(missing)}")
    return 0


def set_(args, ctx) -> int:
    from datetime import date

    from commune_desk.domain.populations import PopulationEntry
    from commune_desk.storage.population_repo import PopulationRepository

    db = ctx.open_db()
    as_of = parse_day(args.date, "--date") if args.date else date(args.year, 1, 1)
    entry = PopulationEntry(args.year, args.kind.strip(), parse_count(args.value, "VALUE"), as_of, args.source,
                            args.role, args.level, args.note)
    saved = PopulationRepository(db, ctx.actor, catalogues=_catalogues(db, args.year)).set(entry)
    who = f" ({saved.role}, {saved.level})" if saved.role else ""
    ctx.print(f"population {saved.kind}{who} {saved.year}: {saved.value} as of {saved.as_of:%d/%m/%Y} "
              f"(source: {saved.source}); id {saved.id}")
    return 0


def withdraw(args, ctx) -> int:
    from commune_desk.storage.population_repo import PopulationRepository

    gone = PopulationRepository(ctx.open_db(), ctx.actor).withdraw(args.id)
    ctx.print(f"population figure {args.id} ({gone.kind} {gone.year}: {gone.value}) withdrawn; kept in the history")
    return 0
