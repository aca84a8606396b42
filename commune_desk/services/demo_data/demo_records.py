"""Demo records of every type beyond propaganda, deterministic per seed, with realistic Vietnamese texts."""

from __future__ import annotations

import random
from datetime import date, timedelta

from commune_desk.domain.healthy_commune import assessment_result, qualifying
from commune_desk.domain.records.types import (
    Assessment, Business, Hotspot, HotspotEvent, Inspection, Support, TipOff, UnitEvent,
)

_BIZ = {"khach_san": "Khách sạn", "nha_nghi": "Nhà nghỉ", "nha_tro": "Nhà trọ", "karaoke": "Karaoke",
        "massage": "Massage", "cat_toc": "Cắt tóc gội đầu", "ca_phe_den_mo": "Cà phê", "spa": "Spa"}
_BIZ_NAMES = ["Hoa Sen", "Bình Minh", "Phương Nam", "Thanh Bình", "Sao Mai", "Hồng Hà", "Ánh Dương", "Biển Xanh",
              "Hải Âu", "Kim Long", "Thiên Phú", "Mai Anh", "Trường An", "Quỳnh Như", "Đại Phát", "Như Ý"]
_PEOPLE = ["Nguyễn Văn Bình", "Trần Thị Hoa", "Lê Văn Cường", "Phạm Thị Lan", "Hoàng Văn Dũng", "Vũ Thị Mai",
           "Đặng Văn Hải", "Bùi Thị Hằng", "Đỗ Văn Khánh", "Ngô Thị Thủy", "Dương Văn Long", "Lý Thị Nga"]
_FINDINGS = {"khong_vi_pham": ["Cơ sở chấp hành tốt quy định, có sổ theo dõi lưu trú đầy đủ",
                               "Không phát hiện vi phạm; đã nhắc chủ cơ sở niêm yết nội quy"],
             "vi_pham_hanh_chinh": ["Không khai báo lưu trú cho khách theo quy định",
                                    "Nhân viên chưa có hợp đồng lao động, chưa ký cam kết"],
             "dau_hieu_mai_dam": ["Phát hiện nhân viên có biểu hiện môi giới mại dâm cho khách"]}
_TEAMS = ["Tổ công tác liên ngành 178 xã", "Công an xã phối hợp Trạm Y tế", "Đoàn kiểm tra liên ngành xã"]
_TIPS = ["Người dân phản ánh quán karaoke hoạt động quá giờ, có nữ tiếp viên ăn mặc hở hang",
         "Tin báo nghi có hoạt động mua bán dâm tại nhà nghỉ ven quốc lộ",
         "Phản ánh có người lạ thường xuyên lui tới phòng trọ vào ban đêm",
         "Tin nhắn qua đường dây nóng về việc môi giới mại dâm qua mạng xã hội"]
_CHANNELS = ["đường dây nóng", "trực tiếp", "hòm thư góp ý", "qua trưởng thôn", "mạng xã hội"]
_PLACES = ["Bãi đất trống cạnh chợ", "Khu nhà trọ ven khu công nghiệp", "Đoạn đường tránh quốc lộ",
           "Công viên trung tâm", "Bến xe khách"]
_PARTNERS = ["Trung tâm Giáo dục nghề nghiệp", "Ngân hàng Chính sách xã hội", "Trạm Y tế xã",
             "Hội Liên hiệp Phụ nữ xã", "Trung tâm Công tác xã hội tỉnh"]


def demo_events(profile, start: date, span: int) -> list[UnitEvent]:
    """A hamlet renamed mid-year and, in communes of 8 or more, the last one merged into its neighbour."""
    units = profile.residential_units
    events = [UnitEvent(units[2].code, "renamed", start + timedelta(days=span // 2), units[2].name,
                        f"{units[2].kind.capitalize()} Đồng Tâm", note="Theo nghị quyết HĐND")]
    if len(units) >= 8:
        events.append(UnitEvent(units[-1].code, "merged", start + timedelta(days=span // 3),
                                merged_into_code=units[-2].code,
                                note="Sáp nhập theo đề án sắp xếp thôn, tổ dân phố"))
    return events


def demo_records(profile, year: int, seed: int, until: date, catalogues) -> dict[str, list]:
    """Records of a year for the demo commune; every date lies in `year` and not after `until`."""
    rng = random.Random(f"records-{seed}-{year}")
    start = date(year, 1, 1)
    span = max(1, min((until - start).days, 364))
    codes = [u.code for u in profile.residential_units]
    version = catalogues.version
    day = lambda: start + timedelta(days=rng.randrange(span))  # noqa: E731
    events = demo_events(profile, start, span)
    ended = {e.unit_code: e.effective_date for e in events if e.kind == "merged"}

    def unit(on: date) -> str:
        """A unit that still exists on `on` (a merged hamlet takes no records from its merger on), or none."""
        return rng.choice([c for c in codes if c not in ended or on < ended[c]] + [""])

    cat = lambda name: catalogues[name].codes()  # noqa: E731
    out: dict[str, list] = {"residential_unit_event": events}

    from commune_desk.services.demo_data.demo_figures import demo_staff, demo_trainings

    out["training"] = demo_trainings(demo_staff(len(codes), seed), year, seed, start, span, version,
                                     [c for c in codes if c not in ended])

    businesses = []
    for i in range(1, 31 + rng.randrange(30)):
        kind = rng.choice(list(_BIZ))
        registered = date(year - rng.randrange(4), 1, 1) + timedelta(days=rng.randrange(span))
        workers = rng.randrange(1, 15)
        businesses.append(Business(
            f"CS{i:03d}", f"{_BIZ[kind]} {rng.choice(_BIZ_NAMES)}", kind, registered,
            f"Số {rng.randrange(1, 300)}, {rng.choice(profile.residential_units).name}", unit(registered),
            rng.choice(_PEOPLE),
            min(until, registered + timedelta(days=rng.randrange(30))) if rng.random() < 0.9 else None,
            workers, rng.randrange(0, workers + 1), catalogue_version=version))
    out["business"] = businesses
    inspections = []
    for _ in range(80 + rng.randrange(70)):
        outcome = rng.choices(list(_FINDINGS), weights=[7, 3, 1])[0]
        handling = {"khong_vi_pham": "khong", "vi_pham_hanh_chinh": rng.choice(["nhac_nho", "lap_bien_ban",
                    "xu_phat"]), "dau_hieu_mai_dam": "chuyen_cong_an"}[outcome]
        inspections.append(Inspection(rng.choice(businesses).code, day(), rng.choice(_TEAMS),
                                      rng.choice(_FINDINGS[outcome]), outcome, handling, catalogue_version=version))
    out["inspection"] = sorted(inspections, key=lambda r: r.inspection_date)

    hotspots, hevents = [], []
    for i in range(1, 4 + rng.randrange(5)):
        hotspots.append(Hotspot(f"DP{i:02d}", f"{rng.choice(_PLACES)} {rng.choice(profile.residential_units).name}",
                                unit(until), "Đối tượng tụ tập, chèo kéo khách vào ban đêm"))
        first = start + timedelta(days=rng.randrange(max(1, span // 2)))
        hevents.append(HotspotEvent(f"DP{i:02d}", first, "phat_hien", "Phát hiện qua tuần tra", version))
        if rng.random() < 0.7:
            gone = first + timedelta(days=rng.randrange(10, max(11, span // 3)))
            hevents.append(HotspotEvent(f"DP{i:02d}", gone, "triet_xoa", "Triệt xóa sau đợt cao điểm", version))
            if rng.random() < 0.3 and (gone - start).days + 20 < span:
                hevents.append(HotspotEvent(f"DP{i:02d}", gone + timedelta(days=20), "phat_sinh_lai",
                                            "Có dấu hiệu hoạt động trở lại", version))
    out["hotspot"], out["hotspot_event"] = hotspots, sorted(hevents, key=lambda r: r.event_date)

    tips = []
    for _ in range(20 + rng.randrange(30)):
        got = day()
        verified = got + timedelta(days=rng.randrange(1, 5))
        handled = verified + timedelta(days=rng.randrange(1, 15))
        done = handled <= until and rng.random() < 0.85
        tips.append(TipOff(got, rng.choice(_TIPS), rng.choice(_CHANNELS), unit(got),
                           verified if verified <= until else None, handled if done else None,
                           rng.choice(["dung_su_that", "khong_dung", "chuyen_co_quan"]) if done else "dang_xu_ly",
                           catalogue_version=version))
    out["tipoff"] = sorted(tips, key=lambda r: r.received_date)

    from commune_desk.services.demo_data.demo_penalties import demo_penalties

    out["penalty_decision"] = demo_penalties(profile, year, seed, until, catalogues, _PEOPLE, codes, ended)

    supports = []
    for _ in range(30 + rng.randrange(30)):
        given = day()
        supports.append(Support(given, rng.choice(cat("support_kinds")), rng.randrange(1, 8), rng.choice(_PARTNERS),
                                unit(given), catalogue_version=version))
    out["reintegration_support"] = sorted(supports, key=lambda r: r.support_date)

    scores = tuple((e.code, rng.randrange(int(e.extra["max_score"]) * 6 // 10, int(e.extra["max_score"]) + 1))
                   for e in catalogues["healthy_commune_criteria"].entries)
    total = sum(s for _, s in scores)
    result = assessment_result(total, catalogues)
    # A recognition decision exists only for a result that meets the standard; otherwise only the self-assessment.
    decision = ((f"{rng.randrange(100, 900)}/QĐ-UBND", date(year - 1, 12, 28), "Ủy ban nhân dân tỉnh")
                if result in qualifying(catalogues) else ("", None, ""))
    out["healthy_commune_assessment"] = [Assessment(
        year - 1, date(year - 1, 11, 25), scores, result, *decision, catalogue_version=version)]
    return out
