"""Deck generation: cards, answers, options, ids, determinism, and the quiz generate command."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.deck import BLANK, parse_deck
from quiz.extraction import extract, extract_file
from quiz.generate import COMBINED_NAME, build_decks, card_id
from quiz.models import Card, Deck, Kind

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"

ARTICLE = (
    " date 2023-09 Es wird mehr sein als ein Höflichkeitsbesuch beim Nachbarn.\n\n"
    "In Wladiwostok findet von 10. bis 13. September ein Wirtschaftsforum statt.\n"
    "Mit nur 17,2 Kilometern ist die gemeinsame Grenze die kürzeste Grenze Russlands zu einem Nachbarstaat.\n"
    "Die Brücke über den Fluss wurde im Jahr 1959 anstelle einer älteren Holzbrücke errichtet.\n"
    "Im Juli besuchte der russische Verteidigungsminister Sergei Schoigu Pjöngjang.\n"
    "Dabei wurden im Jahr 2017 viele Raketen gezeigt.\n"
    "Washington warnte Pjöngjang zuletzt eindringlich vor derartigen Geschäften mit Moskau."
)


def cards_of(text: str, name: str = "a.txt", spelling: bool = True) -> list[Card]:
    [(_, deck)] = build_decks([extract(name, text)], spelling=spelling)
    return list(deck.cards)


def test_cards_blank_the_fact_and_say_what_is_missing() -> None:
    by_answer = {card.answer: card for card in cards_of(ARTICLE) if card.cloze}
    assert by_answer["17,2"].cloze == (
        "Wie viele Kilometer? Mit nur ___ Kilometern ist die gemeinsame Grenze die kürzeste Grenze Russlands "
        "zu einem Nachbarstaat."
    )
    assert by_answer["10. bis 13. September"].cloze.startswith("Welches Datum? In Wladiwostok findet von ___ ")
    assert by_answer["1959"].cloze.startswith("Welches Jahr? ")
    assert by_answer["Juli"].cloze.startswith("Welcher Monat? Im ___ besuchte")


def test_w_question_only_where_the_fact_opens_the_sentence() -> None:
    questions = {card.question: card.answer for card in cards_of(ARTICLE) if card.question and card.kind != Kind.TEXT}
    assert questions["Wann besuchte der russische Verteidigungsminister Sergei Schoigu Pjöngjang?"] == "Juli"
    assert not any("17,2" in q or "Kilometer" in q for q in questions)  # no clumsy "Mit wie vielen ..."


def test_sentences_that_do_not_stand_alone_give_no_cards() -> None:
    cards = cards_of(ARTICLE)
    assert not any(card.answer == "2017" for card in cards)  # opens with "Dabei"


def test_accepted_answers_cover_digits_words_and_date_forms() -> None:
    by_answer = {card.answer: card for card in cards_of(ARTICLE) if card.cloze}
    assert "siebzehn Komma zwei" in by_answer["17,2"].aliases
    assert "neunzehnhundertneunundfünfzig" in by_answer["1959"].aliases
    assert "10.–13. September" in by_answer["10. bis 13. September"].aliases


def test_options_are_three_same_kind_values_never_an_accepted_answer() -> None:
    cards = [c for c in cards_of(ARTICLE) if c.kind in (Kind.DATE, Kind.NUMBER)]
    assert cards
    for card in cards:
        assert len(card.choices) == 3, card
        accepted = {a.casefold() for a in card.accepted}
        assert not accepted & {c.casefold() for c in card.choices}
        assert len(set(card.choices)) == 3
    years = next(c for c in cards if c.answer == "1959").choices
    assert all(re.fullmatch(r"1[89]\d\d|20\d\d", year) for year in years)
    kilometres = next(c for c in cards if c.answer == "17,2").choices
    assert all(re.fullmatch(r"\d+,\d", k) for k in kilometres)


def test_no_option_is_a_value_the_sentence_shows() -> None:
    [card] = [c for c in cards_of("Die Dividende sinkt im Jahr darauf von 1,40 auf 0,60 Euro je Aktie.") if c.cloze]
    assert card.answer == "0,60" and "1,40" not in card.choices and len(card.choices) == 3


def test_spelling_cards_ask_numbers_from_the_text_in_words() -> None:
    spelling = [c for c in cards_of(ARTICLE) if "rechtschreibung" in c.tags]
    assert {c.question: c.answer for c in spelling} == {
        "Wie schreibt man die Jahreszahl 1959 in Worten?": "neunzehnhundertneunundfünfzig"
    }
    assert not any("rechtschreibung" in c.tags for c in cards_of(ARTICLE, spelling=False))


def test_answer_stands_in_its_source_sentence() -> None:
    for card in cards_of(ARTICLE) + [c for r in _seed_decks() for c in r.cards]:
        assert card.source and card.source.sentence
        if card.cloze:
            assert BLANK.search(card.cloze)
            assert card.answer in card.source.sentence or any(a in card.source.sentence for a in card.aliases)


def test_ids_are_stable_and_do_not_depend_on_the_article_around_the_sentence() -> None:
    first = {c.cloze: c.id for c in cards_of(ARTICLE)}
    shuffled = ARTICLE.replace("Es wird mehr sein", "Ganz anders beginnt es. Es wird mehr sein")
    second = {c.cloze: c.id for c in cards_of(shuffled, name="b.txt")}
    assert first and all(second[cloze] == card for cloze, card in first.items())
    fact = extract("a.txt", ARTICLE).facts[0]
    assert card_id(fact) == card_id(fact) and re.fullmatch(r"[\w][\w.:-]*", card_id(fact))


def test_the_same_fact_in_two_articles_is_one_card_in_the_combined_deck() -> None:
    decks = dict(build_decks([extract("a.txt", ARTICLE), extract("b.txt", ARTICLE)]))
    combined = decks[COMBINED_NAME]
    assert len(combined.cards) == len(decks["a"].cards)
    assert all("Auch in: b.txt" in (card.explanation or "") for card in combined.cards)


def test_government_mentions_get_no_where_question() -> None:
    cards = cards_of(ARTICLE)
    assert not any(c.answer == "Washington" for c in cards)


def _seed_decks() -> list[Deck]:
    return [deck for _, deck in build_decks([extract_file(p) for p in sorted(SEEDS.glob("*.txt"))])]


def test_generated_decks_are_valid_and_deterministic(tmp_path: Path) -> None:
    assert main(["generate", str(SEEDS), "-o", str(tmp_path / "one")]) == 0
    assert main(["generate", str(SEEDS), "-o", str(tmp_path / "two")]) == 0
    one = sorted((tmp_path / "one").glob("*.yaml"))
    assert [p.name for p in one] == sorted(p.name for p in (tmp_path / "two").glob("*.yaml"))
    for path in one:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()
        result = parse_deck(path.read_text(encoding="utf-8"), path.name)
        assert result.ok and not result.problems, result.problems


def test_committed_decks_are_current(tmp_path: Path) -> None:
    """decks/ holds exactly what `quiz generate` makes from seeds/ today (schema line aside)."""
    assert main(["generate", str(SEEDS), "-o", str(tmp_path)]) == 0
    fresh = sorted(tmp_path.glob("*.yaml"))
    assert fresh
    for path in fresh:
        committed = ROOT / "decks" / path.name
        assert committed.exists(), f"decks/{path.name} is missing: run `quiz generate`"
        new_lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        old_lines = committed.read_text(encoding="utf-8").splitlines(keepends=True)
        assert old_lines[0] == "# yaml-language-server: $schema=../quiz/schema/deck.schema.json\n"
        assert old_lines[1:] == new_lines[1:], f"decks/{path.name} is stale: run `quiz generate`"


def test_a_bad_article_is_reported_in_one_line_and_the_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    shutil.copy(SEEDS / "001_7ea8b3834f6a9932.txt", articles / "good.txt")
    (articles / "bad.txt").write_bytes(b"\xff\xfe nicht UTF-8 \x81")
    (articles / "leer.txt").write_text("", encoding="utf-8")
    status = main(["generate", str(articles), "-o", str(tmp_path / "out"), "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 1
    assert f"quiz generate: skipped {articles / 'bad.txt'}: not UTF-8 text" in err.splitlines()
    assert "Traceback" not in err
    assert (tmp_path / "out" / "good.yaml").exists()
    assert not (tmp_path / "out" / "leer.yaml").exists()
    main(["generate", str(articles), "-o", str(tmp_path / "aus"), "--lang", "de"])
    german = capsys.readouterr().err.splitlines()
    assert f"quiz generate: {articles / 'bad.txt'} übersprungen: kein UTF-8-Text" in german


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["generate", "nirgendwo/"], "quiz generate: no such file or folder: nirgendwo"),
        (["generate", "{empty}"], "quiz generate: no articles (*.txt) in"),
    ],
)
def test_bad_arguments_give_one_clear_line(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.replace("{empty}", str(tmp_path)) for a in argv] + ["--lang", "en"]
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_output_that_is_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "decks.yaml"
    target.write_text("x", encoding="utf-8")
    assert main(["generate", str(SEEDS / "003_fe929fc1e77a1e87.txt"), "-o", str(target), "--lang", "en"]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_nearly_the_same_sentence_in_another_article_is_one_card_with_both_sources() -> None:
    first = "Der jüngste Atomtest fand im Jahr 2017 in der Nähe der Grenze statt, sagten Experten am Montag."
    second = "Der jüngste Atomtest fand im Jahr 2017 nahe der Grenze statt, sagten Experten am Montag."
    other = "Die Brücke über den Fluss wurde im Jahr 2017 nach langer Planung eröffnet."
    decks = dict(build_decks([extract("a.txt", first), extract("b.txt", f"{second}\n{other}")]))
    year_cards = [c for c in decks[COMBINED_NAME].cards if c.answer == "2017" and c.cloze]
    assert len(year_cards) == 2  # the bridge is another fact with the same answer
    merged = next(c for c in year_cards if "Atomtest" in (c.cloze or ""))
    assert merged.explanation == "Auch in: b.txt"


@pytest.mark.slow
def test_worker_processes_give_the_same_decks_as_one_process(tmp_path: Path) -> None:
    from quiz.extraction import extract_all

    paths = []
    for number in range(10):
        path = tmp_path / f"{number:02d}.txt"
        path.write_text(ARTICLE.replace("1959", str(1950 + number)), encoding="utf-8")
        paths.append(path)
    (tmp_path / "kaputt.txt").write_bytes(b"\xff\xfe\x00")
    paths.append(tmp_path / "kaputt.txt")
    serial, serial_failed = extract_all(paths, workers=1)
    parallel, parallel_failed = extract_all(paths, workers=2)
    assert serial == parallel and len(serial) == 10
    assert serial_failed == parallel_failed == [(tmp_path / "kaputt.txt", "not UTF-8 text")]


def test_the_same_question_from_two_articles_is_asked_once_in_the_combined_deck() -> None:
    """ "Wie schreibt man die Jahreszahl 2022 in Worten?" from two sentences is one question, kept with its first id."""
    first = "Die Brücke über den Fluss wurde im Jahr 2022 nach langer Planung feierlich eröffnet."
    second = "Der jüngste Atomtest fand im Jahr 2022 in der Nähe der Grenze statt, sagten Experten."
    decks = dict(build_decks([extract("a.txt", first), extract("b.txt", second)]))
    combined = decks[COMBINED_NAME]
    spelling = [c for c in combined.cards if c.question == "Wie schreibt man die Jahreszahl 2022 in Worten?"]
    assert len(spelling) == 1
    assert spelling[0].id == next(c.id for c in decks["a"].cards if c.question == spelling[0].question)
    assert "Auch in: b.txt" in (spelling[0].explanation or "")
    assert len(combined.cards) == len(decks["a"].cards) + len(decks["b"].cards) - 1


def test_the_combined_seed_deck_asks_every_question_once() -> None:
    decks = dict(build_decks([extract_file(p) for p in sorted(SEEDS.glob("*.txt"))]))
    combined = decks[COMBINED_NAME]
    asked = [(" ".join(c.prompt.split()).casefold(), c.answer.casefold()) for c in combined.cards]
    assert len(asked) == len(set(asked))
    assert "jede Frage nur einmal" in (combined.description or "")


def test_generated_cards_name_their_article_relative_to_the_deck(tmp_path: Path) -> None:
    """`quiz generate /tmp/x -o /tmp/out`: the app must find /tmp/x/a.txt from /tmp/out/a.yaml."""
    from quiz.articles import find_article

    (tmp_path / "x").mkdir()
    shutil.copy(SEEDS / "003_fe929fc1e77a1e87.txt", tmp_path / "x" / "a.txt")
    assert main(["generate", str(tmp_path / "x"), "-o", str(tmp_path / "out")]) == 0
    deck_path = tmp_path / "out" / "a.yaml"
    deck = parse_deck(deck_path.read_text(encoding="utf-8"), "a.yaml").deck
    assert deck is not None and deck.cards
    for card in deck.cards:
        assert card.source is not None and card.source.article == "../x/a.txt"
        found = find_article(card.source.article, deck_path)
        assert found is not None and found.resolve() == (tmp_path / "x" / "a.txt").resolve()


def test_decks_from_the_bundled_seeds_keep_bare_article_names(tmp_path: Path) -> None:
    assert main(["generate", str(SEEDS / "003_fe929fc1e77a1e87.txt"), "-o", str(tmp_path)]) == 0
    deck = parse_deck((tmp_path / "003_fe929fc1e77a1e87.yaml").read_text(encoding="utf-8"), "d.yaml").deck
    assert deck is not None
    assert {c.source.article for c in deck.cards if c.source} == {"003_fe929fc1e77a1e87.txt"}


def test_large_generated_decks_are_read_back_once_so_the_app_loads_them_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz import deck_cache
    from quiz.deck import load_deck

    monkeypatch.setattr(deck_cache, "MIN_CHARS", 20_000)  # the combined seed deck is over, the others under
    assert main(["generate", str(SEEDS), "-o", str(tmp_path / "out")]) == 0
    big = [p for p in (tmp_path / "out").glob("*.yaml") if len(p.read_text(encoding="utf-8")) >= 20_000]
    assert big
    for path in big:
        assert deck_cache.load(path.read_text(encoding="utf-8"), path.name) is not None
        assert load_deck(path).deck == parse_deck(path.read_text(encoding="utf-8"), path.name).deck
