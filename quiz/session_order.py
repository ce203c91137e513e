"""Which cards a session asks, and in what order: cards about the same sentence stand apart.

Learn asks the agenda's due cards, then its new ones; practice any cards in a
seeded shuffle; an exam a random draw. A generated deck asks about one sentence
in several ways (a cloze, a W-question, a spelling card). Asked back to back,
the first card gives the next one away, so every mode spreads such siblings
out, and an exam prefers different sentences before it repeats one.
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Sequence

from quiz.models import Card, Deck
from quiz.scheduling import CardState
from quiz.session_values import Agenda

SIBLING_GAP = 3
"""Cards from the same sentence stand at least this many questions apart where possible."""


def sibling_key(card: Card) -> str:
    """Cards with the same key ask about the same source sentence."""
    if card.source is not None and card.source.sentence:
        return " ".join(card.source.sentence.casefold().split())
    return "\0" + card.id


def spread_siblings(cards: Sequence[Card], gap: int = SIBLING_GAP) -> list[Card]:
    """The same cards, reordered so siblings stand ``gap`` apart wherever that is possible.

    Each next card comes from the sentence with the most cards still to ask
    among those not asked in the last ``gap`` questions (ties: the earliest
    card first), the classic greedy that finds a spread whenever one exists.
    Without siblings the order stays exactly as given.
    """
    groups: dict[str, deque[tuple[int, Card]]] = {}
    for position, card in enumerate(cards):
        groups.setdefault(sibling_key(card), deque()).append((position, card))
    ready = [(-len(queue), queue[0][0], key) for key, queue in groups.items()]
    heapq.heapify(ready)
    resting: deque[tuple[int, str]] = deque()  # (step when it may come back, key)
    result: list[Card] = []
    while ready or resting:
        while resting and resting[0][0] <= len(result):
            key = resting.popleft()[1]
            heapq.heappush(ready, (-len(groups[key]), groups[key][0][0], key))
        if not ready:  # only siblings of recent cards are left: ask the one that rested longest
            key = resting.popleft()[1]
        else:
            key = heapq.heappop(ready)[2]
        result.append(groups[key].popleft()[1])
        if groups[key]:
            resting.append((len(result) + gap, key))
    return result


def sample_distinct(cards: Sequence[Card], count: int, rng: random.Random) -> list[Card]:
    """``count`` cards at random, each from a different sentence as long as there are enough."""
    shuffled = list(cards)
    rng.shuffle(shuffled)
    seen: set[str] = set()
    first: list[Card] = []
    repeats: list[Card] = []
    for card in shuffled:
        key = sibling_key(card)
        (repeats if key in seen else first).append(card)
        seen.add(key)
    return (first + repeats)[:count]


def learn_order(deck: Deck, agenda: Agenda) -> tuple[list[Card], dict[str, CardState], list[str]]:
    """A learn session's cards (due first, then new), the due cards' states and the new cards' ids.

    Cards the agenda names but the deck no longer holds are left out.
    """
    by_id = {card.id: card for card in deck.cards}
    due = [(by_id[key], state) for key, state in agenda.due if key in by_id]
    new = [by_id[key] for key in agenda.new if key in by_id]
    states = {card.id: state for card, state in due}
    return spread_siblings([card for card, _ in due] + new), states, [card.id for card in new]


def practice_order(deck: Deck, cards: Sequence[Card] | None, tag: str | None, seed: int) -> list[Card]:
    """``cards`` (default: the whole deck), only those tagged ``tag`` if given, shuffled with ``seed``."""
    chosen = list(cards if cards is not None else deck.cards)
    if tag is not None:
        chosen = [card for card in chosen if tag in card.tags or tag in deck.tags]
    random.Random(seed).shuffle(chosen)
    return spread_siblings(chosen)


def exam_order(deck: Deck, count: int, seed: int) -> list[Card]:
    """``count`` cards of the deck drawn with ``seed``, different sentences first."""
    return spread_siblings(sample_distinct(deck.cards, count, random.Random(seed)))
