"""Use cases built on storage, grouped by capability (see docs/architecture.md); no widgets.

records/ the records workbook and the officer's own sheets; targets/ the plan's targets and the home figures;
reports/ the periodic report; documents/ Word and Excel in the official layout; plans/ the superior office's plan;
packages/ signed report packages and the period lifecycle; office/ the receiving office; loop/ receipts back to
the commune; protection/ backups, restore and removable drives; demo_data/ the demo commune; safe_input/ the one
guard every incoming file passes.

MOVED maps the old flat module names to their new homes for branches written before the move: importing an old
name gives the very same module object (so monkeypatching either name patches both). No module of this repository
uses an old name (tests/foundation/test_layering.py checks it); remove an entry once no branch needs it.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

MOVED = {
    f"{__name__}.{old}": f"{__name__}.{group}.{old}"
    for group, olds in {
        "packages": (
            "package",
            "package_verify",
            "cms",
            "cms_external",
            "chain_trust",
            "pkcs11_token",
            "key_import",
            "period_lifecycle",
            "sign_preview",
            "signing_keys",
            "cert_files",
        ),
        "office": ("office_aggregate", "office_ca", "office_intake", "office_report"),
        "loop": ("receipts", "receipt_desk"),
        "plans": (
            "plan_catalogues",
            "plan_cells",
            "plan_checks",
            "plan_format",
            "plan_import",
            "plan_in_force",
            "plan_recipients",
            "plan_signing",
            "plan_template",
            "plan_violations",
            "plan_warnings",
            "plan_workbook",
            "catalogues",
        ),
        "records": (
            "records_import",
            "records_read",
            "records_sheets",
            "records_workbook",
            "records_new_db",
            "record_json",
            "figures_import",
            "figures_sheets",
            "sheet_mapping",
            "sheet_mapping_import",
            "plausibility",
        ),
        "targets": ("indicators", "dashboard", "home_figures", "hand_entry"),
        "reports": (
            "report_community",
            "report_data",
            "report_data_check",
            "report_docx",
            "report_facts",
            "report_narrative",
            "report_numbers",
            "report_penalties",
            "report_service",
            "report_tables_extra",
            "report_tallies",
            "report_xlsx",
        ),
        "documents": ("docx_official", "docx_parts", "xlsx_official", "xlsx_text"),
        "demo_data": (
            "demo",
            "demo_community",
            "demo_figures",
            "demo_penalties",
            "demo_plan",
            "demo_previous",
            "demo_records",
        ),
        "protection": ("backups", "restore", "removable"),
    }.items()
    for old in olds
}


class _OldNames(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds an old module name and hands back the module under its new name."""

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(MOVED[spec.name])

    def exec_module(self, module: ModuleType) -> None:
        pass  # already executed under its new name


if not any(isinstance(finder, _OldNames) for finder in sys.meta_path):
    sys.meta_path.append(_OldNames())
