"""Which facts make cards: sentences from the DER STANDARD corpus review (10kGNAD test split)."""

from __future__ import annotations

import pytest

from quiz.extract import find_facts
from quiz.extract.names import about_sport, sentence_about_sport
from quiz.extraction import extract
from quiz.generate import build_decks, worth_asking
from quiz.models import Card, Kind


def cards_of(text: str) -> list[Card]:
    decks = build_decks([extract("a.txt", text)])
    return [card for _, deck in decks for card in deck.cards]


def place_answers(text: str) -> list[str]:
    return [card.answer for card in cards_of(text) if card.kind is Kind.PLACE and card.cloze]


SPORT = (
    "Trotz des schweren Rückschlags sind Rapids Meisterchancen nach wie vor intakt – der Rückstand auf "
    "Spitzenreiter Salzburg beträgt nur einen Punkt. Der Strafsenat hat nach umfassender Videoanalyse des Spiels "
    "Grödig gegen die Austria (0:1) Torjäger Olarenwaju Kayode wegen unsportlichen Verhaltens beim Torjubel "
    "nachträglich belangt. Zum Jahresabschluss spielt die Austria noch gegen den WAC (auswärts) und Altach (heim). "
    "Mattersburg peilt nach neun Jahren Pause wieder den Sprung ins Halbfinale des ÖFB-Cups an. "
    "Der Ex-Kicker war zuletzt bei Cottbus engagiert, nun wechselt er zu einem Klub in der Schweiz. "
    "Mit einem trügerischen Vorsprung im Gepäck ist Paris Saint Germain zum Champions-League-Achtelfinale "
    "nach London gereist."
)


def test_in_a_sports_report_a_town_is_its_team_unless_something_happens_there() -> None:
    assert about_sport(SPORT)
    assert place_answers(SPORT) == ["Schweiz", "London"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Stöger-Elf unterliegt nach Handtor Hannover 0:1, Hosiner vergibt Ausgleichschance.", []),
        ("Peter Stögers FC Köln gewann gegen Mönchengladbach ebenso 1:0 wie der von Ralph Hasenhüttl betreute FC "
         "Ingolstadt in Bremen.", ["Bremen"]),
        ("Der VfL Wolfsburg verbesserte sich durch einen 2:0-Sieg gegen Hertha BSC auf Rang drei hinter Dortmund.", []),
    ],
)  # fmt: skip
def test_a_sentence_that_reads_like_sport_asks_no_team(sentence: str, places: list[str]) -> None:
    """Even in an article that is not about sport (``sport=False``)."""
    assert sentence_about_sport(sentence)
    facts = [f for f in find_facts(sentence, "a.txt") if f.kind is Kind.PLACE]
    assert [f.surface for f in facts if worth_asking(f, sport=False)] == places
    assert place_answers(sentence) == places


def test_news_outside_sport_keeps_its_places() -> None:
    text = (
        "Die KPÖ-Stadträtin Elke Kahr wird Vizebürgermeisterin von Graz. "
        "Im Burgenland sowie in Salzburg und Oberösterreich sind mehr Straftaten angezeigt worden als 2014."
    )
    assert not about_sport(text)
    assert place_answers(text) == ["Graz", "Burgenland", "Salzburg", "Oberösterreich"]


def test_a_place_inside_an_institution_s_name_makes_no_card() -> None:
    text = (
        "Nordkorea sei zudem für Russland strategisch interessant, sagte Rüdiger Frank, Professor für "
        "Ostasienwissenschaften an der Universität Wien, gegenüber SRF. "
        "Stefan Thurner, der an der Med-Uni Wien Professor für Komplexitätsforschung ist, warnt vor Modellen. "
        "Bei Einsätzen gegen die verbotene Arbeiterpartei Kurdistans (PKK) haben Sicherheitskräfte 23 Rebellen getötet."
    )
    assert place_answers(text) == []


def test_a_dateline_is_never_asked() -> None:
    """The places module marks "Wien – ..." as a dateline; quiz.articles drops it, and generation never asks it."""
    sentence = "Wien – 17.231 Beschwerden von Bürgern haben im Vorjahr die Volksanwaltschaft in Wien erreicht."
    [dateline, _] = [f for f in find_facts(sentence, "a.txt") if f.kind is Kind.PLACE]
    assert dateline.get("role") == "dateline" and dateline.start == 0
    assert not worth_asking(dateline) and not worth_asking(dateline, sport=True)


def test_regions_named_after_their_cities_ask_for_a_region_with_regions_of_that_country() -> None:
    text = "Putins Marionettenstaaten in den besetzten ukrainischen Regionen Donezk und Luhansk wurden anerkannt."
    cards = {card.answer: card for card in cards_of(text)}
    assert set(cards) == {"Donezk", "Luhansk"}
    for card in cards.values():
        assert card.cloze is not None and card.cloze.startswith("Welche Region? ")
        assert len(card.choices) == 3
        assert {"Donezk", "Luhansk"}.isdisjoint(card.choices)
        assert set(card.choices) <= {"Kiew", "Charkiw", "Odessa", "Dnipro", "Saporischschja", "Lwiw", "Sewastopol",
                                     "Simferopol", "Mariupol", "Cherson"}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Seit August verhängten die Behörden bereits zahlreiche Ausgangssperren im kurdischen Südosten des Landes.",
        "In Wien hofft man nun, dies bis Ende August 2016 nachholen zu können.",
        "Grund ist auch der lange Streit um Gebietsansprüche im Südchinesischen Meer.",
        "Die beiden Länder wollen in Pjongjang eine «umfassende strategische Partnerschaft» abschliessen.",
        "Fosters Liberaldemokraten sorgten im März 2015 dafür.",
        "Wie berichtet, für 285.379 Stück Granaten, außerdem für 68 Granatwerfer und 399 Gewehre.",
        "Bayern nach fünftem Erfolg Tabellenführer – Last-Minute-Sieg von Ingolstadt in Bremen – Wolfsburg feiert spät "
        "gegen Berlin.",
        # only the lead is left when the full text was withdrawn
        "Rund 100 Menschen verletzt, sagt die Polizei in Ankara. Der Volltext dieses auf Agenturmeldungen basierenden "
        "Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung.",
    ],
)
def test_sentences_that_lean_on_the_article_make_no_card(text: str) -> None:
    assert find_facts(text, "a.txt")
    assert cards_of(text) == []


def test_a_dies_that_points_to_its_own_sentence_is_fine() -> None:
    text = (
        "Selbst wenn Russland Waffen aus Nordkorea erhalten sollte, hätte dies nur einen symbolischen und keinen "
        "kriegsentscheidenden Wert, so der Ostasienexperte."
    )
    assert place_answers(text) == ["Nordkorea"]


def test_a_w_question_keeps_the_clause_that_says_what_it_is_about() -> None:
    text = (
        "Drei Jahre tobte der blutige Krieg, nachdem Nordkorea 1950 mit Rückendeckung seiner Verbündeten China "
        "und auch Russland den Süden angegriffen hatte."
    )
    questions = [card.question for card in cards_of(text) if card.question and card.kind is Kind.NUMBER]
    assert questions == [
        "Wie viele Jahre tobte der blutige Krieg, nachdem Nordkorea 1950 mit Rückendeckung seiner Verbündeten "
        "China und auch Russland den Süden angegriffen hatte?"
    ]


def test_the_lead_before_the_dateline_makes_no_card() -> None:
    text = (
        "Laut Rotem Kreuz 32 Menschen ums Leben gekommen. Kabul – Bei einem Anschlag in der afghanischen Hauptstadt "
        "Kabul sind am Montag mindestens 32 Menschen getötet worden."
    )
    sources = {card.source.sentence for card in cards_of(text) if card.source}
    assert sources == {"Bei einem Anschlag in der afghanischen Hauptstadt Kabul sind am Montag mindestens 32 Menschen "
                       "getötet worden."}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("In Österreich sprudelt reichlich frisches Trinkwasser aus allen Leitungen – ein Luxus, der nicht allen "
         "Regionen der Welt vergönnt ist.", "Wo sprudelt reichlich frisches Trinkwasser aus allen Leitungen?"),
        ("Die 2014 gegründete Plattform verpflichtet Nutzer zur Meldung von Verstößen.", None),
        ("2014 gegründete Plattform verpflichtet Nutzer zur Meldung von Verstößen – aktuell rund 80.000 Mitglieder.",
         None),
    ],
)  # fmt: skip
def test_w_questions_end_at_a_dash_and_need_a_verb(text: str, question: str | None) -> None:
    asked = [card.question for card in cards_of(text) if card.question and card.kind is not Kind.TEXT]
    assert asked == ([question] if question else [])


def test_place_options_are_first_the_places_of_the_same_country_the_run_names_most() -> None:
    other = (
        "In Niederösterreich wurden 2015 mehr Wohnungen gebaut. In Kärnten stieg die Zahl der Gäste im Jahr 2015. "
        "In Tirol und in Vorarlberg schneite es im Jänner 2016 kaum. In Louisiana und in Texas wurde 2016 gewählt. "
        "In Niederösterreich und in Tirol fiel im Februar 2016 der Strom aus. Im Burgenland regnete es."
    )
    kaernten = "In Kärnten nahmen die Straftaten in drei Monaten um 608 Anzeigen auf insgesamt 3.059 zu."
    decks = dict(build_decks([extract("a.txt", other), extract("b.txt", kaernten)]))
    [card] = [c for c in decks["b"].cards if c.answer == "Kärnten" and c.cloze]
    assert set(card.choices) == {"Niederösterreich", "Tirol", "Vorarlberg"}  # not "in Burgenland", not Texas


def test_place_options_take_the_article_the_gap_wants() -> None:
    """ "Im ___" wants a neuter name with an article: das Mühlviertel, not "im Niederösterreich"."""
    from quiz.extract.genders import article_class
    from quiz.extract.regions import country_of

    other = "In Niederösterreich und in Tirol fiel im Februar 2016 der Strom für viele Stunden aus."
    burgenland = "Im Burgenland nahmen die Straftaten in drei Monaten um 608 Anzeigen auf insgesamt 3.059 zu."
    decks = dict(build_decks([extract("a.txt", other), extract("b.txt", burgenland)]))
    [card] = [c for c in decks["b"].cards if c.answer == "Burgenland"]
    assert len(card.choices) == 3
    assert all(article_class(c, "region") == "n" and country_of(c) == "AT" for c in card.choices), card.choices
