"""Statistical tables after those of the indicators, models and teams: comparisons with earlier periods,
commitments, inspections by force (the 178 team first) and the healthy-commune status; the Word appendix and the
Excel annex print the same tables."""

from __future__ import annotations

from datetime import date

from commune_desk.domain.report_content import COMPARED_LABELS, StatTable
from commune_desk.storage.report_reads import assessments, business_commitments


def comparison_table(comparisons, number: int) -> StatTable:
    """This period against the previous period and the same period of last year; "-" where the earlier period
    has no records (nothing is compared with a period the commune did not record)."""
    headers = ["STT", "Nội dung", "Đơn vị tính", "Kỳ này"]
    stretches = []
    for cmp in comparisons:
        word = "Kỳ trước" if cmp.key == "previous" else "Cùng kỳ năm trước"
        # The header names the period only (a date in a 2 cm column breaks inside itself); how far the earlier
        # period was counted goes into the note under the title.
        name, _, stretch = cmp.name_vi.partition(", ")
        headers += [f"{word} ({name})", "Tăng (+), giảm (-)"]
        if stretch:
            stretches.append(f"{word.lower()} {stretch}")
    note = "Dấu “-”: kỳ so sánh chưa có số liệu được ghi nhận"
    if stretches:
        note = f"Kỳ so sánh tính cùng độ dài với kỳ này: {'; '.join(stretches)}. {note}"
    rows = []
    for i, (measure, (label, unit)) in enumerate(COMPARED_LABELS.items(), start=1):
        now = dict(comparisons[0].now).get(measure, 0) if comparisons else 0
        row = [i, label, unit, now]
        for cmp in comparisons:
            then = dict(cmp.then).get(measure, 0)
            row += [then, now - then] if cmp.has_data else ["-", "-"]
        rows.append(tuple(row))
    numeric = frozenset(range(3, len(headers)))
    widths = (1.2, 4.7 if len(comparisons) > 1 else 8.3, 1.8, 1.6) + (2.1, 1.5) * len(comparisons)  # 16,5 cm
    return StatTable(
        "compare",
        f"Biểu {number}. So sánh kết quả chủ yếu với kỳ trước và cùng kỳ năm trước",
        note,
        tuple(headers),
        tuple(rows),
        numeric,
        has_total=False,
        widths=widths,
        signed=frozenset(range(5, len(headers), 2)),
    )


def commitments_table(s, window, catalogues, number: int) -> StatTable:
    """Owners' and workers' commitments of the businesses operating at the window's end, by kind."""
    end = window[1]
    by_kind: dict[str, list[int]] = {}
    for kind, owner_date, workers, committed in business_commitments(s, end):
        row = by_kind.setdefault(kind, [0, 0, 0, 0])
        row[0] += 1
        row[1] += owner_date is not None and owner_date <= end
        row[2] += workers or 0
        row[3] += committed or 0
    cat = catalogues["business_kinds"]
    codes = [e.code for e in cat.entries if e.code in by_kind] + sorted(set(by_kind) - {e.code for e in cat.entries})
    rows = [(i, cat.label(k), *by_kind[k]) for i, k in enumerate(codes, start=1)]
    rows.append(("", "Tổng cộng", *[sum(r[j] for r in rows) for j in range(2, 6)]))
    return StatTable(
        "commitments",
        f"Biểu {number}. Ký cam kết của cơ sở kinh doanh dịch vụ và người lao động",
        "Đơn vị tính: cơ sở, người (cơ sở đang hoạt động cuối kỳ)",
        (
            "STT",
            "Loại hình kinh doanh",
            "Số cơ sở đang hoạt động",
            "Chủ cơ sở đã ký cam kết",
            "Người lao động",
            "Người lao động đã ký cam kết",
        ),
        tuple(rows),
        frozenset(range(2, 6)),
    )


def forces_table(teams, inspected: int, number: int) -> StatTable:
    """Inspections by team in the period: the 178 team first (services.reports.report_tallies.tallies["teams"]); the total
    of businesses inspected is `inspected`, each business once, which the note under the title explains."""
    rows = [
        (i, name, visits, places, found, signs) for i, (name, visits, places, found, signs) in enumerate(teams, start=1)
    ]
    # A business inspected by two teams is one business: its total is the businesses inspected by any force, not
    # the sum of the teams' column (a blank cell there read as missing data), and the note says so.
    rows.append(("", "Tổng cộng", sum(r[2] for r in rows), inspected, sum(r[4] for r in rows), sum(r[5] for r in rows)))
    return StatTable(
        "forces",
        f"Biểu {number}. Kiểm tra cơ sở kinh doanh dịch vụ theo lực lượng kiểm tra",
        "Đơn vị tính: lượt, cơ sở. Tổng số cơ sở được kiểm tra tính mỗi cơ sở một lần, kể cả cơ sở được nhiều lực "
        "lượng kiểm tra",
        (
            "STT",
            "Lực lượng kiểm tra",
            "Lượt kiểm tra",
            "Cơ sở được kiểm tra",
            "Lượt phát hiện vi phạm",
            "Lượt có dấu hiệu mại dâm",
        ),
        tuple(rows),
        frozenset(range(2, 6)),
    )


def healthy_table(s, year: int, labels: dict, number: int) -> StatTable:
    """Registration (a self-assessment recorded for the year), score, self-assessed result and the recognition
    decision, for last year and this year. A self-assessment is never shown as a recognition."""
    rows = []
    found = assessments(s, (year - 1, year))
    for i, y in enumerate((year - 1, year), start=1):
        r = found.get(y)
        if r is None:
            rows.append((i, str(y), "Chưa ghi nhận", "-", "-", "Chưa có"))
            continue
        decision = (
            f"Quyết định số {r.decision_number} ngày {_d(r.decision_date)} của {r.issuer}"
            if r.decision_number and r.decision_date
            else "Chưa có quyết định công nhận"
        )
        rows.append(
            (i, str(y), f"Đã tự đánh giá ngày {_d(r.assessed_date)}", r.total, labels.get(r.result, r.result), decision)
        )
    return StatTable(
        "healthy",
        f"Biểu {number}. Xây dựng xã, phường lành mạnh không có tệ nạn ma túy, mại dâm",
        "",
        ("STT", "Năm", "Đăng ký, tự đánh giá", "Điểm tự đánh giá", "Kết quả tự đánh giá", "Công nhận"),
        tuple(rows),
        frozenset({3}),
        has_total=False,
        widths=(1.2, 1.4, 3.6, 2.0, 2.3, 6.0),
    )


def _d(day: date | None) -> str:
    from commune_desk.domain.doc_format import vn_date

    return vn_date(day) if day else ""


def extra_tables(
    s, period, window, ytd_window, comparisons, tallies, catalogues, labels, first: int
) -> tuple[StatTable, ...]:
    """The tables after those of the indicators, numbered from Biểu `first` on."""
    # The volunteer social-work team and peer groups have their own table from the teams register (Biểu 7,
    # services/reports/report_community.py); nothing here guesses them from organiser names.
    return (
        comparison_table(comparisons, first),
        commitments_table(s, window, catalogues, first + 1),
        forces_table(tallies["teams"], tallies["inspected_businesses"], first + 2),
        healthy_table(s, period.year, labels, first + 3),
    )
