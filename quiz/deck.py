"""Deck files: YAML <-> :class:`~quiz.models.Deck`, with errors a teacher can act on.

Reading never stops at the first mistake: every problem in a file is collected
with its line, column, card and field, so one ``quiz check`` run shows them
all. The format is described in ``docs/deck-format.md`` and, for editors, in
``quiz/schema/deck.schema.json``.
"""

from __future__ import annotations

import difflib
import gc
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from quiz import deck_cache
from quiz.models import Card, Deck, Kind, Source
from quiz.problems import Problem, Severity
from quiz.yamltree import Pos, Value, YamlError, YMap, YSeq, _pos, parse, read_text

FORMAT_VERSION = "1"
SCHEMA_PATH = Path(__file__).parent / "schema" / "deck.schema.json"
DECK_SUFFIXES = (".yaml", ".yml")
BLANK = re.compile(r"_{3,}")
ID_PATTERN = re.compile(r"^[\w][\w.:-]*$")

DECK_FIELDS = ("format", "id", "title", "language", "description", "source", "retention", "tags", "cards")
CARD_FIELDS = (
    "id", "kind", "question", "cloze", "answer", "aliases", "choices",
    "hint", "explanation", "tags", "tolerance", "source",
)  # fmt: skip
SOURCE_FIELDS = ("article", "sentence")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What reading one deck file gave: the deck (if it is usable) and every problem."""

    path: Path
    deck: Deck | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def ok(self) -> bool:
        return self.deck is not None and not self.errors


def deck_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the deck files inside them (sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in DECK_SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return found


def load_deck(path: Path, label: str | None = None) -> LoadResult:
    """Read and validate one deck file. Never raises for bad input."""
    name = label if label is not None else str(path)
    try:
        text = read_text(path, name)
    except YamlError as error:
        return LoadResult(path, None, (error.problem,))
    cached = deck_cache.load(text, name)
    if cached is not None:
        return LoadResult(path, *cached)
    result = parse_deck(text, name, path)
    deck_cache.save(text, result.deck, result.problems)
    return result


def parse_deck(text: str, label: str = "<deck>", path: Path | None = None) -> LoadResult:
    """Validate deck YAML given as text; ``label`` names it in problems."""
    where = path if path is not None else Path(label)
    collecting = gc.isenabled()
    gc.disable()  # a deck is a large acyclic tree: cycle checks while building it only cost time
    try:
        root, problems = parse(text, label)
        checker = _Checker(label, problems)
        deck = checker.deck(root)
    except YamlError as error:
        return LoadResult(where, None, (error.problem,))
    finally:
        if collecting:
            gc.enable()
    ordered = sorted(checker.problems, key=lambda p: (p.line or 0, p.column or 0))
    return LoadResult(where, deck, tuple(ordered))


def dump_deck(deck: Deck, schema: str | None = None) -> str:
    """Render a deck as YAML in the v1 format, stable byte for byte for equal decks.

    ``schema`` is the path written into the yaml-language-server comment, so
    editors offer completion and checks.
    """
    data: dict[str, Any] = {"format": int(FORMAT_VERSION)}
    if deck.id is not None:
        data["id"] = deck.id
    data.update(title=deck.title, language=deck.language)
    for key, value in (("description", deck.description), ("source", deck.source), ("retention", deck.retention)):
        if value is not None:
            data[key] = value
    if deck.tags:
        data["tags"] = list(deck.tags)
    data["cards"] = [_card_data(card) for card in deck.cards]
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)
    header = f"# yaml-language-server: $schema={schema}\n" if schema else ""
    return header + body


def _card_data(card: Card) -> dict[str, Any]:
    data: dict[str, Any] = {"id": card.id, "kind": str(card.kind)}
    if card.question is not None:
        data["question"] = card.question
    if card.cloze is not None:
        data["cloze"] = card.cloze
    data["answer"] = card.answer
    for key in ("aliases", "choices"):
        if getattr(card, key):
            data[key] = list(getattr(card, key))
    for key in ("hint", "explanation"):
        if getattr(card, key) is not None:
            data[key] = getattr(card, key)
    if card.tags:
        data["tags"] = list(card.tags)
    if card.tolerance is not None:
        data["tolerance"] = card.tolerance
    if card.source is not None:
        data["source"] = {k: v for k in SOURCE_FIELDS if (v := getattr(card.source, k)) is not None}
    return data


class _Checker:
    """Walks the YAML tree once, building the deck and collecting problems."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems
        self.error_count = sum(p.is_error for p in problems)
        self.card_no: int | None = None
        self.card_id: str | None = None

    def report(self, pos: Pos, message: str, field: str | None = None, warn: bool = False) -> None:
        self.error_count += not warn
        self.problems.append(
            Problem(
                self.label, message, pos.line, pos.column, self.card_no, self.card_id, field,
                Severity.WARNING if warn else Severity.ERROR,
            )
        )  # fmt: skip

    def deck(self, root: Value) -> Deck | None:
        if not isinstance(root, YMap):
            found = {None: "empty", "a list": "a list"}.get(
                None if root is None else _type_name(root), "plain text, not YAML mappings"
            )
            self.problems.append(
                Problem(self.label, f"a deck must be a mapping with 'title' and 'cards', but the file is {found}", 1, 1)
            )
            return None
        self.unknown_fields(root, DECK_FIELDS, "deck")
        fmt = self.text(root, "format")
        if fmt is not None and fmt != FORMAT_VERSION:
            self.report(
                root.where("format"),
                f"'format' is {fmt!r}; this version of quiz reads format {FORMAT_VERSION}",
                "format",
            )
        deck_id = self.text(root, "id")
        if deck_id is not None and not ID_PATTERN.match(deck_id):
            self.report(root.where("id"), "'id' may hold only letters, digits and . : _ -", "id")
            deck_id = None
        title = self.text(root, "title", required=True)
        language = self.text(root, "language") or "de"
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", language):
            self.report(
                root.where("language"),
                f"'language' must be a language code like de or en, not {language!r}",
                "language",
            )
        retention = self.number(root, "retention")
        if retention is not None and not 0.5 <= retention < 1:
            self.report(root.where("retention"), "'retention' must be between 0.5 and 0.99", "retention")
            retention = None
        cards = self.cards(root)
        if title is None or cards is None:
            return None
        return Deck(
            title=title,
            cards=cards,
            language=language,
            description=self.text(root, "description"),
            source=self.text(root, "source"),
            retention=retention,
            tags=self.text_list(root, "tags"),
            id=deck_id,
        )

    def cards(self, root: YMap) -> tuple[Card, ...] | None:
        items = root.get("cards")
        if "cards" not in root or items is None:
            self.report(
                root.where("cards"), "'cards' is missing" if "cards" not in root else "'cards' is empty", "cards"
            )
            return None
        if not isinstance(items, YSeq):
            self.report(root.where("cards"), f"'cards' must be a list of cards, not {_type_name(items)}", "cards")
            return None
        if not items:
            self.report(items.pos, "'cards' is empty", "cards")
        cards: list[Card] = []
        first_seen: dict[str, int] = {}
        for number, (item, pos) in enumerate(zip(items, map(_pos, items.item_marks), strict=True), start=1):
            self.card_no, self.card_id = number, None
            card = self.card(item, pos)
            if card is not None:
                if card.id in first_seen:
                    self.report(pos, f"duplicate id (card {first_seen[card.id]} has it too)", "id", warn=True)
                else:
                    first_seen[card.id] = number
                cards.append(card)
        self.card_no, self.card_id = None, None
        ok = len(cards) == len(items)
        return tuple(cards) if ok else None

    def card(self, item: Value, pos: Pos) -> Card | None:
        if not isinstance(item, YMap):
            self.report(pos, f"a card must be a mapping of fields, not {_type_name(item)}")
            return None
        errors_before = self.error_count
        card_id = self.text(item, "id", required=True)
        if card_id is not None:
            self.card_id = card_id
            if not ID_PATTERN.match(card_id):
                self.report(item.where("id"), "'id' may hold only letters, digits and . : _ -", "id")
        self.unknown_fields(item, CARD_FIELDS, "card")
        kind = self.kind(item)
        question = self.text(item, "question")
        cloze = self.text(item, "cloze")
        if question is None and cloze is None:
            self.report(item.pos, "needs a 'question' or a 'cloze'", "question")
        elif question is not None and cloze is not None:
            self.report(item.where("cloze"), "has both 'question' and 'cloze'; keep one", "cloze")
        elif cloze is not None and not BLANK.search(cloze):
            self.report(item.where("cloze"), "'cloze' has no blank; mark it with ___", "cloze", warn=True)
        answer = self.text(item, "answer", required=True)
        aliases = self.text_list(item, "aliases")
        choices = self.text_list(item, "choices")
        self.check_choices(item, answer, aliases, choices)
        tags = self.text_list(item, "tags")
        tolerance = self.number(item, "tolerance")
        if tolerance is not None:
            if tolerance < 0:
                self.report(item.where("tolerance"), "'tolerance' cannot be negative", "tolerance")
            if kind is not Kind.NUMBER:
                self.report(item.where("tolerance"), "'tolerance' only applies to number cards", "tolerance", warn=True)
        source = self.source(item)
        if self.error_count > errors_before or card_id is None or answer is None:
            return None
        return Card(
            id=card_id, kind=kind or Kind.TEXT, answer=answer, question=question, cloze=cloze,
            aliases=aliases, choices=choices, hint=self.text(item, "hint"),
            explanation=self.text(item, "explanation"), tags=tags, tolerance=tolerance, source=source,
        )  # fmt: skip

    def kind(self, item: YMap) -> Kind | None:
        value = self.text(item, "kind")
        if value is None:
            return Kind.TEXT
        try:
            return Kind(value.strip().lower())
        except ValueError:
            allowed = ", ".join(k.value for k in Kind)
            self.report(item.where("kind"), f"'kind' must be one of {allowed}, not {value!r}", "kind")
            return None

    def check_choices(self, item: YMap, answer: str | None, aliases: Sequence[str], choices: Sequence[str]) -> None:
        accepted = {_fold(a) for a in (answer, *aliases) if a}
        seen: set[str] = set()
        for choice in choices:
            folded = _fold(choice)
            if folded in accepted:
                self.report(
                    item.where("choices"), f"choice {choice!r} is also an accepted answer", "choices", warn=True
                )
            elif folded in seen:
                self.report(item.where("choices"), f"choice {choice!r} is listed twice", "choices", warn=True)
            seen.add(folded)

    def source(self, item: YMap) -> Source | None:
        value = item.get("source")
        if value is None:
            return None
        if not isinstance(value, YMap):
            self.report(item.where("source"), "'source' must be a mapping with 'article' and 'sentence'", "source")
            return None
        self.unknown_fields(value, SOURCE_FIELDS, "source")
        article = self.text(value, "article", prefix="source.")
        sentence = self.text(value, "sentence", prefix="source.")
        return Source(article=article, sentence=sentence)

    def unknown_fields(self, mapping: YMap, allowed: Sequence[str], what: str) -> None:
        for key in mapping:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                self.report(mapping.key_where(key), f"unknown {what} field {key!r}{hint}", key)

    def text(self, mapping: YMap, key: str, required: bool = False, prefix: str = "") -> str | None:
        name = prefix + key
        if key not in mapping:
            if required:
                self.report(mapping.pos, f"{name!r} is missing", name)
            return None
        value = mapping[key]
        if value is None:
            if required:
                self.report(mapping.where(key), f"{name!r} is empty", name)
            return None
        if not isinstance(value, str):
            hint = " (put text that holds ': ' in quotes)" if isinstance(value, YMap) else ""
            self.report(mapping.where(key), f"{name!r} must be text, not {_type_name(value)}{hint}", name)
            return None
        if required and not value.strip():
            self.report(mapping.where(key), f"{name!r} is empty", name)
            return None
        return value

    def text_list(self, mapping: YMap, key: str) -> tuple[str, ...]:
        value = mapping.get(key)
        if value is None:
            if key in mapping and key == "tags":
                self.report(mapping.where(key), "'tags' is empty; remove it or add tags", key, warn=True)
            return ()
        if isinstance(value, str):
            return (value,) if value.strip() else self._empty_entry(mapping.where(key), key)
        if not isinstance(value, YSeq):
            self.report(mapping.where(key), f"{key!r} must be a list of text, not a mapping", key)
            return ()
        items: list[str] = []
        for index, entry in enumerate(value):
            if isinstance(entry, str) and entry.strip():
                items.append(entry)
            elif entry is None or isinstance(entry, str):
                self._empty_entry(value.where(index), key)
            else:
                self.report(value.where(index), f"every entry of {key!r} must be text, not {_type_name(entry)}", key)
        if key == "tags" and not value:
            self.report(mapping.where(key), "'tags' is empty; remove it or add tags", key, warn=True)
        return tuple(items)

    def _empty_entry(self, pos: Pos, key: str) -> tuple[str, ...]:
        self.report(pos, f"{key!r} has an empty entry", key, warn=True)
        return ()

    def number(self, mapping: YMap, key: str) -> float | None:
        value = self.text(mapping, key)
        if value is None:
            return None
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            self.report(mapping.where(key), f"{key!r} must be a number, not {value!r}", key)
            return None


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _type_name(value: Value) -> str:
    if isinstance(value, YMap):
        return "a mapping"
    if isinstance(value, YSeq):
        return "a list"
    return "nothing" if value is None else "text"
