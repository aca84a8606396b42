"""Demo penalty cases that follow the law they claim: NĐ 282/2025 brackets, warnings, transfers and referrals.

Every case passes the penalty rules: acts that ended before 15/12/2025 use the NĐ 144/2021 entries (article typed as
"theo quyết định", since that catalogue carries no checked article), fines lie in the bracket (doubled for an
organisation), acts beyond the commune's competence are transferred, a crime is referred to investigators.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from commune_desk.domain import penalty_law as law
from commune_desk.domain.records.types import Penalty, PersonIdentity

_ISSUER = "Chủ tịch Ủy ban nhân dân xã"
_PROVINCE_POLICE = "Công an tỉnh (Phòng Cảnh sát quản lý hành chính về trật tự xã hội)"
_INVESTIGATORS = "Cơ quan Cảnh sát điều tra Công an tỉnh"
# (weight, act code, outcome, violator kind, more acts)
_CASES = [
    (8, "nd282_d32_k1", "fine", "individual", ()),
    (2, "nd282_d32_k2", "fine", "individual", ()),
    (3, "nd282_d33_k1", "warning", "individual", ()),
    (3, "nd282_d33_k1", "fine", "individual", ()),
    (1, "nd282_d33_k2", "fine", "individual", ()),
    (1, "nd282_d32_k2", "fine", "individual", ("nd282_d32_k1",)),
    (2, "nd282_d34_k2", "fine", "individual", ()),
    (1, "nd282_d34_k3", "fine", "individual", ()),
    (1, "nd282_d35_k1", "fine", "household", ()),
    (1, "nd282_d35_k1", "fine", "organisation", ()),
    (1, "nd282_d34_k4_c", "transferred", "individual", ()),
    (1, "nd282_d35_k2", "transferred", "organisation", ()),
    (1, "hs_chua_mai_dam", "referred", "individual", ()),
]
_OLD = {"nd282_d32_k1": "nd144_mua_dam", "nd282_d32_k2": "nd144_mua_dam", "nd282_d33_k1": "nd144_ban_dam",
        "nd282_d33_k2": "nd144_ban_dam", "nd282_d34_k2": "nd144_che_giau_bao_ke",
        "nd282_d34_k3": "nd144_khac", "nd282_d35_k1": "nd144_kinh_doanh_dich_vu"}


def _fine(rng, entry: law.ViolationEntry, kind: str) -> int:
    low, high = entry.bracket(kind) or (1_000_000, 2_000_000)
    return rng.randrange(low // 100_000, high // 100_000 + 1) * 100_000


def demo_penalties(profile, year: int, seed: int, until: date, catalogues, people, codes,
                   ended: dict | None = None) -> list[Penalty]:
    """About 20–55 cases of `year`, none decided after `until`; `people` gives names, `codes` the residential
    units, `ended` the day a unit stopped existing (merged): no case is placed in a unit that no longer exists."""
    ended = ended or {}
    rng = random.Random(f"penalties-{seed}-{year}")
    start = date(year, 1, 1)
    span = max(1, min((until - start).days, 364))
    weights = [w for w, *_ in _CASES]
    out = []
    for _ in range(20 + rng.randrange(35)):
        _w, code, outcome, kind, more = rng.choices(_CASES, weights=weights)[0]
        decided = start + timedelta(days=rng.randrange(span))
        act = decided - timedelta(days=rng.randrange(0, 6))
        if act < law.NEW_DECREE_FROM:
            if code not in _OLD:
                continue
            code, more = _OLD[code], ()
        entry = law.entry(catalogues, code)
        fine = _fine(rng, entry, kind) if outcome == "fine" else 0
        extra = tuple((c, 0) for c in more)   # fined once, on the main (most serious) act: penalty_rules
        supplementary = tuple(c for c in entry.supplementary if c != "truc_xuat" and rng.random() < 0.3) \
            if outcome in law.DECIDED_BY_COMMUNE else ()
        remedial = entry.remedial if outcome == "fine" and rng.random() < 0.5 else ()
        person = kind != "organisation"
        ident = None
        if person and rng.random() < 0.5:
            ident = PersonIdentity(rng.choice(people), f"0{rng.randrange(10**10, 10**11)}",
                                   rng.choice(profile.residential_units).name)
        out.append(Penalty(
            "", decided, code, fine, entry.decree, entry.reference() or "Theo quyết định xử phạt (mẫu)",
            supplementary, rng.choice(["nam", "nu"]) if person else "",
            rng.choice(["18_30", "18_30", "31_45", "tren_45", "16_18"]) if person else "",
            rng.choice([c for c in codes if c not in ended or decided < ended[c]] + [""]),
            _ISSUER if outcome in law.DECIDED_BY_COMMUNE else "", catalogue_version=catalogues.version,
            act_date=act, violator_kind=kind, outcome=outcome,
            transfer_to={"transferred": _PROVINCE_POLICE, "referred": _INVESTIGATORS}.get(outcome, ""),
            remedial=remedial, more_acts=extra, identity=ident))
    # Numbers follow the dates, as in a register: decisions "NN/QĐ-XPHC", transfer letters "NN/UBND-CA".
    numbers = {"decision": 0, "letter": 0}
    numbered = []
    for rec in sorted(out, key=lambda r: r.decision_date):
        series = "decision" if rec.outcome in law.DECIDED_BY_COMMUNE else "letter"
        numbers[series] += 1
        suffix = "QĐ-XPHC" if series == "decision" else "UBND-CA"
        numbered.append(replace(rec, number=f"{numbers[series]:02d}/{suffix}"))
    return numbered
