"""Frozen value types shared by every layer.

Everything here is plain data: no I/O, no behaviour beyond small helpers.
Higher layers pass these around and build new ones instead of mutating.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What sort of fact a card asks for; decides how answers are compared."""

    TEXT = "text"
    PLACE = "place"
    DATE = "date"
    NUMBER = "number"


class Verdict(StrEnum):
    """How an answer was judged."""

    CORRECT = "correct"
    ALMOST = "almost"
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a card's fact comes from: an article file and the sentence in it."""

    article: str | None = None
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """One question. Either ``question`` or ``cloze`` is set.

    ``cloze`` holds a sentence whose blank is written as ``___`` (three or more
    underscores). ``answer``, ``aliases`` and ``choices`` are strings exactly as
    written by the deck's author.
    """

    id: str
    kind: Kind
    answer: str
    question: str | None = None
    cloze: str | None = None
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    hint: str | None = None
    explanation: str | None = None
    tags: tuple[str, ...] = ()
    tolerance: float | None = None
    source: Source | None = None

    @property
    def accepted(self) -> tuple[str, ...]:
        """The answer followed by every alias: all strings graded correct."""
        return (self.answer, *self.aliases)

    @property
    def prompt(self) -> str:
        """The text shown to the learner (question, or cloze sentence)."""
        return self.question if self.question is not None else (self.cloze or "")


@dataclass(frozen=True, slots=True)
class Deck:
    """A titled list of cards, as read from (or written to) one YAML file."""

    title: str
    cards: tuple[Card, ...]
    language: str = "de"
    description: str | None = None
    source: str | None = None
    retention: float | None = None
    tags: tuple[str, ...] = ()
    id: str | None = None
    """A stable name for the deck; progress is kept under it (under the title when absent)."""

    @property
    def key(self) -> str:
        """What progress is stored under: the ``id``, else the title."""
        return self.id or self.title

    def card(self, card_id: str) -> Card | None:
        """The card with this id, or None."""
        for card in self.cards:
            if card.id == card_id:
                return card
        return None


@dataclass(frozen=True, slots=True)
class Article:
    """A news article after reading: its file name, clean text and date.

    ``date`` is an ISO date or month (``2023-09`` or ``2023-09-05``) taken from
    metadata or a byline, or None when the article carries none.
    """

    name: str
    text: str
    date: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A quizzable fact found in an article sentence.

    ``surface`` is the text exactly as it stands in ``sentence`` at
    ``start:end``; ``value`` is its normal form (ISO date, number as a string
    like ``17.2``, canonical place name). ``detail`` carries kind-specific
    facets such as the date granularity, the unit counted, or a qualifier.
    """

    kind: Kind
    surface: str
    value: str
    sentence: str
    start: int
    end: int
    article: str
    detail: tuple[tuple[str, str], ...] = field(default=())

    def get(self, key: str, default: str | None = None) -> str | None:
        """Look up one facet of ``detail``."""
        for name, value in self.detail:
            if name == key:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Grade:
    """The verdict on one typed answer (see :func:`quiz.matching.grade`)."""

    verdict: Verdict
    matched: str | None
    score: float
    feedback: str
