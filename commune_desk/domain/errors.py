"""Typed expected errors shared by every layer; each carries where the problem is and a plain message."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One problem found in input: `where` names the place (field, or sheet/row/column), `message` the reason."""

    where: str
    message: str
    severity: str = "error"  # "error" blocks, "warning" informs

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


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
