"""Demo models (mô hình) and teams: the volunteer social-work team, a peer group, two or three models with their
status changes and quarterly figures, and some of the demo's propaganda, support and tip-offs carried out by them.

A random generator of its own keeps every other demo record exactly as it was.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from commune_desk.domain.periods import CALENDAR_SCHEME, Period, PeriodScheme
from commune_desk.domain.records.community import (
    OPERATING, PAUSED, SERVED_SEP, CommunityModel, ModelFigures, ModelStatus, Team,
)

VOLUNTEER_TEAM, PEER_GROUP = "DCTXH", "DD01"
VOLUNTEER_ORGANISER = "Đội công tác xã hội tình nguyện"      # an organiser name of the demo's propaganda


def _models(profile, year: int, rng: random.Random, until: date) -> list[CommunityModel]:
    units = [u.code for u in profile.residential_units]
    province = profile.province or "tỉnh"
    models = [
        CommunityModel("MH01", f"Điểm tư vấn, hỗ trợ người bán dâm hòa nhập cộng đồng {profile.kind} {profile.name}",
                       "ho_tro_nguoi_ban_dam", date(year - 2, 4, 12), f"Trung tâm Công tác xã hội tỉnh {province}",
                       tuple(sorted(rng.sample(units, min(3, len(units))))), "Theo Kế hoạch của Ủy ban nhân dân tỉnh"),
        CommunityModel("MH02", "Câu lạc bộ người lao động tại các cơ sở kinh doanh dịch vụ",
                       "quyen_nguoi_lao_dong", date(year - 1, 9, 5), f"Liên đoàn Lao động tỉnh {province}",
                       tuple(sorted(rng.sample(units, min(2, len(units)))))),
    ]
    third = date(year, 3, 20)
    if third <= until:
        models.append(CommunityModel("MH03", "Nhóm đồng đẳng phòng ngừa mại dâm, giảm tác hại",
                                     "nang_luc_dong_dang", third, "Trạm Y tế xã", (units[0],)))
    return models


def _statuses(year: int, until: date) -> list[ModelStatus]:
    """MH02 pauses for the summer (no funds) and starts again: operating at the year's end, not maintained."""
    out = []
    for day, status, note in ((date(year, 5, 10), PAUSED, "Tạm dừng do chưa bố trí kinh phí"),
                              (date(year, 7, 15), OPERATING, "Hoạt động trở lại")):
        if day <= until:
            out.append(ModelStatus("MH02", day, status, note))
    return out


def _figures(models, year: int, rng: random.Random, until: date, catalogues, statuses,
             scheme: PeriodScheme) -> list[ModelFigures]:
    ages = [e.code for e in catalogues["age_groups"].entries if e.code not in ("duoi_16", "16_18")]
    paused = {(s.model_code, Period(year, "quarter", (s.status_date.month - 1) // 3 + 1).code)
              for s in statuses if s.status == PAUSED}
    out = []
    for q in (1, 2, 3, 4):
        quarter = Period(year, "quarter", q)
        if quarter.start > until:
            break
        for m in models:
            if m.set_up_date > quarter.end:
                continue
            women = sorted(rng.sample(ages, 2))
            served = tuple((f"nu{SERVED_SEP}{a}", rng.randrange(1, 6)) for a in women)
            if m.kind_code == "quyen_nguoi_lao_dong":
                served += ((f"nam{SERVED_SEP}{rng.choice(ages)}", rng.randrange(1, 4)),)
            slow = (m.code, quarter.code) in paused
            # counted to the quarter's last data day (the plan's quarter), or to the demo's day while it runs
            counted_to = min(scheme.window(quarter)[1], until)
            out.append(ModelFigures(m.code, quarter.code, served, rng.randrange(1, 3) if slow else rng.randrange(3, 9),
                                    rng.randrange(0, 4), counted_to=counted_to))
    return out


def _teams(profile, year: int, rng: random.Random, catalogues) -> list[Team]:
    version = catalogues.version
    unit = profile.residential_units[0]
    return [
        Team(VOLUNTEER_TEAM, f"Đội công tác xã hội tình nguyện {profile.kind} {profile.name}", "doi_ctxh",
             date(year - 3, 3, 26), "", (("truong", 1), ("pho", 2), ("thanh_vien", rng.randrange(10, 21)),
                                         ("cong_tac_vien", rng.randrange(3, 7))),
             note="Quyết định thành lập của Chủ tịch Ủy ban nhân dân", catalogue_version=version),
        Team(PEER_GROUP, f"Nhóm đồng đẳng {unit.name}", "nhom_dong_dang", date(year - 2, 8, 1), unit.code,
             (("truong", 1), ("dong_dang", rng.randrange(5, 9))), catalogue_version=version),
    ]


def demo_community(profile, year: int, seed: int, until: date, catalogues, records: dict,
                   scheme: PeriodScheme = CALENDAR_SCHEME) -> dict[str, list]:
    """The demo's teams, models, status changes and figures; propaganda, support and tip-offs in `records` come
    back with the team that carried some of them out (the volunteer team's own propaganda, some support by the
    peer group, tip-offs passed on by the team)."""
    rng = random.Random(f"community-{seed}-{year}")
    version = catalogues.version
    models = [replace(m, catalogue_version=version) for m in _models(profile, year, rng, until)]
    statuses = _statuses(year, until)
    out = {"team": _teams(profile, year, rng, catalogues), "community_model": models, "model_status": statuses,
           "model_figures": _figures(models, year, rng, until, catalogues, statuses, scheme)}
    out["propaganda"] = [replace(p, team_code=VOLUNTEER_TEAM) if p.organiser == VOLUNTEER_ORGANISER else p
                         for p in records.get("propaganda", [])]
    out["reintegration_support"] = [replace(s, team_code=rng.choice((VOLUNTEER_TEAM, PEER_GROUP)))
                                    if rng.random() < 0.3 else s for s in records.get("reintegration_support", [])]
    out["tipoff"] = [replace(t, team_code=VOLUNTEER_TEAM) if rng.random() < 0.25 else t
                     for t in records.get("tipoff", [])]
    return out
