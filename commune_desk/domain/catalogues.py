"""Catalogues as data (activity forms, target groups, violation types …): entries keyed by stable codes."""

from __future__ import annotations

from typing import Any
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CatalogueEntry:
    """One choice in a catalogue; `extra` holds kind-specific data (decree, article, fine range, max score …)."""

    code: str
    label: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    active: bool = True


@dataclass(frozen=True)
class Catalogue:
    """A named, versioned list of entries; a plan may replace it, old records keep their entry codes."""

    name: str
    version: str
    entries: tuple[CatalogueEntry, ...] = ()

    def get(self, code: str) -> CatalogueEntry | None:
        for entry in self.entries:
            if entry.code == code:
                return entry
        return None

    def label(self, code: str) -> str:
        entry = self.get(code)
        return entry.label if entry else code

    def codes(self) -> list[str]:
        return [e.code for e in self.entries if e.active]


@dataclass(frozen=True)
class CatalogueSet:
    """All catalogues in force, as loaded from the shipped defaults or an imported plan."""

    version: str
    catalogues: dict[str, Catalogue] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Catalogue:
        return self.catalogues.get(name) or Catalogue(name, self.version)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CatalogueSet":
        version = str(data.get("version", "0"))
        cats = {}
        for name, items in (data.get("catalogues") or {}).items():
            entries = tuple(
                CatalogueEntry(
                    code=str(item["code"]),
                    label=str(item["label"]),
                    extra={k: v for k, v in item.items() if k not in ("code", "label", "active")},
                    active=bool(item.get("active", True)),
                )
                for item in items
            )
            cats[name] = Catalogue(name, version, entries)
        return cls(version, cats)
