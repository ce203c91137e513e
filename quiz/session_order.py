"""Which cards a session asks, and in what order: one card per sentence, siblings kept apart.

A generated deck asks about one sentence in several ways (a cloze, a
W-question, a spelling card); asked in one session, the first gives the next
away. So learn does what Anki calls burying siblings: it asks at most one card
per sentence (due cards first, most overdue first, then new ones) and fills
the day's share of new cards with cards about other sentences
(:attr:`Agenda.spare`). A review card whose sibling is already in the session
waits for the next one. Only when the deck has too few sentences to fill the
day's share do new siblings join, as far apart as the session allows.
Practice asks every card it is given and an exam prefers different sentences;
both spread the siblings they keep as far apart as possible.
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Callable, Sequence

from quiz.models import Card, Deck
from quiz.scheduling import CardState
from quiz.session_siblings import Siblings, sibling_key
from quiz.session_values import Agenda

__all__ = [
    "exam_order", "learn_order", "practice_order", "sample_distinct", "sibling_key", "spread_siblings", "widest_gap",
]  # fmt: skip

KeyOf = Callable[[Card], str]


def widest_gap(cards: Sequence[Card], key: KeyOf = sibling_key) -> int:
    """The largest distance every two siblings in ``cards`` can keep (``len(cards)`` when there are none).

    With ``m`` cards in the biggest group and ``c`` groups that big, siblings can stand
    ``(n - c) // (m - 1)`` apart and no further (the cooldown bound of task scheduling).
    """
    sizes: dict[str, int] = {}
    for card in cards:
        group = key(card)
        sizes[group] = sizes.get(group, 0) + 1
    biggest = max(sizes.values(), default=1)
    if biggest < 2:
        return len(cards)
    tied = sum(size == biggest for size in sizes.values())
    return max(1, (len(cards) - tied) // (biggest - 1))


def spread_siblings(cards: Sequence[Card], gap: int | None = None, key: KeyOf = sibling_key) -> list[Card]:
    """The same cards, reordered so siblings stand ``gap`` apart (default: as far apart as possible).

    Each next card comes from the group with the most cards still to ask among
    those not asked in the last ``gap`` questions (ties: the earliest card first),
    the greedy that finds a spread whenever one exists. Without siblings the
    order stays exactly as given.
    """
    if gap is None:
        gap = widest_gap(cards, key)
    groups: dict[str, deque[tuple[int, Card]]] = {}
    for position, card in enumerate(cards):
        groups.setdefault(key(card), deque()).append((position, card))
    ready = [(-len(queue), queue[0][0], group) for group, queue in groups.items()]
    heapq.heapify(ready)
    resting: deque[tuple[int, str]] = deque()  # (step when it may come back, group)
    result: list[Card] = []
    while ready or resting:
        while resting and resting[0][0] <= len(result):
            group = resting.popleft()[1]
            heapq.heappush(ready, (-len(groups[group]), groups[group][0][0], group))
        if not ready:  # only siblings of recent cards are left: ask the one that rested longest
            group = resting.popleft()[1]
        else:
            group = heapq.heappop(ready)[2]
        result.append(groups[group].popleft()[1])
        if groups[group]:
            resting.append((len(result) - 1 + gap, group))  # its next card may stand ``gap`` after this one
    return result


def sample_distinct(cards: Sequence[Card], count: int, rng: random.Random, key: KeyOf = sibling_key) -> list[Card]:
    """``count`` cards at random, each from a different sentence as long as there are enough."""
    shuffled = list(cards)
    rng.shuffle(shuffled)
    seen: set[str] = set()
    first: list[Card] = []
    repeats: list[Card] = []
    for card in shuffled:
        group = key(card)
        (repeats if group in seen else first).append(card)
        seen.add(group)
    return (first + repeats)[:count]


def learn_order(deck: Deck, agenda: Agenda) -> tuple[list[Card], dict[str, CardState], list[str]]:
    """A learn session's cards, the due cards' states and the new cards' ids.

    Due cards come first, then new ones, one card per sentence: a due card whose
    sibling comes earlier is left for another day, and a new card whose sibling
    is in the session gives way to the next new card (from ``agenda.new``, then
    ``agenda.spare``) so the session still has ``len(agenda.new)`` new cards.
    When no such card is left, the siblings left out fill the share after all,
    spread apart. Cards the agenda names but the deck no longer holds are left out.
    """
    by_id = {card.id: card for card in deck.cards}
    siblings = Siblings(deck.cards)
    taken: set[str] = set()
    due: list[tuple[Card, CardState]] = []
    for card_id, state in agenda.due:
        card = by_id.get(card_id)
        if card is not None and siblings.key(card) not in taken:
            taken.add(siblings.key(card))
            due.append((card, state))
    share = sum(card_id in by_id for card_id in agenda.new)
    named = {card_id for card_id, _ in agenda.due}
    candidates = [
        by_id[card_id] for card_id in dict.fromkeys((*agenda.new, *agenda.spare)) if card_id in by_id
        and card_id not in named
    ]  # fmt: skip
    new: list[Card] = []
    buried: list[Card] = []
    for card in candidates:
        if len(new) == share:
            break
        group = siblings.key(card)
        if group in taken:
            buried.append(card)
        else:
            taken.add(group)
            new.append(card)
    new += buried[: share - len(new)]  # the deck has too few sentences left: siblings after all, spread below
    cards = spread_siblings([card for card, _ in due] + new, key=siblings.key)
    return cards, {card.id: state for card, state in due}, [card.id for card in new]


def practice_order(deck: Deck, cards: Sequence[Card] | None, tag: str | None, seed: int) -> list[Card]:
    """``cards`` (default: the whole deck), only those tagged ``tag`` if given, shuffled with ``seed``.

    Every card chosen is asked; siblings stand as far apart as the session allows.
    """
    chosen = list(cards if cards is not None else deck.cards)
    if tag is not None:
        chosen = [card for card in chosen if tag in card.tags or tag in deck.tags]
    random.Random(seed).shuffle(chosen)
    return spread_siblings(chosen, key=Siblings(deck.cards).key)


def exam_order(deck: Deck, count: int, seed: int) -> list[Card]:
    """``count`` cards of the deck drawn with ``seed``, different sentences first, siblings far apart."""
    key = Siblings(deck.cards).key
    return spread_siblings(sample_distinct(deck.cards, count, random.Random(seed), key), key=key)
