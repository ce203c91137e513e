"""Quantity extraction: numbers with what they count, qualifiers kept, vague amounts dropped."""

from __future__ import annotations

import pytest

from quiz.extract.quantities import find_quantities


def quantities(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.surface, f.value, f.get("unit") or f.get("noun"), f.get("qualifier"))
            for f in find_quantities(sentence, "a.txt")]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mit nur 17,2 Kilometern ist die Grenze kurz.", [("17,2", "17.2", "km", None)]),
        ("Die Distanz beträgt mehr als 685 Kilometer Luftlinie.", [("685", "685", "km", "min")]),
        ("Russland lieferte Kim dreißig Orlow-Traber-Rassepferde.",
         [("dreißig", "30", "Orlow-Traber-Rassepferde", None)]),
        ("Russland lieferte Kim dreissig Pferde.", [("dreissig", "30", "Pferde", None)]),
        ("Nordkorea hat rund fünf Millionen Schuss geliefert.", [("fünf Millionen", "5000000", "Schuss", "approx")]),
        ("Laut Schätzungen hat Nordkorea wenigstens fünfzig Atomsprengköpfe.",
         [("fünfzig", "50", "Atomsprengköpfe", "min")]),
        ("Die Brücke über den fünfhundert Meter breiten Fluss.", [("fünfhundert", "500", "m", None)]),
        ("Es kostet 1.250,50 Euro und 20 % mehr.", [("1.250,50", "1250.5", "EUR", None), ("20", "20", "%", None)]),
        ("Das sind etwa 1,5 Mrd. Dollar.", [("1,5 Mrd.", "1500000000", "USD", "approx")]),
        ("Drei Jahre tobte der Krieg.", [("Drei", "3", "Jahre", None)]),
        ("Wir fahren jede Woche 10 000 Meilen.", [("10 000", "10000", "Meilen", None)]),
    ],
)  # fmt: skip
def test_counted_numbers_are_found_with_their_unit(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Rede ist von zehntausenden Arbeitern und Dutzende Raketen.",
        "Auf der Strecke kommen noch ein paar Hundert Kilometer dazu.",
        "Nicht nur westliche Länder achten auf diesen Besuch.",
        "Er schoss eine Rakete ab und hatte einen Plan.",
        "Der Besuch begann um kurz nach 2 Uhr Ortszeit.",
        "Das Spiel endete 2:1 am 3. Spieltag.",
        "Vier nach China, zwei nach Südkorea.",
        "Das neue iPhone 7 werde vieles können.",
        "Das lassen wir außer Acht.",
        "Stumpf ist einer von fünf, sechs freiheitlichen Nachwuchspolitikern.",
        "Die Produktion sank so stark wie seit über einem Jahr nicht.",
        "Er war fast ein Vierteljahrhundert nicht dort und hat rund ein Drittel verloren.",
        # labels and names: a round, a paragraph, an asteroid, a phone
        "Während die Titelfavoriten Salzburg und Rapid auch in Runde 18 Schwächen offenbarten, jubelten andere.",
        "Der Grund: Absatz 35 der Carta setzte ein einheitliches Biermaß für das Königreich fest.",
        "Die Abmessungen ähneln jenen des iPhone 6 Plus, allerdings ist der Bildschirm hier etwas größer.",
        "Leichtes Schwächeln in der Liga PSG ließ in der Ligue 1 die Zügel in den vergangenen Wochen schleifen.",
    ],
)
def test_vague_amounts_articles_verbs_and_bare_numbers_are_not_quantities(sentence: str) -> None:
    assert quantities(sentence) == []


def test_a_noun_after_a_dative_preposition_is_asked_for_in_its_nominative_plural() -> None:
    """ "einer von nur fünf Staaten" asks "Wie viele Staaten?", "in 164 Orten" "Wie viele Orte?"; never "Gläubigern"."""
    [staaten] = find_quantities("Nordkorea war einer von nur fünf Staaten.", "a.txt")
    [monate] = find_quantities("Innerhalb von 15 Monaten reiste er.", "a.txt")
    [orte] = find_quantities("Es gibt zweisprachige Tafeln in 164 Orten.", "a.txt")
    [_, glaeubiger] = find_quantities("Die Firma mit 269 Mitarbeitern und 276 Gläubigern ist pleite.", "a.txt")
    [kirchen] = find_quantities("In 23 Kirchen wurde für den Frieden gebetet.", "a.txt")
    [nummern] = find_quantities("Die Polizei ermittelt zu 15 Nummern.", "a.txt")
    [mitarbeiter] = find_quantities("Sie dankte den 20 Mitarbeitern in Linz.", "a.txt")
    [bauern] = find_quantities("Es demonstrierten 500 Bauern vor dem Parlament.", "a.txt")
    assert staaten.get("word") == "Staaten"
    assert monate.get("word") == "Monate"
    assert orte.get("word") == "Orte"
    assert glaeubiger.get("word") == "Gläubiger"
    assert kirchen.get("word") == "Kirchen" and nummern.get("word") == "Nummern"
    assert mitarbeiter.get("word") == "Mitarbeiter" and bauern.get("word") == "Bauern"
    [terabytes] = find_quantities("Die Platte speichert Daten mit einer Kapazität von 15 Terabytes.", "a.txt")
    assert terabytes.get("word") == "Terabytes"


def test_offsets_match_the_surface() -> None:
    sentence = "Sie fuhren rund fünf Millionen Schuss und 17,2 Kilometer weit."
    for fact in find_quantities(sentence, "a.txt"):
        assert sentence[fact.start : fact.end] == fact.surface


def test_a_number_inside_a_name_is_not_counted() -> None:
    sentence = "2014 MU69 hat einen Durchmesser von nur 30 bis 45 Kilometern und wurde erst vor einem Jahr entdeckt."
    assert [surface for surface, *_ in quantities(sentence)] == ["45"]


def test_the_second_of_two_coordinated_phrases_keeps_the_dative_of_the_first() -> None:
    """"mit Bewegungssteuerung und zwei Spielen": "Wie viele Spiele?", no "Wie viele Spielen?"."""
    [fact] = find_quantities("Das VR-System kommt mit Bewegungssteuerung und zwei Spielen.", "a.txt")
    assert fact.get("word") == "Spiele"
    assert [f.get("word") for f in find_quantities("In Wien leben 1,8 Millionen Menschen und 20 Hunde.", "a.txt")] == [
        "Menschen",
        "Hunde",
    ]


def test_an_article_between_number_and_noun_is_no_adjective() -> None:
    """"rund 240.000 einen Migrationshintergrund" counts no Migrationshintergrund."""
    sentence = "Von 1,1 Millionen Wahlberechtigten haben rund 240.000 einen Migrationshintergrund."
    assert [surface for surface, *_ in quantities(sentence)] == ["1,1 Millionen"]
