"""Which sentences carry questions, and how cloze and W-questions are cut from them."""

from __future__ import annotations

import pytest

from quiz.extract import find_facts
from quiz.models import Fact
from quiz.questions import cloze, prompt, w_question
from quiz.standalone import prepare


def fact_in(sentence: str, surface: str) -> Fact:
    return next(f for f in find_facts(sentence, "a.txt", "2023-09") if f.surface == surface)


def shown(sentence: str, surface: str) -> str | None:
    prepared = prepare(fact_in(sentence, surface))
    return prepared[0] if prepared else None


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Dabei wurden im Jahr 2017 viele Raketen gezeigt.", "2017"),
        ("Diese Brücke wurde 1959 anstelle einer Holzbrücke errichtet.", "1959"),
        ("Erst 2018 reiste er erstmals zu seinen Gönnern nach Peking.", "2018"),
        ("Das schürt seit 2022 im Westen große Sorgen vor neuen Krisen.", "2022"),
        ("Zudem hielten sie elf Aktuelle Stunden und vier Europastunden ab.", "elf"),
        ("Und stellen fest: 95 Prozent der Studienteilnehmer gingen davon aus.", "95"),
        ("Der Umsatz legte in dem Zeitraum um 6,9 Prozent auf viel Geld zu.", "6,9"),
        ("Der Brite war 0,606 Sekunden langsamer als alle anderen Fahrer.", "0,606"),
        ("Ringen ums Geld Bei den Gesprächen im Jahr 2016 geht es um Geld.", "2016"),
        ("Die Vorhaben würden am 9. Dezember bekanntgegeben. !!!", "9. Dezember"),
        ("Welche Waffen lieferte Russland im Jahr 2019 an Nordkorea?", "2019"),
        ("Demgemäß werden Anleger im Jahr 2025 einen Kupon von 12 Euro erhalten.", "2025"),
        ("In Oberösterreich will Ihre Partei die Mindestsicherung auf 320 Euro kürzen.", "320"),
        ("Im Jahr 2015 sind 6400 Menschen gestorben. 2,8 Millionen Menschen flüchteten vor der Gewalt.", "6400"),
        ("Wien hätte 2016 ein Grundstück.", "2016"),  # too short to say anything
        ("Italien befürchtet einen Kollaps seines Aufnahmesystem. 108.199 Flüchtlinge versorgt Rom zurzeit.",
         "108.199"),  # two sentences the splitter left together
        ("Das schlug sich in den Arbeitslosenzahlen nieder, allein im Fahrzeugbau fielen 2000 Stellen weg.", "2000"),
        ("Das taten auch zwei Bergarbeiter, Alois Raudaschl und Hermann König: Sie öffneten die Kisten.", "zwei"),
        ("Der Grund waren Vorwürfe gegen Ex-Finanzminister Karl-Heinz Grasser, Kostenpunkt: 4.000 Euro.", "4.000"),
        ("Die restlichen sieben Gegner, darunter Juventus Turin oder Atletico Madrid, wurden in Piräus besiegt.",
         "sieben"),
        ("Die Zahl der Flüchtlinge, die nach Mazedonien einreisen könnten, soll in diesem Fall sinken.", "Mazedonien"),
        ("Bis 0.05, Arte 22.45 COMICUnbreakable – Unzerbrechlich (Unbreakable, USA 2000, M. Night Shyamalan) David "
         "(Bruce Willis) ist der einzige Überlebende eines schweren Zugunfalls.", "2000"),  # a TV listing
    ],
)
def test_sentences_that_do_not_stand_alone_are_not_used(sentence: str, surface: str) -> None:
    assert shown(sentence, surface) is None


def test_a_leading_und_or_doch_is_dropped_when_the_clause_still_stands() -> None:
    assert shown("Doch wegen der Atomtests ab dem Jahr 2006 schlossen sich alle an.", "2006") == (
        "Wegen der Atomtests ab dem Jahr 2006 schlossen sich alle an."
    )
    assert shown("Und zum Beispiel in Wien kamen im Jahr 2015 viele an.", "2015") == (
        "Zum Beispiel in Wien kamen im Jahr 2015 viele an."
    )


def test_an_interview_label_or_signature_is_dropped() -> None:
    assert shown("STANDARD: Im Jahr 2015 kamen viele Menschen nach Wien.", "2015") == (
        "Im Jahr 2015 kamen viele Menschen nach Wien."
    )
    assert shown("Stefan Brändle: Einigkeit und Konservative sind seit 2015 zwei Begriffe.", "2015") == (
        "Einigkeit und Konservative sind seit 2015 zwei Begriffe."
    )


def test_abbreviations_are_not_taken_for_a_second_sentence() -> None:
    assert shown("Der Umbau kostet ca. 500 Euro bzw. 20 Prozent mehr als im Jahr 2015.", "2015")


def test_long_sentences_lose_a_trailing_clause_that_does_not_hold_the_fact() -> None:
    sentence = (
        "Der jüngste Atomtest des Landes fand nach Angaben mehrerer Geheimdienste im Jahr 2017 statt, seither "
        "versucht Kim mit großem Aufwand und vielen Gesten, die Beziehungen zu den Nachbarn wiederherzustellen."
    )
    assert shown(sentence, "2017") == (
        "Der jüngste Atomtest des Landes fand nach Angaben mehrerer Geheimdienste im Jahr 2017 statt."
    )


def test_an_inserted_clause_is_not_mistaken_for_the_end() -> None:
    sentence = (
        "Neben wirtschaftlicher Zusammenarbeit und russischen Nahrungsmittelexporten im Wert von 300 Millionen "
        "Euro ins Nachbarland, wo Menschen hungern, ging es vor allem um Waffen und Raketentechnologie."
    )
    assert shown(sentence, "300 Millionen") == sentence


def test_cloze_and_prompt() -> None:
    fact = fact_in("Mit nur 17,2 Kilometern ist die Grenze kurz.", "17,2")
    assert prompt(fact) == "Wie viele Kilometer?"
    assert cloze(fact.sentence, fact) == "Wie viele Kilometer? Mit nur ___ Kilometern ist die Grenze kurz."
    assert prompt(fact_in("Die Brücke wurde 1959 gebaut.", "1959")) == "Welches Jahr?"
    assert prompt(fact_in("Sie kamen im Juni nach Wien.", "Juni")) == "Welcher Monat?"
    assert prompt(fact_in("Sie kamen im Juni 2023 nach Wien.", "Juni 2023")) == "Welcher Monat und welches Jahr?"


@pytest.mark.parametrize(
    ("sentence", "surface", "question"),
    [
        ("Im Juli besuchte der Minister Pjöngjang und wohnte einer Parade bei, während Raketen rollten.", "Juli",
         "Wann besuchte der Minister Pjöngjang und wohnte einer Parade bei?"),
        ("Seit 2022 unterstützt Nordkorea den Krieg mit Munition.", "2022",
         "Seit wann unterstützt Nordkorea den Krieg mit Munition?"),
        ("Drei Jahre tobte der blutige Krieg, nachdem der Norden angegriffen hatte.", "Drei",
         "Wie viele Jahre tobte der blutige Krieg?"),
        ("Seit 24 Jahren war kein Präsident mehr zu Besuch im Land.", "24",
         "Seit wie vielen Jahren war kein Präsident mehr zu Besuch im Land?"),
    ],
)  # fmt: skip
def test_w_questions_from_a_fact_that_opens_the_sentence(sentence: str, surface: str, question: str) -> None:
    assert w_question(sentence, fact_in(sentence, surface)) == question


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Der jüngste Atomtest fand im Jahr 2017 statt.", "2017"),  # the fact does not open the sentence
        ("Mit nur 17,2 Kilometern ist die Grenze die kürzeste.", "17,2"),  # "Mit wie vielen ..." is clumsy
        ("Im Jahr 2015 wurde befürchtet.", "2015"),  # too little left to ask about
        ("Im September 2023 und im Oktober kamen sie.", "September 2023"),  # no verb after the date
    ],
)
def test_no_w_question_without_a_reliable_pattern(sentence: str, surface: str) -> None:
    assert w_question(sentence, fact_in(sentence, surface)) is None


def test_a_count_after_a_preposition_asks_how_many_of_the_noun() -> None:
    sentence = "Nordkorea war einer von nur fünf Staaten, die 2022 in der UN-Generalversammlung dagegen stimmten."
    [fact] = [f for f in find_facts(sentence, "a.txt") if f.surface == "fünf"]
    assert prompt(fact) == "Wie viele Staaten?"
