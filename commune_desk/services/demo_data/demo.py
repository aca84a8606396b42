"""A deterministic fictional commune (name and code derive from the seed) with a year of records, marked demo."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from commune_desk.domain.errors import ExpectedError
from commune_desk.domain.profile import Profile, ResidentialUnit, Signer
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.database_contents import clear_records, has_data
from commune_desk.storage.profile_repo import ProfileRepository

_NAMES = ["Hòa Mỹ", "Tân Lập", "Đông Sơn", "Phú Thịnh", "Quảng Phú", "Yên Bình", "Thạch Hà", "Nghĩa Đàn",
          "Ân Thi", "Đức Hòa", "Ea Kar", "Bình Lục", "Ngọc Lặc", "Thuận An", "Hương Trà", "Cẩm Xuyên"]
_PROVINCES = ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Đắk Lắk", "Ninh Bình", "Hưng Yên", "Phú Thọ"]
_SIGNERS = ["Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Đức Thắng", "Phạm Thị Ngọc Ánh", "Hoàng Văn Đông"]
_TITLES = [
    "Tuyên truyền Luật Phòng, chống mại dâm trên loa truyền thanh",
    "Nói chuyện chuyên đề phòng, chống tệ nạn mại dâm cho đoàn viên thanh niên",
    "Phát tờ rơi phòng chống mại dâm tại các cơ sở kinh doanh dịch vụ",
    "Lồng ghép tuyên truyền phòng, chống mại dâm với phòng, chống HIV/AIDS",
    "Sinh hoạt chuyên đề về bình đẳng giới và phòng, chống mua bán người",
    "Đăng tin trên trang thông tin điện tử xã về phòng, chống tệ nạn xã hội",
    "Tuyên truyền tại trường THCS về kỹ năng phòng tránh xâm hại",
]
_ORGANISERS = ["Công an xã", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Phòng Văn hóa - Xã hội",
               "Đội công tác xã hội tình nguyện", "Mặt trận Tổ quốc xã"]


def demo_profile(seed: int) -> Profile:
    rng = random.Random(f"profile-{seed}")
    name = _NAMES[seed % len(_NAMES)]
    kind = "phường" if seed % 3 == 0 else "xã"
    province = rng.choice(_PROVINCES)
    urban = kind == "phường"
    count = 6 + rng.randrange(7)
    units = tuple(
        ResidentialUnit(code=f"{'TDP' if urban else 'T'}{i:02d}",
                        name=f"{'Tổ dân phố' if urban else 'Thôn'} {i}", kind="tổ dân phố" if urban else "thôn")
        for i in range(1, count + 1)
    )
    return Profile(
        role="commune", official_name=f"Ủy ban nhân dân {kind} {name}", kind=kind, name=name,
        unit_code=f"9{seed % 10000:04d}{rng.randrange(10)}", province=province,
        place_name=f"{kind.capitalize()} {name}", issuing_body=f"ỦY BAN NHÂN DÂN\n{kind.upper()} {name.upper()}",
        receiving_office=f"Sở Y tế tỉnh {province}",
        signer=Signer(name=rng.choice(_SIGNERS)), residential_units=units, is_demo=True,
    )


def demo_propaganda(profile: Profile, year: int, seed: int, until: date) -> list[PropagandaActivity]:
    from commune_desk.services.demo_data.demo_records import demo_events

    rng = random.Random(f"propaganda-{seed}-{year}")
    forms = default_catalogues()["activity_forms"].codes()
    groups = default_catalogues()["target_groups"].codes()
    version = default_catalogues().version
    out = []
    start = date(year, 1, 1)
    days = max(1, min((until - start).days, 364))
    ended = {e.unit_code: e.effective_date for e in demo_events(profile, start, days) if e.kind == "merged"}
    for _ in range(120 + rng.randrange(80)):
        on = start + timedelta(days=rng.randrange(days))
        unit = rng.choice(tuple(u for u in profile.residential_units if u.code not in ended or on < ended[u.code])
                          + (None,))
        out.append(PropagandaActivity(
            activity_date=on,
            form_code=rng.choice(forms), title=rng.choice(_TITLES),
            participants=rng.choice([0, 15, 25, 40, 60, 80, 120, 250]), materials=rng.choice([0, 0, 50, 100, 200]),
            unit_code=unit.code if unit else "", target_groups=tuple(rng.sample(groups, rng.randrange(1, 3))),
            organiser=rng.choice(_ORGANISERS), catalogue_version=version,
        ))
    return out


def _populations(db, actor: str, profile, year: int, seed: int, records: dict, catalogues, today: date,
                 kinds: tuple[str, ...] = ()) -> None:
    """The year's populations (through the repository, so every share rule is checked as for an officer); only
    those of `kinds` when given."""
    from commune_desk.services.demo_data.demo_figures import demo_populations, demo_staff
    from commune_desk.storage.population_repo import PopulationRepository

    staff = demo_staff(len(profile.residential_units), seed)
    workers = sum(b.workers for b in records["business"] if b.closed_date is None)
    repo = PopulationRepository(db, actor, today=lambda: today, catalogues=catalogues)
    for entry in demo_populations(profile, year, seed, staff, workers, today):
        if not kinds or entry.kind in kinds:
            repo.set(entry)


def create_demo(db, *, year: int, seed: int, force: bool, actor: str, today: date | None = None,
                with_plan: bool = False) -> str:
    """Fill `db` with the demo commune of `seed`; refuses a database with data unless `force`. All or nothing.

    Records are bulk-inserted (one audit entry per record type with its count, see docs/records-workbook.md).
    """
    from commune_desk.domain.periods import CutoffRule, PeriodScheme
    from commune_desk.services.demo_data.demo_community import demo_community
    from commune_desk.services.demo_data.demo_plan import CUTOFF_RULE
    from commune_desk.services.demo_data.demo_previous import merge, previous_year
    from commune_desk.services.demo_data.demo_records import demo_records
    from commune_desk.storage.repos.bulk import ImportBatch, apply_import

    # One transaction from the check to the last record: a kill or an error at any point leaves the database
    # exactly as it was (never "all deleted, nothing inserted").
    with db.one_transaction():
        if has_data(db):
            if not force:
                raise ExpectedError("the database already holds data; use --force to replace it with demo data")
            clear_records(db)  # every record table, the plans' no-delete triggers lifted inside the transaction
        today = today or date.today()
        until = min(date(year, 12, 31), today) if year >= today.year else date(year, 12, 31)
        profile = ProfileRepository(db, actor).save(demo_profile(seed))
        catalogues = default_catalogues()
        records = demo_records(profile, year, seed, until, catalogues)
        records["propaganda"] = sorted(demo_propaganda(profile, year, seed, until), key=lambda r: r.activity_date)
        # models and teams; their quarters are the plan's (its cut-off rule), or calendar ones without a plan
        scheme = PeriodScheme.uniform(CutoffRule.parse(CUTOFF_RULE) if with_plan else None)
        records.update(demo_community(profile, year, seed, until, catalogues, records, scheme))
        activities = len(records["propaganda"])
        # A thinner year before, so that "same period last year" compares with something (services/demo_data/demo_previous).
        earlier = previous_year(profile, year, seed, catalogues, records)
        records = merge(records, earlier)
        counts = apply_import(db, actor, ImportBatch(source=f"demo seed {seed}", records=records), catalogues)
        ended = {e.unit_code for e in records["residential_unit_event"] if e.kind in ("merged", "split", "dissolved")
                 and e.effective_date <= today}
        if ended:  # as the units screen does on a merger: the unit leaves the profile's list (its records stay)
            profile = ProfileRepository(db, actor).save(replace(profile, residential_units=tuple(
                u for u in profile.residential_units if u.code not in ended)))
        # The year before: its staff, the denominator of the persons trained that year (nothing else is compared).
        _populations(db, actor, profile, year - 1, seed, records, catalogues, today, kinds=("staff",))
        _populations(db, actor, profile, year, seed, records, catalogues, today)
        total = sum(counts.values())
        before = sum(len(v) for v in earlier.values())
        if with_plan:  # so that the dashboard and the report show targets, as with a real plan from the office
            from commune_desk.services.demo_data.demo_plan import import_demo_plan

            import_demo_plan(db, year, profile, actor, seed, today)
    return (f"demo data for {profile.official_name} ({profile.unit_code}), year {year}: "
            f"{len(profile.residential_units)} residential units, {activities} propaganda "
            f"activities, {total} records in all ({before} of them in {year - 1}, a thinner year for comparisons)"
            + (f", and the province's plan for {year} with the values entered by hand" if with_plan else ""))
