"""A problem found in an input file, located precisely enough to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One error or warning about a file, a card and a field.

    ``line`` and ``column`` are 1-based. ``card`` is the 1-based position of the
    card in its deck. ``str(problem)`` gives the one line shown to users, e.g.
    ``decks/geo.yaml:14:5: card 3 ('wladiwostok'): 'answer' is missing``.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    card: int | None = None
    card_id: str | None = None
    field: str | None = None
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where]
        if self.severity is Severity.WARNING:
            parts.append("warning")
        if self.card is not None:
            parts.append(f"card {self.card} ({self.card_id!r})" if self.card_id else f"card {self.card}")
        parts.append(self.message)
        return ": ".join(parts)
