"""Translation upkeep: `update` (.py -> .ts), `fill` (JSON -> .ts), `release` (.ts -> .qm) and `check`.

    python scripts/i18n.py update            refresh translations/commune_desk_{vi,en}.ts from commune_desk/**/*.py
                                             (existing translations kept; English translation = source)
    python scripts/i18n.py fill FILE.json    set Vietnamese translations from {"source": "bản dịch"} or
                                             {"Context|source": "bản dịch"}
    python scripts/i18n.py release           build translations/*.qm (committed to the repository)
    python scripts/i18n.py check             exit 1 when a Vietnamese message is unfinished or missing from
                                             the .ts, or a committed .qm differs from a fresh build
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGS = ("vi", "en")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"commune_desk_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "commune_desk").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    # pip installs the wrappers beside the interpreter.
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    raise SystemExit(f"{name} not found; install PySide6-Essentials")


def run_lupdate(ts_files: list[Path]) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts",
                    *map(str, ts_files)], cwd=ROOT, check=True, capture_output=True, text=True)


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree):
    """(context name, message element, source text, translation element) for every live message."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message, message.findtext("source", ""), translation


def unfinished(tree: ET.ElementTree) -> list[str]:
    out = []
    for name, _msg, source, translation in messages(tree):
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            out.append(f"{name}: {source}")
    return out


def fill_english(path: Path) -> None:
    tree = load(path)
    tree.getroot().set("language", "en_GB")
    for _name, message, source, translation in messages(tree):
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = source
        translation.attrib.pop("type", None)
    save(tree, path)


def fill(path: Path, mapping: dict[str, str]) -> int:
    """Set translations from `mapping` (keys "Context|source" win over plain "source"); returns how many."""
    tree = load(path)
    count = 0
    for name, message, source, translation in messages(tree):
        text = mapping.get(f"{name}|{source}", mapping.get(source))
        if text is None:
            continue
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = text
        translation.attrib.pop("type", None)
        count += 1
    save(tree, path)
    return count


def update() -> int:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGS:
        if not ts_path(lang).exists():
            ts_path(lang).write_text(HEADER + f'<TS version="2.1" language="{lang}"></TS>\n', encoding="utf-8")
    run_lupdate([ts_path(lang) for lang in LANGS])
    tree = load(ts_path("vi"))
    tree.getroot().set("language", "vi_VN")
    save(tree, ts_path("vi"))
    fill_english(ts_path("en"))
    missing = unfinished(load(ts_path("vi")))
    print(f"updated; {len(missing)} Vietnamese messages unfinished")
    return 0


def release(folder: Path = TS_DIR) -> int:
    for lang in LANGS:
        subprocess.run([_tool("pyside6-lrelease"), str(ts_path(lang, folder)), "-qm",
                        str(folder / f"commune_desk_{lang}.qm")], check=True, capture_output=True, text=True)
    return 0


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in LANGS:
            shutil.copy(ts_path(lang), ts_path(lang, folder))
        # Messages in the code but not yet in the .ts show up as unfinished after a scratch lupdate.
        run_lupdate([ts_path("vi", folder)])
        problems += [f"unfinished vi translation: {m}" for m in unfinished(load(ts_path("vi", folder)))]
        for lang in LANGS:
            shutil.copy(ts_path(lang), ts_path(lang, folder))
        release(folder)
        for lang in LANGS:
            committed = TS_DIR / f"commune_desk_{lang}.qm"
            fresh = folder / f"commune_desk_{lang}.qm"
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                problems.append(f"{committed.name} is missing or stale: run `python scripts/i18n.py release`")
    for problem in problems:
        print(problem)
    print("translations ok" if not problems else f"{len(problems)} translation problems")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "release", "check"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        return update()
    if argv[0] == "fill":
        mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"{fill(ts_path('vi'), mapping)} Vietnamese messages set")
        return 0
    if argv[0] == "release":
        return release()
    return check()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
