"""Dependencies point inward: domain imports neither Qt nor SQLAlchemy; storage/services import no widgets."""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "commune_desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(sub: str):
    return sorted((PKG / sub).rglob("*.py"))


@pytest.mark.parametrize("sub,forbidden", [
    ("domain", ("PySide6", "sqlalchemy", "alembic", "commune_desk.storage", "commune_desk.services",
                "commune_desk.ui", "openpyxl", "docx")),
    ("storage", ("PySide6", "commune_desk.ui", "commune_desk.services", "commune_desk.app")),
    ("services", ("PySide6.QtWidgets", "commune_desk.ui", "commune_desk.app")),
    ("commands", ("PySide6", "commune_desk.ui")),
])
def test_layer_does_not_import_outward(sub, forbidden):
    offenders = []
    for path in _modules(sub):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                offenders.append(f"{path.relative_to(PKG)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_every_module_opens_with_a_docstring_and_stays_small():
    problems = []
    for path in PKG.rglob("*.py"):
        if "migrations" in path.parts and path.name in ("env.py",):
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        if not ast.get_docstring(tree) and source.strip():
            problems.append(f"{path.relative_to(PKG)}: no module docstring")
        lines = source.count("\n")
        if lines > 450:
            problems.append(f"{path.relative_to(PKG)}: {lines} lines (split it)")
    assert not problems, "\n".join(problems)


def test_only_storage_uses_a_sqlite_driver():
    offenders = []
    for path in PKG.rglob("*.py"):
        if path.parent.name == "storage":
            continue
        names = _imports(path)
        if {"sqlite3", "sqlcipher3"} & names:
            offenders.append(str(path.relative_to(PKG)))
    assert offenders == [], offenders


def test_cli_start_imports_no_heavy_library():
    import subprocess
    import sys

    code = ("import sys; from commune_desk.cli import build_parser; build_parser(); "
            "heavy = [m for m in ('sqlalchemy', 'openpyxl', 'docx', 'cryptography', 'alembic', 'PySide6') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PKG.parent).stdout.strip()
    assert out == "[]"
