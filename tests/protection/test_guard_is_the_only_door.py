"""Only the guard (services/safe_input/) opens a zip archive or a workbook for reading; everything else asks it."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "commune_desk"
GUARD = PKG / "services" / "safe_input"


def _name(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _reads(call: ast.Call) -> bool:
    """A ZipFile(...) call that opens for reading: no mode, or mode 'r'."""
    mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
    return mode is None or (isinstance(mode, ast.Constant) and mode.value == "r")


def offenders(root: Path = PKG) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if GUARD in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names]
                module = getattr(node, "module", None) or ""
                if module in ("openpyxl", "openpyxl.reader.excel") and "load_workbook" in names:
                    found.append(f"{where} imports load_workbook")
                if "tarfile" in names or module == "tarfile":
                    found.append(f"{where} imports tarfile")
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name.endswith("load_workbook"):
                found.append(f"{where} calls {name}")
            elif name.endswith("ZipFile") and _reads(node):
                found.append(f"{where} opens a zip archive for reading")
            elif name.endswith("unpack_archive") or name.endswith("testzip"):
                found.append(f"{where} calls {name}")
    return found


def test_no_module_but_the_guard_opens_a_workbook_or_a_zip():
    assert offenders() == []


def test_the_check_would_see_an_offender(tmp_path):
    # The test above can fail: a module opening a zip or a workbook directly is found.
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "bad.py").write_text("import zipfile\nfrom openpyxl import load_workbook\n"
                                "zipfile.ZipFile('x.zip')\nload_workbook('x.xlsx')\n"
                                "zipfile.ZipFile('y.zip', 'w')\n", encoding="utf-8")
    found = offenders(pkg)
    assert len(found) == 3, found
    assert any("opens a zip archive" in f for f in found)


def test_security_md_shows_the_guards_limits_as_the_code_has_them():
    from commune_desk.services.safe_input import limits_table

    text = (PKG.parent / "docs" / "security.md").read_text(encoding="utf-8")
    assert limits_table() in text, "docs/security.md: paste the output of safe_input.limits_table()"
