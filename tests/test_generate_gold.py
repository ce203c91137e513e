"""Quality on the seed articles, measured against hand-made gold (tests/gold/).

Recall: the share of gold facts the extractors find. Precision: the share of
generated cards I judged correct, answerable and well formed. Every card the
generator makes from seeds/ must carry a verdict, so a change that makes new
cards fails here until someone has read them. Targets: 90 % each, per kind.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quiz.extraction import ArticleFacts, extract_file
from quiz.generate import build_decks
from quiz.models import Kind

ROOT = Path(__file__).parent.parent
GOLD = Path(__file__).parent / "gold"
TARGET = 0.9


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def seeds() -> list[ArticleFacts]:
    return [extract_file(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]


def _recall(seeds: list[ArticleFacts]) -> tuple[Counter[str], Counter[str], list[str]]:
    gold, found, missed = Counter[str](), Counter[str](), []
    facts = [f for result in seeds for f in result.facts]
    for article, kind, value, surface, snippet in _rows(GOLD / "facts.tsv"):
        gold[kind] += 1
        if any(f.article == article and f.kind == kind and f.value == value and snippet in f.sentence
               and f.surface == surface for f in facts):  # fmt: skip
            found[kind] += 1
        else:
            missed.append(f"{article} {kind} {value!r} in {snippet!r}")
    return gold, found, missed


def test_gold_lists_facts_of_every_kind() -> None:
    kinds = Counter(row[1] for row in _rows(GOLD / "facts.tsv"))
    assert {Kind.DATE, Kind.NUMBER, Kind.PLACE} <= set(kinds) and min(kinds.values()) >= 10


def test_recall_per_kind_on_seeds(seeds: list[ArticleFacts], capsys: pytest.CaptureFixture[str]) -> None:
    gold, found, missed = _recall(seeds)
    with capsys.disabled():
        for kind in sorted(gold):
            print(f"\n  recall {kind:6}: {found[kind]}/{gold[kind]} = {found[kind] / gold[kind]:.0%}", end="")
    for kind in gold:
        assert found[kind] / gold[kind] >= TARGET, f"recall of {kind} below target; missed: {missed}"


def test_precision_per_kind_on_seeds(seeds: list[ArticleFacts], capsys: pytest.CaptureFixture[str]) -> None:
    verdicts = {row[0]: row[1] for row in _rows(GOLD / "verdicts.tsv")}
    cards = [card for stem, deck in build_decks(seeds) if stem.startswith("0") for card in deck.cards]
    unjudged = [card.id for card in cards if card.id not in verdicts]
    assert not unjudged, f"new cards without a verdict in tests/gold/verdicts.tsv: {unjudged}"
    total, good = Counter[str](), Counter[str]()
    for card in cards:
        kind = "spelling" if "rechtschreibung" in card.tags else str(card.kind)
        total[kind] += 1
        good[kind] += verdicts[card.id] == "ok"
    with capsys.disabled():
        for kind in sorted(total):
            print(f"\n  precision {kind:8}: {good[kind]}/{total[kind]} = {good[kind] / total[kind]:.0%}", end="")
    assert {"date", "number", "place", "spelling"} <= set(total)
    for kind in total:
        assert good[kind] / total[kind] >= TARGET, f"precision of {kind} below target"


def test_extracted_dates_and_numbers_are_all_in_the_gold(seeds: list[ArticleFacts]) -> None:
    """Extraction precision for the kinds this layer owns: nothing found that the gold does not list."""
    gold = {(row[0], row[1], row[2], row[3]) for row in _rows(GOLD / "facts.tsv")}
    extra = [(f.article, f.kind, f.value, f.surface) for r in seeds for f in r.facts
             if f.kind in (Kind.DATE, Kind.NUMBER) and (f.article, f.kind, f.value, f.surface) not in gold]  # fmt: skip
    assert not extra
