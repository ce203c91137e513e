"""Multiple-choice options of generated cards: spelling slips, numbers on both sides, places that fit the gap."""

from __future__ import annotations

import pytest
from num2words import num2words
from rapidfuzz import fuzz
from text_to_num import text2num

from quiz.distractors import spelling_choices
from quiz.extraction import extract
from quiz.generate import build_decks
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
    assert all(0.4 <= o / value <= 2.5 for o in options)  # the same magnitude
    assert all(("," in o) == ("," in answer) and ("." in o) == ("." in answer) for o in card.choices)  # same format


def _place_card(text: str, answer: str, other: str = "") -> Card:
    decks = dict(build_decks([extract("a.txt", text), *([extract("b.txt", other)] if other else [])]))
    [card] = [c for c in decks["a"].cards if c.answer == answer and c.cloze]
    return card


def test_options_for_a_name_after_an_article_and_adjective_take_that_article() -> None:
    """ "den russischen ___" wants a masculine name: Kreml or Roten Platz, never Panmunjom or Demilitarisierte Zone."""
    from quiz.extract.genders import article_class

    text = "Die Staatschefs besuchten den russischen Weltraumbahnhof Wostotschny."
    card = _place_card(text, "Weltraumbahnhof Wostotschny")
    assert card.choices
    assert all(article_class(c, "landmark") == "m" for c in card.choices), card.choices


def test_a_declined_name_is_answered_in_the_form_the_gap_wants() -> None:
    text = "Das Treffen der beiden Präsidenten am 30. Juni 2019 in der demilitarisierten Zone war das letzte Mal."
    card = _place_card(text, "demilitarisierten Zone")
    assert "Demilitarisierte Zone" not in card.aliases  # "in der Demilitarisierte Zone" does not fit
    from quiz.extract.genders import article_class

    assert card.choices and all(article_class(c, "landmark") == "f" for c in card.choices), card.choices


def test_a_country_with_an_article_gets_countries_with_that_article_that_exist_today() -> None:
    text = "Nordkorea stimmte gegen eine Verurteilung der Invasion in der Ukraine durch die UNO."
    card = _place_card(text, "Ukraine")
    assert len(card.choices) == 3 and "Sowjetunion" not in card.choices
    assert set(card.choices) <= {"Türkei", "Schweiz", "Slowakei", "Mongolei", "Tschechische Republik"}
    usa = _place_card("Die Regierung in den USA beobachtet die Waffenbrüderschaft der beiden Länder genau.", "USA")
    assert usa.choices and all(c.endswith(("n", "s")) for c in usa.choices)  # "in den Niederlanden"
    assert "Niederlande" not in usa.choices


def test_a_former_state_gets_former_states() -> None:
    card = _place_card("Der Vertrag wurde 1987 in der DDR von beiden Seiten unterzeichnet.", "DDR")
    assert card.choices and set(card.choices) <= {"Sowjetunion", "Tschechoslowakei"}


def test_a_city_gets_cities_of_its_own_country_or_continent_not_the_towns_the_run_happens_to_name() -> None:
    from quiz.extract.regions import continent, country_of

    other = "In Mödling und in Baden wurden im Sommer neue Radwege für den Pendelverkehr gebaut."
    card = _place_card("Bei Zusammenstößen in Hebron wurden am Freitag drei Menschen verletzt.", "Hebron", other)
    assert len(card.choices) == 3 and "Mödling" not in card.choices and "Baden" not in card.choices
    assert all(continent(country_of(c)) == "Asia" for c in card.choices), card.choices


def test_a_declined_name_is_looked_up_by_the_spelling_it_declines() -> None:
    """ "aus dem Nahen Osten" is der Nahe Osten (masculine), not the bare "Nahost": no "aus dem Burgenland"."""
    from quiz.extract.genders import article_class

    text = "Die meisten Flüchtlinge kamen vor allem aus dem Nahen Osten nach Europa, sagte der Sprecher am Montag."
    card = _place_card(text, "Nahen Osten")
    assert card.choices and all(article_class(c, "region") == "m" for c in card.choices), card.choices


def test_number_options_reach_above_the_answer_when_the_run_names_only_smaller_numbers() -> None:
    smaller = " ".join(f"In Linz wurden im Jahr 2015 genau {n} Anzeigen erstattet." for n in range(30, 99, 3))
    decks = dict(build_decks([extract("a.txt", "In Graz wurden im Jahr 2015 genau 116 Anzeigen erstattet."),
                              extract("b.txt", smaller)]))  # fmt: skip
    [card] = [c for c in decks["a"].cards if c.answer == "116" and c.cloze]
    assert any(_number(o) > 116 for o in card.choices) and any(_number(o) < 116 for o in card.choices)


def test_two_digit_numbers_are_spelled_only_where_they_are_tricky() -> None:
    text = "Im Verein sind 24 Frauen und 37 Männer aktiv, die im Sommer 45 Spiele bestritten haben."
    asked = {c.answer for c in cards_of(text) if "rechtschreibung" in c.tags}
    assert asked == {"siebenunddreißig"}
