"""How a card is put to the learner: the question, its style, multiple-choice options and hints.

Multiple choice shows the answer and up to three distractors, shuffled with the
session's seed: the card's own ``choices``, or else answers of other cards of
the same kind in the deck (a date among dates, a place among places). A card
with nothing to choose from is asked as a typed question.
"""

from __future__ import annotations

import random

from quiz.models import Card, Deck, Kind
from quiz.session_values import Mode, Question, Style

MAX_CHOICES = 4


class Asker:
    """Decides, once per card and the same every time it comes up, how a session asks it."""

    def __init__(self, deck: Deck, style: Style, seed: int, mode: Mode) -> None:
        self.deck = deck
        self.style = style
        self.seed = seed
        self.mode = mode
        self._asked: dict[str, tuple[Style, tuple[str, ...]]] = {}
        self._pools: dict[Kind, list[str]] = {}

    def question(
        self,
        card: Card,
        *,
        number: int,
        total: int,
        hints: tuple[str, ...],
        is_new: bool,
        repeat: bool,
        position: int,
        total_cards: int,
        repeats_pending: int,
    ) -> Question:
        """The question for ``card``, number ``number`` of ``total``; hints are for typed questions outside exams."""
        style, choices = self.ask(card)
        return Question(
            number=number,
            total=total,
            card=card,
            style=style,
            choices=choices,
            hints_allowed=self.mode is not Mode.EXAM and style is not Style.FLIP,
            hints=hints,
            is_new=is_new,
            repeat=repeat,
            position=position,
            total_cards=total_cards,
            repeats_pending=repeats_pending,
        )

    def ask(self, card: Card) -> tuple[Style, tuple[str, ...]]:
        """The style for ``card`` and its options (empty unless multiple choice)."""
        if self.style is not Style.CHOICE:
            return self.style, ()
        known = self._asked.get(card.id)
        if known is not None:
            return known
        rng = random.Random(f"{self.seed}:{card.id}")
        want = MAX_CHOICES - 1
        if card.choices:
            distractors = rng.sample(card.choices, min(want, len(card.choices)))
        else:
            accepted = {a.casefold() for a in card.accepted}
            pool = self._pool(card.kind)
            drawn = rng.sample(pool, min(len(pool), want + len(accepted)))
            distractors = [answer for answer in drawn if answer.casefold() not in accepted][:want]
        if not distractors:
            asked: tuple[Style, tuple[str, ...]] = (Style.TYPE, ())
        else:
            options = [card.answer, *distractors]
            rng.shuffle(options)
            asked = (Style.CHOICE, tuple(options))
        self._asked[card.id] = asked
        return asked

    def _pool(self, kind: Kind) -> list[str]:
        """The deck's distinct answers of one kind (ignoring case), built once per kind."""
        pool = self._pools.get(kind)
        if pool is None:
            unique: dict[str, str] = {}
            for other in self.deck.cards:
                if other.kind is kind:
                    unique.setdefault(other.answer.casefold(), other.answer)
            pool = self._pools[kind] = list(unique.values())
        return pool


def hint_ladder(card: Card) -> tuple[str, ...]:
    """The hints offered one after another: the card's own, the answer's first letter, then its first half."""
    answer = card.answer.strip()
    steps: list[str] = []
    if card.hint:
        steps.append(card.hint)
    if len(answer) > 1:
        steps.append(answer[0] + "…")
    half = answer[: max(1, len(answer) // 2)]
    if len(answer) > 3 and half + "…" not in steps:
        steps.append(half + "…")
    return tuple(steps)
