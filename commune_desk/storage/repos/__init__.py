"""Repositories of the record types: domain objects in and out, every change audited in its transaction."""

from commune_desk.storage.repos.kinds import KINDS  # noqa: F401
from commune_desk.storage.repos.base import RecordRepository, bulk_insert, load_lookups  # noqa: F401
