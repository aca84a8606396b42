"""Which number a period's report carries: its own number of the year when it has one, else the next free one."""

from __future__ import annotations

from datetime import date

from commune_desk.domain.periods import Period

KIND = "BC"  # NĐ 30 type abbreviation of a report (báo cáo)


def issuing_body(db, period: Period) -> str:
    """The body whose register numbers the report: the official name the report's heading prints."""
    from commune_desk.services.reports.report_data import heading_of
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.profile_repo import ProfileRepository

    plan = PlanRepository(db, "report").active_for_period(period)
    return heading_of(ProfileRepository(db, "report").get(), plan).official_name


def number_for(db, body: str, period: Period, day: date) -> int:
    """The number the period's report already has in the day's year (regenerating keeps it), else the next free."""
    from commune_desk.storage.number_register import NumberRegister

    register = NumberRegister(db, "report")
    held = register.of_document(body, KIND, period.code)
    if held is not None and held.year == day.year:
        return held.number
    return register.next_free(body, day.year)


def refusal(db, body: str, period: Period, number: str, day: date):
    """NumberTaken when `number` already belongs to another document of the body in the day's year, else None."""
    from commune_desk.storage.number_register import NumberRegister

    text = str(number).strip()
    if not text.isdigit() or not int(text):
        return None
    return NumberRegister(db, "report").refusal(body, day.year, int(text), KIND, period.code)


def issue(db, body: str, period: Period, number: str, day: date, subject: str, actor: str) -> None:
    """Register the number of a report that was written (checked again inside the writing transaction)."""
    from commune_desk.storage.number_register import NumberRegister
    from commune_desk.storage.report_repo import ReportRepository

    NumberRegister(db, actor).issue(
        body, day.year, int(number), kind=KIND, period=period.code, subject=subject, issued_on=day
    )
    ReportRepository(db, actor).record_number(day.year, number)
