"""What a periodic report says, as plain data: figures with their parts, targets, tables, narrative, settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from commune_desk.domain.disclosure import legend

from commune_desk.domain.errors import Problem
from commune_desk.domain.indicators import IndicatorValue

# Narrative sections the officer edits, in report order (III, IV, V; "difficulties" belongs to III).
SECTIONS = ("situation", "assessment", "difficulties", "next_tasks", "proposals")
SECTION_TITLES_VI = {
    "situation": "Tình hình tệ nạn mại dâm trên địa bàn",
    "assessment": "Đánh giá chung",
    "difficulties": "Tồn tại, hạn chế, khó khăn và nguyên nhân",
    "next_tasks": "Phương hướng, nhiệm vụ kỳ tới",
    "proposals": "Đề xuất, kiến nghị",
}
DEMO_NOTICE = "DỮ LIỆU MẪU - KHÔNG PHẢI BÁO CÁO THẬT"
# The label every estimate carries wherever it is shown (docx, xlsx, report-data.json): it is not a fact.
ESTIMATE_LABEL = "Ước thực hiện cả kỳ"
ESTIMATE_NOTE = "số ước tính theo tiến độ thực hiện, không phải số liệu thực tế"
# The figures compared with the previous period and the same period of last year: measure -> (label, unit).
COMPARED_LABELS = {
    "activities": ("Hoạt động tuyên truyền", "hoạt động"),
    "participants": ("Lượt người được tuyên truyền", "lượt người"),
    "trainings": ("Lớp tập huấn, bồi dưỡng", "lớp"),
    "inspections": ("Lượt kiểm tra cơ sở kinh doanh dịch vụ", "lượt"),
    "inspected": ("Cơ sở được kiểm tra", "cơ sở"),
    "tipoffs": ("Tố giác, tin báo tiếp nhận", "tin"),
    "new_hotspots": ("Điểm phức tạp phát hiện mới", "điểm"),
    "penalty_decisions": ("Vụ việc vi phạm hành chính được xử lý", "vụ việc"),
    "supported": ("Lượt người được hỗ trợ hòa nhập cộng đồng", "lượt người"),
}


@dataclass(frozen=True)
class FigurePair:
    """One indicator in the period and year to date, exactly as the indicator engine computed it."""

    code: str
    label: str
    period: IndicatorValue
    ytd: IndicatorValue


@dataclass(frozen=True)
class TargetLine:
    """A row of the targets-versus-achieved table (Phụ lục I)."""

    code: str
    text: str
    comparison: str
    target: float
    unit: str                       # "%" or "count"
    scope_vi: str                   # "năm 2026", "quý III năm 2026"
    value: IndicatorValue           # over the target's own period, capped at the report period's end
    achieved: float | None
    ytd: IndicatorValue
    ytd_achieved: float | None
    status: str                     # a key of indicators.STATUS_VI
    projection: float | None = None  # projected to the end of the target's own period (still running)
    parts: tuple["PartLine", ...] = ()   # each quarter (half) of a quarterly target in a longer report
    level: str = "commune"          # "office": the superior office's target, the commune's contribution only
    goal: float | None = None       # the commune's quota of an office-level target, when the plan gives one
    window: tuple[date, date] | None = None          # what was counted
    period_window: tuple[date, date] | None = None   # the whole period the target is judged over
    indicator: str = ""             # the catalogue indicator the target is measured by


@dataclass(frozen=True)
class PartLine:
    """One quarter (half) of a quarterly (half-yearly) target judged inside a longer report."""

    period_code: str
    scope_vi: str                   # "quý II năm 2026"
    value: IndicatorValue
    achieved: float | None
    status: str


@dataclass(frozen=True)
class StatTable:
    """A statistical table (biểu thống kê): the last row is the total when `has_total`."""

    key: str
    title: str
    unit_note: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    numeric: frozenset[int] = frozenset()          # indexes of the columns printed as numbers
    has_total: bool = True
    widths: tuple[float, ...] = ()          # Word column widths in cm (default: STT, a wide label, even numbers)
    signed: frozenset[int] = frozenset()    # numeric columns of changes, printed with their sign (+7, -3)

    @property
    def note(self) -> str:
        """The unit note as printed under the title, with the key to the small-count marks the rows show."""
        key = legend(self.rows)
        return f"{self.unit_note}. {key}" if key and self.unit_note else key or self.unit_note

    def column(self, header: str) -> list[Any]:
        i = self.headers.index(header)
        return [r[i] for r in self.rows]


@dataclass(frozen=True)
class Comparison:
    """This period's main figures against an earlier period's ("previous" or "last_year"), same SQL both sides.

    `has_data` is False when nothing at all is dated in the earlier period: then no change is claimed."""

    key: str
    code: str                       # "2026-Q2"
    name_vi: str                    # "quý II năm 2026"
    window: tuple[date, date]
    has_data: bool
    now: tuple[tuple[str, int], ...]
    then: tuple[tuple[str, int], ...]

    def pairs(self) -> dict[str, tuple[int, int]]:
        """measure -> (this period, the earlier one)."""
        then = dict(self.then)
        return {k: (v, then.get(k, 0)) for k, v in self.now}


@dataclass(frozen=True)
class Heading:
    """Who issues, where, who signs: taken from the profile (never hard-coded)."""

    issuing_body: tuple[str, ...]
    place: str
    official_name: str
    short_name: str                 # "xã Hòa Mỹ": used in sentences
    receiving_office: str
    signer_authority: tuple[str, ...]
    signer_title: str
    signer_name: str
    is_demo: bool = False


@dataclass(frozen=True)
class ReportContent:
    """Everything the Word report and the Excel annex print, collected once for a period."""

    period_code: str
    period_name: str                # "quý III năm 2026"
    window: tuple[date, date]
    ytd_window: tuple[date, date]
    is_year: bool
    heading: Heading
    plan_title: str = ""            # "" when no plan is in force
    plan_reference: str = ""        # "Kế hoạch số 217/KH-UBND ngày 06/5/2026 của …"
    figures: dict[str, FigurePair] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)      # extra counts (trainings, inspections by outcome …)
    targets: tuple[TargetLine, ...] = ()
    tables: tuple[StatTable, ...] = ()
    recipients_default: tuple[str, ...] = ()
    empty: bool = False             # no record of any kind is dated in the window (to the data cut-off)
    tallies: dict[str, Any] = field(default_factory=dict)   # services.reports.report_tallies.tallies
    comparisons: tuple[Comparison, ...] = ()
    # (report period name, due date, its data cut-off or None) of the plan's reports due after the report's date
    deadlines: tuple[tuple[str, date, date | None], ...] = ()
    # `window` and `ytd_window` stop at the data cut-off; `period_window` is the whole period.
    period_window: tuple[date, date] | None = None
    data_cutoff: date | None = None                  # "số liệu tính đến ngày …"
    estimates: dict[str, IndicatorValue] = field(default_factory=dict)  # for the whole period (ESTIMATE_LABEL)

    @property
    def partial(self) -> bool:
        """The figures stop before the period ends (the report is made before its period is over)."""
        return self.period_window is not None and self.window[1] < self.period_window[1]

    def figure(self, code: str) -> FigurePair:
        return self.figures[code]

    def table(self, key: str) -> StatTable:
        return next(t for t in self.tables if t.key == key)

    def ref(self, key: str) -> str:
        """"Biểu 8", the number the table `key` carries in Phụ lục II (numbered where the tables are built)."""
        found = next((t for t in self.tables if t.key == key), None)
        return found.title.split(".")[0] if found else ""


@dataclass(frozen=True)
class ReportSettings:
    """The officer's choices for one period's report."""

    period: str
    number: str = ""
    issued_on: date | None = None
    recipients: tuple[str, ...] = ()
    addressed: bool = True          # print "Kính gửi: …"
    receiving_office: str = ""      # overrides the plan's / profile's


def validate_settings(settings: ReportSettings) -> list[Problem]:
    problems = []
    if settings.number and (not re.fullmatch(r"\d{1,5}", settings.number.strip()) or not int(settings.number)):
        problems.append(Problem("number", "the document number must be digits only (e.g. 07)"))
    for i, line in enumerate(settings.recipients, start=1):
        if not line.strip():
            problems.append(Problem(f"recipients[{i}]", "is empty"))
    return problems


def number_text(number: int | str) -> str:
    """Numbers below 10 keep a leading zero as registers write them: 7 -> "07"."""
    text = str(number).strip()
    return f"{int(text):02d}" if text.isdigit() else text
