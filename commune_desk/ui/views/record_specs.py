"""Declarations of every record list: columns, the "kind" filter, the totals line — one entry per record type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication

from commune_desk.ui.language import fmt_date, fmt_int


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def T(text: str) -> str:  # noqa: N802 - column headers, translated in the "RecordColumns" context
    return text


class Env:
    """What columns need to render codes: catalogues, unit names and per-record extras of the last query."""

    def __init__(self, catalogues, units=()) -> None:
        self.catalogues = catalogues
        self.extras: dict = {}
        self.set_units(units)

    def set_units(self, units) -> None:
        self.unit_names = {u.code: u.name for u in units}

    def cat(self, catalogue: str, code: str) -> str:
        return self.catalogues[catalogue].label(code) if code else ""

    def unit(self, code: str) -> str:
        return self.unit_names.get(code, code) if code else ""

    def units(self, codes) -> str:
        return ", ".join(self.unit(c) for c in codes)

    def labels_for(self, columns) -> dict[str, dict[str, str]]:
        """Per column key, the label shown for each code: what the list searches and sorts codes by in SQL."""
        out: dict[str, dict[str, str]] = {}
        for col in columns:
            if col.catalogue:
                out[col.key] = {e.code: e.label for e in self.catalogues[col.catalogue].entries}
            elif col.key in ("unit_code", "merged_into_code"):
                out[col.key] = dict(self.unit_names)
        return out


@dataclass(frozen=True)
class Col:
    """One column: header (English, translated in "RecordColumns"), display text and sort value of a record."""

    key: str
    header: str
    display: Callable
    sort: Callable | None = None
    numeric: bool = False
    width: int = 110
    stretch: bool = False
    catalogue: str = ""     # the catalogue whose labels the column shows for its codes (search and sort use them)

    def sort_value(self, rec, env):
        return self.sort(rec, env) if self.sort else self.display(rec, env)

    def export_value(self, rec, env):
        if self.sort is not None:
            value = self.sort(rec, env)
            if value is None or isinstance(value, (int, float)) or hasattr(value, "isoformat"):
                return value
        return self.display(rec, env)


def date_col(name: str, header: str, width: int = 88) -> Col:
    return Col(name, header, lambda r, e: fmt_date(getattr(r, name)), lambda r, e: getattr(r, name), width=width)


def text_col(name: str, header: str, *, width: int = 150, stretch: bool = False) -> Col:
    return Col(name, header, lambda r, e: getattr(r, name), width=width, stretch=stretch)


def cat_col(name: str, header: str, catalogue: str, width: int = 160) -> Col:
    return Col(name, header, lambda r, e: e.cat(catalogue, getattr(r, name)), width=width, catalogue=catalogue)


def int_col(name: str, header: str, value: Callable | None = None, width: int = 80) -> Col:
    get = value or (lambda r: getattr(r, name))
    return Col(name, header, lambda r, e: fmt_int(get(r)), lambda r, e: get(r), numeric=True, width=width)


UNIT_COL = Col("unit_code", QT_TRANSLATE_NOOP("RecordColumns", "Residential unit"), lambda r, e: e.unit(r.unit_code), width=110)
# The team's name comes with each page (the listing's extras for its teams), not from a list of every team.
TEAM_COL = Col("team_code", QT_TRANSLATE_NOOP("RecordColumns", "Carried out by"), lambda r, e: _extra(r, e, 0, ""),
               width=150)


@dataclass(frozen=True)
class KindSpec:
    """A record list: entity (storage Kind), title, columns, kind filter, sums and the totals sentence."""

    entity: str
    title: str
    columns: tuple[Col, ...]
    kind_catalogue: str = ""           # catalogue of the "kind" filter combo ("" = no such filter)
    kind_label: str = ""
    totals_text: str = "%1"            # %1 = number of rows, %2… = the sums in order
    sums: tuple[str, ...] = ()         # figures totalled in SQL (storage.repos.list_sql), in %2… order
    describe: Callable = lambda r: ""  # one line naming a record (delete question, undo bar)
    has_period: bool = True
    has_unit: bool = True
    kind_choices: tuple = ()           # fixed (code, label) choices when there is no catalogue


UNIT_EVENT_NAMES = {
    "renamed": QT_TRANSLATE_NOOP("RecordSpecs", "renamed"),
    "merged": QT_TRANSLATE_NOOP("RecordSpecs", "merged"),
    "split": QT_TRANSLATE_NOOP("RecordSpecs", "split"),
    "dissolved": QT_TRANSLATE_NOOP("RecordSpecs", "dissolved"),
}


def unit_event_name(kind: str) -> str:
    return QCoreApplication.translate("RecordSpecs", UNIT_EVENT_NAMES.get(kind, kind))


def choice_name(choices: str, code: str) -> str:
    """A fixed choice of the record forms (outcome, violator kind) in the interface language."""
    from commune_desk.ui.dialogs.record_fields import CHOICES

    label = dict(CHOICES[choices]).get(code, code)
    return QCoreApplication.translate("RecordFields", label)


def act_text(rec, env) -> str:
    """The act with its short article reference ("Đ32 k1 · Mua dâm"), "+ n" when the decision holds more acts."""
    from commune_desk.domain import penalty_law

    entry = penalty_law.entry(env.catalogues, rec.violation_code)
    if entry is None:
        text = rec.violation_code
    else:
        text = f"{entry.short_reference()} · {entry.label}" if entry.short_reference() else entry.label
    return text + (f" + {len(rec.more_acts)}" if rec.more_acts else "")


def review_text(rec) -> str:
    return QCoreApplication.translate("RecordSpecs", "needs review") if rec.review else ""


MODEL_STATUS_NAMES = {
    "operating": QT_TRANSLATE_NOOP("RecordSpecs", "operating"),
    "paused": QT_TRANSLATE_NOOP("RecordSpecs", "paused"),
    "closed": QT_TRANSLATE_NOOP("RecordSpecs", "closed"),
}


def model_status_name(status: str) -> str:
    return QCoreApplication.translate("RecordSpecs", MODEL_STATUS_NAMES.get(status, status))


def _since(rec, env) -> str:
    value = env.extras.get(rec.id)
    if not value:
        return ""
    return QCoreApplication.translate("RecordSpecs", "%1 since %2").replace("%1", model_status_name(value[0])) \
        .replace("%2", fmt_date(value[1]))


def _quarter(code: str) -> str:
    from commune_desk.domain.periods import Period, PeriodError
    from commune_desk.ui.language import period_name

    try:
        return period_name(Period.parse(code))
    except PeriodError:
        return code


def _served(rec, sex: str) -> int:
    return sum(n for key, n in rec.served if key.split(".", 1)[0] == sex)


def _unit_or_commune(rec, env) -> str:
    """An activity's unit, or "Whole commune" when it was held for the whole commune."""
    return env.unit(rec.unit_code) if rec.unit_code else QCoreApplication.translate("RecordSpecs", "Whole commune")


def _extra(rec, env, i, default=None):
    value = env.extras.get(rec.id)
    return value[i] if value else default


C = "RecordSpecs"
SPECS = {s.entity: s for s in (
    KindSpec(
        "propaganda", QT_TRANSLATE_NOOP("RecordSpecs", "Propaganda activities"),
        (date_col("activity_date", QT_TRANSLATE_NOOP("RecordColumns", "Date")),
         cat_col("form_code", QT_TRANSLATE_NOOP("RecordColumns", "Form"), "activity_forms", 170),
         text_col("title", QT_TRANSLATE_NOOP("RecordColumns", "Title"), stretch=True),
         Col("unit_code", QT_TRANSLATE_NOOP("RecordColumns", "Residential unit"), _unit_or_commune, width=90),
         int_col("participants", QT_TRANSLATE_NOOP("RecordColumns", "Participants"), width=72),
         int_col("materials", QT_TRANSLATE_NOOP("RecordColumns", "Materials"), width=72),
         Col("target_groups", QT_TRANSLATE_NOOP("RecordColumns", "Target groups"),
             lambda r, e: ", ".join(e.cat("target_groups", c) for c in r.target_groups), width=150),
         text_col("organiser", QT_TRANSLATE_NOOP("RecordColumns", "Organiser")), TEAM_COL),
        "activity_forms", QT_TRANSLATE_NOOP("RecordSpecs", "Form:"),
        QT_TRANSLATE_NOOP("RecordSpecs", "%1 activities · %2 participants · %3 materials handed out"),
        ("participants", "materials"), lambda r: f"{r.title} ({fmt_date(r.activity_date)})"),
    KindSpec(
        "training", QT_TRANSLATE_NOOP("RecordSpecs", "Trainings"),
        (date_col("training_date", QT_TRANSLATE_NOOP("RecordColumns", "Date")), cat_col("topic_code", QT_TRANSLATE_NOOP("RecordColumns", "Topic"), "training_topics", 190),
         text_col("title", QT_TRANSLATE_NOOP("RecordColumns", "Title"), stretch=True), UNIT_COL, int_col("days", QT_TRANSLATE_NOOP("RecordColumns", "Days"), width=56),
         int_col("participants", QT_TRANSLATE_NOOP("RecordColumns", "Attendances"), lambda r: r.participant_total, 90),
         Col("persons", QT_TRANSLATE_NOOP("RecordColumns", "New persons"),
             lambda r, e: "—" if any(ln.persons is None for ln in r.participants) else fmt_int(r.persons_total),
             lambda r, e: r.persons_total, numeric=True, width=90),
         text_col("organiser", QT_TRANSLATE_NOOP("RecordColumns", "Organiser"))),
        "training_topics", QT_TRANSLATE_NOOP("RecordSpecs", "Topic:"),
        QT_TRANSLATE_NOOP("RecordSpecs", "%1 trainings · %2 attendances · %3 persons trained for the first time"),
        ("participants", "persons"),
        lambda r: f"{r.title} ({fmt_date(r.training_date)})"),
    KindSpec(
        "business", QT_TRANSLATE_NOOP("RecordSpecs", "Prone businesses"),
        (text_col("code", QT_TRANSLATE_NOOP("RecordColumns", "Code"), width=70), text_col("name", QT_TRANSLATE_NOOP("RecordColumns", "Name"), stretch=True),
         cat_col("kind_code", QT_TRANSLATE_NOOP("RecordColumns", "Kind"), "business_kinds", 130), UNIT_COL,
         text_col("owner_name", QT_TRANSLATE_NOOP("RecordColumns", "Owner"), width=130),
         date_col("owner_commitment_date", QT_TRANSLATE_NOOP("RecordColumns", "Owner committed"), 110),
         int_col("workers", QT_TRANSLATE_NOOP("RecordColumns", "Workers"), width=70), int_col("workers_committed", QT_TRANSLATE_NOOP("RecordColumns", "Committed"), width=80),
         Col("inspections", QT_TRANSLATE_NOOP("RecordColumns", "Inspections"), lambda r, e: fmt_int(_extra(r, e, 0, 0)),
             lambda r, e: _extra(r, e, 0, 0), numeric=True, width=80),
         Col("last_inspection", QT_TRANSLATE_NOOP("RecordColumns", "Last inspection"), lambda r, e: fmt_date(_extra(r, e, 1)),
             lambda r, e: _extra(r, e, 1), width=100),
         date_col("closed_date", QT_TRANSLATE_NOOP("RecordColumns", "Closed"))),
        "business_kinds", QT_TRANSLATE_NOOP("RecordSpecs", "Kind:"),
        QT_TRANSLATE_NOOP("RecordSpecs", "%1 businesses · %2 workers · %3 committed"),
        ("workers", "committed"),
        lambda r: f"{r.code} {r.name}"),
    KindSpec(
        "inspection", QT_TRANSLATE_NOOP("RecordSpecs", "Inspections"),
        (date_col("inspection_date", QT_TRANSLATE_NOOP("RecordColumns", "Date")), text_col("team", QT_TRANSLATE_NOOP("RecordColumns", "Team"), width=170),
         cat_col("outcome_code", QT_TRANSLATE_NOOP("RecordColumns", "Outcome"), "inspection_outcomes", 170),
         cat_col("handling_code", QT_TRANSLATE_NOOP("RecordColumns", "Handling"), "inspection_handling", 150),
         text_col("findings", QT_TRANSLATE_NOOP("RecordColumns", "Findings"), stretch=True)),
        "inspection_outcomes", QT_TRANSLATE_NOOP("RecordSpecs", "Outcome:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 inspections"),
        describe=lambda r: f"{r.team} ({fmt_date(r.inspection_date)})", has_unit=False),
    KindSpec(
        "hotspot", QT_TRANSLATE_NOOP("RecordSpecs", "Hotspots"),
        (text_col("code", QT_TRANSLATE_NOOP("RecordColumns", "Code"), width=70), text_col("location", QT_TRANSLATE_NOOP("RecordColumns", "Location"), stretch=True), UNIT_COL,
         Col("state", QT_TRANSLATE_NOOP("RecordColumns", "Current state"), lambda r, e: e.cat("hotspot_events", _extra(r, e, 0, "")), width=120,
             catalogue="hotspot_events"),
         Col("since", QT_TRANSLATE_NOOP("RecordColumns", "Since"), lambda r, e: fmt_date(_extra(r, e, 1)), lambda r, e: _extra(r, e, 1), width=90),
         text_col("description", QT_TRANSLATE_NOOP("RecordColumns", "Description"), width=220)),
        totals_text=QT_TRANSLATE_NOOP("RecordSpecs", "%1 hotspots"), describe=lambda r: f"{r.code} {r.location}",
        has_period=False),
    KindSpec(
        "hotspot_event", QT_TRANSLATE_NOOP("RecordSpecs", "Hotspot history"),
        (date_col("event_date", QT_TRANSLATE_NOOP("RecordColumns", "Date")), cat_col("kind_code", QT_TRANSLATE_NOOP("RecordColumns", "Event"), "hotspot_events", 140),
         text_col("note", QT_TRANSLATE_NOOP("RecordColumns", "Note"), stretch=True)),
        "hotspot_events", QT_TRANSLATE_NOOP("RecordSpecs", "Event:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 events"),
        describe=lambda r: fmt_date(r.event_date), has_unit=False),
    KindSpec(
        "tipoff", QT_TRANSLATE_NOOP("RecordSpecs", "Tip-offs and complaints"),
        (date_col("received_date", QT_TRANSLATE_NOOP("RecordColumns", "Received")), text_col("content", QT_TRANSLATE_NOOP("RecordColumns", "Content"), stretch=True),
         text_col("channel", QT_TRANSLATE_NOOP("RecordColumns", "Channel"), width=110), UNIT_COL, date_col("verified_date", QT_TRANSLATE_NOOP("RecordColumns", "Verified")),
         date_col("handled_date", QT_TRANSLATE_NOOP("RecordColumns", "Handled")), cat_col("outcome_code", QT_TRANSLATE_NOOP("RecordColumns", "Outcome"), "tipoff_outcomes", 170),
         TEAM_COL),
        "tipoff_outcomes", QT_TRANSLATE_NOOP("RecordSpecs", "Outcome:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 tip-offs · %2 handled"),
        ("handled",),
        lambda r: f"{fmt_date(r.received_date)}: {r.content[:60]}"),
    KindSpec(
        "penalty_decision", QT_TRANSLATE_NOOP("RecordSpecs", "Penalty decisions"),
        (text_col("number", QT_TRANSLATE_NOOP("RecordColumns", "Number"), width=90), date_col("decision_date", QT_TRANSLATE_NOOP("RecordColumns", "Date")),
         Col("violation_code", QT_TRANSLATE_NOOP("RecordColumns", "Violation"), lambda r, e: act_text(r, e), width=230,
             catalogue="violation_types"),
         Col("outcome", QT_TRANSLATE_NOOP("RecordColumns", "Outcome"), lambda r, e: choice_name("penalty_outcomes", r.outcome), width=120),
         int_col("fine", QT_TRANSLATE_NOOP("RecordColumns", "Fine (đồng)"), lambda r: r.total_fine, width=100),
         Col("violator_kind", QT_TRANSLATE_NOOP("RecordColumns", "Violator"), lambda r, e: choice_name("violator_kinds", r.violator_kind), width=100),
         cat_col("sex", QT_TRANSLATE_NOOP("RecordColumns", "Sex"), "sexes", 50),
         cat_col("age_group_code", QT_TRANSLATE_NOOP("RecordColumns", "Age group"), "age_groups", 150), UNIT_COL,
         Col("review", QT_TRANSLATE_NOOP("RecordColumns", "Review"), lambda r, e: review_text(r), width=110),
         Col("basis", QT_TRANSLATE_NOOP("RecordColumns", "Legal basis"), lambda r, e: f"{r.article}, NĐ {r.decree}".strip(", "), width=200,
             stretch=True)),
        "violation_types", QT_TRANSLATE_NOOP("RecordSpecs", "Violation:"),
        QT_TRANSLATE_NOOP("RecordSpecs", "%1 decisions · %2 đồng in fines"), ("fine",),
        lambda r: f"{r.number} ({fmt_date(r.decision_date)})"),
    KindSpec(
        "reintegration_support", QT_TRANSLATE_NOOP("RecordSpecs", "Reintegration support"),
        (date_col("support_date", QT_TRANSLATE_NOOP("RecordColumns", "Date")), cat_col("kind_code", QT_TRANSLATE_NOOP("RecordColumns", "Kind of support"), "support_kinds", 200),
         int_col("count", QT_TRANSLATE_NOOP("RecordColumns", "People"), width=70), text_col("partner", QT_TRANSLATE_NOOP("RecordColumns", "Partner"), stretch=True), UNIT_COL,
         TEAM_COL, text_col("note", QT_TRANSLATE_NOOP("RecordColumns", "Note"), width=160)),
        "support_kinds", QT_TRANSLATE_NOOP("RecordSpecs", "Kind:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 supports · %2 people"),
        ("people",), lambda r: f"{fmt_date(r.support_date)} · {r.partner}"),
    KindSpec(
        "healthy_commune_assessment", QT_TRANSLATE_NOOP("RecordSpecs", "Healthy-commune assessment"),
        (Col("year", QT_TRANSLATE_NOOP("RecordColumns", "Year"), lambda r, e: str(r.year), lambda r, e: r.year, width=60),
         date_col("assessed_date", QT_TRANSLATE_NOOP("RecordColumns", "Assessed on"), 100), int_col("total", QT_TRANSLATE_NOOP("RecordColumns", "Total score"), lambda r: r.total, 90),
         cat_col("result", QT_TRANSLATE_NOOP("RecordColumns", "Result"), "healthy_commune_results", 110),
         text_col("decision_number", QT_TRANSLATE_NOOP("RecordColumns", "Recognition decision"), width=150),
         date_col("decision_date", QT_TRANSLATE_NOOP("RecordColumns", "Decision date"), 100),
         text_col("decision_issuer", QT_TRANSLATE_NOOP("RecordColumns", "Issued by"), stretch=True)),
        "healthy_commune_results", QT_TRANSLATE_NOOP("RecordSpecs", "Result:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 assessments"),
        describe=lambda r: str(r.year), has_unit=False),
    KindSpec(
        "residential_unit_event", QT_TRANSLATE_NOOP("RecordSpecs", "Changes of residential units"),
        (date_col("effective_date", QT_TRANSLATE_NOOP("RecordColumns", "Effective")),
         Col("kind", QT_TRANSLATE_NOOP("RecordColumns", "Change"), lambda r, e: unit_event_name(r.kind), width=100),
         text_col("old_name", QT_TRANSLATE_NOOP("RecordColumns", "Old name")), text_col("new_name", QT_TRANSLATE_NOOP("RecordColumns", "New name")),
         Col("merged_into_code", QT_TRANSLATE_NOOP("RecordColumns", "Successor"),
             lambda r, e: ", ".join(e.unit(c) for c in ((r.merged_into_code,) if r.merged_into_code
                                                         else r.successor_codes)), width=130),
         text_col("note", QT_TRANSLATE_NOOP("RecordColumns", "Note"), stretch=True)),
        totals_text=QT_TRANSLATE_NOOP("RecordSpecs", "%1 changes"), describe=lambda r: fmt_date(r.effective_date),
        has_unit=False),
    KindSpec(
        "team", QT_TRANSLATE_NOOP("RecordSpecs", "Teams and groups"),
        (text_col("code", QT_TRANSLATE_NOOP("RecordColumns", "Code"), width=60), text_col("name", QT_TRANSLATE_NOOP("RecordColumns", "Name"), stretch=True),
         cat_col("kind_code", QT_TRANSLATE_NOOP("RecordColumns", "Kind"), "team_kinds", 185), UNIT_COL,
         date_col("formed_date", QT_TRANSLATE_NOOP("RecordColumns", "Formed")),
         int_col("members", QT_TRANSLATE_NOOP("RecordColumns", "Members"), lambda r: r.member_total, 80),
         Col("activities", QT_TRANSLATE_NOOP("RecordColumns", "Activities carried out"), lambda r, e: fmt_int(_extra(r, e, 0, 0)),
             lambda r, e: _extra(r, e, 0, 0), numeric=True, width=100),
         date_col("dissolved_date", QT_TRANSLATE_NOOP("RecordColumns", "Dissolved"))),
        "team_kinds", QT_TRANSLATE_NOOP("RecordSpecs", "Kind:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 teams and groups · %2 members"),
        ("members",), lambda r: f"{r.code} {r.name}", has_period=False),
    KindSpec(
        "community_model", QT_TRANSLATE_NOOP("RecordSpecs", "Models"),
        (text_col("code", QT_TRANSLATE_NOOP("RecordColumns", "Code"), width=60), text_col("name", QT_TRANSLATE_NOOP("RecordColumns", "Name"), stretch=True),
         cat_col("kind_code", QT_TRANSLATE_NOOP("RecordColumns", "Kind"), "model_kinds", 190),
         text_col("partner", QT_TRANSLATE_NOOP("RecordColumns", "Partner"), width=160),
         date_col("set_up_date", QT_TRANSLATE_NOOP("RecordColumns", "Set up"), 105),
         Col("unit_codes", QT_TRANSLATE_NOOP("RecordColumns", "Units covered"), lambda r, e: e.units(r.unit_codes), width=150),
         Col("status", QT_TRANSLATE_NOOP("RecordColumns", "Status"), _since, lambda r, e: _extra(r, e, 0, ""), width=215)),
        "model_kinds", QT_TRANSLATE_NOOP("RecordSpecs", "Kind:"), QT_TRANSLATE_NOOP("RecordSpecs", "%1 models"),
        describe=lambda r: f"{r.code} {r.name}", has_period=False),
    KindSpec(
        "model_status", QT_TRANSLATE_NOOP("RecordSpecs", "Status of the model"),
        (date_col("status_date", QT_TRANSLATE_NOOP("RecordColumns", "From")),
         Col("status", QT_TRANSLATE_NOOP("RecordColumns", "Status"), lambda r, e: model_status_name(r.status), width=120),
         text_col("note", QT_TRANSLATE_NOOP("RecordColumns", "Note"), stretch=True)),
        totals_text=QT_TRANSLATE_NOOP("RecordSpecs", "%1 changes"), describe=lambda r: fmt_date(r.status_date),
        has_unit=False),
    KindSpec(
        "model_figures", QT_TRANSLATE_NOOP("RecordSpecs", "Quarterly figures of the model"),
        (Col("quarter", QT_TRANSLATE_NOOP("RecordColumns", "Quarter"), lambda r, e: _quarter(r.quarter), lambda r, e: r.anchor_date, width=130),
         int_col("persons", QT_TRANSLATE_NOOP("RecordColumns", "Persons served"), lambda r: r.persons, 160),
         int_col("women", QT_TRANSLATE_NOOP("RecordColumns", "Women"), lambda r: _served(r, "nu"), 70),
         int_col("men", QT_TRANSLATE_NOOP("RecordColumns", "Men"), lambda r: _served(r, "nam"), 70),
         int_col("sessions", QT_TRANSLATE_NOOP("RecordColumns", "Sessions"), width=80),
         int_col("referrals", QT_TRANSLATE_NOOP("RecordColumns", "Referrals"), width=125),
         # the day the figures are counted to (empty: the whole quarter): a report cut earlier leaves them out
         date_col("counted_to", QT_TRANSLATE_NOOP("RecordColumns", "Counted to")),
         text_col("note", QT_TRANSLATE_NOOP("RecordColumns", "Note"), stretch=True)),
        totals_text=QT_TRANSLATE_NOOP("RecordSpecs", "%1 quarters · %2 persons · %3 sessions · %4 referrals"),
        sums=("persons", "sessions", "referrals"),
        describe=lambda r: _quarter(r.quarter), has_unit=False),
)}
