"""File names that are not UTF-8 (a stick written in an old code page) no longer stop an intake, an import or a plan:
SQLite cannot hold the lone surrogates Python keeps for such bytes, so the name is stored with \\xNN in their place."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest
from sqlalchemy import text

from .helpers import build

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows names are UTF-16: no undecodable bytes")
ODD = os.fsdecode(b"g\xf3i b\xe1o c\xe1o")  # "gói báo cáo" in Windows-1252 bytes: not UTF-8


def test_intake_files_a_package_whose_name_is_not_utf8(office, units, tmp_path):
    from commune_desk.services.office.office_intake import intake_folder

    inbox = tmp_path / "in"
    good = build(units[0], inbox)
    good.rename(inbox / f"{ODD}.zip")
    (inbox / f"{ODD} 2.zip").write_bytes(b"not a zip at all" * 100)
    summary = intake_folder(office, inbox)
    assert summary.counts["accepted"] == 1 and [r[1] for r in summary.rejected] == ["invalid"]
    with office.read() as s:
        rows = dict(s.execute(text("SELECT source, state FROM office_intake")).all())
    folder = str(inbox.resolve())
    assert rows == {
        f"{folder}/g\\xf3i b\\xe1o c\\xe1o.zip": "accepted",
        f"{folder}/g\\xf3i b\\xe1o c\\xe1o 2.zip": "invalid",
    }
    again = intake_folder(office, inbox)  # the ledger knows both by the same text: nothing is taken twice
    with office.read() as s:
        assert s.execute(text("SELECT count(*) FROM office_intake")).scalar() == 2
    assert again.skipped == 2


def test_records_and_plan_imports_store_the_name_readably(db, tmp_path):
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.plans.plan_import import import_file
    from commune_desk.services.records.records_import import import_records
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database
    from tests.plans.helpers import SAMPLE_001

    create_demo(db, year=2026, seed=7, force=False, actor="t", today=date(2026, 11, 20))
    book = tmp_path / f"{ODD}.xlsx"
    export_records(db, book)
    new = open_database(tmp_path / "new.db")
    try:
        result = import_records(new, book, "t", today=date(2026, 11, 20))
        assert sum(result.counts.values()) > 0
        with new.read() as s:
            assert s.execute(text("SELECT file_name FROM import_log")).scalar() == "g\\xf3i b\\xe1o c\\xe1o.xlsx"
        plan = tmp_path / f"{ODD} plan.xlsx"
        shutil.copy(SAMPLE_001, plan)
        import_file(new, plan, "t")
        with new.read() as s:
            assert (
                s.execute(text("SELECT source_name FROM plan_version")).scalar() == "g\\xf3i b\\xe1o c\\xe1o plan.xlsx"
            )
    finally:
        new.dispose()
