"""Report narrative sections, report settings and per-year numbering, each change audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from commune_desk.domain.errors import Problem, ValidationFailed
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.domain.report_content import SECTIONS, ReportSettings, validate_settings
from commune_desk.domain.text import nfc
from commune_desk.storage import audit_log
from commune_desk.storage.models_reports import ReportNarrativeRow, ReportNumberRow, ReportSettingsRow


def _period(code: str) -> str:
    try:
        return Period.parse(code).code
    except PeriodError as exc:
        raise ValidationFailed([Problem("period", str(exc))]) from exc


def _settings(row: ReportSettingsRow) -> ReportSettings:
    recipients = tuple(x for x in row.recipients.split("\n") if x.strip())
    return ReportSettings(row.period, row.number, row.issued_on, recipients, bool(row.addressed),
                          row.receiving_office)


def _settings_dict(st: ReportSettings) -> dict:
    return {"period": st.period, "number": st.number, "issued_on": st.issued_on.isoformat() if st.issued_on else None,
            "recipients": list(st.recipients), "addressed": st.addressed, "receiving_office": st.receiving_office}


class ReportRepository:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # ---- narrative -----------------------------------------------------------------------------------------
    def narrative(self, period: str) -> dict[str, str]:
        """Section -> the officer's text for the period (only sections that were edited)."""
        code = _period(period)
        with self._db.read() as s:
            return {r.section: r.text for r in s.scalars(select(ReportNarrativeRow).where(
                ReportNarrativeRow.period == code).order_by(ReportNarrativeRow.section))}

    def set_narrative(self, period: str, section: str, text: str) -> None:
        """Store one section; an empty text removes the officer's version (the draft shows again)."""
        code = _period(period)
        if section not in SECTIONS:
            raise ValidationFailed([Problem("section", f"unknown section {section!r}; one of {', '.join(SECTIONS)}")])
        text = nfc(text.replace("\r\n", "\n")).strip()
        with self._db.write() as s:
            row = s.scalar(select(ReportNarrativeRow).where(ReportNarrativeRow.period == code,
                                                            ReportNarrativeRow.section == section))
            before = None if row is None else {"text": row.text}
            if not text:
                if row is not None:
                    s.delete(row)
                    audit_log.append(s, self._actor, "delete", "report_narrative", f"{code}:{section}", before,
                                     None, full=True)
                return
            if row is None:
                row = ReportNarrativeRow(period=code, section=section)
                s.add(row)
            row.text, row.updated_at = text, datetime.now()
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", "report_narrative",
                             f"{code}:{section}", before, {"text": text})

    # ---- settings ------------------------------------------------------------------------------------------
    def settings(self, period: str) -> ReportSettings | None:
        code = _period(period)
        with self._db.read() as s:
            row = s.get(ReportSettingsRow, code)
            return None if row is None else _settings(row)

    def save_settings(self, settings: ReportSettings) -> ReportSettings:
        code = _period(settings.period)
        settings = ReportSettings(code, settings.number.strip(), settings.issued_on,
                                  tuple(nfc(r.strip()) for r in settings.recipients), settings.addressed,
                                  nfc(settings.receiving_office.strip()))
        problems = validate_settings(settings)
        if problems:
            raise ValidationFailed(problems)
        with self._db.write() as s:
            row = s.get(ReportSettingsRow, code)
            before = None if row is None else _settings_dict(_settings(row))
            if row is None:
                row = ReportSettingsRow(period=code)
                s.add(row)
            row.number, row.issued_on = settings.number, settings.issued_on
            row.recipients, row.addressed = "\n".join(settings.recipients), settings.addressed
            row.receiving_office, row.updated_at = settings.receiving_office, datetime.now()
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", "report_settings", code, before,
                             _settings_dict(settings))
        return settings

    # ---- numbering -----------------------------------------------------------------------------------------
    def suggest_number(self, year: int) -> int:
        """The next number of the year as this app knows it (the register of issued numbers and the older
        per-year counter): 1 in a year with no report yet. Per body: storage.number_register.next_free."""
        from sqlalchemy import func

        from commune_desk.storage.models_reports import IssuedNumberRow

        with self._db.read() as s:
            row = s.get(ReportNumberRow, year)
            top = s.scalar(select(func.max(IssuedNumberRow.number)).where(IssuedNumberRow.year == year)) or 0
            return max(top, row.last_number if row else 0) + 1

    def record_number(self, year: int, number: str | int) -> None:
        """Remember that `number` was used in `year` (the suggestion then moves past it)."""
        text = str(number).strip()
        if not text.isdigit():
            return
        value = int(text)
        with self._db.write() as s:
            row = s.get(ReportNumberRow, year)
            if row is not None and row.last_number >= value:
                return
            before = None if row is None else {"last_number": row.last_number}
            if row is None:
                row = ReportNumberRow(year=year)
                s.add(row)
            row.last_number, row.updated_at = value, datetime.now()
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", "report_number", str(year), before,
                             {"last_number": value})
