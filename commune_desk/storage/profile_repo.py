"""Reads and writes the profile (settings rows) and its residential units, with audit entries."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.profile import Profile
from commune_desk.storage import audit_log, home_reads
from commune_desk.storage.models import ResidentialUnitRow, SettingRow
from commune_desk.storage.sql_reader import SessionReader

if TYPE_CHECKING:
    from commune_desk.storage.database import Database

PROFILE_KEY = home_reads.PROFILE_KEY


class ProfileRepository:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def get(self) -> Profile:
        with self._db.read() as s:
            return home_reads.profile(SessionReader(s))

    def save(self, profile: Profile) -> Profile:
        """Store the profile; residential units are matched by code (kept ids keep records attached)."""
        with self._db.write() as s:
            before = self._snapshot(s)
            data = profile.to_json()
            units = data.pop("residential_units")
            row = s.get(SettingRow, PROFILE_KEY)
            value = json.dumps(data, ensure_ascii=False, sort_keys=True)
            if row is None:
                s.add(SettingRow(key=PROFILE_KEY, value=value))
            else:
                row.value = value
            for key, val in (("unit_name", profile.name), ("unit_code", profile.unit_code)):
                srow = s.get(SettingRow, key)
                if srow is None:
                    s.add(SettingRow(key=key, value=val))
                else:
                    srow.value = val
            existing = {u.code: u for u in s.scalars(select(ResidentialUnitRow))}
            for order, unit in enumerate(units):
                row_u = existing.pop(unit["code"], None)
                if row_u is None:
                    s.add(ResidentialUnitRow(code=unit["code"], name=unit["name"], kind=unit["kind"],
                                             active=True, sort_order=order))
                else:
                    row_u.name, row_u.kind, row_u.active, row_u.sort_order = unit["name"], unit["kind"], True, order
            for row_u in existing.values():
                # Never delete a unit records may point to: retire it instead.
                row_u.active = False
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", "profile", "1", before,
                             self._snapshot(s))
        return self.get()

    @staticmethod
    def _snapshot(s: Session) -> dict[str, Any] | None:
        row = s.get(SettingRow, PROFILE_KEY)
        if row is None:
            return None
        data: dict[str, Any] = json.loads(row.value)
        data["residential_units"] = [
            f"{u.code}:{u.name}:{u.kind}:{'on' if u.active else 'off'}"
            for u in s.scalars(select(ResidentialUnitRow).order_by(ResidentialUnitRow.id))
        ]
        return data

    def get_setting(self, key: str, default: str = "") -> str:
        with self._db.read() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._db.write() as s:
            row = s.get(SettingRow, key)
            before = None if row is None else {"value": row.value}
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
            audit_log.append(s, self._actor, "update", "setting", key, before, {"value": value})
