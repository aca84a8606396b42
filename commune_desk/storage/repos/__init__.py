"""Repositories of the record types: domain objects in and out, every change audited in its transaction."""

from commune_desk.storage.repos.kinds import KINDS
from commune_desk.storage.repos.base import RecordRepository, bulk_insert, load_lookups

__all__ = ["KINDS", "RecordRepository", "bulk_insert", "load_lookups"]
