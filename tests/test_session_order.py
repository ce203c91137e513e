"""Cards about the same sentence stay out of each other's session (learn), or as far apart as possible."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.deck import load_deck
from quiz.models import Card, Deck, Kind, Source
from quiz.scheduling import Rating, Scheduler
from quiz.session import Agenda, Rules, Session, plan
from quiz.session_order import sample_distinct, sibling_key, spread_siblings, widest_gap
from quiz.session_siblings import Siblings

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
EXACT = Scheduler(0.9, fuzz=False)
DECKS = Path(__file__).resolve().parent.parent / "decks"
KRIEG = "Drei Jahre tobte der blutige Krieg, nachdem Nordkorea 1950 den Süden angegriffen hatte."


def card(card_id: str, sentence: str | None, **extra: object) -> Card:
    source = Source("a.txt", sentence) if sentence else None
    return Card(id=card_id, kind=Kind.TEXT, answer="x", question=f"{card_id}?", source=source, **extra)  # type: ignore[arg-type]


def keys(cards: list[Card]) -> list[str]:
    return [sibling_key(c) for c in cards]


def closest_siblings(cards: list[Card], key: object = sibling_key) -> int:
    """The smallest distance between two cards of one group (len(cards) when there are no siblings)."""
    found = [key(c) for c in cards]  # type: ignore[operator]
    last: dict[str, int] = {}
    closest = len(cards)
    for index, group in enumerate(found):
        if group in last:
            closest = min(closest, index - last[group])
        last[group] = index
    return closest


def adjacent_siblings(cards: list[Card], gap: int = 3) -> int:
    found = keys(cards)
    return sum(found[i] in found[max(0, i - gap) : i] for i in range(len(found)))


SIBLINGS = [
    card("wladiwostok-cloze", "In Wladiwostok findet ein Forum statt."),
    card("wladiwostok-wo", "In Wladiwostok findet ein Forum statt."),
    card("datum", "In  wladiwostok findet ein Forum statt!"),  # same sentence, other spacing, case and punctuation
    card("tumen", "Der Grenzfluss Tumen trennt die Länder."),
    card("jahr", "Kim übernahm 2011 die Macht."),
    card("jahr-worte", "Kim übernahm 2011 die Macht."),
    card("ohne-quelle-1", None),
    card("ohne-quelle-2", None),
    *(card(f"anderer-satz-{i}", f"Ein anderer Satz, Nummer {i}.") for i in range(4)),
]


def krieg_deck(others: int) -> Deck:
    """The tester's pair (a cloze and a W-question on one sentence) first, then ``others`` cards of their own."""
    cloze = Card(id="krieg-cloze", kind=Kind.NUMBER, answer="Drei", cloze="___ Jahre tobte der blutige Krieg.",
                 source=Source("krieg.txt", KRIEG))  # fmt: skip
    question = Card(id="krieg-w", kind=Kind.NUMBER, answer="Drei", question="Wie viele Jahre tobte der Krieg?",
                    source=Source("krieg.txt", KRIEG))  # fmt: skip
    rest = [card(f"satz-{i}", f"Ein ganz anderer Satz mit Nummer {i}.") for i in range(others)]
    return Deck(title="Krieg", cards=(cloze, question, *rest))


def asked(session: Session) -> list[Card]:
    return [slot.card for slot in session._queue]


# ----- learn: bury siblings -------------------------------------------------------------------


def test_learn_asks_one_new_card_per_sentence_and_fills_up_with_other_sentences() -> None:
    deck = krieg_deck(others=30)
    session = Session.learn(deck, plan(deck, {}, NOW, rules=Rules(new_per_day=20)), seed=1)
    cards = asked(session)
    assert len(cards) == 20 and session.total_cards == 20
    assert len({sibling_key(c) for c in cards}) == 20
    assert "krieg-cloze" in [c.id for c in cards] and "krieg-w" not in [c.id for c in cards]
    assert all(slot.is_new for slot in session._queue)


def test_the_left_out_sibling_comes_in_a_later_session() -> None:
    deck = krieg_deck(others=3)
    first = Session.learn(deck, plan(deck, {}, NOW, rules=Rules(new_per_day=2)), seed=1, scheduler=EXACT)
    assert [c.id for c in asked(first)] == ["krieg-cloze", "satz-0"]
    states = {c.id: EXACT.review(c.id, None, Rating.EASY, NOW) for c in asked(first)}
    later = Session.learn(deck, plan(deck, states, NOW + timedelta(days=1), rules=Rules(new_per_day=2)), seed=1)
    assert [c.id for c in asked(later)] == ["krieg-w", "satz-1"]


def test_a_due_card_whose_sibling_is_in_the_session_waits() -> None:
    deck = krieg_deck(others=2)
    older = EXACT.review("krieg-w", None, Rating.EASY, NOW - timedelta(days=40))
    old = EXACT.review("krieg-cloze", None, Rating.EASY, NOW - timedelta(days=30))
    agenda = Agenda(due=(("krieg-w", older), ("krieg-cloze", old)), new=("satz-0",))
    session = Session.learn(deck, agenda, seed=1)
    assert [c.id for c in asked(session)] == ["krieg-w", "satz-0"]
    assert session.state_of("krieg-cloze") is None  # untouched: still due next time


def test_a_new_card_whose_sibling_is_due_gives_way() -> None:
    deck = krieg_deck(others=2)
    due = EXACT.review("krieg-w", None, Rating.EASY, NOW - timedelta(days=30))
    agenda = Agenda(due=(("krieg-w", due),), new=("krieg-cloze", "satz-0"), spare=("satz-1",))
    session = Session.learn(deck, agenda, seed=1)
    assert [c.id for c in asked(session)] == ["krieg-w", "satz-0", "satz-1"]
    assert [slot.is_new for slot in session._queue] == [False, True, True]


def test_a_deck_with_too_few_sentences_takes_siblings_back_spread_apart() -> None:
    deck = krieg_deck(others=4)
    session = Session.learn(deck, plan(deck, {}, NOW), seed=1)
    cards = asked(session)
    assert sorted(c.id for c in cards) == sorted(c.id for c in deck.cards)  # nothing else to ask
    assert closest_siblings(cards) == len(cards) - 1  # the pair at both ends


def test_learn_never_asks_more_new_cards_than_the_days_share() -> None:
    deck = krieg_deck(others=5)
    agenda = plan(deck, {}, NOW, new_today=17, rules=Rules(new_per_day=20))
    session = Session.learn(deck, agenda, seed=1)
    assert session.total_cards == 3 and len({sibling_key(c) for c in asked(session)}) == 3
    assert plan(deck, {}, NOW, new_today=20).spare == ()  # no share left: nothing to fill with


def test_a_generated_deck_session_has_each_sentence_once() -> None:
    deck = load_deck(DECKS / "alle-artikel.yaml").deck
    assert deck is not None
    siblings = Siblings(deck.cards)
    assert len({siblings.key(c) for c in deck.cards}) < len(deck.cards)  # the deck does have siblings
    session = Session.learn(deck, plan(deck, {}, NOW), seed=1)
    cards = asked(session)
    assert len(cards) == 20 and len({siblings.key(c) for c in cards}) == 20


def test_learn_order_is_deterministic() -> None:
    deck = load_deck(DECKS / "alle-artikel.yaml").deck
    assert deck is not None
    one = Session.learn(deck, plan(deck, {}, NOW), seed=1)
    two = Session.learn(deck, plan(deck, {}, NOW), seed=99)
    assert [c.id for c in asked(one)] == [c.id for c in asked(two)]


# ----- who is a sibling -----------------------------------------------------------------------


def test_cards_without_a_source_are_never_siblings() -> None:
    assert sibling_key(SIBLINGS[6]) != sibling_key(SIBLINGS[7])


def test_a_cloze_without_source_is_the_sibling_of_a_question_about_its_sentence() -> None:
    cloze = Card(id="c", kind=Kind.DATE, answer="9. November 1989", cloze="Die Berliner Mauer fiel am ___.")
    question = Card(id="q", kind=Kind.DATE, answer="9. November 1989", question="Wann fiel die Mauer?",
                    source=Source(None, "Die Berliner Mauer fiel am 9. November 1989."))  # fmt: skip
    explained = Card(id="e", kind=Kind.DATE, answer="9. November 1989", question="Mauerfall?",
                     explanation="Die Berliner Mauer fiel am 9. November 1989.")  # fmt: skip
    other = Card(id="o", kind=Kind.DATE, answer="3. Oktober 1990", question="Einheit?",
                 explanation="Die Berliner Mauer fiel am 9. November 1989.")  # fmt: skip
    # (that sentence does not state the other card's answer)
    siblings = Siblings([cloze, question, explained, other])
    assert siblings.key(cloze) == siblings.key(question) == siblings.key(explained)
    assert siblings.key(other) != siblings.key(cloze)


def test_short_explanations_do_not_tie_cards_together() -> None:
    one = Card(id="a", kind=Kind.TEXT, answer="Ja", question="Ist Wien eine Hauptstadt?", explanation="Ja.")
    two = Card(id="b", kind=Kind.TEXT, answer="Ja", question="Liegt Wien an der Donau?", explanation="Ja.")
    siblings = Siblings([one, two])
    assert siblings.key(one) != siblings.key(two)


# ----- spreading ------------------------------------------------------------------------------


def test_siblings_are_spread_and_nothing_is_lost() -> None:
    spread = spread_siblings(SIBLINGS)
    assert sorted(c.id for c in spread) == sorted(c.id for c in SIBLINGS)
    assert adjacent_siblings(list(SIBLINGS)) > 0
    assert adjacent_siblings(spread) == 0
    assert closest_siblings(spread) == widest_gap(SIBLINGS) == 5


def test_order_is_kept_when_nothing_needs_spreading() -> None:
    distinct = [card(f"c{i}", f"Satz {i}.") for i in range(6)]
    assert spread_siblings(distinct) == distinct


def test_all_siblings_keeps_every_card() -> None:
    same = [card(f"c{i}", "Ein Satz.") for i in range(200)]
    assert spread_siblings(same) == same


@pytest.mark.parametrize("seed", range(40))
def test_the_spread_is_as_wide_as_any_order_allows(seed: int) -> None:
    rng = random.Random(seed)
    cards = [card(f"c{i}", f"Satz {rng.randrange(4)}.") for i in range(rng.randrange(2, 8))]
    best = max(closest_siblings(list(order)) for order in itertools.permutations(cards))
    assert closest_siblings(spread_siblings(cards)) == best == min(widest_gap(cards), len(cards))


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
        cards = asked(session)
        assert adjacent_siblings(cards) == 0, [c.id for c in cards]
        assert closest_siblings(cards) == widest_gap(cards)
    assert len({sibling_key(slot.card) for slot in exam._queue}) == 4
    assert learn.total_cards == practice.total_cards == len(SIBLINGS)  # nothing else to fill with
