"""Frozen record dataclasses; units, businesses and hotspots are referenced by their stable codes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any, TypeVar

from commune_desk.domain.text import nfc

_R = TypeVar("_R", bound="_Record")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The field names of a record class, looked up once (normalised() runs for every imported row)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


class _Record:
    """Shared helpers: NFC/strip every text field, and a JSON-friendly dict for the audit log."""

    def normalised(self: _R) -> _R:
        record: Any = self  # every subclass is a dataclass
        changes = {}
        for name in _field_names(type(record)):
            value = getattr(record, name)
            if isinstance(value, str) and (clean := nfc(value.strip())) != value:
                changes[name] = clean
        # Already clean (a workbook's cells are stripped and NFC when read): the record itself, not a copy.
        new: _R = replace(record, **changes) if changes else record
        return new

    def to_dict(self) -> dict[str, Any]:
        record: Any = self
        data = asdict(record)
        data.pop("id", None)
        plain: dict[str, Any] = _plain(data)
        return plain


@dataclass(frozen=True)
class UnitEvent(_Record):
    """A residential unit renamed, merged into another, split or dissolved on `effective_date`.

    From a merger, split or dissolution on, the unit leaves the denominators and takes no new records; its
    successor is `merged_into_code` (merged) or the units of `successor_codes` (split). Old records keep the unit.
    """

    unit_code: str
    kind: str                      # renamed | merged | split | dissolved
    effective_date: date
    old_name: str = ""
    new_name: str = ""
    merged_into_code: str = ""
    successor_codes: tuple[str, ...] = ()
    note: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, order=True)
class TrainingLine:
    """Participants of one role (training_roles) and level (staff_levels) at one training.

    `attendees` are attendances (lượt); `persons` how many of them were trained for the first time in the year
    (None only on trainings recorded before persons were asked for). STAFF_TRAINED counts persons.
    """

    role: str
    level: str
    attendees: int
    persons: int | None = None


@dataclass(frozen=True)
class Training(_Record):
    """A training course; `participants` holds one TrainingLine per role and level."""

    training_date: date
    topic_code: str
    title: str
    organiser: str = ""
    days: int = 1
    unit_code: str = ""
    participants: tuple[TrainingLine, ...] = ()
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def participant_total(self) -> int:
        """Attendances (lượt) over every role and level."""
        return sum(line.attendees for line in self.participants)

    @property
    def persons_total(self) -> int:
        """Persons trained for the first time in the year, over every role and level."""
        return sum(line.persons or 0 for line in self.participants)


@dataclass(frozen=True)
class Business(_Record):
    """A prone business on the register, with the owner's commitment date and the workers' commitments."""

    code: str
    name: str
    kind_code: str
    registered_date: date
    address: str = ""
    unit_code: str = ""
    owner_name: str = ""
    owner_commitment_date: date | None = None
    workers: int = 0
    workers_committed: int = 0
    closed_date: date | None = None
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Inspection(_Record):
    """One inspection of a business (its history): date, team, findings, outcome and handling."""

    business_code: str
    inspection_date: date
    team: str
    findings: str
    outcome_code: str
    handling_code: str
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Hotspot(_Record):
    """A place with prostitution problems; its life is told by HotspotEvents."""

    code: str
    location: str
    unit_code: str = ""
    description: str = ""
    note: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class HotspotEvent(_Record):
    """Identified, eradicated or re-emerged on a date."""

    hotspot_code: str
    event_date: date
    kind_code: str
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TipOff(_Record):
    """A tip-off or complaint: received, verified, handled, outcome."""

    received_date: date
    content: str
    channel: str = ""
    unit_code: str = ""
    verified_date: date | None = None
    handled_date: date | None = None
    outcome_code: str = ""
    team_code: str = ""            # the team or group that carried it out (received, verified)
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PersonIdentity(_Record):
    """Who was penalised: optional, stored apart, never exported without an explicit flag."""

    full_name: str = ""
    id_number: str = ""
    address: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.full_name or self.id_number or self.address)


@dataclass(frozen=True)
class Penalty(_Record):
    """A case of an administrative violation as the commune handled it: warned, fined, transferred or referred.

    `violation_code` is the act (an entry of the violation_types catalogue, NĐ 282/2025 or, for an act that ended
    before 15/12/2025, NĐ 144/2021); `more_acts` holds further (code, fine) acts found together under Điều 32–33
    and decided in the same decision. `fine` is the fine of `violation_code` alone (0 for a warning, a transfer, a
    referral). `decree`/`article` are filled from the entry when it names them. `act_date` is the day the act
    ended (it chooses the decree); `decision_date` the day of the decision, or of the transfer or referral.
    `review` is set by the NĐ 282/2025 data migration when a stored record could not be mapped ("cần rà soát");
    `legacy` keeps, as JSON, the values the record had before that migration.
    """

    number: str
    decision_date: date
    violation_code: str
    fine: int = 0
    decree: str = ""
    article: str = ""
    supplementary: tuple[str, ...] = ()
    sex: str = ""
    age_group_code: str = ""
    unit_code: str = ""
    issuer: str = ""
    note: str = ""
    catalogue_version: str = ""
    act_date: date | None = None
    violator_kind: str = "individual"      # individual | organisation | household
    outcome: str = "fine"                  # warning | fine | transferred | referred
    transfer_to: str = ""                  # the competent level, police or investigators it went to
    remedial: tuple[str, ...] = ()
    more_acts: tuple[tuple[str, int], ...] = ()
    review: str = ""
    legacy: str = ""
    identity: PersonIdentity | None = None
    id: int | None = field(default=None, compare=False)

    @property
    def acts(self) -> tuple[tuple[str, int], ...]:
        """Every (act code, fine) of the decision, the main act first."""
        return ((self.violation_code, self.fine),) + tuple(self.more_acts)

    @property
    def total_fine(self) -> int:
        return sum(fine for _, fine in self.acts if isinstance(fine, int))

    @property
    def year(self) -> int:
        return self.decision_date.year

    def normalised(self) -> "Penalty":
        rec = super().normalised()
        if rec.identity is not None:
            ident = rec.identity.normalised()
            rec = replace(rec, identity=None if ident.is_empty else ident)
        return rec

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        # The audit log never carries identities: it says only whether one is kept.
        data["identity"] = self.identity is not None
        return data


@dataclass(frozen=True)
class Support(_Record):
    """Reintegration support given: kind, number of people, partner."""

    support_date: date
    kind_code: str
    count: int
    partner: str = ""
    unit_code: str = ""
    team_code: str = ""            # the team or group that carried it out
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Assessment(_Record):
    """The yearly healthy-commune self-assessment: (criterion code, score) pairs, total, result, recognition."""

    year: int
    assessed_date: date
    scores: tuple[tuple[str, int], ...] = ()
    result: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    decision_issuer: str = ""
    note: str = ""
    catalogue_version: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def total(self) -> int:
        return sum(score for _, score in self.scores)
