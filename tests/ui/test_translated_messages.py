"""Messages built in the domain and services reach the Vietnamese window in Vietnamese, and every marked template
has a finished Vietnamese translation with the same {placeholders}."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from commune_desk.domain.errors import Problem
from tests.ui.conftest import TODAY
from tests.ui.test_record_screens import make_view
from commune_desk.app_wiring import Stores

ROOT = Path(__file__).resolve().parents[2]


def test_records_dry_run_table_shows_vietnamese_reasons(qtbot, demo_repos, tmp_path, vietnamese):
    from openpyxl import load_workbook

    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.ui.dialogs.import_dialog import ImportDialog

    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    export_records(demo_repos.db, good)
    wb = load_workbook(good)
    wb["support"]["A3"] = "hôm qua"                      # not a date
    wb["support"]["Z1"] = "cot_la"                       # an unknown column
    wb.save(bad)
    dialog = ImportDialog(Stores(demo_repos.db, "user").services.records, profiles=Stores(demo_repos.db, "user").profiles, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.progress.isVisibleTo(dialog), timeout=20000)
    reasons = [line[4] for line in dialog.model.lines]
    assert "phải là ngày (dd/mm/yyyy), không phải 'hôm qua'" in reasons
    assert "không có cột 'cot_la'" in reasons
    assert not any("must be" in r or "unknown column" in r for r in reasons)


def test_plan_problem_shows_vietnamese_expected_and_found(vietnamese):
    from commune_desk.services.plans.plan_workbook import Cell, Reader
    from commune_desk.ui.dialogs.plan_import_dialog import problem_columns

    reader = Reader(None)
    assert reader.integer("settings", 3, "year", Cell(None, ref="C3"), 2000, 2100) is None
    reader.bad("targets", 4, "unit", "% or count", Cell("phan tram", ref="F4"), " (x)")
    year, unit = reader.problems
    assert str(year) == "sheet 'settings', row 3, column 'year' (C3): expected a whole number from 2000 to 2100; " \
                        "found an empty cell"                          # the CLI and logs stay English
    assert problem_columns(year) == ("settings", "3", "năm (year, C3)", "số nguyên từ 2000 đến 2100", "ô trống")
    assert problem_columns(unit)[3:] == ("% hoặc count (số lượng)", "'phan tram' (x)")


def test_plan_sheet_problem_with_a_suggestion_is_vietnamese(vietnamese):
    from commune_desk.services.plans.plan_workbook import _expected, _t, suggest
    from commune_desk.domain.errors import QT_TRANSLATE_NOOP
    from commune_desk.ui.dialogs.plan_import_dialog import problem_columns

    p = _expected("sheet 'deadline'", _t(QT_TRANSLATE_NOOP("Problems", "this sheet")),
                  _t(QT_TRANSLATE_NOOP("Problems", "no sheet of that name")), suggest("deadline", ["deadlines"]))
    assert problem_columns(p)[3:] == ("trang tính này",
                                      "không có trang tính nào mang tên đó; có phải ý bạn là 'deadlines'?")
    assert str(p).endswith("found no sheet of that name; did you mean 'deadlines'?")


def test_record_form_inline_problem_is_vietnamese(qtbot, repos, vietnamese):
    view, repo = make_view(qtbot, repos, "business")
    dialog = view.make_dialog()
    qtbot.addWidget(dialog)
    dialog._set("workers", 3)
    dialog._set("workers_committed", 5)
    dialog.save()
    assert dialog.saved is None and repo.count() == 0
    assert dialog.problem_text("workers_committed") == "lớn hơn số người lao động"
    assert dialog.problem_text("code") == "không được để trống"


def test_office_rejection_reasons_are_vietnamese(qtbot, vietnamese):
    from commune_desk.domain.office import LedgerEntry, classify, trust_verdict, verification_state
    from commune_desk.services.packages.package_verify import M, VerifyResult
    from commune_desk.ui.views.office_intake_view import fill_ledger, ledger_table

    checks = VerifyResult("a.zip")
    checks.add("payload", False, "data/report.json", M["checksum"])
    state, invalid = verification_state([(c.name, c.file, c.message) for c in checks.failed], demo=False)
    earlier = LedgerEntry("b" * 64, "accepted", revision=1, id=7)
    entries = [
        LedgerEntry("a" * 64, "untrusted", reason=trust_verdict([], "AB12", "01234", None), source="/in/u.zip"),
        LedgerEntry("c" * 64, state, reason=invalid, source="/in/t.zip"),
        LedgerEntry("d" * 64, "conflict", reason=classify("d" * 64, 1, [earlier]).reason, source="/in/c.zip"),
    ]
    table = ledger_table("ledger")
    qtbot.addWidget(table)
    fill_ledger(table, entries)
    reasons = [table.item(r, 6).text() for r in range(table.rowCount())]
    assert entries[0].reason == "the signer's certificate is not in the office trust list"   # stored in English
    assert reasons[0] == "chứng thư của người ký không có trong danh sách tin cậy của cơ quan"
    assert reasons[1] == "payload [data/report.json]: mã kiểm tra không khớp (tệp đã bị thay đổi)"
    assert reasons[2].startswith("lần gửi 1 của đơn vị và kỳ này đã được nhận với nội dung khác (SHA-256 bbbb")


def test_translatable_error_stays_english_for_the_cli_and_is_vietnamese_in_the_window(vietnamese, db, tmp_path):
    import pytest

    from commune_desk.services.records.records_import import WorkbookRefused, check_workbook
    from commune_desk.ui.problems import error_text

    with pytest.raises(WorkbookRefused) as caught:
        check_workbook(db, tmp_path / "khong_co.xlsx")
    assert str(caught.value) == f"{tmp_path / 'khong_co.xlsx'}: no such file"
    assert error_text(caught.value) == f"{tmp_path / 'khong_co.xlsx'}: không có tệp này"


# ---- every marked template is translated with the same placeholders ---------------------------------------
def _marked(context: str) -> set[str]:
    found = set()
    for path in (ROOT / "commune_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == context):
                found.add(node.args[1].value)
    return found


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w*)\}", text))


def test_every_problems_template_has_a_finished_vietnamese_translation_with_the_same_placeholders():
    tree = ET.parse(ROOT / "translations" / "commune_desk_vi.ts")
    translations = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Problems":
            continue
        for message in context.iter("message"):
            t = message.find("translation")
            translations[message.findtext("source")] = t
    marked = _marked("Problems")
    assert len(marked) > 150                           # the rules, imports, plans, office and package checks
    bad = []
    for source in sorted(marked):
        t = translations.get(source)
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "").strip():
            bad.append(f"untranslated: {source}")
        elif _placeholders(t.text) != _placeholders(source):
            bad.append(f"placeholders differ: {source} -> {t.text}")
    assert not bad, "\n".join(bad)


def test_problem_english_output_is_unchanged_for_the_cli():
    from commune_desk.domain.records.rules import RuleContext, validate_business
    from commune_desk.domain.records.types import Business
    from commune_desk.services.plans.catalogues import default_catalogues

    problems = validate_business(Business(code="", name="X", kind_code="", registered_date=TODAY, workers=3,
                                          workers_committed=5, unit_code="T9"),
                                 RuleContext(TODAY, default_catalogues(), unit_codes=frozenset({"T1"})))
    texts = [str(p) for p in problems]
    assert "code: is required" in texts
    assert "workers_committed: is larger than the number of workers" in texts
    assert "unit_code: unknown residential unit 'T9'" in texts
    assert all(isinstance(p, Problem) for p in problems)


def test_places_of_problems_are_said_in_vietnamese(vietnamese, tmp_path):
    """The sheet/row/column a problem names reaches a message box in Vietnamese, from every place format the
    import services write; a place that is a plain field name stays as it is."""
    from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationFailed
    from commune_desk.ui.problems import error_text, place_text

    assert place_text("support row 3 column A (support_date)") == "trang tính support, dòng 3, cột A (support_date)"
    assert place_text("Tập huấn row 1 column Z") == "trang tính Tập huấn, dòng 1, cột Z"
    assert place_text("Sheet1 row 12") == "trang tính Sheet1, dòng 12"
    assert place_text("sheet 'targets', row 7, column 'value' (E7)") == "trang tính targets, dòng 7, cột value (ô E7)"
    assert place_text("unit_code") == "unit_code"
    exc = ValidationFailed([Problem("penalties row 4 column C (fine)", QT_TRANSLATE_NOOP(
        "Problems", "unknown column {column}"), args={"column": "'x'"})])
    assert error_text(exc).startswith("trang tính penalties, dòng 4, cột C (fine): ")
    assert "row" not in error_text(exc)
