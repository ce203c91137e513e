"""Multiple-choice options of generated cards: spelling slips, numbers on both sides, places that fit the gap."""

from __future__ import annotations

import pytest
from num2words import num2words
from rapidfuzz import fuzz
from text_to_num import text2num

from quiz.distractors import spelling_choices
from quiz.generate import build_decks, extract
from quiz.matching import grade
from quiz.models import Card, Kind, Verdict
from quiz.variants import spelled_variants


def cards_of(text: str, name: str = "a.txt") -> list[Card]:
    [(_, deck)] = build_decks([extract(name, text)])
    return list(deck.cards)


def _parses_to(word: str) -> int | None:
    try:
        return int(text2num(word, "de"))
    except (ValueError, AssertionError):
        return None


def test_a_spelling_card_offers_misspellings_of_its_own_number() -> None:
    text = "Nordkorea hat nach Angaben aus Seoul 685 Soldaten an die Grenze verlegt, teilte das Ministerium mit."
    [card] = [c for c in cards_of(text) if c.question == "Wie schreibt man 685 in Worten?"]
    assert card.answer == "sechshundertfünfundachtzig"
    assert len(card.choices) == 3 and len(set(card.choices)) == 3
    for option in card.choices:
        assert fuzz.ratio(option, card.answer) >= 80, option  # the same number word, slightly wrong
        assert _parses_to(option) in (None, 685), option  # never another number written right
        assert grade(card.answer, option, kind=card.kind, aliases=card.aliases).verdict is not Verdict.CORRECT


@pytest.mark.parametrize("year", [False, True])
def test_no_spelling_option_is_graded_right(year: bool) -> None:
    values = range(1900, 2031) if year else [*range(13, 200), *range(200, 1000, 37), *range(1000, 100_000, 4_999)]
    for value in values:
        forms = spelled_variants(value, year=year)
        choices = spelling_choices(forms[0], forms[1:], value if year else None, str(value))
        assert len(choices) >= 1, value
        assert forms[0] not in choices
        for option in choices:
            verdict = grade(forms[0], option, kind=Kind.TEXT, aliases=forms[1:]).verdict
            assert verdict is not Verdict.CORRECT, (value, option)


def test_typical_slips_are_among_the_options() -> None:
    assert "sechshundert und fünfundachtzig" in spelling_choices("sechshundertfünfundachtzig", (), None, "a") + (
        spelling_choices("sechshundertfünfundachtzig", (), None, "b")
    ) + spelling_choices("sechshundertfünfundachtzig", (), None, "c")
    assert "sechsundsechszig" in spelling_choices("sechsundsechzig", (), None, "x")
    years = {o for seed in "abcdef" for o in spelling_choices("zweitausendzweiundzwanzig", (), 2022, seed)}
    assert "zwanzigzweiundzwanzig" in years


def test_an_article_gets_at_most_two_spelling_cards_the_longest_numbers() -> None:
    text = (
        "In der Stadt leben 37 Ärzte und 685 Lehrer, die 2022 zusammen 48 Schulen betreuten.\n"
        "Im Jahr 1953 hatte die Gemeinde nur 23 Straßen und 1481 Einwohner, sagen die Historiker.\n"
    )
    spelling = [c for c in cards_of(text) if "rechtschreibung" in c.tags]
    assert len(spelling) == 2
    longest = sorted(
        (num2words(v, lang="de", to="year") if v in (2022, 1953) else num2words(v, lang="de"))
        for v in (37, 685, 2022, 48, 1953, 23, 1481)
    )
    assert sorted(c.answer for c in spelling) == sorted(sorted(longest, key=len)[-2:])


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("Und die Distanz zwischen Pjöngjang nach Wladiwostok beträgt mehr als 685 Kilometer Luftlinie, auf der "
         "Bahnstrecke kommen noch ein paar Hundert Kilometer dazu.", "685"),
        ("Mit nur 17,2 Kilometern ist die gemeinsame Grenze die kürzeste Grenze Russlands.", "17,2"),
        ("Die Firma beschäftigt in ihren Werken in Linz und Graz 12.400 Mitarbeiter.", "12.400"),
        *((f"Der Verein hat im Sommer in Kärnten {n} neue Mitglieder aufgenommen.", str(n)) for n in range(13, 40)),
    ],
)
def test_number_options_lie_on_both_sides_of_the_answer(sentence: str, answer: str) -> None:
    [card] = [c for c in cards_of(sentence) if c.kind is Kind.NUMBER and c.cloze]
    assert card.answer == answer and len(card.choices) == 3
    value = _number(answer)
    options = [_number(o) for o in card.choices]
    assert any(o < value for o in options) and any(o > value for o in options), card.choices
    assert all(0.2 <= o / value <= 5 for o in options)  # the same magnitude
    assert all(("," in o) == ("," in answer) and ("." in o) == ("." in answer) for o in card.choices)  # same format
