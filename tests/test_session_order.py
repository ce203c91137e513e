"""Cards about the same sentence are not asked back to back."""

from __future__ import annotations

import random

from quiz.models import Card, Deck, Kind, Source
from quiz.session import Session
from quiz.session_order import sample_distinct, sibling_key, spread_siblings
from quiz.session_values import Agenda


def card(card_id: str, sentence: str | None) -> Card:
    source = Source("a.txt", sentence) if sentence else None
    return Card(id=card_id, kind=Kind.TEXT, answer="x", question=f"{card_id}?", source=source)


def keys(cards: list[Card]) -> list[str]:
    return [sibling_key(c) for c in cards]


def adjacent_siblings(cards: list[Card], gap: int = 3) -> int:
    found = keys(cards)
    return sum(found[i] in found[max(0, i - gap) : i] for i in range(len(found)))


SIBLINGS = [
    card("wladiwostok-cloze", "In Wladiwostok findet ein Forum statt."),
    card("wladiwostok-wo", "In Wladiwostok findet ein Forum statt."),
    card("datum", "In  wladiwostok findet ein Forum statt."),  # same sentence, other spacing and case
    card("tumen", "Der Grenzfluss Tumen trennt die Länder."),
    card("jahr", "Kim übernahm 2011 die Macht."),
    card("jahr-worte", "Kim übernahm 2011 die Macht."),
    card("ohne-quelle-1", None),
    card("ohne-quelle-2", None),
    *(card(f"anderer-satz-{i}", f"Ein anderer Satz, Nummer {i}.") for i in range(4)),
]


def test_siblings_are_spread_and_nothing_is_lost() -> None:
    spread = spread_siblings(SIBLINGS)
    assert sorted(c.id for c in spread) == sorted(c.id for c in SIBLINGS)
    assert adjacent_siblings(list(SIBLINGS)) > 0
    assert adjacent_siblings(spread) == 0


def test_order_is_kept_when_nothing_needs_spreading() -> None:
    distinct = [card(f"c{i}", f"Satz {i}.") for i in range(6)]
    assert spread_siblings(distinct) == distinct


def test_cards_without_a_source_are_never_siblings() -> None:
    assert sibling_key(SIBLINGS[6]) != sibling_key(SIBLINGS[7])


def test_all_siblings_keeps_every_card() -> None:
    same = [card(f"c{i}", "Ein Satz.") for i in range(200)]
    assert spread_siblings(same) == same


def test_exam_prefers_different_sentences() -> None:
    chosen = sample_distinct(SIBLINGS, 5, random.Random(7))
    assert len(set(keys(chosen))) == 5
    assert len(sample_distinct(SIBLINGS, 12, random.Random(7))) == 12


def test_sessions_spread_siblings_in_every_mode() -> None:
    deck = Deck(title="T", cards=tuple(SIBLINGS))
    learn = Session.learn(deck, Agenda((), tuple(c.id for c in SIBLINGS)), seed=1)
    practice = Session.practice(deck, seed=1)
    exam = Session.exam(deck, size=4, seed=1)
    for session in (learn, practice, exam):
        asked = [slot.card for slot in session._queue]
        assert adjacent_siblings(asked) == 0, [c.id for c in asked]
    assert len({sibling_key(slot.card) for slot in exam._queue}) == 4
