"""A problem found in an input file, located precisely enough to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quiz.messages import Message, Param, format_message


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


def problem_message(code: str, /, **params: Param) -> Message:
    """The message for problem ``code`` with its values, e.g. ``problem_message("missing_field", field="answer")``.

    The codes and their texts are in :mod:`quiz.problem_messages`.
    """
    return Message(f"problem.{code}", **params)


@dataclass(frozen=True, slots=True)
class Problem:
    """One error or warning about a file, a card and a field.

    ``line`` and ``column`` are 1-based. ``card`` is the 1-based position of the
    card in its deck. ``str(problem)`` gives the one line shown to users, e.g.
    ``decks/geo.yaml:14:5: card 3 ('wladiwostok'): 'answer' is missing``;
    :meth:`render` gives it in another language.

    ``message`` is the English text. Made with :func:`problem_message` it also
    carries a stable :attr:`code` and its :attr:`params`, so it can be said in
    German; a plain string (no code) is shown as it is in every language.
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

    @property
    def code(self) -> str | None:
        """The stable code of the message (``"missing_field"``), or None for a plain message."""
        return self.message.key.removeprefix("problem.") if isinstance(self.message, Message) else None

    @property
    def params(self) -> dict[str, Param]:
        """The values the message is built from (``{"field": "answer"}``); empty for a plain message."""
        return self.message.params if isinstance(self.message, Message) else {}

    def text(self, lang: str = "en") -> str:
        """The message alone, in ``lang``."""
        return self.message.render(lang) if isinstance(self.message, Message) else str(self.message)

    def render(self, lang: str = "en") -> str:
        """The whole line (file, line, column, card, message) in ``lang``."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where]
        if self.severity is Severity.WARNING:
            parts.append(format_message("problem.warning", {}, lang))
        if self.card is not None:
            key = "problem.where.card_named" if self.card_id else "problem.where.card"
            values: dict[str, Param] = {"number": self.card, "id": self.card_id or ""}
            parts.append(format_message(key, values, lang))
        parts.append(self.text(lang))
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.render("en")
