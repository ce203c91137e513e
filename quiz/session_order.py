"""The order of a session's cards: keep cards about the same sentence apart.

A generated deck asks about one sentence in several ways (a cloze, a
W-question, a spelling card). Asked back to back, the first card gives the
next one away, so sessions spread such siblings out, and an exam prefers
different sentences before it repeats one.
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Sequence

from quiz.models import Card

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
