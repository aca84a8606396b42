"""Form declarations of every record type: which field, which label, which widget — read by RecordDialog."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


C = "RecordFields"


@dataclass(frozen=True)
class FieldSpec:
    """One form row. `kind`: date, odate, text, long, int, year, code, opt_code, codes, unit, unit_req, units, ref,
    opt_ref, counts, scores, grid, lines (a training's participants), acts (a penalty's further acts), choice,
    quarter, identity; `arg` names the catalogue (or the ref list, or the CHOICES list) it draws from."""

    name: str
    label: str
    kind: str
    arg: str = ""
    placeholder: str = ""


def F(name, label, kind, arg="", placeholder=""):  # noqa: N802 - short on purpose: read as a table
    return FieldSpec(name, label, kind, arg, placeholder)


NOTE = F("note", QT_TRANSLATE_NOOP("RecordFields", "&Note:"), "text")
UNIT = F("unit_code", QT_TRANSLATE_NOOP("RecordFields", "&Residential unit:"), "unit")
TEAM = F("team_code", QT_TRANSLATE_NOOP("RecordFields", "Carried out &by:"), "opt_ref", "teams")

FORMS: dict[str, tuple[FieldSpec, ...]] = {
    "propaganda": (
        F("activity_date", QT_TRANSLATE_NOOP("RecordFields", "&Date:"), "date"),
        F("form_code", QT_TRANSLATE_NOOP("RecordFields", "&Form:"), "code", "activity_forms"),
        F("title", QT_TRANSLATE_NOOP("RecordFields", "&Title:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "What was communicated, e.g. talk on the law on prostitution")),
        F("participants", QT_TRANSLATE_NOOP("RecordFields", "&Participants:"), "int"),
        F("materials", QT_TRANSLATE_NOOP("RecordFields", "&Materials handed out:"), "int"),
        UNIT,
        F("target_groups", QT_TRANSLATE_NOOP("RecordFields", "Target &groups:"), "codes", "target_groups"),
        F("organiser", QT_TRANSLATE_NOOP("RecordFields", "&Organiser:"), "text"),
        TEAM,
        NOTE,
    ),
    "training": (
        F("training_date", QT_TRANSLATE_NOOP("RecordFields", "&Date:"), "date"),
        F("topic_code", QT_TRANSLATE_NOOP("RecordFields", "&Topic:"), "code", "training_topics"),
        F("title", QT_TRANSLATE_NOOP("RecordFields", "T&itle:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. Training for the volunteer social-work team")),
        F("organiser", QT_TRANSLATE_NOOP("RecordFields", "&Organiser:"), "text"),
        F("days", QT_TRANSLATE_NOOP("RecordFields", "D&ays:"), "int"),
        UNIT,
        F("participants", QT_TRANSLATE_NOOP("RecordFields", "&Participants:"), "lines"),
        NOTE,
    ),
    "business": (
        F("code", QT_TRANSLATE_NOOP("RecordFields", "&Code:"), "text", "", QT_TRANSLATE_NOOP("RecordFields", "e.g. CS01")),
        F("name", QT_TRANSLATE_NOOP("RecordFields", "&Name:"), "text"),
        F("kind_code", QT_TRANSLATE_NOOP("RecordFields", "&Kind:"), "code", "business_kinds"),
        F("registered_date", QT_TRANSLATE_NOOP("RecordFields", "On the register since:"), "date"),
        F("address", QT_TRANSLATE_NOOP("RecordFields", "A&ddress:"), "text"),
        UNIT,
        F("owner_name", QT_TRANSLATE_NOOP("RecordFields", "&Owner:"), "text"),
        F("owner_commitment_date", QT_TRANSLATE_NOOP("RecordFields", "Owner signed the commitment on:"), "odate"),
        F("workers", QT_TRANSLATE_NOOP("RecordFields", "&Workers:"), "int"),
        F("workers_committed", QT_TRANSLATE_NOOP("RecordFields", "Workers who signed a co&mmitment:"), "int"),
        F("closed_date", QT_TRANSLATE_NOOP("RecordFields", "Closed on:"), "odate"),
        NOTE,
    ),
    "inspection": (
        F("business_code", QT_TRANSLATE_NOOP("RecordFields", "&Business:"), "ref", "businesses"),
        F("inspection_date", QT_TRANSLATE_NOOP("RecordFields", "&Date:"), "date"),
        F("team", QT_TRANSLATE_NOOP("RecordFields", "&Team:"), "text", "", QT_TRANSLATE_NOOP("RecordFields", "e.g. Interdisciplinary team 178")),
        F("findings", QT_TRANSLATE_NOOP("RecordFields", "&Findings:"), "text"),
        F("outcome_code", QT_TRANSLATE_NOOP("RecordFields", "&Outcome:"), "code", "inspection_outcomes"),
        F("handling_code", QT_TRANSLATE_NOOP("RecordFields", "&Handling:"), "code", "inspection_handling"),
        NOTE,
    ),
    "hotspot": (
        F("code", QT_TRANSLATE_NOOP("RecordFields", "&Code:"), "text", "", QT_TRANSLATE_NOOP("RecordFields", "e.g. DP01")),
        F("location", QT_TRANSLATE_NOOP("RecordFields", "&Location:"), "text"),
        UNIT,
        F("description", QT_TRANSLATE_NOOP("RecordFields", "D&escription:"), "text"),
        NOTE,
    ),
    "hotspot_event": (
        F("hotspot_code", QT_TRANSLATE_NOOP("RecordFields", "&Hotspot:"), "ref", "hotspots"),
        F("event_date", QT_TRANSLATE_NOOP("RecordFields", "&Date:"), "date"),
        F("kind_code", QT_TRANSLATE_NOOP("RecordFields", "&Event:"), "code", "hotspot_events"),
        NOTE,
    ),
    "tipoff": (
        F("received_date", QT_TRANSLATE_NOOP("RecordFields", "&Received on:"), "date"),
        F("content", QT_TRANSLATE_NOOP("RecordFields", "&Content:"), "text"),
        F("channel", QT_TRANSLATE_NOOP("RecordFields", "C&hannel:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. phone, in person, letter")),
        UNIT,
        F("verified_date", QT_TRANSLATE_NOOP("RecordFields", "&Verified on:"), "odate"),
        F("handled_date", QT_TRANSLATE_NOOP("RecordFields", "H&andled on:"), "odate"),
        F("outcome_code", QT_TRANSLATE_NOOP("RecordFields", "&Outcome:"), "opt_code", "tipoff_outcomes"),
        TEAM,
        NOTE,
    ),
    "penalty_decision": (
        F("number", QT_TRANSLATE_NOOP("RecordFields", "Decision or letter &number:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. 12/QĐ-XPHC; for a transfer the letter's number")),
        F("violator_kind", QT_TRANSLATE_NOOP("RecordFields", "Vi&olator:"), "choice", "violator_kinds"),
        F("act_date", QT_TRANSLATE_NOOP("RecordFields", "Act &ended on:"), "odate"),
        F("violation_code", QT_TRANSLATE_NOOP("RecordFields", "&Violation:"), "code", "violation_types"),
        F("outcome", QT_TRANSLATE_NOOP("RecordFields", "Ou&tcome:"), "choice", "penalty_outcomes"),
        F("decision_date", QT_TRANSLATE_NOOP("RecordFields", "Decision or transfer &date:"), "date"),
        F("fine", QT_TRANSLATE_NOOP("RecordFields", "&Fine (đồng):"), "int"),
        F("more_acts", QT_TRANSLATE_NOOP("RecordFields", "Other acts found together (Điều 32–33; the decision fines them once, with its own act):"),
          "acts", "violation_types"),
        F("transfer_to", QT_TRANSLATE_NOOP("RecordFields", "Transferred or referred &to:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. Công an tỉnh; Cơ quan Cảnh sát điều tra Công an tỉnh")),
        F("decree", QT_TRANSLATE_NOOP("RecordFields", "Decree:"), "text"),
        F("article", QT_TRANSLATE_NOOP("RecordFields", "Article:"), "text"),
        F("supplementary", QT_TRANSLATE_NOOP("RecordFields", "Supplementary penalties:"), "codes",
          "supplementary_penalties"),
        F("remedial", QT_TRANSLATE_NOOP("RecordFields", "Remedial measures:"), "codes", "remedial_measures"),
        F("sex", QT_TRANSLATE_NOOP("RecordFields", "&Sex:"), "code", "sexes"),
        F("age_group_code", QT_TRANSLATE_NOOP("RecordFields", "A&ge group:"), "code", "age_groups"),
        UNIT,
        F("issuer", QT_TRANSLATE_NOOP("RecordFields", "&Issued by:"), "text"),
        NOTE,
        F("identity", QT_TRANSLATE_NOOP("RecordFields", "Identity"), "identity"),
    ),
    "reintegration_support": (
        F("support_date", QT_TRANSLATE_NOOP("RecordFields", "&Date:"), "date"),
        F("kind_code", QT_TRANSLATE_NOOP("RecordFields", "&Kind of support:"), "code", "support_kinds"),
        F("count", QT_TRANSLATE_NOOP("RecordFields", "&People supported:"), "int"),
        F("partner", QT_TRANSLATE_NOOP("RecordFields", "P&artner:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. Social Policy Bank, health station")),
        UNIT,
        TEAM,
        NOTE,
    ),
    "healthy_commune_assessment": (
        F("year", QT_TRANSLATE_NOOP("RecordFields", "&Year:"), "year"),
        F("assessed_date", QT_TRANSLATE_NOOP("RecordFields", "&Assessed on:"), "date"),
        F("scores", QT_TRANSLATE_NOOP("RecordFields", "&Score per criterion:"), "scores", "healthy_commune_criteria"),
        F("result", QT_TRANSLATE_NOOP("RecordFields", "&Result:"), "code", "healthy_commune_results"),
        F("decision_number", QT_TRANSLATE_NOOP("RecordFields", "Recognition decision n&umber:"), "text"),
        F("decision_date", QT_TRANSLATE_NOOP("RecordFields", "Decision date:"), "odate"),
        F("decision_issuer", QT_TRANSLATE_NOOP("RecordFields", "Decision issued by:"), "text"),
        NOTE,
    ),
    "residential_unit_event": (
        F("unit_code", QT_TRANSLATE_NOOP("RecordFields", "Residential &unit:"), "unit_req"),
        F("kind", QT_TRANSLATE_NOOP("RecordFields", "&Change:"), "choice", "unit_event_kinds"),
        F("effective_date", QT_TRANSLATE_NOOP("RecordFields", "&Effective from:"), "date"),
        F("new_name", QT_TRANSLATE_NOOP("RecordFields", "&New name:"), "text"),
        F("merged_into_code", QT_TRANSLATE_NOOP("RecordFields", "&Merged into:"), "unit"),
        F("successor_codes", QT_TRANSLATE_NOOP("RecordFields", "&Split into:"), "units"),
        NOTE,
    ),
    "team": (
        F("code", QT_TRANSLATE_NOOP("RecordFields", "&Code:"), "text", "", QT_TRANSLATE_NOOP("RecordFields", "e.g. DCTXH")),
        F("name", QT_TRANSLATE_NOOP("RecordFields", "&Name:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. Volunteer social-work team of the commune")),
        F("kind_code", QT_TRANSLATE_NOOP("RecordFields", "&Kind:"), "code", "team_kinds"),
        F("formed_date", QT_TRANSLATE_NOOP("RecordFields", "&Formed on:"), "date"),
        UNIT,
        F("members", QT_TRANSLATE_NOOP("RecordFields", "&Members by role:"), "counts", "team_roles"),
        F("dissolved_date", QT_TRANSLATE_NOOP("RecordFields", "Dissolved on:"), "odate"),
        NOTE,
    ),
    "community_model": (
        F("code", QT_TRANSLATE_NOOP("RecordFields", "&Code:"), "text", "", QT_TRANSLATE_NOOP("RecordFields", "e.g. MH01")),
        F("name", QT_TRANSLATE_NOOP("RecordFields", "&Name:"), "text"),
        F("kind_code", QT_TRANSLATE_NOOP("RecordFields", "&Kind of model:"), "code", "model_kinds"),
        F("partner", QT_TRANSLATE_NOOP("RecordFields", "P&artner:"), "text", "",
          QT_TRANSLATE_NOOP("RecordFields", "e.g. the province's social work centre")),
        F("set_up_date", QT_TRANSLATE_NOOP("RecordFields", "&Set up on:"), "date"),
        F("unit_codes", QT_TRANSLATE_NOOP("RecordFields", "Residential &units covered:"), "units"),
        NOTE,
    ),
    "model_status": (
        F("model_code", QT_TRANSLATE_NOOP("RecordFields", "&Model:"), "ref", "models"),
        F("status_date", QT_TRANSLATE_NOOP("RecordFields", "&From:"), "date"),
        F("status", QT_TRANSLATE_NOOP("RecordFields", "&Status:"), "choice", "model_statuses"),
        NOTE,
    ),
    "model_figures": (
        F("model_code", QT_TRANSLATE_NOOP("RecordFields", "&Model:"), "ref", "models"),
        F("quarter", QT_TRANSLATE_NOOP("RecordFields", "&Quarter:"), "quarter"),
        F("served", QT_TRANSLATE_NOOP("RecordFields", "&Persons served for the first time this year:"), "grid",
          "age_groups"),
        F("sessions", QT_TRANSLATE_NOOP("RecordFields", "S&essions held:"), "int"),
        F("referrals", QT_TRANSLATE_NOOP("RecordFields", "&Referrals made:"), "int"),
        F("counted_to", QT_TRANSLATE_NOOP("RecordFields", "Figures &counted to:"), "odate"),
        NOTE,
    ),
}

TITLES = {
    "propaganda": (QT_TRANSLATE_NOOP("RecordFields", "New propaganda activity"),
                   QT_TRANSLATE_NOOP("RecordFields", "Edit propaganda activity")),
    "training": (QT_TRANSLATE_NOOP("RecordFields", "New training"), QT_TRANSLATE_NOOP("RecordFields", "Edit training")),
    "business": (QT_TRANSLATE_NOOP("RecordFields", "New prone business"), QT_TRANSLATE_NOOP("RecordFields", "Edit prone business")),
    "inspection": (QT_TRANSLATE_NOOP("RecordFields", "New inspection"), QT_TRANSLATE_NOOP("RecordFields", "Edit inspection")),
    "hotspot": (QT_TRANSLATE_NOOP("RecordFields", "New hotspot"), QT_TRANSLATE_NOOP("RecordFields", "Edit hotspot")),
    "hotspot_event": (QT_TRANSLATE_NOOP("RecordFields", "New hotspot event"), QT_TRANSLATE_NOOP("RecordFields", "Edit hotspot event")),
    "tipoff": (QT_TRANSLATE_NOOP("RecordFields", "New tip-off"), QT_TRANSLATE_NOOP("RecordFields", "Edit tip-off")),
    "penalty_decision": (QT_TRANSLATE_NOOP("RecordFields", "New penalty decision"), QT_TRANSLATE_NOOP("RecordFields", "Edit penalty decision")),
    "reintegration_support": (QT_TRANSLATE_NOOP("RecordFields", "New reintegration support"),
                              QT_TRANSLATE_NOOP("RecordFields", "Edit reintegration support")),
    "healthy_commune_assessment": (QT_TRANSLATE_NOOP("RecordFields", "New healthy-commune assessment"),
                                   QT_TRANSLATE_NOOP("RecordFields", "Edit healthy-commune assessment")),
    "residential_unit_event": (QT_TRANSLATE_NOOP("RecordFields", "Rename, merge, split or dissolve a residential unit"),
                               QT_TRANSLATE_NOOP("RecordFields", "Edit change of a residential unit")),
    "team": (QT_TRANSLATE_NOOP("RecordFields", "New team or group"), QT_TRANSLATE_NOOP("RecordFields", "Edit team or group")),
    "community_model": (QT_TRANSLATE_NOOP("RecordFields", "New model"), QT_TRANSLATE_NOOP("RecordFields", "Edit model")),
    "model_status": (QT_TRANSLATE_NOOP("RecordFields", "New status of the model"),
                     QT_TRANSLATE_NOOP("RecordFields", "Edit status of the model")),
    "model_figures": (QT_TRANSLATE_NOOP("RecordFields", "New quarterly figures of the model"),
                      QT_TRANSLATE_NOOP("RecordFields", "Edit quarterly figures of the model")),
}

IDENTITY_FIELDS = (
    ("full_name", QT_TRANSLATE_NOOP("RecordFields", "Full name:")),
    ("id_number", QT_TRANSLATE_NOOP("RecordFields", "ID number:")),
    ("address", QT_TRANSLATE_NOOP("RecordFields", "Address:")),
)
UNIT_EVENT_KINDS = (
    ("renamed", QT_TRANSLATE_NOOP("RecordFields", "Renamed")),
    ("merged", QT_TRANSLATE_NOOP("RecordFields", "Merged into another unit")),
    ("split", QT_TRANSLATE_NOOP("RecordFields", "Split into other units")),
    ("dissolved", QT_TRANSLATE_NOOP("RecordFields", "Dissolved")),
)
VIOLATOR_KINDS = (
    ("individual", QT_TRANSLATE_NOOP("RecordFields", "Individual")),
    ("household", QT_TRANSLATE_NOOP("RecordFields", "Household business")),
    ("organisation", QT_TRANSLATE_NOOP("RecordFields", "Organisation")),
)
PENALTY_OUTCOMES = (
    ("fine", QT_TRANSLATE_NOOP("RecordFields", "Fine")),
    ("warning", QT_TRANSLATE_NOOP("RecordFields", "Warning")),
    ("transferred", QT_TRANSLATE_NOOP("RecordFields", "Transferred to the competent level")),
    ("referred", QT_TRANSLATE_NOOP("RecordFields", "Referred to the police or investigators (crime)")),
)
MODEL_STATUSES = (
    ("operating", QT_TRANSLATE_NOOP("RecordFields", "Operating")),
    ("paused", QT_TRANSLATE_NOOP("RecordFields", "Paused")),
    ("closed", QT_TRANSLATE_NOOP("RecordFields", "Closed")),
)
CHOICES = {"unit_event_kinds": UNIT_EVENT_KINDS, "violator_kinds": VIOLATOR_KINDS,
           "penalty_outcomes": PENALTY_OUTCOMES, "model_statuses": MODEL_STATUSES}


def field_of(where: str) -> str:
    """The form field a domain problem's place belongs to ("participants.can_bo" -> "participants")."""
    if where.startswith("identity."):
        return where
    head = where.split(".", 1)[0]
    # "served.nu.18_30" -> "served", "members.truong" -> "members"
    return {"score": "scores", "persons": "participants"}.get(head, head)
