"""Narrative sections and report settings are stored per period, audited, and printed; numbers per year."""

from __future__ import annotations

import threading
import unicodedata

import pytest

from commune_desk.domain.errors import ValidationFailed
from commune_desk.domain.periods import Period
from commune_desk.domain.report_content import ReportSettings
from commune_desk.services.reports.report_service import Cancelled, generate
from commune_desk.storage.report_repo import ReportRepository
from tests.reports.helpers import DAY, docx_text, document_xml, scalar


def _audit(db, entity: str) -> int:
    return scalar(db, "SELECT count(*) FROM audit_log WHERE entity = :e", e=entity)


def test_edited_narrative_replaces_the_draft_and_is_audited(demo_db, tmp_path):
    repo = ReportRepository(demo_db, "officer")
    repo.set_narrative("2026-q3", "proposals", "- Đề nghị cấp trên bố trí thêm kinh phí năm 2027.")
    assert repo.narrative("2026-Q3") == {"proposals": "- Đề nghị cấp trên bố trí thêm kinh phí năm 2027."}
    assert _audit(demo_db, "report_narrative") == 1
    files = generate(demo_db, Period.parse("2026-Q3"), tmp_path, day=DAY, number="7", actor="test")
    text = docx_text(files.docx)
    assert "- Đề nghị cấp trên bố trí thêm kinh phí năm 2027." in text
    assert "Đề nghị các cơ quan chuyên môn cấp trên phối hợp" not in text          # the draft is replaced
    assert "Còn " in text                                                         # other sections: the draft
    repo.set_narrative("2026-Q3", "proposals", "  ")
    assert repo.narrative("2026-Q3") == {} and _audit(demo_db, "report_narrative") == 2
    with pytest.raises(ValidationFailed):
        repo.set_narrative("2026-Q3", "nonsense", "x")
    with pytest.raises(ValidationFailed):
        repo.set_narrative("2026-Q9", "proposals", "x")


def test_settings_drive_addressee_and_recipients(demo_db, tmp_path):
    repo = ReportRepository(demo_db, "officer")
    repo.save_settings(ReportSettings("2026-Q3", "", None, ("Sở Y tế tỉnh Mẫu", "Lưu: VT"), addressed=False))
    assert repo.settings("2026-Q3").recipients == ("Sở Y tế tỉnh Mẫu", "Lưu: VT")
    assert _audit(demo_db, "report_settings") == 1
    files = generate(demo_db, Period.parse("2026-Q3"), tmp_path, day=DAY, number="7", actor="test")
    text = docx_text(files.docx)
    assert "Kính gửi" not in text and "- Sở Y tế tỉnh Mẫu;\n- Lưu: VT." in text
    with pytest.raises(ValidationFailed):
        repo.save_settings(ReportSettings("2026-Q3", "07a"))


def test_numbers_are_suggested_per_year_and_restart(demo_db, tmp_path):
    repo = ReportRepository(demo_db, "officer")
    assert repo.suggest_number(2026) == 1
    files = generate(demo_db, Period.parse("2026-Q1"), tmp_path, day=DAY, actor="test")
    assert files.number == "01" and repo.suggest_number(2026) == 2
    generate(demo_db, Period.parse("2026-Q3"), tmp_path, day=DAY, number="7", actor="test")
    assert repo.suggest_number(2026) == 8 and repo.suggest_number(2027) == 1
    repo.record_number(2026, "3")                     # a lower number never moves the register back
    assert repo.suggest_number(2026) == 8 and _audit(demo_db, "report_number") == 2


def test_same_data_date_and_number_give_the_same_document(demo_db, tmp_path):
    a = generate(demo_db, Period.parse("2026-Q3"), tmp_path / "a", day=DAY, number="7", actor="test")
    b = generate(demo_db, Period.parse("2026-Q3"), tmp_path / "b", day=DAY, number="7", actor="test")
    assert document_xml(a.docx) == document_xml(b.docx)
    c = generate(demo_db, Period.parse("2026-Q3"), tmp_path / "c", day=DAY, number="8", actor="test")
    assert document_xml(a.docx) != document_xml(c.docx)


def test_progress_cancel_and_file_names(demo_db, tmp_path):
    seen = []
    files = generate(demo_db, Period.parse("2026-Q3"), tmp_path, day=DAY, number="7", ascii_names=False,
                     progress=lambda pct, msg: seen.append(pct), actor="test")
    assert files.docx.name == "Báo cáo quý III năm 2026.docx" and files.xlsx.suffix == ".xlsx"
    assert unicodedata.is_normalized("NFC", files.docx.name)
    assert seen == sorted(seen) and seen[-1] == 100
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        generate(demo_db, Period.parse("2026-Q3"), tmp_path / "x", day=DAY, number="7", cancel=stop)
    assert not list((tmp_path / "x").glob("*"))
    ascii_files = generate(demo_db, Period.parse("2026-9M"), tmp_path, day=DAY, number="8", actor="test")
    assert ascii_files.docx.name == "Bao-cao-2026-9M.docx" and ascii_files.docx.name.isascii()
