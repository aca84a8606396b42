"""Checks the records workbook's figures against the database: shares stay ≤ 100 %, signed periods stay as signed.

Everything the workbook brings is taken together with what the database holds: the persons of the workbook's
trainings against the staff figures once the workbook's populations are applied, the persons values entered by
hand against their populations, each refusal placed at a cell of the workbook.
"""

from __future__ import annotations

from collections import defaultdict

from commune_desk.domain.errors import Problem
from commune_desk.domain.indicators import CATALOGUE, PERSONS
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.domain.persons import Claim, PersonLine, claim_overflows, staff_overflows
from commune_desk.domain.populations import STAFF, label_vi
from commune_desk.services.records.figures_sheets import POPULATIONS, VALUES, merged_entries


def check_figures(db, rows: dict, trainings: list, *, place, catalogues) -> list[Problem]:
    """`rows`: FigureRows of both sheets; `trainings`: Parsed training rows. `place(row, field)` names a cell."""
    from commune_desk.storage.figures_checks import CLAIM_OVER, who
    from commune_desk.storage.period_repo import check_edit
    from commune_desk.storage.population_reads import persons_claims, population_entries, training_lines
    from commune_desk.storage.population_repo import lock_error
    from commune_desk.storage.sql_reader import SessionReader
    from commune_desk.storage.year_windows import data_year, period_window, year_window

    problems: list[Problem] = []
    pops = [fr for fr in rows[POPULATIONS] if not fr.failed]
    values = [fr for fr in rows[VALUES] if not fr.failed and fr.item.indicator in CATALOGUE]
    with db.read() as s:
        r = SessionReader(s)
        by_year: dict[int, list] = defaultdict(list)
        for p in trainings:
            if not p.failed and p.record.participants and p.record.training_date is not None:
                by_year[data_year(r, p.record.training_date)].append(p)
        touched = {(fr.item.year, fr.item.kind) for fr in pops} | {(y, STAFF) for y in by_year}
        for fr in values:
            definition = CATALOGUE[fr.item.indicator]
            end = _end(r, fr.item.period, period_window)
            if end is not None and not (decision := check_edit(s, end)).allowed:
                problems.append(Problem(place(fr, "period"), decision.reason_template or decision.reason,
                                        args=decision.reason_args))
            if definition.shape == PERSONS and end is not None:
                touched.add((int(fr.item.period[:4]), definition.population))
        for year, kind in sorted(touched):
            current = population_entries(r, year, kind)
            incoming = [fr for fr in pops if (fr.item.year, fr.item.kind) == (year, kind)]
            after = merged_entries(current, [fr.item for fr in incoming])
            for fr in incoming:
                error = lock_error(s, current, after, fr.item.key, year)
                if error is not None:
                    problems.append(Problem(place(fr, "as_of"), error.template or str(error), args=error.params))
            if kind == STAFF:
                problems += _staff(r, after, year, incoming, by_year.get(year, []), place, catalogues, who,
                                   training_lines, year_window)
            else:
                mine = [fr for fr in values if CATALOGUE[fr.item.indicator].population == kind
                        and fr.item.period.startswith(str(year))]
                replaced = {(fr.item.indicator, fr.item.period) for fr in mine}
                claims = [c for c in persons_claims(r, kind, year) if tuple(c.ref.split(" ", 1)) not in replaced]
                own = {}
                for fr in mine:
                    end = _end(r, fr.item.period, period_window)
                    if end is not None and fr.item.numerator is not None:
                        claim = Claim(end, float(fr.item.numerator), f"{fr.item.indicator} {fr.item.period}")
                        own[claim] = fr
                for claim, entry in claim_overflows(after, kind, year, claims + list(own)):
                    fr = own.get(claim) or (incoming[0] if incoming else None)
                    where = place(fr, "numerator" if claim in own else "value") if fr else POPULATIONS
                    problems.append(Problem(where, CLAIM_OVER, args={
                        "persons": f"{claim.persons:g}", "what": claim.ref, "kind": label_vi(kind),
                        "value": entry.value, "source": entry.source, "as_of": f"{entry.as_of:%d/%m/%Y}"}))
    return problems


def _end(r, period: str, period_window):
    try:
        return period_window(r, Period.parse(period))[1]
    except PeriodError:
        return None


def _staff(r, after, year, incoming, trainings, place, catalogues, who, training_lines, year_window):
    from commune_desk.storage.figures_checks import TRAINED_OVER

    start, end = year_window(r, year)
    lines = training_lines(r, start, end)
    origin = {}
    for p in trainings:
        for line in p.record.participants:
            pl = PersonLine(p.record.training_date, line.role, line.level, int(line.persons or 0),
                            f"{p.sheet} row {p.row}")
            lines.append(pl)
            origin.setdefault((line.role, line.level), p)
    problems = []
    for o in staff_overflows(after, lines, year):
        p = origin.get(o.bucket) or next(iter(origin.values()), None)
        own = next((fr for fr in incoming if (fr.item.role, fr.item.level) == o.bucket), None)
        if p is not None:
            column = next((f"persons.{ln.role}.{ln.level}" for ln in p.record.participants
                           if (ln.role, ln.level) == o.bucket), f"persons.{p.record.participants[0].role}."
                                                                f"{p.record.participants[0].level}")
            where = f"{p.sheet} row {p.row} column {p.columns.get(column, '?')} ({column})"
        else:
            where = place(own, "value") if own else POPULATIONS
        problems.append(Problem(where, TRAINED_OVER, args={
            "persons": o.persons, "who": who(o.bucket, catalogues), "year": year, "date": f"{o.day:%d/%m/%Y}",
            "value": o.entry.value, "source": o.entry.source, "as_of": f"{o.entry.as_of:%d/%m/%Y}"}))
    return problems
