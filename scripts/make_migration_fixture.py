"""Builds tests/fixtures/migrations/REV.db: a database at schema revision REV made by the migration scripts as
they were released (the last commit that changed REV's script), with every table filled.

Usage: python3 scripts/make_migration_fixture.py 0011          # one revision
       python3 scripts/make_migration_fixture.py --all         # every revision in storage/schema.py

Run it for a revision once that revision is on main, and commit the .db file: tests/foundation/
test_migration_fixtures.py upgrades each stored file to the head and compares every value. A fixture is never
rebuilt from today's scripts, so a released migration edited later is caught by the files made before the edit.

Every table gets three rows: row n points at row n of each parent (so one-per-parent unique keys hold), the third
row leaves every nullable column NULL, text carries Vietnamese diacritics and numbers. Nothing is skipped or
swallowed: a table that cannot be filled stops the script with the database's own message.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "migrations"
VERSIONS = "commune_desk/storage/migrations/versions"
ROWS = 3

# Values a column must take for the data to mean something a migration acts on (0010 moves STAFF_TRAINED's
# denominator into the population table): row n takes the n-th value.
CHOSEN = {
    ("manual_indicator_value", "indicator"): ("STAFF_TRAINED", "PLAN_BUILT", "PROPAGANDA_SESSIONS"),
    ("manual_indicator_value", "period"): ("2026", "2026", "2026-Q1"),
}

_UPGRADE = """
import sys
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

path, revision, location = sys.argv[1:]
import commune_desk  # the released tree, not an installed copy (checked: an editable install must not win)
assert commune_desk.__file__.startswith(location.rsplit("/commune_desk/", 1)[0]), commune_desk.__file__
engine = create_engine("sqlite:///" + path)
cfg = Config()
cfg.set_main_option("script_location", location)
with engine.connect() as conn:
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)
    conn.commit()
engine.dispose()
"""


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def released_commit(revision: str) -> str:
    """The last commit that changed revision's script: the scripts as released with it (a fixture is made once its
    revision has landed; 0019 was reshaped on main before any user had it, so the commit that added it is not
    what was released). A script renumbered while merging (0011_models_teams.py became 0012 in the merge) is
    added by the merge: then merges are looked into (`-m`), only then, since with `-m` a branch's own earlier file
    of that number would also match."""
    pattern = f"{VERSIONS}/{revision}_*.py"
    out = _git("log", "--format=%H", "--", pattern).decode().split()
    out = out or _git("log", "-m", "--diff-filter=A", "--format=%H", "--", pattern).decode().split()
    if not out:
        raise SystemExit(f"revision {revision} has no committed script: commit it (and land it) first")
    return out[0]


def build(revision: str, target: Path) -> str:
    """Upgrade an empty file to `revision` with the package tree of its release commit; returns that commit."""
    commit = released_commit(revision)
    with tempfile.TemporaryDirectory() as tmp:
        tarfile.open(fileobj=BytesIO(_git("archive", "--format=tar", commit, "commune_desk"))).extractall(
            tmp, filter="data")
        location = str(Path(tmp) / "commune_desk" / "storage" / "migrations")
        subprocess.run([sys.executable, "-c", _UPGRADE, str(target), revision, location], check=True,
                       env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"}, cwd=tmp)
    return commit


def _parents_first(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    deps = {t: {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')} - {t} for t in tables}
    ordered: list[str] = []
    while deps:
        ready = sorted(t for t, d in deps.items() if not d - set(ordered))
        if not ready:
            raise SystemExit(f"foreign keys form a cycle among {sorted(deps)}")
        ordered += ready
        for t in ready:
            del deps[t]
    return ordered


def value(table: str, column: str, declared: str, n: int) -> object:
    """Row n's value for a column of SQLite type `declared`, in the form SQLAlchemy itself stores."""
    if (table, column) in CHOSEN:
        return CHOSEN[(table, column)][n]
    kind = declared.upper()
    if kind.startswith("BOOL"):
        return n % 2
    if kind.startswith("DATETIME") or kind.startswith("TIMESTAMP"):
        return f"2026-03-0{n + 1} 08:1{n}:00.000000"
    if kind.startswith("DATE"):
        return f"2026-03-0{n + 1}"
    if kind.startswith(("INT", "BIGINT", "SMALLINT")):
        return 10 * (n + 1) + len(column)
    if kind.startswith(("FLOAT", "REAL", "NUMERIC", "DECIMAL", "DOUBLE")):
        return 2.5 * (n + 1)
    if kind.startswith("BLOB"):
        return bytes([n, 0, 255]) + column.encode()
    text = f"Thôn {n + 2} Đông Hòa · {column} {n}"
    if "(" in kind:
        text = text[: int(kind[kind.index("(") + 1: kind.index(")")])]
    return text


def fill(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        tables = [t for (t,) in conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                             "AND type = 'table' AND name NOT LIKE 'sqlite_%' "
                                             "AND name != 'alembic_version'")]  # no FTS index or its shadows
        counts = {}
        for table in _parents_first(conn, tables):
            filled = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if filled:  # written by triggers from its parents' rows (0020: community_model_unit): left as they are
                counts[table] = filled
                continue
            columns = list(conn.execute(f'PRAGMA table_info("{table}")'))   # cid, name, type, notnull, default, pk
            fks = {r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
            for n in range(ROWS):
                row = {}
                for _cid, name, declared, notnull, _default, pk in columns:
                    if pk and declared.upper().startswith("INT"):
                        row[name] = n + 1
                    elif name in fks:
                        row[name] = None if (n == ROWS - 1 and not notnull) else n + 1
                    elif n == ROWS - 1 and not notnull and not pk:
                        row[name] = None
                    else:
                        row[name] = value(table, name, declared, n)
                names = ", ".join(f'"{c}"' for c in row)
                conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
                             list(row.values()))
            counts[table] = ROWS
        conn.commit()
        return counts
    finally:
        conn.close()


def make(revision: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{revision}.db"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / f"{revision}.db"
        commit = build(revision, work)
        counts = fill(work)
        conn = sqlite3.connect(work)
        conn.execute("VACUUM")
        conn.close()
        target.write_bytes(work.read_bytes())
    print(f"{target.relative_to(ROOT)}: schema {revision} as released in {commit[:10]}, "
          f"{len(counts)} tables × {ROWS} rows")
    return target


def main(argv: list[str]) -> int:
    if argv == ["--all"]:
        sys.path.insert(0, str(ROOT))
        from commune_desk.storage.schema import REVISIONS

        revisions = list(REVISIONS)
    elif argv and all(a.isdigit() and len(a) == 4 for a in argv):
        revisions = argv
    else:
        print(__doc__)
        return 2
    for revision in revisions:
        make(revision)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
