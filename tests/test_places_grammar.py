"""The article a place name takes, the gap before it, and where places lie (quiz.extract.genders, regions)."""

from __future__ import annotations

import pytest

from quiz.extract.genders import article_class, decline, fits, gap_frame
from quiz.extract.regions import continent, former, scale


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Wien", "city", "bare"), ("Russland", "country", "bare"), ("Tirol", "region", "bare"),
        ("Ukraine", "country", "f"), ("Irak", "country", "m"), ("USA", "country", "pl"),
        ("Steiermark", "region", "f"), ("Burgenland", "region", "n"), ("Gazastreifen", "region", "m"),
        ("Mittelmeer", "sea", "n"), ("Ostsee", "sea", "f"), ("Bodensee", "lake", "m"), ("Donau", "river", "f"),
        ("Inn", "river", "m"), ("Weltraumbahnhof Wostotschny", "landmark", "m"),
        ("Kosmodrom Wostotschny", "landmark", "n"),
        ("Demilitarisierte Zone", "landmark", "f"), ("Straße von Hormus", "sea", "f"), ("Land Salzburg", "region", "n"),
        ("Panmunjom", "landmark", "bare"), ("Alpen", "mountain", "pl"), ("Naher Osten", "region", "m"),
        ("England", "region", "bare"), ("Baden-Württemberg", "region", "bare"), ("Tiananmen-Platz", "landmark", "m"),
        ("Vereinigtes Königreich", "country", "n"),
    ],
)  # fmt: skip
def test_article_classes(name: str, type_: str, expected: str) -> None:
    assert article_class(name, type_) == expected


@pytest.mark.parametrize(
    ("text", "determiner", "adjective"),
    [
        ("Die Staatschefs besuchten den russischen ", "den", True),
        ("Das Treffen in der ", "der", False),
        ("Sie fuhren nach ", None, False),
        ("Gewalt im südlichen ", "im", True),
        ("Kiefersfelden nahe ", None, False),  # "nahe" is a preposition here, no adjective
    ],
)
def test_the_gap_frame_is_the_determiner_and_adjectives_before_it(
    text: str, determiner: str | None, adjective: bool
) -> None:
    frame = gap_frame(text + "X.", len(text))
    assert (frame.determiner, frame.adjective) == (determiner, adjective)


def test_what_fits_a_gap_and_how_it_is_declined() -> None:
    in_der = gap_frame("in der X", 7)
    assert fits("f", "f", in_der) and not fits("bare", "f", in_der) and not fits("n", "f", in_der)
    im_adjective = gap_frame("im südlichen X", 13)
    assert fits("bare", "n", im_adjective) and fits("n", "bare", im_adjective) and not fits("m", "n", im_adjective)
    bare = gap_frame("nach X", 5)
    assert fits("bare", "bare", bare) and not fits("f", "bare", bare) and not fits(None, "bare", bare)
    assert decline("Südchinesisches Meer", "n", gap_frame("im X", 3)) == "Südchinesischen Meer"
    assert decline("Rotes Meer", "n", gap_frame("über das X", 9)) == "Rote Meer"
    assert decline("Niederlande", "pl", gap_frame("in den X", 7)) == "Niederlanden"


def test_continents_former_states_and_districts() -> None:
    assert continent("UA") == "Europe" and continent("PS") == "Asia" and continent("ES") == "Europe"
    assert continent(None) is None
    assert former("country", None) and not former("country", "UA") and not former("city", None)
    assert scale("Floridsdorf") == "district" and scale("Burgenland") == "region"
