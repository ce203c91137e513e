"""Date extraction: absolute dates to ISO, relative ones and clock times left alone."""

from __future__ import annotations

import pytest

from quiz.extract.dates import find_dates


def dates(sentence: str, reference: str | None = "2023-09") -> list[tuple[str, str, str]]:
    return [(f.surface, f.value, f.get("granularity") or "") for f in find_dates(sentence, "a.txt", reference)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das Treffen am 30. Juni 2019 war das letzte.", [("30. Juni 2019", "2019-06-30", "day")]),
        ("Doch im September 2023 wurde daraus ein Geschäft.", [("September 2023", "2023-09", "month")]),
        ("Der Despot übernahm im Jahr 2011 die Macht.", [("2011", "2011", "year")]),
        ("Das unterstützt er bereits seit 2022, als der Norden lieferte.", [("2022", "2022", "year")]),
        ("Die Brücke wurde 1959 anstelle einer Holzbrücke errichtet.", [("1959", "1959", "year")]),
        ("Er kam am 5.9.2023 an.", [("5.9.2023", "2023-09-05", "day")]),
        ("Zahlen von 2010 bis 2015 liegen vor.", [("2010 bis 2015", "2010/2015", "range")]),
        ("Die 2011 durchgeführten Studien und das 2015 gegründete Start-up.",
         [("2011", "2011", "year"), ("2015", "2015", "year")]),
        ("Im Jänner 2016 und am 3. Feber 2016 schneite es.",
         [("Jänner 2016", "2016-01", "month"), ("3. Feber 2016", "2016-02-03", "day")]),
    ],
)  # fmt: skip
def test_absolute_dates_normalise_to_iso(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(sentence) == expected


def test_day_range_without_year_takes_the_article_year_and_says_so() -> None:
    [fact] = find_dates("In Wladiwostok findet von 10. bis 13. September ein Forum statt.", "a.txt", "2023-09")
    assert (fact.surface, fact.value, fact.get("granularity"), fact.get("inferred")) == (
        "10. bis 13. September", "2023-09-10/2023-09-13", "range", "year"
    )  # fmt: skip


def test_month_without_year_and_without_reference_stays_open() -> None:
    assert dates("Moskau vollzog im März den Bruch, am 19. Juni kam er.", None) == [
        ("März", "--03", "month"),
        ("19. Juni", "--06-19", "day"),
    ]


def test_month_long_after_the_reference_belongs_to_the_year_before() -> None:
    assert dates("Im Dezember begann es.", "2016-02") == [("Dezember", "2015-12", "month")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim kommt kommende Woche, am Montag spekulierte Schoigu.",
        "Schon im Vorjahr ersuchten sie um Granaten.",
        "Update um 15.05 Uhr und um 20.45 Uhr.",
        "August Schmidt und Mai Thi kamen.",
        "Es kamen rund 2000 Menschen, 1.500 Euro und 2000 neue Jobs.",
        "Das Spiel endete 2:1, die Saison 2016/17 war lang, seit 2000 Jahren.",
        "Er fuhr 17,2 Kilometer.",
    ],
)
def test_relative_expressions_times_names_and_counts_are_not_dates(sentence: str) -> None:
    assert dates(sentence) == []


def test_offsets_match_the_surface() -> None:
    sentence = "Putin traf er erstmals im Jahr 2019 in Wladiwostok, am 30. Juni 2019 wieder."
    for fact in find_dates(sentence, "a.txt"):
        assert sentence[fact.start : fact.end] == fact.surface
