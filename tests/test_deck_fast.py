"""The deck fast lane gives exactly the thorough reading, or steps aside.

The main test is differential: hypothesis writes decks the way people and
``quiz generate`` do (fields in any order, lists in every style, comments and
blank lines), then breaks some of them, and whatever the fast lane returns
must equal the thorough reading: the same deck and the same problems, with
the same lines and columns.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quiz.deck_fast
from quiz.deck import dump_deck, parse_deck
from quiz.deck_check import Checker
from quiz.deck_fast import read_deck_fast
from quiz.models import Card, Deck, Kind, Source
from quiz.problems import Problem
from quiz.yamltree import YamlError, parse

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "1500"))  # raise it for a long local run


def thorough(text: str) -> tuple[Deck | None, list[Problem]] | None:
    """The reading without the fast lane; None when the text is not YAML at all."""
    try:
        root, problems = parse(text, "deck.yaml")
    except YamlError:
        return None
    checker = Checker("deck.yaml", problems)
    deck = checker.deck(root)
    return deck, ordered(checker.problems)


def ordered(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def agrees(text: str) -> bool:
    """True when the fast lane read ``text``; fails the test when it read it differently."""
    fast = read_deck_fast(text, "deck.yaml")
    if fast is None:
        return False
    expected = thorough(text)
    assert expected is not None, f"the fast lane read a text that is not YAML:\n{text}"
    assert (fast[0], ordered(fast[1])) == expected, text
    return True


def sample_deck(count: int) -> Deck:
    cards = tuple(
        Card(
            id=f"karte-{i}", kind=Kind.NUMBER if i % 2 else Kind.PLACE,
            cloze=f"Die Strecke ist ___ km lang ({i}).", answer=f"1.{i:03d}", aliases=(f"1{i:03d}",),
            choices=("658", "9.288"), hint="Mehr als tausend.", tags=("geo",), tolerance=5.0 if i % 2 else None,
            source=Source("001.txt", f"Satz {i}: 20:15 Uhr."),
        )
        for i in range(count)
    )  # fmt: skip
    return Deck(title="Strecken", cards=cards, description="Kurz: lang", id="strecken")


def test_bundled_and_dumped_decks_take_the_fast_lane() -> None:
    for path in sorted((ROOT / "decks").glob("*.yaml")):
        assert agrees(path.read_text(encoding="utf-8")), path
    assert agrees(dump_deck(sample_deck(30), schema="../quiz/schema/deck.schema.json"))


def test_a_card_with_a_warning_is_reported_where_it_stands() -> None:
    deck = sample_deck(5)
    odd = Card(id="odd", kind=Kind.TEXT, question="Wo?", answer="Wien", choices=("wien", "Graz"))
    text = dump_deck(Deck(title="T", cards=(*deck.cards[:3], odd, *deck.cards[3:])))
    read = parse_deck(text, "deck.yaml")
    assert agrees(text)
    assert read.deck is not None and len(read.deck.cards) == 6
    [warning] = read.problems
    lines = text.splitlines()
    line = lines.index("  choices:", lines.index("- id: odd")) + 2
    assert (warning.line, warning.column, warning.card, warning.card_id) == (line, 3, 4, "odd")
    assert "wien" in str(warning.message)


@pytest.mark.parametrize(
    ("change", "fast"),
    [
        (lambda t: t.replace("  hint: Mehr", "  hint: Mehr\n  hint: Mehr", 1), False),  # a field twice: libyaml
        (lambda t: t.replace("  kind: place", "  kind: Ort", 1), True),  # a bad kind
        (lambda t: t.replace("  hint: Mehr als tausend.", "  hint: Mehr als\n    tausend.", 1), False),  # two lines
        (lambda t: t.replace("  hint: Mehr als tausend.", "  hint: Mehr als tausend. # so", 1), True),
        (lambda t: t.replace("- id: karte-1\n", "- id: karte-1\n# Notiz\n", 1), True),  # a comment inside a card
        (lambda t: t.replace("- id: karte-2\n", "# Teil 2\n\n- id: karte-2\n", 1), True),  # a comment between
        (lambda t: t.replace("- id: karte-2\n", "- id: karte-1\n", 1), True),  # a repeated id
        (lambda t: t.replace("  answer: '1.003'\n", "", 1), True),  # no answer
        (lambda t: t + "tags: [a]\n", False),  # a deck field after the cards
        (lambda t: t.replace("title: Strecken", "title:", 1), True),  # no title
        (lambda t: t.replace("  hint: Mehr als tausend.", "  hint: ~", 1), True),
        (lambda t: t.replace("    article: 001.txt\n", "    article: 001.txt\n    article: 002.txt\n", 1), False),
        (lambda t: t.replace("cards:\n", "cards:\n\n", 1).replace("\n  ", "\n    ").replace("\n- ", "\n  - "), True),
    ],
)
def test_odd_cards_read_alike_either_way(change: Any, fast: bool) -> None:
    text = change(dump_deck(sample_deck(5)))
    assert agrees(text) == fast, text


@pytest.mark.parametrize(
    "text",
    [
        "title: T\ncards:\n- id: a\n  question: 'q'- answer: b\n  answer: c\n",  # a dash after a value
        "title: T\ncards:\n- id: a\n  tags: [x]- answer: b\n  answer: c\n  question: q\n",
        "title: T\ncards:\n- id: a\n  question: q\n  answer: b\n  hint:\n"  # as deep as a card alone may be
        + "".join(" " * (2 + i) + "-\n" for i in range(62))
        + " " * 64
        + "- x\n",
    ],
)
def test_what_the_thorough_reading_rejects_the_lane_leaves_alone(text: str) -> None:
    assert thorough(text) is None
    assert read_deck_fast(text, "deck.yaml") is None


@pytest.mark.parametrize("chomp", ["", "-"])
@pytest.mark.parametrize("end", ["", "\n", "\n\n"])
def test_a_literal_block_at_the_end_of_the_file_keeps_its_line_break_as_written(chomp: str, end: str) -> None:
    text = f"title: T\ncards:\n- id: a\n  question: Q?\n  answer: |{chomp}\n    eins\n    zwei{end}"
    agrees(text)
    read = parse_deck(text, "deck.yaml")
    assert read.deck is not None
    assert read.deck.cards[0].answer == "eins\nzwei" + ("\n" if end and not chomp else "")


def test_a_long_flow_list_reads_in_one_pass() -> None:
    """Spaces inside ``[...]`` once made the item pattern rescan the rest of the line: quadratic."""
    text = "title: T\ncards:\n- id: a\n  question: q\n  answer: b\n  tags: [a" + " " * 60_000 + "b]\n"
    assert agrees(text)
    read = parse_deck(text, "deck.yaml")
    assert read.deck is not None and read.deck.cards[0].tags == ("a" + " " * 60_000 + "b",)


def test_text_with_line_breaks_is_written_as_a_literal_block_that_the_lane_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The combined deck says "Auch in: ..." on a line of its own: that must not cost the fast lane."""
    cards = tuple(
        Card(id=f"k{i}", kind=Kind.TEXT, question="Wo?", answer="Wien", explanation=f"Satz {i}.\n\nAuch in: a.txt")
        for i in range(3)
    )
    deck = Deck(title="T", cards=(*cards, Card(id="x", kind=Kind.TEXT, question="Q?", answer="A", hint=" lead\nx")))
    text = dump_deck(deck)
    assert "  explanation: |-\n    Satz 0.\n\n    Auch in: a.txt\n" in text
    assert parse_deck(text).deck == deck  # " lead" keeps its quotes, and so its space
    clean = dump_deck(Deck(title="T", cards=cards))
    assert agrees(clean)

    def no_card_read_alone(*args: Any) -> Any:
        raise AssertionError("a card went the slow way")

    monkeypatch.setattr(quiz.deck_fast, "_read_apart", no_card_read_alone)
    read = read_deck_fast(clean, "deck.yaml")
    assert read is not None and read[0] is not None and read[0].cards == cards


# Values that YAML reads specially somewhere, and plain words.
NICE = st.one_of(
    st.sampled_from(["Wien", "9. November 1989", "2.850 km", "Die Donau, lang.", "Frage?", "x/y (z)", "ä-ß"]),
    st.text(alphabet="abXY 09.,-/()\u00e4\u00df«»?!", min_size=1, max_size=12).map(lambda text: "a" + text.rstrip()),
)
WILD = st.one_of(
    NICE,
    st.sampled_from(["1.000", "20:15", "NO", "~", "null", "", " ", "-5", "a: b", "a #b", "x:", "C#", "it's", "___"]),
    st.text(alphabet="ab :#-'\"\\[]{},|>!&*?%@`~.0_\u00e4\u00df\u00a0\n", max_size=12),
)
SCALARS = ["id", "kind", "question", "cloze", "answer", "hint", "explanation", "tolerance"]
LISTS = ["aliases", "choices", "tags"]


class DeckWriter:
    """Writes a deck as people and dumpers do; a wild writer also breaks it here and there."""

    def __init__(self, data: st.DataObject, wild: bool) -> None:
        self.data, self.wild = data, wild

    def draw(self, strategy: st.SearchStrategy[Any]) -> Any:
        return self.data.draw(strategy)

    def odd(self, chance: int = 12) -> bool:
        """Now and then, for a wild writer only."""
        return self.wild and self.draw(st.integers(0, chance)) == chance

    def scalar(self, value: str, indent: int = 0) -> str:
        style = self.draw(st.sampled_from(["plain", "plain", "single", "double"]))
        if "\n" in value and (self.wild or value == value.strip()) and self.draw(st.sampled_from([1, 1, 1, 0])):
            block = "".join(f"\n{' ' * (indent + 2)}{line}" if line else "\n" for line in value.split("\n"))
            chomp = "-" if not self.wild or self.draw(st.booleans()) else ""
            return f"|{chomp}{block}"  # a literal block, as the writer puts text with line breaks
        if style == "plain" and (self.wild or value.isalnum()):
            text = value
        elif style == "double" or "\n" in value:
            text = json.dumps(value, ensure_ascii=self.draw(st.booleans()))
        else:
            text = "'" + value.replace("'", "''") + "'"
        return text + (" # note" if self.odd() else "") + (" " if self.odd() else "")

    def value(self) -> str:
        return str(self.draw(WILD if self.odd(10) else NICE))

    def card_fields(self, number: int) -> list[tuple[str, Any]]:
        kind = self.draw(st.sampled_from(["text", "place", "date", "number", "Number", "ort"] if self.wild else
                                         ["text", "place", "date", "number"]))  # fmt: skip
        answer = self.value()
        card_id = (
            self.draw(st.sampled_from([f"k{number}", f"k{number}", "k0", "a b", ""])) if self.wild else f"k{number}"
        )
        prompt = (
            ("question", f"Frage {self.value()}?") if self.draw(st.booleans()) else ("cloze", f"Es ___ {self.value()}.")
        )
        fields: list[tuple[str, Any]] = [("id", card_id), ("kind", kind), prompt, ("answer", answer)]
        for key in LISTS:
            if self.draw(st.booleans()):
                fields.append((key, [self.value() for _ in range(self.draw(st.integers(0 if self.wild else 1, 3)))]))
        for key in ("hint", "explanation"):
            if self.draw(st.booleans()):
                parts = [self.value() for _ in range(self.draw(st.sampled_from([1, 1, 2, 3])))]
                fields.append((key, self.draw(st.sampled_from(["\n", "\n\n", " "])).join(parts)))
        if kind == "number" and self.draw(st.booleans()) or self.odd():
            fields.append(
                ("tolerance", self.draw(st.sampled_from(["0.5", "2", "1,5"] + (["-1", "x"] if self.wild else []))))
            )
        if self.draw(st.booleans()):
            fields.append(("source", [("article", "a.txt"), ("sentence", self.value())]))
        order = self.draw(st.permutations(range(len(fields)))) if self.draw(st.booleans()) else range(len(fields))
        fields = [fields[i] for i in order]
        if self.odd(6):
            fields.insert(
                self.draw(st.integers(0, len(fields))), self.draw(st.sampled_from(fields + [("unknown", "x")]))
            )
        if self.odd(6):
            del fields[self.draw(st.integers(0, len(fields) - 1))]
        return fields

    def card_lines(self, fields: list[tuple[str, Any]], dash: int) -> list[str]:
        at = " " * (dash + 2)
        lines: list[str] = []
        for key, value in fields:
            if key == "source":
                lines.append(f"{at}source:")
                lines.extend(f"{at}  {sub}: {self.scalar(text)}" for sub, text in value)
            elif isinstance(value, list):
                style = self.draw(st.sampled_from(["indentless", "indented", "flow"]))
                if style == "flow" or not value:
                    lines.append(f"{at}{key}: [" + ", ".join(self.scalar(item) for item in value) + "]")
                else:
                    lines.append(f"{at}{key}:")
                    lines.extend(f"{at}{'  ' if style == 'indented' else ''}- {self.scalar(item)}" for item in value)
            else:
                lines.append(f"{at}{key}: {self.scalar(value, len(at))}")
            if self.odd(20):
                lines.append(self.draw(st.sampled_from(["", "# c", f"{at}# c", f"{at}    more", f"{at}  # c"])))
        lines[0] = " " * dash + "- " + lines[0][dash + 2 :] if lines else " " * dash + "-"
        return lines

    def deck(self) -> str:
        dash = self.draw(st.sampled_from([0, 0, 2, 4]))
        lines = ["# yaml-language-server: $schema=x.json"] if self.draw(st.booleans()) else []
        header = [("format", "1"), ("id", "d1"), ("title", self.value()), ("language", "de"), ("tags", "[a, b]")]
        for key, value in header:
            if self.draw(st.booleans()) or key == "title" and not self.odd():
                lines.append(f"{key}: {value if key == 'tags' else self.scalar(value)}")
        lines.append("cards:" + (" # Karten" if self.draw(st.booleans()) else ""))
        for number in range(self.draw(st.integers(1, 6))):
            if self.draw(st.integers(0, 4)) == 0:
                lines.append(self.draw(st.sampled_from(["", "# Teil", " " * dash + "# Teil"])))
            lines.extend(self.card_lines(self.card_fields(number), dash))
        if self.odd():
            lines.append(self.draw(st.sampled_from(["description: x", "cards: []", "# end", "..."])))
        return "\n".join(lines) + ("\n" if not self.odd() else "")


def check_writer(data: st.DataObject, wild: bool) -> bool:
    text = DeckWriter(data, wild).deck()
    taken = agrees(text)
    assert taken or wild, f"a plainly written deck missed the fast lane:\n{text}"
    return taken


FUZZ = settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_tame_decks_take_the_fast_lane_and_read_alike(data: st.DataObject) -> None:
    check_writer(data, wild=False)


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_broken_decks_read_alike_either_way(data: st.DataObject) -> None:
    check_writer(data, wild=True)


def test_the_broken_decks_reach_the_fast_lane_with_problems() -> None:
    """Guards the fuzz test above: broken decks must often be read by the lane, problems and all."""
    outcomes: list[str] = []

    @settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def sample(data: st.DataObject) -> None:
        fast = read_deck_fast(DeckWriter(data, wild=True).deck(), "deck.yaml")
        outcomes.append("declined" if fast is None else "problems" if fast[1] else "clean")

    sample()
    assert outcomes.count("problems") / len(outcomes) > 0.15, {kind: outcomes.count(kind) for kind in set(outcomes)}


def test_large_decks_take_the_lane_and_small_ones_the_thorough_way(monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.deck

    calls: list[int] = []

    def spy(text: str, label: str) -> Any:
        calls.append(len(text))
        return read_deck_fast(text, label)

    monkeypatch.setattr(quiz.deck, "read_deck_fast", spy)
    small, large = dump_deck(sample_deck(5)), dump_deck(sample_deck(200))
    assert len(small) < quiz.deck.FAST_LANE_CHARS <= len(large)
    for text in (small, large):
        read = parse_deck(text, "deck.yaml")
        assert read.ok and read.deck is not None and read.deck.cards == thorough(text)[0].cards  # type: ignore[index, union-attr]
    assert calls == [len(large)]
