"""Use cases built on storage, grouped by capability (packages/, office/, loop/, safe_input/; the rest still flat
while other branches land, see docs/architecture.md); no widgets.

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
        "packages": ("package", "package_verify", "cms", "cms_external", "chain_trust", "pkcs11_token", "key_import"),
        "office": ("office_aggregate", "office_ca", "office_intake"),
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
        ),
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
