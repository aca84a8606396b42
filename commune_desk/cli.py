"""Headless command line: the same services as the window (contract in docs/cli.md); imports Qt only for the GUI."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commune_desk import __version__
from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.paths import PASSWORD_FILE_ENV, default_db_path

if TYPE_CHECKING:
    from commune_desk.domain.periods import Period

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3

# Each area registers its own subcommands; modules are cheap to import (heavy imports happen inside handlers).
COMMAND_MODULES = (
    "commune_desk.commands.profile_cmd",
    "commune_desk.commands.demo_cmd",
    "commune_desk.commands.backup_cmd",
    "commune_desk.commands.records_cmd",
    "commune_desk.commands.plan_cmd",
    "commune_desk.commands.population_cmd",
    "commune_desk.commands.indicator_cmd",
    "commune_desk.commands.report_cmd",
    "commune_desk.commands.keys_cmd",
    "commune_desk.commands.package_cmd",
    "commune_desk.commands.office_cmd",
    "commune_desk.commands.receipt_cmd",
    "commune_desk.commands.security_cmd",
)


class UsageError(ExpectedError):
    """Bad arguments or input files: exit 2, nothing changed."""

    @classmethod
    def of(cls, template: str, *, context: str = "Cli", **args: Any) -> UsageError:
        """A refusal from a marked template of the "Cli" context (`QT_TRANSLATE_NOOP("Cli", …)`)."""
        return super().of(template, context=context, **args)


class CliContext:
    """What a command handler needs: the parsed options, a lazily opened database, output streams."""

    actor = "cli"

    def __init__(self, args: argparse.Namespace, out=None, err=None) -> None:
        self.args = args
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._db = None
        self._charts = None

    @property
    def db_path(self) -> Path:
        return Path(self.args.db) if getattr(self.args, "db", None) else default_db_path()

    def password(self) -> str | None:
        source = getattr(self.args, "db_password_file", None) or os.environ.get(PASSWORD_FILE_ENV)
        return read_password_file(source) if source else None

    def open_db(self, *, create: bool = False):
        """The database; only the commands that make one on purpose pass `create` (docs/cli.md)."""
        if self._db is None:
            from commune_desk.storage.database import open_database

            path = self.db_path
            if not create and not path.exists():
                raise UsageError.of(QT_TRANSLATE_NOOP(
                    "Problems", "no database at {path}; create one with `commune-desk profile set --file "
                                "PROFILE.json`, `commune-desk demo` or `commune-desk records import WORKBOOK "
                                "--create`, or give --db"), context="Problems", path=str(path))
            self._db = open_database(path, self.password(), create=create)
            self._tell_interrupted_imports()
        return self._db

    def chart_renderer(self):
        """The report chart's renderer (services.reports.chart_data.ChartRenderer): QtGui offscreen, made on the
        first drawing and shut down with the command, so no Qt application outlives it."""
        if self._charts is None:
            from commune_desk.render.charts import OffscreenCharts

            self._charts = OffscreenCharts()
        return self._charts

    def _tell_interrupted_imports(self) -> None:
        """An import cut short (a kill, a power cut) is reported at the next start: did it commit or not."""
        from commune_desk.storage.import_log import ImportLog

        for line in ImportLog(self._db).tell():
            self.err.write(f"commune-desk: note: {line}\n")

    def close(self) -> None:
        charts, self._charts = self._charts, None
        try:
            if self._db is not None:
                self._db.dispose()
                self._db = None
        finally:
            if charts is not None:
                charts.close()

    def print(self, *parts) -> None:
        print(*parts, file=self.out)


def parse_period(text: str) -> Period:
    """A period argument (2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07), or exit 2 naming it."""
    from commune_desk.domain.periods import Period, PeriodError

    try:
        return Period.parse(text)
    except PeriodError as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP(
            "Cli", "{value}: not a period; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07"),
            value=repr(text)) from exc


def read_password_file(path: str) -> str:
    """The first line of the file, UTF-8, without its line ending."""
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "password file {path}: {reason}"), path=path, reason=exc.strerror) from exc
    except UnicodeDecodeError as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "password file {path}: not UTF-8 text"), path=path) from exc
    if not line:
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "password file {path}: the first line is empty"), path=path)
    return line


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Global options; on subparsers their defaults are suppressed so either position works."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="database file (default: $COMMUNE_DESK_DB or the user data folder)")
    parser.add_argument("--db-password-file", metavar="F", default=default,
                        help=f"file whose first line is the database password (or ${PASSWORD_FILE_ENV})")
    parser.add_argument("--lang", choices=("vi", "en"), default=default, help="interface language")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; `commands=False` leaves the subcommands out (the window's start needs none of them)."""
    parser = (_OneLineParser if commands else _QuietParser)(
        prog="commune-desk",
        description="CommuneDesk: prostitution-prevention work of a commune, offline. "
                    "Without a command, opens the application window.",
    )
    add_global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"commune-desk {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="open a temporary database, render the window offscreen, exit 0 when all is well")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on the demo database in the data folder (created when missing)")
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    common = argparse.ArgumentParser(add_help=False)
    add_global_options(common, suppress=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


class _OneLineParser(argparse.ArgumentParser):
    """A usage error is one line ("commune-desk demo: argument --year: …; see --help"), exit 2."""

    def error(self, message):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _QuietParser(argparse.ArgumentParser):
    """Raises instead of printing and exiting: a failure only means "let the whole parser handle it"."""

    def error(self, message):
        raise ValueError(message)


def window_args(argv) -> argparse.Namespace | None:
    """The parsed options when `argv` only opens the window (no command, no help); else None.

    Importing and registering every command module costs start-up time the window does not need.
    """
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    try:
        args, extra = build_parser(commands=False).parse_known_args(argv)
    except ValueError:
        return None  # a malformed option: the whole parser reports it as usual
    if extra:
        return None
    args.command = None
    return args


def run(argv, out=None, err=None) -> int:
    args = window_args(argv)
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
            return int(exc.code or 0)
    ctx = CliContext(args, out, err)
    try:
        if args.command is not None:
            _prepare_process(ctx)
        if args.command is None:
            from commune_desk.app import run_gui

            return run_gui(args)
        return int(args.handler(args, ctx) or 0)
    except ExpectedError as exc:  # a ValidationFailed too: one line per problem
        from commune_desk.cli_language import refusal_lines

        for line in refusal_lines(exc, args):
            ctx.err.write(f"commune-desk: {line}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader of our output stopped early (`| head`): main() ends quietly
        raise
    except Exception as exc:  # noqa: BLE001 - the one place where any failure becomes an exit code
        from commune_desk.cli_failures import expected_message, report_bug

        message = expected_message(exc)
        if message is not None:
            ctx.err.write(f"commune-desk: {message}\n")
            return EXIT_USAGE
        return report_bug(exc, getattr(args, "command_name", None) or "commune-desk", ctx.err)
    finally:
        try:
            ctx.close()
        except Exception:  # noqa: BLE001 - closing after a failure must not replace its message
            pass


def _prepare_process(ctx: CliContext) -> None:
    """Private files and the private work folder for a command; what a crashed run left is settled first."""
    os.umask(0o077)   # every file a command makes (database, backup, export, key) is private: 0600
    from commune_desk.storage import scratch

    for line in scratch.recover():
        ctx.err.write(f"commune-desk: note: {line}\n")
    scratch.use_private_tempdir()


def main(argv) -> int:
    import warnings

    from commune_desk.cli_failures import quiet_unraisable

    quiet_unraisable()
    # A library's warning (openpyxl about a cell it had to guess) is not a message for the user: the place and
    # the problem are said by our own checks, in one line.
    warnings.filterwarnings("ignore", module="openpyxl")
    try:
        return run(list(argv))
    except BrokenPipeError:  # output piped into `head` and closed early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
