"""Which cards are siblings: they ask about the same sentence, so one gives the other away.

A generated deck asks about one sentence in several ways (a cloze, a
W-question, a spelling card), and each names the sentence in its ``source``.
Hand-written decks often leave the source out; there a cloze filled with its
answer, or an explanation that states the answer, is the card's sentence.
Cards sharing any such sentence are siblings, and siblings of siblings too
(Anki keeps the cards of one note together the same way).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.models import Card

MIN_DERIVED_WORDS = 4
"""A sentence read from a cloze or an explanation must have this many words to tie cards together
(so that short explanations such as "Ja." do not make half a deck siblings)."""

_WORD = re.compile(r"\w+")
_BLANK = re.compile(r"_{3,}")


def sentence_key(text: str) -> str:
    """The words of a sentence, case folded: spacing, case and punctuation do not matter."""
    return " ".join(_WORD.findall(text.casefold()))


def sentence_keys(card: Card) -> tuple[str, ...]:
    """The sentences ``card`` asks about: its source sentence, its filled cloze, an explanation stating the answer."""
    keys: list[str] = []
    if card.source is not None and card.source.sentence:
        declared = sentence_key(card.source.sentence)
        if declared:
            keys.append(declared)
    derived: list[str] = []
    if card.cloze:
        derived.append(sentence_key(_BLANK.sub(lambda _: card.answer, card.cloze, count=1)))
    answer = sentence_key(card.answer)
    if card.explanation and answer:
        explained = sentence_key(card.explanation)
        if f" {answer} " in f" {explained} ":
            derived.append(explained)
    keys += [key for key in derived if len(key.split()) >= MIN_DERIVED_WORDS]
    return tuple(dict.fromkeys(keys))


def sibling_key(card: Card) -> str:
    """The card's own sentence key (its source sentence, else a derived one, else its id alone)."""
    keys = sentence_keys(card)
    return keys[0] if keys else "\0" + card.id


class Siblings:
    """Groups of sibling cards among ``cards`` (a whole deck): :meth:`key` names a card's group."""

    def __init__(self, cards: Iterable[Card]) -> None:
        self._parent: dict[str, str] = {}
        self._group: dict[str, str] = {}
        for card in cards:
            self._add(card)

    def key(self, card: Card) -> str:
        """The same string for every card of one group; a card never seen gets its own sentence's group."""
        known = self._group.get(card.id)
        if known is None:
            known = self._add(card)
        return self._find(known)

    def _add(self, card: Card) -> str:
        own = "\0" + card.id
        self._parent.setdefault(own, own)
        for key in sentence_keys(card):
            self._parent.setdefault(key, key)
            self._union(own, key)
        self._group[card.id] = own
        return own

    def _find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, one: str, other: str) -> None:
        first, second = self._find(one), self._find(other)
        if first != second:
            self._parent[max(first, second)] = min(first, second)
