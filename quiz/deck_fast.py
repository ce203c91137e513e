"""A fast lane for clean decks: one regular expression per card, straight to :class:`~quiz.models.Card`.

Reading a deck the thorough way builds a tree that knows the line and column
of every value (:mod:`quiz.yamltree`) and then walks it (:mod:`quiz.deck_check`),
so that any problem can be named precisely. That costs Python work for each of
the 18 lines of a card, about a second for 10,000 cards. Most decks have no
problem at all, and positions are only ever needed to report one.

So this lane reads each card with one match of a compiled pattern (the C
regex engine does the per-line work) and builds the card at once. It accepts
only what it is sure of: cards in the layout ``quiz generate`` writes and most
people type (one ``key: value`` per line, fields in any order, lists as
``- item`` lines or ``[a, b]``, plain or quoted scalars), and only cards the
checker would pass without a word, not even a warning. At the first thing it
does not expect it returns None, and the caller reads the file the thorough
way, which then reports every problem with its position. A differential test
holds the two ways to the same deck.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from quiz.deck_check import Checker
from quiz.deck_format import BLANK, ID_PATTERN, KINDS, fold
from quiz.models import Card, Deck, Kind, Source
from quiz.problems import Problem
from quiz.yaml_block import UNUSUAL, Decline, block_scalar, flow_list, read_block_yaml, unescape
from quiz.yaml_nodes import MAX_DEPTH, NULLS, Value, YMap, YSeq, move_marks

# A scalar that ends its line: 'single', "double", or plain (no indicator first, no ": " or " #", no trailing
# space). Possessive quantifiers (Python 3.11) keep a failing match from backtracking through every split.
_VALUE = (
    r"(?:'(?:[^'\n]++|'')*+'"
    r'|"(?:[^"\\\n]++|\\[^\n])*+"'
    r"|[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^\n:# ]++|:(?=\S)| ++(?=[^\s#]))*+)"
)
_SCALARS = ("id", "kind", "question", "cloze", "answer", "hint", "explanation", "tolerance")
_LISTS = ("aliases", "choices", "tags")
_CARDS_LINE = re.compile(r"^cards:(?: +#[^\n]*| *)\n", re.MULTILINE)
_FIRST_ITEM = re.compile(r"(?: *(?:#[^\n]*)?\n)*( *)- ")


class _Patterns(NamedTuple):
    card: re.Pattern[str]  # one card in the plain layout
    gap: re.Pattern[str]  # blank lines, and comments no further right than the dash, between cards
    end: re.Pattern[str]  # the next line that is no longer inside the card (comments do not end it)


@functools.lru_cache(maxsize=8)
def _patterns(dash: int) -> _Patterns:
    """The patterns for cards whose dash stands at column ``dash``."""
    field = " " * (dash + 2)
    # A literal block (``|`` or ``|-``, as the writer puts text with line breaks): lines at two more spaces.
    block = f"\\|-?(?:\\n{field}  [^ \\n][^\\n]*+)(?:\\n{field}  [^\\n]++|\\n(?=\\n))*+"
    scalars = "|".join(f"{key}: (?P<{key}>{_VALUE}|{block})" for key in _SCALARS)
    item = f"- {_VALUE}"
    lists = "|".join(f"{key}:(?P<{key}>(?:\\n{field}{item})+|(?:\\n{field}  {item})+| \\[[^\\n]*\\])" for key in _LISTS)
    inner = f"\\n{field}  (?:article: (?P<article>{_VALUE})|sentence: (?P<sentence>{_VALUE}))"
    one = f"(?:{scalars}|{lists}|source:(?P<source>(?:{inner})+))"
    return _Patterns(
        # The dash only where the match starts (^: a line start), every later field on a line of its own.
        re.compile(f"(?:(?:^{' ' * dash}- |\\n{field}){one})+(?=\\n|\\Z)", re.MULTILINE),
        re.compile(f"(?:(?: *| {{0,{dash}}}#[^\\n]*)\\n)*"),
        re.compile(f"^ {{0,{dash}}}[^ \\n#]", re.MULTILINE),
    )


def read_deck_fast(text: str, label: str) -> tuple[Deck | None, list[Problem]] | None:
    """The deck in ``text`` and its problems, as the thorough way finds them, or None to read it that way.

    Cards the card pattern matches and the checker would pass become cards
    at once; any other card is read on its own by the line reader and
    checked as usual, so a few odd cards do not cost the whole fast lane.
    """
    if UNUSUAL.search(text) is not None:
        return None
    found = list(_CARDS_LINE.finditer(text))
    if len(found) != 1:
        return None
    first = _FIRST_ITEM.match(text, found[0].end())
    if first is None:
        return None
    dash = len(first.group(1))
    patterns, opening = _patterns(dash), " " * dash + "- "
    position, line = first.start(1), text.count("\n", 0, first.start(1))
    first_dash = (line, dash)
    items: list[Card | Value] = []
    marks: list[tuple[int, int]] = []
    try:
        while position < len(text):
            if not text.startswith(opening, position):
                return None  # after the cards: another deck field, or something odd
            match = patterns.card.match(text, position)
            card = _card(match) if match is not None else None
            if match is not None and card is not None:
                end = match.end()
                following_line = _skip_gap(patterns.gap, text, end)
                if following_line < len(text) and not text.startswith(opening, following_line):
                    card = None  # the card goes on past the match (a comment, a second line): read it alone
                elif end == len(text):
                    card = None  # the file ends without a line break, which a "|" block would keep: read it alone
            if match is not None and card is not None:
                items.append(card)
                marks.append((line, dash + 2))
            else:
                following = patterns.end.search(text, text.find("\n", position) + 1 or len(text))
                end = following.start() - 1 if following is not None else len(text)
                item, mark = _read_apart(text[position : end + 1], line, dash)  # with its last line break
                items.append(item)
                marks.append(mark)
                following_line = _skip_gap(patterns.gap, text, end)
            line += text.count("\n", position, following_line)
            position = following_line
    except Decline:
        return None
    header = read_block_yaml(text[: found[0].start()])
    if not isinstance(header, YMap) or "cards" in header:
        return None
    cards_line = text.count("\n", 0, found[0].start())
    header["cards"] = YSeq(first_dash)  # stands in for the cards, which the checker is given as they are
    header.key_marks["cards"] = (cards_line, 0)
    header.value_marks["cards"] = first_dash
    checker = Checker(label, [])
    return checker.deck(header, (items, marks)), checker.problems


def _skip_gap(gap: re.Pattern[str], text: str, end: int) -> int:
    """Where the line after ``end`` and the blank and comment lines below it end."""
    match = gap.match(text, min(end + 1, len(text)))
    return match.end() if match is not None else len(text)


def _read_apart(chunk: str, line: int, dash: int) -> tuple[Value, tuple[int, int]]:
    """A card the pattern did not take, read alone by the line reader; its marks are moved to where it stands."""
    if dash:  # read it as if the dash stood at the left edge; comments may stand further left still
        chunk = "\n".join(part[dash:] if part[:dash].isspace() else part.lstrip(" ") for part in chunk.split("\n"))
    tree = read_block_yaml(chunk)
    if not isinstance(tree, YSeq) or len(tree) != 1 or _depth(tree) >= MAX_DEPTH - 1:
        raise Decline  # in the file, two levels (the deck, its cards) hold the card: deep nesting is libyaml's
    move_marks(tree, line, dash)
    return tree[0], tree.item_marks[0]


def _depth(node: Value) -> int:
    """How many collections are nested in ``node``, itself included."""
    if isinstance(node, YMap):
        return 1 + max(map(_depth, node.values()), default=0)
    if isinstance(node, YSeq):
        return 1 + max(map(_depth, node), default=0)
    return 0


def _card(match: re.Match[str]) -> Card | None:
    """The card a match holds, or None when the checker would have anything to say about it."""
    groups = match.groups()  # the scalars, the lists, then source with its article and sentence
    scalars, lists, raw_source = groups[:8], groups[8:11], groups[11]
    fields = 12 - groups[:12].count(None)
    if match.group().count("\n") != fields - 1 + "".join(filter(None, groups[:12])).count("\n"):
        return None  # a field written twice: the thorough way reports it
    try:
        card_id, kind_name, question, cloze, answer, hint, explanation, tolerance_text = map(_scalar, scalars)
        aliases, choices, tags = map(_list, lists)
        source = None
        if raw_source is not None:
            source = Source(_scalar(groups[12]), _scalar(groups[13]))
            if raw_source.count("\n") != (source.article is not None) + (source.sentence is not None):
                return None  # a source field written twice
    except Decline:
        return None
    if card_id is None or not ID_PATTERN.match(card_id) or answer is None or not answer.strip():
        return None
    kind = KINDS.get(kind_name) if kind_name is not None else Kind.TEXT
    if kind is None or (question is None) == (cloze is None) or (cloze is not None and not BLANK.search(cloze)):
        return None
    tolerance = None
    if tolerance_text is not None:
        try:
            tolerance = float(tolerance_text.strip().replace(",", "."))
        except ValueError:
            return None
        if tolerance < 0 or kind is not Kind.NUMBER:
            return None
    if choices:
        accepted = {fold(a) for a in (answer, *(aliases or ()))}
        folded = {fold(c) for c in choices}
        if len(folded) != len(choices) or folded & accepted:
            return None
    return Card(
        id=card_id, kind=kind, answer=answer, question=question, cloze=cloze,
        aliases=aliases or (), choices=choices or (), hint=hint, explanation=explanation,
        tags=tags or (), tolerance=tolerance, source=source,
    )  # fmt: skip


def _scalar(raw: str | None) -> str | None:
    """A matched scalar as the thorough reader reads it; a null word declines (the checker may say something)."""
    if raw is None:
        return None
    first = raw[0]
    if first == "'":
        return raw[1:-1].replace("''", "'")
    if first == '"':
        return unescape(raw[1:-1])
    if first == "|":  # read as the line reader reads it; the match ends before the block's last line break
        lines = raw.split("\n")
        return block_scalar(lines[0], [*lines, ""], 0, 0)[0]
    if raw in NULLS:
        raise Decline
    return raw


def _list(raw: str | None) -> tuple[str, ...] | None:
    """A matched list, ``[a, b]`` or ``- a`` lines; an empty list or entry declines."""
    if raw is None:
        return None
    if raw[0] == " ":
        entries: list[Any] = list(flow_list(raw[1:], (0, 0)))
    else:
        dash = raw[: raw.index("-") + 2]  # "\n  - ": every item line starts so
        entries = raw[len(dash) :].split(dash)
        if '"' not in raw and NULLS.isdisjoint(entries):
            if "'" not in raw:
                return tuple(entries)  # all plain words: never blank
            entries = [entry[1:-1].replace("''", "'") if entry[0] == "'" else entry for entry in entries]
        else:
            entries = [_scalar(entry) for entry in entries]
    if not entries or None in entries or not all(map(str.strip, entries)):
        raise Decline  # an empty list or entry: the checker warns
    return tuple(entries)
