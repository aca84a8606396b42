"""`records import` prints its phase and rows to stderr on a terminal, throttled; nothing with --quiet or when
stderr is not a terminal (issue 20 item 10)."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from argparse import Namespace

from commune_desk.cli_language import translate_for
from commune_desk.cli_progress import ProgressLines
from commune_desk.services.records.import_progress import ImportStep
from tests.conftest import ROOT


def _on_a_terminal(*args) -> tuple[int, str]:
    """(exit code, stderr) of the CLI run with its stderr on a pseudo-terminal (stdout discarded)."""
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "commune_desk", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=slave,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    ) as proc:
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(master)
        code = proc.wait(120)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_import_on_a_terminal_names_each_phase_with_its_rows(exported, tmp_path):
    code, err = _on_a_terminal("--db", tmp_path / "a.db", "records", "import", exported, "--create")
    assert code == 0, err
    lines = [line for line in err.splitlines() if line.startswith("commune-desk: ")]
    assert lines[0] == "commune-desk: Reading the file…"
    checking = [line for line in lines if line.startswith("commune-desk: Checking: ")]
    writing = [line for line in lines if line.startswith("commune-desk: Writing: ")]
    assert checking and writing and checking[0].endswith(" rows") and " / " in writing[0]
    assert len(lines) <= 3 + 3 * 10  # throttled: a phase change, then one a second


def test_import_in_vietnamese_on_a_terminal(exported, tmp_path):
    code, err = _on_a_terminal("--db", tmp_path / "a.db", "records", "import", exported, "--create", "--lang", "vi")
    assert code == 0, err
    assert "commune-desk: Đang đọc tệp…" in err and "commune-desk: Đang kiểm tra: 0 / " in err
    assert "commune-desk: Đang ghi: 0 / " in err and " dòng\n" in err


def test_quiet_and_a_pipe_print_no_progress(exported, tmp_path, cli):
    code, err = _on_a_terminal("--db", tmp_path / "a.db", "records", "import", exported, "--create", "--quiet")
    assert code == 0 and "Reading" not in err and "Checking" not in err
    r = cli("--db", tmp_path / "b.db", "records", "import", exported, "--create")
    assert r.returncode == 0 and "Reading" not in r.stderr and "Checking" not in r.stderr and "created" in r.stdout


def test_lines_at_each_phase_change_and_at_most_one_a_second_between():
    now = [0.0]
    err = io.StringIO()
    lines = ProgressLines(err, clock=lambda: now[0])
    for rows in range(0, 5000, 250):  # 20 reports within the same second: one line
        lines(ImportStep("read", rows, 50000, 0, 3000))
    now[0] = 0.5
    lines(ImportStep("check", 0, 50000, 1000, 3000))  # a new phase: at once
    lines(ImportStep("check", 250, 50000, 1000, 3000))
    now[0] = 1.6
    lines(ImportStep("check", 12000, 50000, 1240, 3000))  # a second after the last line
    assert err.getvalue().splitlines() == [
        "commune-desk: Reading the file: 0 / 50,000 rows",
        "commune-desk: Checking: 0 / 50,000 rows",
        "commune-desk: Checking: 12,000 / 50,000 rows",
    ]


def test_vietnamese_lines_group_thousands_with_dots():
    """(The catalogue itself is read by the subprocess test above; here a stand-in, so no translator stays.)"""
    assert translate_for(Namespace(lang="en")) is None
    vi = {"Checking: {done} / {of} rows": "Đang kiểm tra: {done} / {of} dòng"}
    err = io.StringIO()
    ProgressLines(err, lambda _c, text: vi.get(text, text))(ImportStep("check", 12000, 50000, 0, 3000))
    assert err.getvalue() == "commune-desk: Đang kiểm tra: 12.000 / 50.000 dòng\n"
