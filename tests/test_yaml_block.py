"""The fast line reader gives exactly libyaml's tree, or steps aside.

The main test is differential: hypothesis writes YAML the way people and
dumpers do (and then breaks it), and every text the fast reader accepts must
read the same (values, keys, order and every position) through libyaml.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deck import dump_deck, parse_deck
from quiz.models import Card, Deck, Kind, Source
from quiz.yaml_block import read_block_yaml
from quiz.yaml_nodes import YMap, YSeq, position
from quiz.yamltree import YamlError, parse, parse_events

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "1500"))  # raise it for a long local run


def shape(value: Any) -> Any:
    """Everything a reader decides: values, key order and all positions."""
    if isinstance(value, YMap):
        return (
            "map",
            position(value.mark),
            [(k, position(value.key_marks[k]), shape(v), position(value.value_marks[k])) for k, v in value.items()],
        )
    if isinstance(value, YSeq):
        items = [(shape(v), position(m)) for v, m in zip(value, value.item_marks, strict=True)]
        return ("seq", position(value.mark), items)
    return value


def agrees(text: str) -> bool:
    """True when the fast reader read ``text``; fails the test when it read it differently from libyaml."""
    fast = read_block_yaml(text)
    if fast is None:
        return False
    try:
        slow, problems = parse_events(text, "deck.yaml")
    except YamlError as error:
        pytest.fail(f"fast reader accepted YAML that libyaml rejects ({error}):\n{text}")
    assert problems == [], f"fast reader accepted YAML with problems {problems}:\n{text}"
    assert shape(fast) == shape(slow), text
    return True


def test_bundled_and_generated_decks_take_the_fast_way() -> None:
    decks = sorted((ROOT / "decks").glob("*.yaml"))
    assert decks
    for path in decks:
        assert agrees(path.read_text(encoding="utf-8")), path


AWKWARD = ["1.000", "20:15", "NO", "yes", "~", "null", "", " lead", "trail ", "a: b", "a #b", "#x", "- x", "[x]",
           "{x}", "'q'", '"dq"', "back\\slash", "tab\there", "«ß»", "é\u2028", "-5", "?", ":", "&a", "*a", "!t",
           "%", "@", "`", "|", ">", "C#", "x:", "http://x.de", "\x07bell", "\ufeffbom"]  # fmt: skip


def awkward_deck(texts: list[str]) -> Deck:
    cards = tuple(
        Card(id=f"c{i}", kind=Kind.TEXT, question=f"Frage {text}?", answer=text or "leer", aliases=(text or "x", "y"),
             choices=(f"{text}!",), hint=text or None, tags=("t",), source=Source("a.txt", f"S {text}"))
        for i, text in enumerate(texts)
    )  # fmt: skip
    return Deck(title="Schwierig: 1.000", cards=cards, description="Kurz: 20:15")


def test_dumped_decks_with_awkward_text_take_the_fast_way() -> None:
    for texts in ([t for t in AWKWARD if t.isprintable()], AWKWARD):
        deck = awkward_deck(texts)
        text = dump_deck(deck, schema="../quiz/schema/deck.schema.json")
        read = parse_deck(text, "deck.yaml", None)
        assert read.deck is not None and read.deck.cards == deck.cards
        assert agrees(text) == (texts != AWKWARD), "printable one-line text must take the fast way"


def test_text_with_line_breaks_reads_alike_either_way() -> None:
    deck = awkward_deck(["line\nbreak", "two\n\nbreaks\n", " x\n  y", "a:\n- b"])
    text = dump_deck(deck)
    agrees(text)
    read = parse_deck(text, "deck.yaml", None)
    assert read.deck is not None and read.deck.cards == deck.cards


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb:\nc:\n  - x\n  -\n  - y: 1\n    z:\nd:\n- p\n- 'q'\ne: \"s\"\n",
        "---\na: [x, 'y', \"z\"]  # flow\nb: []\n",
        "a: |\n  lit\n   more\n\n  end\nb: >-\n  fold\n  ed\n\n  para\n",
        "# head\n\na: x # note\nb: 'it''s'   # note\nc: \"\\u00e4\\t\\\"\"\n",
        "- a\n- - b\n",  # compact nested sequences: left to libyaml
    ],
)
def test_hand_written_shapes_read_alike(text: str) -> None:
    agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",
        "a: !!python/object:os.system x\n",
        "a: one\n  two\n",
        "a: 'one\n  two'\n",
        "a: 1\na: 2\n",
        "a:\tx\n",
        "a: x\r\nb: y\r\n",
        'a: "\\UFFFFFFFF"\n',
        'a: ["\\U00110000"]\n',
        "null: x\n",
        "? a\n: b\n",
        "a: {b: c}\n",
        "a: [b,\n  c]\n",
        "a: |+\n  x\n\n",
        "a: |2\n   x\n",
        "a: x\n---\nb: y\n",
        "%YAML 1.1\n---\na: x\n",
        "just text\n",
        "",
    ],
)
def test_other_yaml_is_left_to_libyaml(text: str) -> None:
    assert read_block_yaml(text) is None
    try:
        expected = shape(parse_events(text, "d.yaml")[0])
    except YamlError as error:
        with pytest.raises(YamlError) as raised:
            parse(text, "d.yaml")
        assert str(raised.value) == str(error)
    else:
        assert shape(parse(text, "d.yaml")[0]) == expected


NICE = st.one_of(
    st.sampled_from(["Wien", "9. November 1989", "2.850 km", "Die Donau, lang.", "Frage?", "x/y (z)", "ä-ß", "1"]),
    st.text(alphabet="abXY 09.,-/()\u00e4\u00df«»?!", min_size=1, max_size=12).map(lambda text: "a" + text.rstrip()),
)
# Text that YAML treats specially somewhere: indicators, quotes, escapes, comment and key marks.
WILD = st.one_of(
    NICE,
    st.sampled_from(["1.000", "20:15", "NO", "~", "null", "", "-5", "a: b", "a #b", "x:", "C#", "it's", "«ß»"]),
    st.text(alphabet="ab :#-'\"\\[]{},|>!&*?%@`~.0\u00e4\u00df\u2028\n", max_size=12),
)


class Writer:
    """Writes YAML the way people and dumpers do; a wild writer also uses every odd corner."""

    def __init__(self, data: st.DataObject, wild: bool) -> None:
        self.data, self.wild = data, wild

    def pick(self, tame: list[Any], odd: list[Any] = []) -> Any:  # noqa: B006 - read only
        return self.data.draw(st.sampled_from(tame + odd if self.wild else tame))

    def scalar(self) -> str:
        return self.data.draw(WILD if self.wild else NICE)

    def key(self, used: set[str]) -> str:
        """A key; only a wild writer repeats one or uses one that is not a plain name."""
        names = ["id", "answer", "a-b", "_x", "tags", "kind", "hint", "source", "cloze", "choices", "question"]
        key = str(self.pick([name for name in names if name not in used], ["null", "a b", "1x", "k:", "ä", "id"]))
        used.add(key)
        return key

    def scalar_lines(self, value: str, indent: int) -> tuple[str, list[str]]:
        """A scalar written in some style: the text after ``key: `` and any lines below it."""
        style = self.pick(["plain", "plain", "single", "double", "literal", "folded", "flow"])
        comment = self.pick(["", "", "", " # note"], ["  #x", "#x"])
        if style == "plain":
            return value + comment, []
        if style == "single":
            return "'" + value.replace("'", "''") + "'" + comment, []
        if style == "double":
            return json.dumps(value, ensure_ascii=self.data.draw(st.booleans())) + comment, []
        if style == "flow":
            items = [self.scalar() for _ in range(self.data.draw(st.integers(0, 3)))]
            quoted = [self.pick([item, f"'{item}'", json.dumps(item)]) for item in items]
            return "[" + self.pick([", ", ",", " , "]).join(quoted) + "]" + comment, []
        header = ("|" if style == "literal" else ">") + self.pick(["", "-"], ["+", "2"])
        width = indent + self.data.draw(st.integers(1, 3))
        lines = value.split("\n") if self.wild else [self.scalar() for _ in range(self.data.draw(st.integers(1, 3)))]
        body = [(" " * (width + self.pick([0], [0, 0, 1])) + line) if line else "" for line in lines]
        return header + comment, body

    def block(self, depth: int, indent: int) -> list[str]:
        """A block mapping or sequence at ``indent``."""
        lines: list[str] = []
        is_map = self.data.draw(st.booleans())
        used: set[str] = set()
        for _ in range(self.data.draw(st.integers(1, 3))):
            if self.data.draw(st.integers(0, 5)) == 0:
                lines.append(" " * self.data.draw(st.integers(0, indent + 3)) + self.pick(["", "# c", "#"]))
            lead = " " * indent + (f"{self.key(used)}:" if is_map else "-")
            if depth < 3 and self.data.draw(st.integers(0, 2)) == 0:
                step = self.pick([0, 1, 2, 4]) if is_map else self.pick([1, 2, 3])
                inner = self.block(depth + 1, indent + step)
                compact = self.wild or not inner[0].lstrip(" ").startswith("-")
                if not is_map and compact and self.data.draw(st.booleans()):  # "- key: value" on the dash's line
                    first = inner[0]
                    lines.append(lead + " " * (len(first) - len(first.lstrip(" ")) - indent - 1) + first.lstrip(" "))
                    lines.extend(inner[1:])
                else:
                    lines.append(lead)
                    lines.extend(inner)
            else:
                text, below = self.scalar_lines(self.scalar(), indent)
                space = self.pick([" "], ["  ", ""])
                lines.append((lead + space + text).rstrip(" ") + self.pick([""], ["", " "]))
                lines.extend(below)
        return lines


@st.composite
def yaml_texts(draw: st.DrawFn, wild: bool) -> str:
    lines = Writer(draw(st.data()), wild).block(0, 0)
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2])) if wild else 0):  # then, now and then, break it a little
        row = draw(st.integers(0, len(lines) - 1))
        at = draw(st.integers(0, len(lines[row])))
        if draw(st.booleans()):
            odd = draw(st.sampled_from([" ", ":", "#", "-", "'", '"', "|", "[", "\t", "  "]))
            lines[row] = lines[row][:at] + odd + lines[row][at:]
        else:
            lines[row] = lines[row][:at] + lines[row][at + 1 :]
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"] if wild else ["\n"]))


@pytest.mark.slow
@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts(wild=False))
def test_what_people_write_reads_alike(text: str) -> None:
    agrees(text)


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts(wild=True))
def test_whatever_the_fast_reader_accepts_libyaml_reads_alike(text: str) -> None:
    agrees(text)


@pytest.mark.parametrize(("wild", "least"), [(False, 0.4), (True, 0.05)])
def test_the_fuzzers_reach_the_fast_reader(wild: bool, least: float) -> None:
    """Guards the tests above: their texts must exercise the fast reader, not only its declines."""
    taken: list[bool] = []

    @settings(max_examples=300, deadline=None, database=None)
    @given(yaml_texts(wild=wild))
    def sample(text: str) -> None:
        taken.append(read_block_yaml(text) is not None)

    sample()
    assert sum(taken) / len(taken) > least
