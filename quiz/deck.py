"""Deck files: YAML <-> :class:`~quiz.models.Deck`, with errors a teacher can act on.

Reading never stops at the first mistake: every problem in a file is collected
with its line, column, card and field (by :mod:`quiz.deck_check`), so one
``quiz check`` run shows them all. The format is described in ``docs/deck-format.md`` and, for editors, in
``quiz/schema/deck.schema.json``.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz import deck_cache
from quiz.deck_check import Checker
from quiz.deck_fast import read_deck_fast
from quiz.deck_format import BLANK, CARD_FIELDS, DECK_FIELDS, FORMAT_VERSION, SOURCE_FIELDS
from quiz.models import Card, Deck
from quiz.problems import Problem
from quiz.yamltree import YamlError, parse, read_text

__all__ = [
    "BLANK", "CARD_FIELDS", "DECK_FIELDS", "DECK_SUFFIXES", "FORMAT_VERSION", "SCHEMA_PATH", "SOURCE_FIELDS",
    "LoadResult", "deck_files", "dump_deck", "load_deck", "parse_deck",
]  # fmt: skip

SCHEMA_PATH = Path(__file__).parent / "schema" / "deck.schema.json"
FAST_LANE_CHARS = 20_000
"""Below this (about 50 cards) the thorough way takes less time than compiling the fast lane's pattern."""
DECK_SUFFIXES = (".yaml", ".yml")


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
    """Validate deck YAML given as text; ``label`` names it in problems.

    In a large deck, plainly written cards take the fast lane
    (:mod:`quiz.deck_fast`); any file it cannot vouch for is read the
    thorough way, with every position. Both give the same result.
    """
    where = path if path is not None else Path(label)
    collecting = gc.isenabled()
    gc.disable()  # a deck is a large acyclic tree: cycle checks while building it only cost time
    try:
        read = read_deck_fast(text, label) if len(text) >= FAST_LANE_CHARS else None
        if read is None:
            root, problems = parse(text, label)
            checker = Checker(label, problems)
            read = checker.deck(root), checker.problems
    except YamlError as error:
        return LoadResult(where, None, (error.problem,))
    finally:
        if collecting:
            gc.enable()
    deck, problems = read
    return LoadResult(where, deck, tuple(sorted(problems, key=lambda p: (p.line or 0, p.column or 0))))


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
    import yaml  # only here: reading plain decks never needs PyYAML

    body = yaml.dump(data, Dumper=_dumper(), allow_unicode=True, sort_keys=False, width=10_000)
    header = f"# yaml-language-server: $schema={schema}\n" if schema else ""
    return header + body


@functools.cache
def _dumper() -> Any:
    """PyYAML's safe dumper, writing text with line breaks as a literal block a teacher can read and edit.

    ``explanation: |-`` with the lines below it, instead of a quoted scalar
    whose line breaks are blank lines. Text with spaces at either end keeps
    PyYAML's quoting, which says them exactly.
    """
    import yaml

    base: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    def text(dumper: Any, value: str) -> Any:
        literal = "\n" in value and value == value.strip()
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if literal else None)

    dumper: Any = type("DeckDumper", (base,), {})
    dumper.add_representer(str, text)
    return dumper


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
