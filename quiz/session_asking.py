"""How a card is put to the learner: the question, its style, multiple-choice options and hints.

Multiple choice shows the answer and up to three distractors, shuffled with the
session's seed: the card's own ``choices``, or else answers of other cards of
the same kind and look (see :mod:`quiz.session_choices`). A card with nothing
sensible to choose from is asked as a typed question that says so
(:attr:`Question.typed_fallback`).
"""

from __future__ import annotations

import random

from quiz.models import Card, Deck, Kind
from quiz.session_choices import Look, fits, look, same_meaning
from quiz.session_values import Mode, Question, Style

MAX_CHOICES = 4


class Asker:
    """Decides, once per card and the same every time it comes up, how a session asks it."""

    def __init__(self, deck: Deck, style: Style, seed: int, mode: Mode) -> None:
        self.deck = deck
        self.style = style
        self.seed = seed
        self.mode = mode
        self._asked: dict[str, tuple[Style, tuple[str, ...], bool]] = {}
        self._pools: dict[Kind, list[tuple[str, Look]]] = {}

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
        style, choices, typed_fallback = self.ask(card)
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
            typed_fallback=typed_fallback,
        )

    def ask(self, card: Card) -> tuple[Style, tuple[str, ...], bool]:
        """The style for ``card``, its options (empty unless multiple choice), and whether choice fell back to type."""
        if self.style is not Style.CHOICE:
            return self.style, (), False
        known = self._asked.get(card.id)
        if known is not None:
            return known
        rng = random.Random(f"{self.seed}:{card.id}")
        want = MAX_CHOICES - 1
        accepted = [look(answer, card.kind) for answer in card.accepted]
        own = _distinct(card, [(choice, look(choice, card.kind)) for choice in card.choices], accepted)
        if own:
            distractors = rng.sample(own, min(want, len(own)))
        else:
            borrowed = [
                answer for answer, seen in self._pool(card.kind)
                if fits(accepted[0], seen, card.kind) and not same_meaning(card, seen, accepted)
            ]  # fmt: skip
            distractors = rng.sample(borrowed, min(want, len(borrowed)))
        if not distractors:
            asked: tuple[Style, tuple[str, ...], bool] = (Style.TYPE, (), True)
        else:
            options = [card.answer, *distractors]
            rng.shuffle(options)
            asked = (Style.CHOICE, tuple(options), False)
        self._asked[card.id] = asked
        return asked

    def _pool(self, kind: Kind) -> list[tuple[str, Look]]:
        """The deck's answers of one kind, one for each meaning, with their looks; built once per kind."""
        pool = self._pools.get(kind)
        if pool is None:
            unique: dict[tuple[object, ...], tuple[str, Look]] = {}
            for other in self.deck.cards:
                if other.kind is kind:
                    seen = look(other.answer, kind)
                    unique.setdefault(seen.meaning, (other.answer, seen))
            pool = self._pools[kind] = list(unique.values())
        return pool


def _distinct(card: Card, options: list[tuple[str, Look]], accepted: list[Look]) -> list[str]:
    """``options`` without the ones that are right answers after all, each meaning once, in order."""
    seen: set[tuple[object, ...]] = set()
    kept: list[str] = []
    for text, option in options:
        if option.meaning in seen or same_meaning(card, option, accepted):
            continue
        seen.add(option.meaning)
        kept.append(text)
    return kept


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
