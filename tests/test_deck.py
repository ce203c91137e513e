"""Reading and writing deck files: values as typed, safety, precise errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.deck import deck_files, dump_deck, load_deck, parse_deck
from quiz.models import Card, Deck, Kind, Source

PROJECT = Path(__file__).resolve().parent.parent


def deck_yaml(cards: str, head: str = "title: Test\n") -> str:
    return head + "cards:\n" + textwrap.indent(textwrap.dedent(cards).strip("\n") + "\n", "  ")


def messages(text: str) -> list[str]:
    return [str(p) for p in parse_deck(text, "d.yaml").problems]


# --- values survive exactly as typed -------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["1.000", "20:15", "NO", "yes", "off", "1989-11-09", "0x1F", "1e3", "010", ".inf", "0.50", "+1", "1_000"],
)
def test_unquoted_scalars_stay_the_text_that_was_typed(typed: str) -> None:
    result = parse_deck(
        deck_yaml(
            f"""
            - id: c1
              question: Q?
              answer: {typed}
              aliases: [{typed}]
              choices: [x{typed}]
            """
        )
    )
    assert result.ok, result.problems
    assert result.deck is not None
    card = result.deck.cards[0]
    assert card.answer == typed
    assert card.aliases == (typed,)
    assert card.choices == (f"x{typed}",)


def test_quoted_null_is_text_and_plain_null_is_absent() -> None:
    result = parse_deck(
        deck_yaml(
            """
            - id: c1
              question: Q?
              answer: "null"
              hint: null
              explanation: ~
            """
        )
    )
    assert result.deck is not None
    card = result.deck.cards[0]
    assert (card.answer, card.hint, card.explanation) == ("null", None, None)


def test_deck_id_is_read_and_checked() -> None:
    card = "- {id: a, question: Q, answer: A}"
    result = parse_deck(deck_yaml(card, head="id: erdkunde-7b\ntitle: Erdkunde\n"))
    assert result.deck is not None and result.deck.id == "erdkunde-7b" and result.deck.key == "erdkunde-7b"
    untitled = parse_deck(deck_yaml(card))
    assert untitled.deck is not None and untitled.deck.id is None and untitled.deck.key == "Test"
    bad = parse_deck(deck_yaml(card, head="id: zwei wörter\ntitle: T\n"), "d.yaml")
    assert [str(p) for p in bad.errors] == ["d.yaml:1:5: 'id' may hold only letters, digits and . : _ -"]


def test_single_value_is_accepted_for_a_list_field() -> None:
    result = parse_deck(deck_yaml("- {id: c1, question: Q, answer: Wien, aliases: Vienna, tags: hauptstadt}"))
    assert result.deck is not None
    assert result.deck.cards[0].aliases == ("Vienna",)
    assert result.deck.cards[0].tags == ("hauptstadt",)


def test_every_field_is_read() -> None:
    result = load_deck(PROJECT / "decks" / "beispiel-europa.yaml")
    assert result.ok, [str(p) for p in result.problems]
    assert result.deck is not None
    deck = result.deck
    assert deck.language == "de" and deck.retention == 0.9 and deck.tags == ("europa", "beispiel")
    by_id = {c.id: c for c in deck.cards}
    assert by_id["donau-laenge"].kind is Kind.NUMBER and by_id["donau-laenge"].tolerance == 50
    assert by_id["mauerfall"].cloze == "Die Berliner Mauer fiel am ___."
    assert by_id["mauerfall"].source == Source("beispiel.txt", "Die Berliner Mauer fiel am 9. November 1989.")
    assert by_id["tagesschau-beginn"].answer == "20:00"
    assert by_id["norwegen-kuerzel"].answer == "NO"
    assert by_id["hauptstadt-oesterreich"].hint == "Sie liegt an der Donau."


# --- precise, complete error reports --------------------------------------------------


def test_missing_answer_names_file_line_column_card_and_field() -> None:
    text = deck_yaml(
        """
        - id: a
          question: Q?
          answer: A
        - id: b
          question: Q?
          answer: B
        - id: wladiwostok
          question: Wo endet die Transsibirische Eisenbahn?
          kind: place
        """
    )
    assert messages(text) == ["d.yaml:9:5: card 3 ('wladiwostok'): 'answer' is missing"]


def test_all_errors_in_a_file_are_collected() -> None:
    text = deck_yaml(
        """
        - id: a
          question: Q?
        - id: b
          answer: B
        - id: c
          question: Q
          answer: C
          kind: plaec
          answr: C
        """
    )
    found = messages(text)
    assert len(found) == 4, found
    assert "card 1 ('a'): 'answer' is missing" in found[0]
    assert "card 2 ('b'): needs a 'question' or a 'cloze'" in found[1]
    assert "'kind' must be one of text, place, date, number, not 'plaec'" in found[2]
    assert "unknown card field 'answr'; did you mean 'answer'?" in found[3]


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        ("- {id: a, question: Q, answer: [A, B]}", "'answer' must be text, not a list"),
        ("- {id: a, question: Q, answer: {x: y}}", "put text that holds ': ' in quotes"),
        ("- {id: a, question: Q, cloze: C ___, answer: A}", "has both 'question' and 'cloze'"),
        ("- {id: a, question: Q, answer: '  '}", "'answer' is empty"),
        ("- {id: a b, question: Q, answer: A}", "'id' may hold only"),
        ("- {id: a, question: Q, answer: '5', kind: number, tolerance: viel}", "'tolerance' must be a number"),
        ("- {id: a, question: Q, answer: A, source: x.txt}", "'source' must be a mapping"),
        ("- {id: a, question: Q, answer: A, aliases: [[x]]}", "every entry of 'aliases' must be text"),
        ("- just a string", "a card must be a mapping"),
    ],
)
def test_wrong_types_and_shapes_are_errors(card: str, expected: str) -> None:
    result = parse_deck(deck_yaml(card))
    assert not result.ok
    assert any(expected in str(p) for p in result.errors), [str(p) for p in result.problems]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("Nur ein Satz, kein Deck.\n", "a deck must be a mapping"),
        ("- a\n- b\n", "a deck must be a mapping"),
        ("cards:\n  - {id: a, question: Q, answer: A}\n", "'title' is missing"),
        ("title: T\n", "'cards' is missing"),
        ("title: T\ncards: []\n", "'cards' is empty"),
        ("title: T\ncards: x\n", "'cards' must be a list"),
        ("title: T\nformat: 2\ncards: []\n", "reads format 1"),
        ("title: T\nlanguage: Deutsch\ncards: []\n", "'language' must be a language code"),
        ("title: T\ncolour: red\ncards: []\n", "unknown deck field 'colour'"),
        ("title: T\ncards: [\n", "not valid YAML"),
        ("title: T\n---\ntitle: U\n", "only one YAML document"),
    ],
)
def test_deck_level_problems(text: str, expected: str) -> None:
    result = parse_deck(text, "d.yaml")
    assert not result.ok
    assert any(expected in str(p) for p in result.errors), [str(p) for p in result.problems]


def test_tab_indentation_gets_a_plain_message() -> None:
    found = messages("title: T\ncards:\n\t- {id: a, question: Q, answer: A}\n")
    assert found == ["d.yaml:3:1: not valid YAML: a tab is used for indentation; YAML needs spaces"]


def test_duplicate_keys_are_errors_with_both_lines() -> None:
    found = messages(deck_yaml("- id: a\n  question: Q\n  answer: A\n  answer: B\n"))
    assert found == ["d.yaml:6:5: card 1 ('a'): duplicate key 'answer' (first at line 5)"]


# --- warnings --------------------------------------------------------------------------


def test_warnings_do_not_make_a_deck_invalid() -> None:
    result = parse_deck(
        deck_yaml(
            """
            - id: a
              cloze: Kein Platzhalter hier.
              answer: Wien
              aliases: [Vienna]
              choices: [vienna, Graz, Graz]
              tags: []
            - id: a
              question: Q
              answer: B
              tolerance: "3"
            """
        ),
        "d.yaml",
    )
    assert result.ok
    warned = [p.message for p in result.warnings]
    assert "'cloze' has no blank; mark it with ___" in warned
    assert "choice 'vienna' is also an accepted answer" in warned
    assert "choice 'Graz' is listed twice" in warned
    assert "'tags' is empty; remove it or add tags" in warned
    assert "duplicate id (card 1 has it too)" in warned
    assert "'tolerance' only applies to number cards" in warned
    assert all(str(p).startswith("d.yaml:") and ": warning: " in str(p) for p in result.warnings)


# --- safety ----------------------------------------------------------------------------


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = deck_yaml(f"- {{id: a, question: Q, answer: !!python/object/apply:os.system ['touch {marker}']}}")
    path = tmp_path / "evil.yaml"
    path.write_text(text)
    result = load_deck(path)
    assert not marker.exists()
    assert not result.ok
    assert any("tag !!python/object/apply:os.system is not allowed" in str(p) for p in result.errors)


def test_alias_bomb_is_cheap() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
    text = bomb + "title: T\ncards:\n  - {id: c, question: Q, answer: A, aliases: *j}\n"
    result = parse_deck(text, "bomb.yaml")
    assert not result.ok
    assert len(result.errors) < 20  # one per unknown key and one per bad alias entry, not billions


def test_absurd_nesting_is_refused_without_crashing() -> None:
    for text in ("[" * 100_000 + "]" * 100_000, "- " * 50_000 + "x\n"):
        found = messages(text)
        assert len(found) == 1 and "nesting is deeper than 64 levels" in found[0]


def test_file_size_is_capped_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = load_deck(path)
    assert [str(p) for p in result.problems] == [f"{path}: file is too large (52.4 MB; the limit is 16 MB)"]


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: T\ncards:\n  - {id: a, question: Größe?, answer: A}\n".encode("latin-1"))
    assert [str(p) for p in load_deck(path).problems] == [
        f"{path}:3: not valid UTF-8 (byte 0xf6); save the file as UTF-8"
    ]


def test_binary_file_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    assert "not a text file" in str(load_deck(path).problems[0])


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert str(load_deck(tmp_path / "nope.yaml").problems[0]).endswith("no such file")
    assert str(load_deck(tmp_path).problems[0]).endswith("is a folder, not a file")


def test_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufefftitle: T\ncards:\n  - {id: a, question: Q, answer: Ä}\n".encode())
    assert load_deck(path).ok


# --- writing ---------------------------------------------------------------------------

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff\x85"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
ids = st.from_regex(r"[a-z0-9][a-z0-9._:-]{0,20}", fullmatch=True)


@st.composite
def cards(draw: st.DrawFn) -> Card:
    cloze = draw(st.booleans())
    return Card(
        id=draw(ids),
        kind=draw(st.sampled_from(list(Kind))),
        answer=draw(texts),
        question=None if cloze else draw(texts),
        cloze=(draw(texts) + " ___") if cloze else None,
        aliases=tuple(draw(st.lists(texts, max_size=3))),
        choices=(),
        hint=draw(st.none() | texts),
        explanation=draw(st.none() | texts),
        tags=tuple(draw(st.lists(texts, max_size=2))),
        tolerance=draw(st.none() | st.sampled_from([0.0, 0.5, 3.0, 1000.0])),
        source=draw(st.none() | st.builds(Source, texts, texts)),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(cards(), min_size=1, max_size=4, unique_by=lambda c: c.id), texts)
def test_dump_then_load_gives_the_same_deck(card_list: list[Card], title: str) -> None:
    deck = Deck(title=title, cards=tuple(card_list), description="Beschreibung: mit Doppelpunkt", id="deck-1")
    result = parse_deck(dump_deck(deck, schema="../quiz/schema/deck.schema.json"))
    assert result.deck == deck, [str(p) for p in result.problems]


def test_dump_is_deterministic_and_quotes_tricky_values() -> None:
    card = Card(id="c", kind=Kind.NUMBER, answer="1.000", question="Q", aliases=("NO", "20:15"))
    deck = Deck(title="T", cards=(card,))
    text = dump_deck(deck)
    assert text == dump_deck(deck)
    assert "answer: '1.000'" in text and "'NO'" in text and "'20:15'" in text


# --- the bundled decks -----------------------------------------------------------------


def test_every_bundled_deck_is_valid() -> None:
    files = deck_files([PROJECT / "decks"])
    assert files
    for path in files:
        result = load_deck(path)
        assert result.ok, [str(p) for p in result.errors]


def test_reader_problems_name_their_card_and_refused_tags_cause_no_follow_ups() -> None:
    text = (
        "title: T\ncards:\n"
        "  - id: a\n    kind: ort\n    question: Q?\n    answer: x\n"
        "  - id: a\n    question: Q2?\n    answer: y\n    answer: z\n"
        "  - id: b\n    question: !!python/object:os.system x\n    answer: y\n"
        "tags: !!python/tuple [a]\n"
    )
    result = parse_deck(text, "d.yaml")
    assert result.deck is None
    lines = [(p.line, p.code, p.card, p.card_id) for p in result.problems]
    assert lines == [
        (4, "kind_invalid", 1, "a"),
        (7, "duplicate_card_id", 2, "a"),  # card 1 has another mistake, yet its id still counts
        (10, "duplicate_key", 2, "a"),
        (12, "tag_not_allowed", 3, "b"),  # and no "needs 'question' or 'cloze'" after it
        (14, "tag_not_allowed", None, None),  # a deck field after the cards belongs to no card
    ]


def test_a_deck_field_is_not_blamed_on_a_card_that_an_alias_puts_on_its_line() -> None:
    """``cards: *i`` places the cards where ``i`` stands; the unknown field ``i`` still belongs to the deck."""
    result = parse_deck("i: &i [[x]]\ntitle: T\ncards: *i\n", "deck.yaml")
    by_code = {problem.code: problem for problem in result.problems}
    assert by_code["unknown_deck_field"].card is None
    assert by_code["card_not_mapping"].card == 1


def test_the_documented_example_deck_is_valid() -> None:
    """docs/deck-format.md opens with a complete deck: it must stay one a teacher can copy."""
    import re

    doc = (Path(__file__).resolve().parent.parent / "docs" / "deck-format.md").read_text(encoding="utf-8")
    example = re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL)[0]
    result = parse_deck(example, "deck-format.md")
    assert result.ok and result.problems == () and result.deck is not None and len(result.deck.cards) >= 2
    snippet = re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL)[1]  # the literal block, inside a card
    card = "title: T\ncards:\n  - id: a\n    question: Q?\n    answer: A\n" + snippet
    read = parse_deck(card, "deck-format.md")
    assert read.deck is not None and (read.deck.cards[0].explanation or "").count("\n") == 2
