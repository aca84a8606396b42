"""Generates a period's Word report and Excel annex into a folder: the use case behind the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from commune_desk.domain.errors import Cancelled
from commune_desk.domain.periods import Period
from commune_desk.domain.recipients import noi_nhan
from commune_desk.domain.report_content import ReportContent, ReportSettings, number_text
from commune_desk.domain.text import nfc
from commune_desk.services.reports.chart_data import ChartRenderer, bars_from_lines


@dataclass(frozen=True)
class ReportFiles:
    docx: Path
    xlsx: Path
    number: str
    day: date
    window: tuple[date, date] | None = None       # what the figures count (to the data cut-off)
    period_end: date | None = None
    estimated: bool = False                       # the labelled whole-period estimate is in


def file_stem(period: Period, ascii_names: bool) -> str:
    """"Bao-cao-2026-Q3" for USB sticks and other file systems; "Báo cáo quý III năm 2026" (NFC) otherwise."""
    return f"Bao-cao-{period.code}" if ascii_names else nfc(f"Báo cáo {period.name_vi()}")


def existing(folder: Path, stem: str) -> list[Path]:
    """The report's files already in `folder` under `stem` (either may exist alone)."""
    return [p for p in (Path(folder) / f"{stem}.docx", Path(folder) / f"{stem}.xlsx") if p.exists()]


def free_stem(folder: Path, stem: str) -> str:
    """"<stem> (2)", "<stem> (3)" …: the first name under which neither the .docx nor the .xlsx exists yet."""
    n = 2
    while existing(folder, f"{stem} ({n})"):
        n += 1
    return f"{stem} ({n})"


def _cancelled(cancel) -> bool:
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


def chart_png(content: ReportContent, folder: Path, chart: ChartRenderer | None) -> Path | None:
    """The targets-vs-achieved chart drawn by `chart` into `folder`, when there is a renderer and there are targets."""
    if chart is None or not content.targets:
        return None
    try:
        # Serif text like the document around it; 1000 px across 16.5 cm keeps the labels near 8 pt in print.
        png = chart(bars_from_lines(content.targets), width=1000, serif=True)
    except Exception:  # a chart must never stop the report; Phụ lục I carries the same figures
        return None
    path = folder / "chart.png"
    path.write_bytes(png)
    return path


def prepare(db, period: Period, *, day: date, number: str | None = None, actor: str = "app",
            cutoff: date | None = None, estimate: bool = False, today: date | None = None, strict: bool = False):
    """(content, narrative, settings) as the report will print them; nothing is written.

    `cutoff`, `estimate`: see report_data.collect; `strict` refuses a report that may not be made (a period not
    started by `today`, a date before the period, a cut-off after the date) with ReportRefused."""
    from commune_desk.services.reports import report_numbers as numbers
    from commune_desk.services.reports.report_data import collect
    from commune_desk.services.reports.report_narrative import merged
    from commune_desk.storage.report_repo import ReportRepository

    repo = ReportRepository(db, actor)
    stored = repo.settings(period.code) or ReportSettings(period.code)
    content = collect(db, period, as_of=day, receiving_office=stored.receiving_office, cutoff=cutoff,
                      estimate=estimate, today=today, strict=strict)
    chosen = number_text(number or stored.number
                         or numbers.number_for(db, content.heading.official_name, period, day))
    recipients = noi_nhan(content.heading.receiving_office, stored.recipients or content.recipients_default)
    settings = ReportSettings(period.code, chosen, day, recipients, stored.addressed, stored.receiving_office)
    return content, merged(content, repo.narrative(period.code)), settings


def generate(db, period: Period, out_dir: Path, *, day: date | None = None, number: str | None = None,
             ascii_names: bool = True, actor: str = "app", stem: str | None = None,
             progress: Callable[[int, str], None] | None = None, cancel=None, cutoff: date | None = None,
             estimate: bool = False, today: date | None = None, keep_number: bool = True,
             chart: ChartRenderer | None = None) -> ReportFiles:
    """Write "<stem>.docx" and "<stem>.xlsx" into `out_dir` (both appear, or neither) and register the number.

    `stem` defaults to file_stem(period, ascii_names); an existing file of that name is replaced (the window asks
    first, see free_stem).

    The number is consumed only once both documents are in place; `keep_number=False` leaves that to the caller
    (a package consumes it only when the package itself is kept). `progress(percent, message)` is called between
    steps; `cancel` (an Event or a callable) is checked between them and raises Cancelled. The same data, date
    and number always give the same text. A report of a period not started by `today`, dated before its period,
    or with a cut-off after its date is refused (domain.data_cutoff.ReportRefused) before anything is written.
    `chart` draws the targets chart of Phụ lục I (the window and the CLI pass one, see chart_data); without one
    the report has the table only.
    """
    from commune_desk.services.reports import report_numbers as numbers
    from commune_desk.services.reports.report_docx import SUBJECT, write_docx
    from commune_desk.services.reports.report_xlsx import write_xlsx
    from commune_desk.storage import scratch
    from commune_desk.storage.files import atomic_paths

    day = day or date.today()
    report = progress or (lambda pct, msg: None)
    out_dir = Path(out_dir)
    steps = []

    def step(pct: int, msg: str) -> None:
        if _cancelled(cancel):
            raise Cancelled("report generation cancelled")
        steps.append(msg)
        report(pct, msg)

    step(5, "collecting figures")
    content, narrative, settings = prepare(db, period, day=day, number=number, actor=actor, cutoff=cutoff,
                                           estimate=estimate, today=today, strict=True)
    body = content.heading.official_name
    refused = numbers.refusal(db, body, period, settings.number, day)
    if refused is not None:      # before any file is written: a refused number leaves nothing behind
        raise refused
    stem = stem or file_stem(period, ascii_names)
    step(40, "writing the Word report")
    docx_dest, xlsx_dest = out_dir / f"{stem}.docx", out_dir / f"{stem}.xlsx"
    with scratch.private_temp("report-") as tmp, atomic_paths([docx_dest, xlsx_dest]) as (docx_tmp, xlsx_tmp):
        png = chart_png(content, Path(tmp), chart)
        write_docx(docx_tmp, content, narrative, number=settings.number, day=day, recipients=settings.recipients,
                   addressed=settings.addressed, chart_png=png)
        step(75, "writing the Excel annex")
        write_xlsx(xlsx_tmp, content, number=settings.number, day=day)
        step(95, "saving both files")   # a cancel up to here leaves neither file, and the number unused
    if keep_number:
        numbers.issue(db, body, period, settings.number, day, SUBJECT.format(content.period_name), actor)
    report(100, "done")
    return ReportFiles(docx_dest, xlsx_dest, settings.number, day, content.window, content.period_window[1],
                       bool(content.estimates))
