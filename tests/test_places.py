"""Place extraction: gazetteer lookup, inflected forms and the context rules."""

from __future__ import annotations

import pytest

from quiz.extract import gazetteer
from quiz.extract.places import find_places, lookup_place, places_of_type
from quiz.models import Kind


def places(sentence: str) -> list[tuple[str, str, str]]:
    return [(f.surface, f.value, f.get("role") or "") for f in find_places(sentence, "a.txt")]


def one(sentence: str) -> dict[str, str]:
    [fact] = find_places(sentence, "a.txt")
    assert fact.kind is Kind.PLACE and fact.sentence[fact.start : fact.end] == fact.surface
    return {"surface": fact.surface, "value": fact.value, **dict(fact.detail)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Wladiwostok findet ein Forum statt.", [("Wladiwostok", "Wladiwostok", "locative")]),
        ("Er reiste nach Peking.", [("Peking", "Peking", "locative")]),
        ("Waffen aus Nordkorea kamen an.", [("Nordkorea", "Nordkorea", "locative")]),
        ("Sie leben in der Ukraine.", [("Ukraine", "Ukraine", "locative")]),
        ("Die Rakete flog in Richtung Japanisches Meer.", [("Japanisches Meer", "Japanisches Meer", "locative")]),
        ("Das Treffen fand am Grenzübergang von Panmunjom statt.", [("Panmunjom", "Panmunjom", "locative")]),
        ("Sie schwammen im Japanischen Meer.", [("Japanischen Meer", "Japanisches Meer", "locative")]),
        ("Sie gingen auf der Krim an Land.", [("Krim", "Krim", "locative")]),
        ("Er wohnt am Rhein.", [("Rhein", "Rhein", "locative")]),
        ("Die Basis südlich von Beirut fiel.", [("Beirut", "Beirut", "locative")]),
        ("Moskau liefert Waffen an Russland.", [("Moskau", "Moskau", "government"), ("Russland", "Russland", "other")]),
    ],
)  # fmt: skip
def test_roles_follow_the_preposition(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert places(sentence) == expected


def test_a_capital_acting_stands_for_its_government() -> None:
    assert places("Washington warnte Pjöngjang vor Geschäften mit Moskau.") == [
        ("Washington", "Washington", "government"),
        ("Pjöngjang", "Pjöngjang", "government"),
        ("Moskau", "Moskau", "government"),
    ]
    assert places("Moskau erklärte, die Gespräche gingen weiter.") == [("Moskau", "Moskau", "government")]


def test_a_capital_as_a_place_is_not_its_government() -> None:
    assert places("Die Strassen der Hauptstadt Pjongjang waren geschmückt.") == [("Pjongjang", "Pjöngjang", "other")]
    assert places("Die Distanz zwischen Pjöngjang nach Wladiwostok ist gross.")[0] == (
        "Pjöngjang",
        "Pjöngjang",
        "other",
    )


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Sie lehrt an der Universität Wien.", "Wien"),
        ("Stefan Thurner, der an der Med-Uni Wien Professor für Komplexitätsforschung ist, warnt.", "Wien"),
        ("Mitglieder sind die TU Wien und Graz, die Medizin-Uni Wien und das Austrian Institute.", "Graz"),
        ("Bei Einsätzen gegen die verbotene Arbeiterpartei Kurdistans (PKK) wurden 23 Rebellen getötet.", "Kurdistans"),
        ("Die Lufthansa hatte vom Arbeitsgericht Frankfurt nicht Recht bekommen.", "Frankfurt"),
        ("Das bestätigten der Stuttgarter Konzern und das Verkehrsministerium Baden-Württemberg am Freitag.",
         "Baden-Württemberg"),
        ("Kerschbaumer, der nach seinem Wechsel von Zweitligist St. Pölten erst seit Jänner dort spielte, staunte.",
         "St. Pölten"),
        ("Der Rückstand auf Spitzenreiter Salzburg beträgt nur einen Punkt.", "Salzburg"),
        ("Jaroslaw und sein Zwillingsbruder Lech, der 2010 bei einem Flugzeugunglück starb, waren Politiker.", "Lech"),
    ],
)  # fmt: skip
def test_a_place_inside_an_institution_s_or_team_s_name_is_a_name(sentence: str, surface: str) -> None:
    """Not its government either: "Med-Uni Wien" once made Wien a government."""
    assert [role for s, _, role in places(sentence) if s == surface] == ["name"]


def test_a_noun_before_a_place_is_not_always_a_name() -> None:
    assert places("Der Minister besuchte mit seinen Verbündeten China und Russland.")[0][2] != "name"
    assert places("In der Heimatstadt Linz und im US-Bundesstaat Texas wird gewählt.") == [
        ("Linz", "Linz", "locative"),
        ("Texas", "Texas", "locative"),
    ]


def test_coordinated_names_share_the_preposition() -> None:
    assert places("Er reiste nach China, Singapur und Vietnam.") == [
        ("China", "China", "locative"),
        ("Singapur", "Singapur", "locative"),
        ("Vietnam", "Vietnam", "locative"),
    ]
    assert [role for _, _, role in places("Sie sind in Moskau und Peking.")] == ["locative", "locative"]


def test_bei_a_country_is_not_a_place_but_bei_a_city_is() -> None:
    assert places("Er steht bei China in der Schuld.") == [("China", "China", "other")]
    assert places("Sie wohnt bei Wien.") == [("Wien", "Wien", "locative")]


def test_people_are_not_places() -> None:
    assert places("Wladimir Putin reiste ab.") == []
    assert places("Vladimir Putin reiste ab.") == []
    assert places("George Washington und Jack London.") == []
    assert places("Sie fuhren nach Wladimir.") == [("Wladimir", "Wladimir", "locative")]


def test_clubs_papers_and_organisations_are_not_places() -> None:
    assert places("Rapid Wien gewann gegen Sturm Graz.") == []
    assert places("Laut der Washington Post und USA Today.") == []
    assert places("Die Organisation Save the Children half.") == []


def test_compounds_are_not_place_mentions() -> None:
    assert places("Der Nordkorea-Besuch und die Russland-Fähnchen.") == []
    assert places("Die Russland- und China-Politik der USA.") == [("USA", "Vereinigte Staaten", "other")]
    assert places("Ein Moskaubesuch ist geplant.") == []


def test_words_that_are_also_towns_need_a_preposition_or_trigger() -> None:
    assert places("Das Essen war gut, weil es Mengen gab.") == []
    assert places("Sie wohnt in Essen.") == [("Essen", "Essen", "locative")]
    assert places("Am Spielfeld stand der Trainer.") == []
    assert places("Am Grenzübergang Spielfeld warteten Tausende.") == [("Spielfeld", "Spielfeld", "locative")]
    assert places("Seine Frau kam nach Hause.") == []


def test_genitive_keeps_the_surface_and_names_the_place() -> None:
    fact = one("Russlands Staatschef reiste an.")
    assert (fact["surface"], fact["value"], fact["form"], fact["role"]) == (
        "Russlands",
        "Russland",
        "genitive",
        "other",
    )
    fact = one("Die Politik Pjöngjangs ist aggressiv.")
    assert fact["cloze_answers"].split("|")[:2] == ["Pjöngjangs", "Pjongjangs"]
    assert one("Kleiner Bruder Pekings.")["role"] == "government"


def test_spelling_variants_are_one_place_with_every_spelling_accepted() -> None:
    a, b = one("Er war in Pjongjang."), one("Er war in Pjöngjang.")
    assert a["value"] == b["value"] == "Pjöngjang"
    assert {"Pjöngjang", "Pjongjang"} <= set(a["variants"].split("|"))
    assert a["cloze_answers"].split("|")[0] == "Pjongjang"
    assert one("Sie landeten im Kosmodrom Wostotschny.")["value"] == "Kosmodrom Wostotschny"


def test_swiss_spelling_and_declined_names() -> None:
    assert one("Er kam aus Weissrussland.")["value"] == "Belarus"
    assert one("Die Lage auf der koreanischen Halbinsel.")["value"] == "Koreanische Halbinsel"
    assert one("Er lebt in den Niederlanden.")["value"] == "Niederlande"
    assert one("Er lebt in den Vereinigten Staaten.")["value"] == "Vereinigte Staaten"


def test_trigger_nouns_are_reported() -> None:
    fact = one("Die Brücke über den Grenzfluss Tumen.")
    assert (fact["value"], fact["type"], fact["trigger"]) == ("Tumen", "river", "Grenzfluss")
    fact = one("Kartoffeln ins Nachbarland Nordkorea.")
    assert (fact["role"], fact["trigger"], fact["preposition"]) == ("locative", "Nachbarland", "ins")


def test_datelines_are_marked() -> None:
    assert places("Berlin/Wien – Die Regierung hat beschlossen.") == [
        ("Berlin", "Berlin", "dateline"),
        ("Wien", "Wien", "dateline"),
    ]


def test_detail_carries_type_country_and_offsets() -> None:
    sentence = "Die Distanz nach Wladiwostok beträgt 685 Kilometer."
    [fact] = find_places(sentence, "seed.txt")
    assert (fact.article, fact.start, fact.end) == ("seed.txt", 17, 28)
    assert (fact.get("type"), fact.get("country"), fact.get("preposition")) == ("city", "RU", "nach")


def test_lookup_place_knows_every_spelling_and_form() -> None:
    place = lookup_place("Pjongjang")
    assert place is not None and place.name == "Pjöngjang" and place.type == "city" and place.country == "KP"
    assert place.variants[0] == "Pjöngjang" and "Pjongjang" in place.variants
    assert lookup_place("Russlands") == lookup_place("russland") == lookup_place("Russland")
    assert lookup_place("Japanischen Meeres") == lookup_place("Japanisches Meer")
    assert lookup_place("Atlantis der Zwerge") is None
    assert lookup_place("") is None


def test_places_of_type_gives_same_type_distractors_best_known_first() -> None:
    rivers = places_of_type("river")
    names = [p.name for p in rivers]
    assert {"Donau", "Rhein", "Tumen"} <= set(names)
    assert all(p.type == "river" for p in rivers)
    cities = places_of_type("city")
    assert "Moskau" in [p.name for p in cities[:30]] and "Wien" in [p.name for p in cities[:300]]
    assert lookup_place("Traiskirchen") in cities[:300]  # curated names come before bigger towns
    assert places_of_type("no such type") == ()


def test_gazetteer_builds_from_text() -> None:
    tsv = "# comment\nDonau\triver\t\t0\tnotable\t\tDonau\nStein\tcity\tAT\t100\tambiguous\t\t\n"
    gaz = gazetteer.build(tsv, "# names\nJack\n")
    assert gaz.by_name["Donau"].place.type == "river" and "Jack" in gaz.given_names
    assert [f.tokens for f in gaz.index["Donau"]][:1] == [("Donau",)]
    assert ("Steins",) in {f.tokens for f in gaz.index["Steins"]}


def test_shipped_data_carries_its_attribution() -> None:
    from importlib import resources

    head = (resources.files("quiz") / "data" / "places.tsv").read_text(encoding="utf-8")[:600]
    assert "GeoNames" in head and "Wiktionary" in head and "CC BY-SA 4.0" in head
    assert len(gazetteer.load().entries) > 3000


def test_a_city_after_a_region_noun_is_the_region_named_after_it() -> None:
    sentence = "Putins Marionettenstaaten in den besetzten ukrainischen Regionen Donezk und Luhansk wurden anerkannt."
    assert [(f.value, f.get("type"), f.get("seat")) for f in find_places(sentence, "a.txt")] == [
        ("Donezk", "region", "Donezk"),
        ("Luhansk", "region", "Luhansk"),
    ]
    assert [f.get("type") for f in find_places("Die Stadt Donezk und Kiew liegen weit auseinander.", "a.txt")] == [
        "city",
        "city",
    ]
