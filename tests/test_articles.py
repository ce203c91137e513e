"""Reading articles: metadata, reference dates, boilerplate and sentence offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.articles import find_article, parse_article, read_article, split_sentences
from quiz.german.headings import heading_length

SEEDS = Path(__file__).parent.parent / "seeds"


def test_metadata_line_is_the_date_not_text() -> None:
    article = parse_article(" date 2023-09 Es wird mehr sein als ein Besuch.", "a.txt")
    assert article.date == "2023-09"
    assert article.text == "Es wird mehr sein als ein Besuch."


def test_byline_date_sharpens_the_metadata_month_and_is_dropped() -> None:
    article = parse_article(" date 2023-09 Der Zug fährt.\nSie kommen an. (Michael Vosatka, 5.9.2023)", "a.txt")
    assert article.date == "2023-09-05"
    assert "Vosatka" not in article.text
    assert article.text.endswith("Sie kommen an.")


def test_update_line_gives_the_day_and_leaves_the_text() -> None:
    raw = " date 2023-09 Titel ohne Punkt\n\nUpdate vom 7. September, 15.05 Uhr: Russland hat das bestätigt."
    article = parse_article(raw, "a.txt")
    assert article.date == "2023-09-07"
    assert article.title == "Titel ohne Punkt"
    assert article.text == "Russland hat das bestätigt."


def test_article_without_any_date_has_none() -> None:
    assert parse_article("Putin besuchte am 19. Juni Pjöngjang.", "a.txt").date is None


@pytest.mark.parametrize(
    "line",
    [
        "Exit mobile version",
        "Von: Bona Hyun",
        "Putin und Kims Waffen-Deal könnte scheitern. © Valery Melnikov/TASS",
        "Die Brücke ist die einzige Landverbindung. via REUTERS",
        "Sergei Schoigu zu Gast beim Diktator. IMAGO/KCNA",
        "Zuletzt trafen sie sich 2019 in Wladiwostok. AFP/POOL/VLADIMIR SMIRNOV",
        "Kim und Putin prosten sich zu. AP",
    ],
)
def test_boilerplate_captions_and_credits_are_dropped(line: str) -> None:
    article = parse_article(f"Der erste Satz bleibt.\n{line}\nDer letzte Satz bleibt.", "a.txt")
    assert article.text == "Der erste Satz bleibt.\n\nDer letzte Satz bleibt."


def test_dateline_is_not_part_of_the_sentence() -> None:
    sentences = split_sentences("Ein Vorspann ohne Ort. Wien – Die Gewerkschaft sieht Handlungsbedarf.")
    assert [s.text for s in sentences] == ["Ein Vorspann ohne Ort.", "Die Gewerkschaft sieht Handlungsbedarf."]


def test_the_lead_before_the_body_s_dateline_is_dropped() -> None:
    """10kGNAD: lead and body share one line; the lead is headline-style ("... ums Leben gekommen.")."""
    raw = (
        "Bayern nach fünftem Erfolg Tabellenführer – Last-Minute-Sieg von Ingolstadt in Bremen. "
        "Berlin – Der FC Bayern München hat auch sein fünftes Saisonspiel gewonnen. Am Samstag ging es weiter."
    )
    sentences = split_sentences(parse_article(raw, "a.txt").text)
    assert [s.text for s in sentences] == [
        "Der FC Bayern München hat auch sein fünftes Saisonspiel gewonnen.",
        "Am Samstag ging es weiter.",
    ]
    # a dateline further on is not a lead's end; nor is a dash between capitalised words inside the text
    kept = "Die EU – und nicht die Staaten – entscheidet. Der Rat – so heißt es – tagt im Mai."
    assert parse_article(kept, "a.txt").text == kept


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        ("Staatsschulden bei 72 Mrd. Dollar. New York/San Juan – Das US-Territorium Puerto Rico bemüht sich.",
         "Das US-Territorium Puerto Rico bemüht sich."),
        ("Forscher führen es vor Augen. Iowa City / Wien – In der Biologie sind die Verhältnisse klar.",
         "In der Biologie sind die Verhältnisse klar."),
        ("Andrang an der Grenze. Spielfeld/Šentilj/Bad Radkersburg – Ein im Vergleich ruhiger Tag.",
         "Ein im Vergleich ruhiger Tag."),
        ("Alle Bauprojekte im Plansoll. Rio de Janeiro – Gastgeber Rio wird bis zum Start bereit sein.",
         "Gastgeber Rio wird bis zum Start bereit sein."),
        ("Wien – 2016 beginnt mit einer Überraschung: Wolferl is back!", "2016 beginnt mit einer Überraschung:"),
        ("Belgrad– Bei einem US-Luftangriff sind zwei Serben ums Leben gekommen.", "Bei einem US-Luftangriff"),
        ("Krumpendorf – 42 syrische Asylwerber sollen in die Slowakei überstellt werden.", "42 syrische"),
        ("Europa/Österreich/Steiermark/Unzmarkt-Frauenberg – In der Obersteiermark hat die Erde gebebt.",
         "In der Obersteiermark"),
    ],
)  # fmt: skip
def test_datelines_of_every_shape_are_dropped(raw: str, first: str) -> None:
    assert parse_article(raw, "a.txt").text.startswith(first)


def test_sentences_keep_dates_abbreviations_and_quotes_intact() -> None:
    text = (
        "In Wladiwostok findet von 10. bis 13. September ein Forum statt. Prof. Dr. Frank kam am 5.9.2023 an. "
        "Sie sprach von «einer mitreissenden Atmosphäre» in Pjongjang."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "In Wladiwostok findet von 10. bis 13. September ein Forum statt.",
        "Prof. Dr. Frank kam am 5.9.2023 an.",
        "Sie sprach von «einer mitreissenden Atmosphäre» in Pjongjang.",
    ]


def test_offsets_point_into_the_clean_text_and_headings_stay_apart() -> None:
    article = parse_article("Erster Absatz endet hier.\nKein Globetrotter\nWährend Putin reist, bleibt er.", "a.txt")
    sentences = split_sentences(article.text)
    assert [s.text for s in sentences] == ["Erster Absatz endet hier.", "Während Putin reist, bleibt er."]
    for sentence in sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_seed_articles_read_cleanly() -> None:
    articles = {path.name: read_article(path) for path in sorted(SEEDS.glob("*.txt"))}
    assert [a.date for a in articles.values()] == [None, "2023-09-05", None, "2023-09-07", "2023-09-13"]
    joined = "\n".join(a.text for a in articles.values())
    for junk in ("Exit mobile version", "via REUTERS", "IMAGO", "/TASS", "Von:", "Vosatka", "AFP/POOL", " date "):
        assert junk not in joined
    for article in articles.values():
        for sentence in split_sentences(article.text):
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_empty_article_has_no_sentences() -> None:
    assert split_sentences(parse_article("\n\n", "a.txt").text) == []


def test_a_dated_byline_inside_the_line_ends_the_article() -> None:
    raw = (
        "Der ORF prüft die Vorwürfe gegen den Korrespondenten seit Wochen sehr genau und ausführlich. "
        "Eine Anfrage blieb ohne Reaktion. (fid, 7.3.2016) Wehrschütz: Habe mich stets korrekt verhalten"
    )
    article = parse_article(raw, "a.txt")
    assert article.date == "2016-03-07"
    assert article.text.endswith("Eine Anfrage blieb ohne Reaktion.")


def test_a_dated_byline_wins_over_a_bracket_at_the_line_end() -> None:
    raw = (
        "Wir müssen einen Abwärtstrend aufhalten, Rapid hatte nur einen Aussetzer. (APA, 18.3.2016) "
        "SV Ried – SK Rapid Wien (Ried, Keine-Sorgen-Arena, Sonntag, 16.30 Uhr/live ORF eins und Sky, SR Harkam). "
        "Ried: Gebauer – Trauner, Reifeltshammer – Elsneg (Rückenbeschwerden)"
    )
    article = parse_article(raw, "a.txt")
    assert article.date == "2016-03-18"
    assert article.text == "Wir müssen einen Abwärtstrend aufhalten, Rapid hatte nur einen Aussetzer."


@pytest.mark.parametrize(
    ("paragraph", "first_words"),
    [
        ("Gerasdorf kommt zu Korneuburg. Das Ohr am Bürger gehabt Leopoldsdorf, Lanzendorf und Maria-Lanzendorf "
         "werden nicht Mödling, sondern Bruck an der Leitha zugeordnet.", "Leopoldsdorf, Lanzendorf"),
        ("Ringen ums Geld Bei den Gesprächen in Brüssel wird es auch ums Geld gehen.", "Bei den Gesprächen"),
        ("Anlaufzeit geben Gleich neun Spieler des Stammes der ÖFB-Truppe haben den Verein gewechselt.", "Gleich neun"),
        ("Wałęsa weist Vorwürfe zurück Es sei eine handschriftliche Zusage zur Zusammenarbeit entdeckt worden.",
         "Es sei eine"),
    ],
)  # fmt: skip
def test_a_subheading_run_into_a_sentence_is_no_part_of_it(paragraph: str, first_words: str) -> None:
    sentences = split_sentences(paragraph)
    assert sentences[-1].text.startswith(first_words)
    assert all(paragraph[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Wohnung gehört Maria Müller schon seit vielen Jahren.",
        "Das geplante Aus für den Stützpunkt wurde gestern in Wien verkündet.",
        "Unter dem Titel Der Hexer erschien im Frühjahr der erste Band der Saga.",
        "In der gesamten EU betrug die Arbeitslosenquote im April 9,7 Prozent.",
        "Bei der geplanten Ausreise nach Peking Anfang Jänner wurde er festgenommen.",
        "Der Verein hat das Spiel gegen Rapid am Sonntag mit 2:1 gewonnen.",
        "Dass die Abstimmung mit Ja ausgehen wird, davon geht auch Wehsely aus.",
    ],
)
def test_a_sentence_without_a_heading_stays_whole(sentence: str) -> None:
    assert heading_length(sentence) == 0
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_find_article_looks_relative_to_the_deck_next_to_it_then_in_the_bundled_seeds(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "out").mkdir()
    article = tmp_path / "news" / "a.txt"
    article.write_text("Ein Satz.", encoding="utf-8")
    deck = tmp_path / "out" / "a.yaml"
    assert find_article("../news/a.txt", deck) == article
    assert find_article("a.txt", tmp_path / "news" / "deck.yaml") == article
    assert find_article(str(article), deck) == article
    assert find_article("000_991e9685da210c16.txt", deck) == SEEDS / "000_991e9685da210c16.txt"
    assert find_article("a.txt", deck) is None
    assert find_article("a.txt", deck, folders=[tmp_path / "news"]) == tmp_path / "news" / "a.txt"
    assert find_article("", deck) is None and find_article(str(tmp_path / "nope.txt"), deck) is None


def test_every_bundled_deck_finds_its_articles() -> None:
    from quiz.deck import load_deck

    decks = sorted((SEEDS.parent / "decks").glob("*.yaml"))
    named = 0
    for path in decks:
        deck = load_deck(path).deck
        assert deck is not None
        for card in deck.cards:
            if card.source and card.source.article:
                named += 1
                assert find_article(card.source.article, path) is not None, (path.name, card.source.article)
    assert named > 0


def test_a_byline_signed_with_a_short_sign_ends_the_article_and_dates_it() -> None:
    raw = "Das Stück läuft im Theater.\nAm Ende gelingt es dem Kasperl, den Mann umzustimmen  (stu., 9.9.2015)"
    article = parse_article(raw, "a.txt")
    assert article.date == "2015-09-09" and "stu." not in article.text and "2015" not in article.text
