"""The demo commune's people: staff by role and level, trainings that count persons once, populations per year.

Everything is shaped so that every share is plausible and none exceeds 100 %: the persons trained for the first
time are drawn from the staff not yet trained that year, the people reached from the population entered.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from commune_desk.domain.records.types import Training, TrainingLine

_TRAININGS = [
    ("nghiep_vu", "Tập huấn nghiệp vụ phòng, chống mại dâm cho cán bộ, công chức xã", "Ủy ban nhân dân xã"),
    ("giam_hai", "Bồi dưỡng kỹ năng tư vấn giảm hại cho cộng tác viên thôn, tổ dân phố", "Trạm Y tế xã"),
    ("bao_luc_gioi", "Tập huấn phòng, chống bạo lực trên cơ sở giới", "Hội Liên hiệp Phụ nữ xã"),
    ("hoa_nhap", "Tập huấn hỗ trợ hòa nhập cộng đồng cho người bán dâm", "Sở Y tế"),
    ("xu_phat", "Bồi dưỡng kiến thức xử phạt vi phạm hành chính trong lĩnh vực phòng, chống tệ nạn xã hội",
     "Công an xã"),
    ("mua_ban_nguoi", "Tập huấn phòng, chống mua bán người cho đội công tác xã hội tình nguyện",
     "Ủy ban nhân dân xã"),
]
# Which staff each topic is for: (role, level) pairs.
_AUDIENCE = {
    "nghiep_vu": (("can_bo", "xa"), ("cong_chuc", "xa"), ("chien_si", "xa")),
    "giam_hai": (("cong_tac_vien", "thon"), ("vien_chuc", "xa")),
    "bao_luc_gioi": (("can_bo", "xa"), ("cong_tac_vien", "thon"), ("tinh_nguyen_vien", "thon")),
    "hoa_nhap": (("cong_chuc", "xa"), ("vien_chuc", "xa")),
    "xu_phat": (("chien_si", "xa"), ("cong_chuc", "xa")),
    "mua_ban_nguoi": (("tinh_nguyen_vien", "thon"), ("cong_tac_vien", "thon")),
}


def demo_staff(units: int, seed: int) -> dict[tuple[str, str], int]:
    """Staff working on the task by (role, level): commune officials, police, and people of every hamlet."""
    rng = random.Random(f"staff-{seed}")
    return {("can_bo", "xa"): 4 + rng.randrange(3), ("cong_chuc", "xa"): 6 + rng.randrange(4),
            ("vien_chuc", "xa"): 2 + rng.randrange(3), ("chien_si", "xa"): 8 + rng.randrange(6),
            ("cong_tac_vien", "thon"): 2 * units, ("tinh_nguyen_vien", "thon"): units + rng.randrange(units + 1)}


def demo_trainings(staff: dict, year: int, seed: int, start: date, span: int, version: str,
                   unit_codes: list[str]) -> list[Training]:
    """5–8 trainings in the year; a person counts as trained for the first time only once."""
    rng = random.Random(f"trainings-{seed}-{year}")
    untrained = dict(staff)
    days = sorted(start + timedelta(days=rng.randrange(span)) for _ in range(5 + rng.randrange(4)))
    out = []
    for day in days:
        topic, title, organiser = rng.choice(_TRAININGS)
        lines = []
        for role, level in _AUDIENCE[topic]:
            size = staff[(role, level)]
            attendees = max(1, round(size * rng.uniform(0.3, 0.7)))
            # Some came to an earlier class this year; never more new persons than remain untrained.
            persons = min(untrained[(role, level)], round(attendees * rng.uniform(0.3, 0.7)))
            untrained[(role, level)] -= persons
            lines.append(TrainingLine(role, level, attendees, persons))
        out.append(Training(day, topic, title, organiser, rng.choice([1, 1, 2]),
                            rng.choice(unit_codes) if topic in ("giam_hai", "mua_ban_nguoi") and unit_codes else "",
                            tuple(lines), catalogue_version=version))
    return out


def demo_populations(profile, year: int, seed: int, staff: dict, workers: int, today: date):
    """Population figures of `year` with their sources, as an officer would copy them from the papers."""
    from commune_desk.domain.populations import PopulationEntry

    rng = random.Random(f"populations-{seed}-{year}")
    units = len(profile.residential_units)
    households = units * (180 + rng.randrange(120))
    residents = round(households * rng.uniform(3.4, 4.1))
    as_of = min(date(year - 1, 12, 31), today)
    police = f"Công an {profile.kind} {profile.name}"
    school = f"Trường THCS {profile.name}"
    out = [
        PopulationEntry(year, "residents", residents, as_of, f"Số liệu dân cư của {police} đến 31/12/{year - 1}"),
        PopulationEntry(year, "households", households, as_of, f"Số liệu dân cư của {police} đến 31/12/{year - 1}"),
        PopulationEntry(year, "teachers", 60 + rng.randrange(40), date(year - 1, 9, 15),
                        f"Báo cáo đầu năm học {year - 1}–{year} của các trường trên địa bàn"),
        PopulationEntry(year, "pupils", 900 + rng.randrange(700), date(year - 1, 9, 15),
                        f"Báo cáo đầu năm học {year - 1}–{year} của các trường trên địa bàn ({school} …)"),
        PopulationEntry(year, "workers", workers, as_of,
                        "Sổ theo dõi cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm của xã"),
    ]
    decision = f"Quyết định số {rng.randrange(10, 60):02d}/QĐ-UBND ngày 05/01/{year} về kiện toàn Ban Chỉ đạo"
    for (role, level), value in sorted(staff.items()):
        out.append(PopulationEntry(year, "staff", value, min(date(year, 1, 5), today), decision, role, level))
    return out
