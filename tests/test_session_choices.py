"""Multiple choice: borrowed options look like the answer, none is a second right answer, else typed and said so."""

from __future__ import annotations

from quiz.models import Card, Deck, Kind
from quiz.session import Question, Session, Style


def text(card_id: str, answer: str, kind: Kind = Kind.TEXT, **extra: object) -> Card:
    return Card(id=card_id, kind=kind, answer=answer, question=f"Frage {card_id}?", **extra)  # type: ignore[arg-type]


def asked(deck: Deck, card_id: str, seed: int = 1, style: Style = Style.CHOICE) -> Question:
    card = deck.card(card_id)
    assert card is not None
    question = Session.practice(deck, [card], style=style, seed=seed).current
    assert question is not None
    return question


def options_over_seeds(deck: Deck, card_id: str, seeds: int = 30) -> set[str]:
    """Every option the card is ever offered (the answer included)."""
    found: set[str] = set()
    for seed in range(seeds):
        found.update(asked(deck, card_id, seed).choices)
    return found


MIXED = Deck(
    "Gemischt",
    (
        text("hauptstadt", "Ja"),  # Ist Berlin die Hauptstadt?
        text("tagesschau", "20:15"),
        text("englisch", "yes"),
        text("stadt", "Wien"),
        text("laut", "NO"),
        text("nein", "nein"),
        text("anfang", "19 Uhr"),
        text("farbe", "dunkelblau"),
        text("fluss", "Donau"),
        text("satz", "in der Mitte des Flusses"),
    ),
)


def test_a_yes_no_question_is_offered_only_the_other_answer() -> None:
    question = asked(MIXED, "hauptstadt")
    assert question.style is Style.CHOICE and not question.typed_fallback
    assert options_over_seeds(MIXED, "hauptstadt") in ({"Ja", "NO"}, {"Ja", "nein"})  # never "yes": it is right too
    assert len(question.choices) == 2  # "NO" and "nein" mean the same: only one of them


def test_a_time_borrows_times() -> None:
    assert options_over_seeds(MIXED, "tagesschau") == {"20:15", "19 Uhr"}


def test_a_name_borrows_names_and_a_word_borrows_words() -> None:
    assert options_over_seeds(MIXED, "stadt") == {"Wien", "Donau"}
    assert asked(MIXED, "farbe").typed_fallback  # no other lower-case single word in the deck


def test_numbers_borrow_numbers_of_similar_size_in_the_same_unit_and_writing() -> None:
    deck = Deck(
        "Zahlen",
        (
            text("donau", "2.850", Kind.NUMBER),
            text("gleich", "2850", Kind.NUMBER),  # the same number: never an option for "donau"
            text("nah", "2.900", Kind.NUMBER),  # within the tolerance below: right too
            text("rhein", "1.233", Kind.NUMBER),
            text("elbe", "1.094 km", Kind.NUMBER),  # another unit
            text("klein", "12", Kind.NUMBER),
            text("gross", "5 Millionen", Kind.NUMBER),
            text("wort", "dreitausend", Kind.NUMBER),  # written in words
            text("oder", "3.400", Kind.NUMBER),
        ),
    )
    plain = options_over_seeds(deck, "donau")
    assert plain == {"2.850", "2.900", "1.233", "3.400"}
    tolerant = Deck("Toleranz", (text("donau", "2.850", Kind.NUMBER, tolerance=100.0), *deck.cards[1:]))
    assert options_over_seeds(tolerant, "donau") == {"2.850", "1.233", "3.400"}


def test_dates_borrow_dates_of_the_same_precision() -> None:
    deck = Deck(
        "Daten",
        (
            text("mauer", "9. November 1989", Kind.DATE),
            text("einheit", "3. Oktober 1990", Kind.DATE),
            text("gleich", "09.11.1989", Kind.DATE),  # the same day written otherwise
            text("jahr", "1961", Kind.DATE),
            text("monat", "Juni 2019", Kind.DATE),
        ),
    )
    assert options_over_seeds(deck, "mauer") == {"9. November 1989", "3. Oktober 1990"}
    assert options_over_seeds(deck, "jahr") == set() and asked(deck, "jahr").typed_fallback  # no other year


def test_only_cards_of_the_same_kind_lend_answers() -> None:
    deck = Deck("Orte", (text("a", "Wien", Kind.PLACE), text("b", "Donau"), text("c", "Graz", Kind.PLACE)))
    assert options_over_seeds(deck, "a") == {"Wien", "Graz"}


def test_own_choices_that_are_right_answers_are_dropped() -> None:
    card = text("wien", "Wien", Kind.PLACE, aliases=("Vienna",), choices=("Graz", "vienna", "WIEN", "Linz", "graz"))
    deck = Deck("Eigene", (card,))
    question = asked(deck, "wien")
    assert sorted(question.choices) == ["Graz", "Linz", "Wien"]


def test_a_card_with_nothing_sensible_to_offer_is_typed_and_says_so() -> None:
    question = asked(Deck("Allein", (text("a", "Wien", Kind.PLACE),)), "a")
    assert question.style is Style.TYPE and question.choices == () and question.typed_fallback
    typed = asked(MIXED, "stadt", style=Style.TYPE)
    assert typed.style is Style.TYPE and not typed.typed_fallback


def test_the_options_follow_the_seed() -> None:
    deck = Deck("Städte", tuple(text(f"c{n}", name, Kind.PLACE) for n, name in enumerate(
        ("Wien", "Graz", "Linz", "Salzburg", "Bern", "Basel", "Oslo", "Bergen")
    )))  # fmt: skip
    assert asked(deck, "c0", seed=5).choices == asked(deck, "c0", seed=5).choices
    assert len({asked(deck, "c0", seed=s).choices for s in range(10)}) > 1
