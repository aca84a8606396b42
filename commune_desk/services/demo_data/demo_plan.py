"""The demo commune's plan: the province's yearly plan with targets each commune can meet, in its own words.

Written for the demo's own province and year (never another city's names, never "8/8 phường, xã": a target a
commune cannot meet alone is no demo of its figures). The hand-entered values an officer would enter come with it,
each in the shape its indicator states and within the populations entered for the year.
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.plans import Deadline, DueRule, Plan, Target

CUTOFF_RULE = "15"          # NĐ 09/2019: the 15th of the month before to the 14th (domain.periods.ND09_2019)
SECTIONS = ("I. Tình hình tệ nạn mại dâm trên địa bàn", "II. Kết quả thực hiện", "III. Đánh giá chung",
            "IV. Phương hướng, nhiệm vụ kỳ tới", "V. Đề xuất, kiến nghị")


def _targets(kind: str) -> tuple[Target, ...]:
    """Targets worded for each commune-level unit (xã, phường, đặc khu), as a province plan gives them."""
    units = "thôn, tổ dân phố" if kind != "phường" else "tổ dân phố"
    rows = (
        ("CT01", f"100% {units} trên địa bàn tổ chức ít nhất một hình thức tuyên truyền về phòng, chống mại dâm "
                 "trong năm.", "PROP_UNITS", 100.0, "%", "year", "II.1"),
        ("CT02", "Mỗi quý đăng tải ít nhất 03 tin, bài về phòng, chống mại dâm trên trang thông tin điện tử, "
                 "trang mạng xã hội của Ủy ban nhân dân cấp xã.", "PROP_ONLINE", 3.0, "count", "quarter", "II.1"),
        ("CT03", "Ít nhất 30% người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm trên địa "
                 "bàn được tuyên truyền, phổ biến chính sách, pháp luật về phòng, chống mại dâm.",
         "WORKERS_REACHED", 30.0, "%", "year", "II.1"),
        ("CT04", "Ít nhất 80% giáo viên các trường học trên địa bàn được cung cấp thông tin, kiến thức về phòng, "
                 "chống mại dâm.", "TEACHERS_REACHED", 80.0, "%", "year", "II.1"),
        ("CT05", "Ít nhất 20% học sinh các trường trung học cơ sở, trung học phổ thông trên địa bàn được tuyên "
                 "truyền về phòng, chống mại dâm, phòng tránh xâm hại.", "PUPILS_REACHED", 20.0, "%", "year", "II.1"),
        ("CT06", "Ít nhất 60% người dân trên địa bàn được tuyên truyền, giáo dục về phòng, chống mại dâm.",
         "PEOPLE_REACHED", 60.0, "%", "year", "II.1"),
        ("CT07", "Ủy ban nhân dân cấp xã ban hành kế hoạch phòng, chống mại dâm năm của địa phương và tổ chức thực "
                 "hiện.", "PLAN_BUILT", 100.0, "%", "year", "II.2"),
        ("CT08", "Lồng ghép nhiệm vụ phòng, chống mại dâm với phòng, chống ma túy, HIV/AIDS, mua bán người và các "
                 "chương trình an sinh xã hội của địa phương.", "INTEGRATED", 100.0, "%", "year", "II.2"),
        ("CT09", "Ban hành ít nhất 02 văn bản chỉ đạo, hướng dẫn về công tác phòng, chống mại dâm trong năm.",
         "DOCUMENTS_ISSUED", 2.0, "count", "year", "II.2"),
        ("CT10", "100% tố giác, tin báo về hành vi vi phạm pháp luật liên quan đến mại dâm được tiếp nhận, xác "
                 "minh, xử lý kịp thời.", "TIP_HANDLED", 100.0, "%", "quarter", "II.3"),
        ("CT11", "100% vụ việc vi phạm pháp luật liên quan đến mại dâm được phát hiện được xử lý theo quy định.",
         "VIOLATIONS_HANDLED", 100.0, "%", "year", "II.3"),
        ("CT12", "Kiểm tra ít nhất 60% số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm trên địa bàn.",
         "BIZ_INSPECTED", 60.0, "%", "year", "II.3"),
        ("CT13", "100% cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm đang hoạt động ký cam kết không để "
                 "xảy ra hoạt động mại dâm tại cơ sở.", "BIZ_COMMITMENT", 100.0, "%", "year", "II.3"),
        ("CT14", "100% điểm phức tạp về tệ nạn mại dâm được phát hiện bị triệt xóa, không để phát sinh trở lại.",
         "HOTSPOT_ERADICATED", 100.0, "%", "year", "II.3"),
        ("CT15", "Có hoạt động can thiệp giảm hại, phòng, chống bạo lực trên cơ sở giới, hỗ trợ hòa nhập cộng "
                 "đồng cho người bán dâm.", "HARM_REDUCTION", 100.0, "%", "year", "II.4"),
        ("CT16", "Ít nhất 30% cán bộ, công chức, chiến sĩ công an, cộng tác viên, tình nguyện viên làm công tác "
                 "phòng, chống mại dâm của cấp xã được tập huấn, bồi dưỡng nghiệp vụ trong năm.",
         "STAFF_TRAINED", 30.0, "%", "year", "II.5"),
    )
    return tuple(Target(code, text, indicator, ">=", value, unit, scope, section)
                 for code, text, indicator, value, unit, scope, section in rows)


def demo_plan(year: int, profile) -> Plan:
    """The province's plan for `year`, sent to the demo commune."""
    province = profile.province
    return Plan(
        plan_id=f"DEMO-KH-PCMD-{year}", version=1,
        title=f"Kế hoạch thực hiện công tác phòng, chống mại dâm năm {year} trên địa bàn tỉnh {province}",
        issuing_office=f"Ủy ban nhân dân tỉnh {province}", year=year,
        receiving_office=profile.receiving_office or f"Sở Y tế tỉnh {province}", cutoff_rule=CUTOFF_RULE,
        document_number="18/KH-UBND", issued_on=date(year, 1, 20),
        targets=_targets(profile.kind),
        deadlines=(Deadline("quarter", DueRule(10, "last"), None, "Báo cáo quý (trước ngày 10 tháng cuối quý)"),
                   Deadline("half", DueRule.of_date(date(year, 6, 5)), None, "Báo cáo 6 tháng (trước ngày 05/6)"),
                   Deadline("year", DueRule.of_date(date(year, 11, 15)), None, "Báo cáo năm (trước ngày 15/11)")),
        report_sections=SECTIONS,
        recipients=(profile.receiving_office or f"Sở Y tế tỉnh {province}",))


def _violations_found(db, year: int, day: date) -> int:
    from commune_desk.storage.report_reads import inspections_finding_violations

    with db.read() as s:
        return inspections_finding_violations(s, (date(year, 1, 1), day), "khong_vi_pham")


# Persons reached as a share of each population, as a commune that did its work would report them.
REACHED = {"WORKERS_REACHED": (0.45, 0.8), "TEACHERS_REACHED": (0.85, 1.0), "PUPILS_REACHED": (0.25, 0.5),
           "PEOPLE_REACHED": (0.55, 0.75)}


def import_demo_plan(db, year: int, profile, actor: str, seed: int = 1, today: date | None = None) -> None:
    """Store the demo plan and the values an officer would enter by hand for its manual indicators, each in the
    shape its catalogue entry states (persons within the population entered for the year)."""
    import random

    from commune_desk.domain.indicators import CATALOGUE, COUNT_SHAPE, PERSONS, SHARE, YES_NO
    from commune_desk.domain.populations import in_force
    from commune_desk.storage.manual_values import ManualValue, ManualValueRepository
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.population_repo import PopulationRepository

    plan = demo_plan(year, profile)
    PlanRepository(db, actor).store(plan, source_name="demo (kế hoạch mẫu của tỉnh)")
    rng = random.Random(f"manual-{seed}-{year}")
    values = ManualValueRepository(db, actor)
    populations = PopulationRepository(db, actor).list(year)
    day = min(date(year, 11, 10), today or date.today())
    who = f"{profile.kind} {profile.name}"
    evidence = {
        "PLAN_BUILT": f"Kế hoạch số 05/KH-UBND ngày 25/01/{year} của Ủy ban nhân dân {who}",
        "INTEGRATED": f"Kế hoạch số 07/KH-UBND ngày 02/02/{year} (lồng ghép phòng, chống ma túy, HIV/AIDS)",
        "HARM_REDUCTION": f"Báo cáo của Trạm Y tế {who} ngày {day:%d/%m/%Y}",
        "DOCUMENTS_ISSUED": f"Sổ theo dõi văn bản đi của Ủy ban nhân dân {who} năm {year}",
        "VIOLATIONS_HANDLED": f"Báo cáo của Công an {who} ngày {day:%d/%m/%Y}",
    }
    for code in sorted({t.indicator for t in plan.targets}):
        definition = CATALOGUE[code]
        proof = evidence.get(code, f"Báo cáo kết quả tuyên truyền ngày {day:%d/%m/%Y} của các trường, thôn, "
                                   "tổ dân phố")
        if definition.shape == YES_NO:
            values.set(ManualValue(code, str(year), 1, None, "số liệu mẫu", proof))
        elif definition.shape == PERSONS:
            entry = in_force(populations, (definition.population, "", ""), year, day)
            if entry is not None:
                low, high = REACHED[code]
                values.set(ManualValue(code, str(year), round(entry.value * rng.uniform(low, high)), None,
                                       "số liệu mẫu", proof))
        elif definition.shape == SHARE:  # violations found by the year's inspections, all handled
            detected = max(1, _violations_found(db, year, day))
            values.set(ManualValue(code, str(year), detected, detected, "số liệu mẫu", proof))
        elif definition.shape == COUNT_SHAPE:
            values.set(ManualValue(code, str(year), rng.randrange(3, 7), None, "số liệu mẫu", proof))
