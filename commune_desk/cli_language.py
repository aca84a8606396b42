"""The command line's refusals in the language asked for: `--lang vi` says them in Vietnamese, from the same
catalogue as the window (QtCore only, loaded only then); without it they stay English, as scripts expect."""

from __future__ import annotations

from typing import Any

_KEPT: list[Any] = []  # the core application and its translator live as long as the process


def wants_vietnamese(args: Any) -> bool:
    return getattr(args, "lang", None) == "vi"


def refusal_lines(exc: BaseException, args: Any) -> list[str]:
    """The lines `commune-desk:` prints for an expected error: one per problem, in the language of `args`."""
    problems = getattr(exc, "problems", None)
    if not wants_vietnamese(args):
        return [str(p) for p in problems] if problems else [str(exc)]
    _install_vietnamese()
    from commune_desk.ui.problems import error_text, line_text

    return [line_text(p) for p in problems] if problems else error_text(exc).splitlines() or [str(exc)]


def problem_lines(problems, args: Any) -> list[str]:
    """Each problem as "place: reason" (lists a command prints itself) in the language of `args`."""
    if not wants_vietnamese(args):
        return [str(p) for p in problems]
    _install_vietnamese()
    from commune_desk.ui.problems import line_text

    return [line_text(p) for p in problems]


def _install_vietnamese() -> None:
    if _KEPT:
        return
    from PySide6.QtCore import QCoreApplication

    from commune_desk.paths import translations_dir
    from commune_desk.ui.language import install_translator

    app = QCoreApplication.instance() or QCoreApplication(["commune-desk"])
    _KEPT.extend([app, install_translator(app, "vi", translations_dir())])


def translate_for(args: Any):
    """`translate(context, text)` in the language of `args` (None for English: the source texts are English)."""
    if not wants_vietnamese(args):
        return None
    _install_vietnamese()
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate
