"""Why a target of a report has no figure: its value is entered for a longer period, not entered yet, or a share
lacks the population it is taken of; each reason is said as what it is (a cause, a task, a proposal)."""

from __future__ import annotations

from dataclasses import dataclass

from commune_desk.domain.indicators import CATALOGUE, NO_DATA
from commune_desk.domain.report_content import ReportContent, TargetLine


@dataclass(frozen=True)
class NoData:
    """The targets without a figure, by reason."""

    later: tuple[TargetLine, ...] = ()  # entered by hand for a period that ends after this report's (the year)
    unentered: tuple[TargetLine, ...] = ()  # entered by hand for this report's period, not entered yet
    no_population: tuple[TargetLine, ...] = ()  # a share of people whose population is not entered
    other: tuple[TargetLine, ...] = ()

    @property
    def populations(self) -> tuple[str, ...]:
        """The population kinds missing (domain.populations.KINDS), in order of first appearance."""
        kinds = [CATALOGUE[t.indicator].population for t in self.no_population]
        return tuple(dict.fromkeys(k for k in kinds if k))


def no_data(c: ReportContent) -> NoData:
    """The report's targets without a figure, sorted by why."""
    later: list[TargetLine] = []
    unentered: list[TargetLine] = []
    no_population: list[TargetLine] = []
    other: list[TargetLine] = []
    for t in c.targets:
        if t.status != NO_DATA:
            continue
        definition = CATALOGUE.get(t.indicator)
        longer = bool(t.period_window and c.period_window and t.period_window[1] > c.period_window[1])
        if definition is not None and definition.manual:
            # A persons value cannot be entered without its population: "not entered" covers both.
            (later if longer else unentered).append(t)
        elif definition is not None and definition.population and t.value.denominator in (None, 0):
            no_population.append(t)
        else:
            other.append(t)
    return NoData(tuple(later), tuple(unentered), tuple(no_population), tuple(other))
