"""Typed expected errors shared by every layer; each carries where the problem is and a plain message."""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
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
    args: dict = field(default_factory=dict, compare=False, hash=False)

    def text(self, translate=None) -> str:
        template = translate(PROBLEMS_CONTEXT, self.message) if translate else self.message
        try:
            return template.format(**self.args)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return f"{self.where}: {self.text()}" if self.where else self.text()


class ExpectedError(Exception):
    """An error the user can act on (bad input, wrong password, locked file); never a bug."""


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
