"""Typed expected errors shared by every layer; each carries where the problem is and a plain message."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

Translate = Callable[[str, str], str]  # QCoreApplication.translate(context, text)
_E = TypeVar("_E", bound="TranslatableError")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, which lupdate looks for
    """Marks `text` for Qt's lupdate without importing Qt; the UI translates it in `context` when shown."""
    return text


PROBLEMS_CONTEXT = "Problems"


@dataclass(frozen=True)
class Problem:
    """One problem found in input: `where` names the place (field, or sheet/row/column), `message` the reason.

    `message` is an English template marked with QT_TRANSLATE_NOOP("Problems", …); `args` fill its {fields},
    so the window can show it in Vietnamese: `problem.text(translate)`.
    """

    where: str
    message: str
    severity: str = "error"  # "error" blocks, "warning" informs
    args: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def text(self, translate: Translate | None = None) -> str:
        return fill(translate(PROBLEMS_CONTEXT, self.message) if translate else self.message, self.args, translate)

    def __str__(self) -> str:
        return f"{self.where}: {self.text()}" if self.where else self.text()


def fill(template: str, args: Mapping[str, Any], translate: Translate | None = None) -> str:
    """`template` with its {fields} filled from `args` (a `Phrase` argument is put in the same language first);
    the template itself when they do not fit."""
    values = {k: v.text(translate) if isinstance(v, Phrase) else v for k, v in args.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


@dataclass(frozen=True)
class Phrase:
    """A marked English template and its {fields}, used as a part of a bigger message (e.g. 'expected …')."""

    template: str
    args: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    context: str = PROBLEMS_CONTEXT

    def text(self, translate: Translate | None = None) -> str:
        return fill(translate(self.context, self.template) if translate else self.template, self.args, translate)

    def __str__(self) -> str:
        return self.text()


def match_template(text: str, templates: Iterable[str]) -> tuple[str, dict[str, str]] | None:
    """(template, args) of the first template that `text` is a filled-in copy of; None when none fits.

    Used for English texts stored before they reach the window (ledger reasons), to show them translated.
    """
    for template in templates:
        parts = re.split(r"\{(\w+)\}", template)
        if len(parts) == 1:
            if text == template:
                return template, {}
            continue
        names = parts[1::2]
        if len(set(names)) != len(names):
            continue
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        m = re.fullmatch(pattern, text, re.DOTALL)
        if m:
            return template, m.groupdict()
    return None


class TranslatableError:
    """Mixin for errors whose message is a marked English template: `Cls.of(QT_TRANSLATE_NOOP(ctx, "…"), **args)`.

    `str(exc)` stays English (CLI, logs); the window shows `exc.text(QCoreApplication.translate)`.
    """

    template: str | None = None
    context: str = PROBLEMS_CONTEXT
    params: dict[str, Any] = {}  # of() sets a new dict per error; never mutated

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # the Exception beside this mixin takes the message

    @classmethod
    def of(cls: type[_E], template: str, *, context: str = PROBLEMS_CONTEXT, **args: Any) -> _E:
        exc = cls(fill(template, args))
        exc.template, exc.context, exc.params = template, context, dict(args)
        return exc

    def text(self, translate: Translate | None = None) -> str:
        if self.template is None:
            return str(self)
        return fill(translate(self.context, self.template) if translate else self.template, self.params, translate)


class ExpectedError(TranslatableError, Exception):
    """An error the user can act on (bad input, wrong password, locked file); never a bug."""


class Cancelled(ExpectedError):
    """The user stopped a job (a report, an import, a preview); raised inside the job, whatever it was writing is
    not kept. The only cancellation exception: services raise it and the window's background runner reports it."""


@dataclass
class ValidationFailed(ExpectedError):
    """Input broke domain rules; `problems` lists every place, not only the first."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class NotFound(ExpectedError):
    """A record asked for by id does not exist (anymore)."""


class Locked(ExpectedError):
    """A record dated inside a signed period cannot be changed."""


class InUse(ExpectedError):
    """A register entry (a team, a model) that other records still name cannot be deleted."""
