"""Throughput of deck generation over the 10kGNAD test corpus, next to tokenising alone.

    python bench/generate.py [--corpus PATH] [--limit N]

Prints these figures:

1. tokenising alone with SoMaJo (the settings quiz.articles uses), one core: the floor, for stock
   SoMaJo and for SoMaJo as quiz.articles runs it (same tokens, emoji pass skipped where there is none);
2. generation per article (read, clean, split, extract facts), one core, and its cost relative to 1;
3. the whole pipeline as ``quiz generate`` runs it on all cores: articles written to temporary
   .txt files, extracted on worker processes, turned into decks and rendered as YAML;
4. what the decks of 3 hold: cards per kind, spelling cards (share, most in one article, with options),
   number cards whose three options all lie on one side of the answer, and questions the combined deck
   asks twice (same prompt, same answer).

Targets (issue 3): 2 at most 2x the cost of 1; 3 under 30 s for the whole corpus on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.articles import _tokenizer, parse_article  # noqa: E402
from quiz.deck import dump_deck  # noqa: E402
from quiz.extraction import extract, extract_all  # noqa: E402
from quiz.generate import COMBINED_NAME, build_decks  # noqa: E402
from quiz.models import Deck, Kind  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "10kGNAD_test.csv"


def read_corpus(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    return texts[:limit] if limit else texts


def tokenise_only(texts: list[str], stock: bool) -> float:
    """SoMaJo over each article's paragraphs; ``stock`` without quiz.articles' emoji shortcut."""
    if stock:
        from somajo import SoMaJo

        tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    else:
        tokenizer = _tokenizer()
    start = time.perf_counter()
    for text in texts:
        paragraphs = [p for p in parse_article(text, "x.txt").text.split("\n\n") if p.strip()]
        for _ in tokenizer.tokenize_text(paragraphs):
            pass
    return time.perf_counter() - start


def generate_one_core(texts: list[str]) -> float:
    start = time.perf_counter()
    for number, text in enumerate(texts):
        extract(f"{number:04d}.txt", text)
    return time.perf_counter() - start


def whole_pipeline(texts: list[str], workers: int) -> tuple[float, list[tuple[str, Deck]]]:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, text in enumerate(texts):
            path = Path(folder) / f"{number:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        start = time.perf_counter()
        results, failed = extract_all(paths, workers=workers)
        extracted = time.perf_counter()
        decks = build_decks(results)
        built = time.perf_counter()
        rendered = [dump_deck(deck, schema="../quiz/schema/deck.schema.json") for _, deck in decks]
        elapsed = time.perf_counter() - start
        print(f"   (extract {extracted - start:.1f} s on {workers} processes, build decks {built - extracted:.1f} s, "
              f"YAML {elapsed - (built - start):.1f} s)")  # fmt: skip
    assert not failed, failed
    assert rendered
    return elapsed, decks


def _number(text: str) -> float | None:
    found = re.match(r"\d[\d.]*(?:,\d+)?", text)
    return float(found.group().replace(".", "").replace(",", ".")) if found else None


def quality(decks: list[tuple[str, Deck]]) -> None:
    cards = [card for name, deck in decks if name != COMBINED_NAME for card in deck.cards]
    kinds = Counter("spelling" if "rechtschreibung" in c.tags else str(c.kind) for c in cards)
    spelling = [c for c in cards if "rechtschreibung" in c.tags]
    per_article = Counter(c.source.article for c in spelling if c.source)
    print(f"4. cards: {len(cards)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    print(f"   spelling cards: {len(spelling) / max(1, len(cards)):.1%} of all, at most "
          f"{max(per_article.values(), default=0)} in one article, {sum(bool(c.choices) for c in spelling)} "
          f"with options")  # fmt: skip
    one_side = judged = 0
    for card in cards:
        answer = _number(card.answer) if card.kind is Kind.NUMBER and card.choices else None
        options = [_number(option) for option in card.choices]
        if answer is None or None in options:
            continue
        judged += 1
        one_side += all(o is not None and o < answer for o in options) or all(
            o is not None and o > answer for o in options
        )
    print(f"   number cards with all options on one side: {one_side} of {judged} ({one_side / max(1, judged):.0%})")
    combined = next((deck for name, deck in decks if name == COMBINED_NAME), None)
    if combined is not None:
        asked = Counter((" ".join(c.prompt.split()), c.answer) for c in combined.cards)
        twice = sum(n - 1 for n in asked.values())
        print(f"   combined deck: {len(combined.cards)} cards, {twice} asked more than once")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    texts = read_corpus(args.corpus, args.limit)
    chars = sum(len(t) for t in texts)
    workers = min(2, os.cpu_count() or 1)
    extract("warm.txt", "Ein kurzer Satz zum Aufwärmen am 5. Mai 2020 in Wien.")
    print(f"corpus: {len(texts)} articles, {chars:,} characters")
    floor = tokenise_only(texts, stock=True)
    print(f"1. tokenising alone (stock SoMaJo, 1 core): {chars / floor:>9,.0f} chars/s  ({floor:.1f} s)")
    fast = tokenise_only(texts, stock=False)
    print(f"   tokenising alone (as quiz runs SoMaJo):  {chars / fast:>9,.0f} chars/s  ({fast:.1f} s)")
    one = generate_one_core(texts)
    print(f"2. generation (1 core):                     {chars / one:>9,.0f} chars/s  ({one:.1f} s), "
          f"{one / floor:.2f}x stock tokenising (target <= 2x), {one / fast:.2f}x quiz's tokenising")  # fmt: skip
    whole, decks = whole_pipeline(texts, workers)
    cards = sum(len(deck.cards) for name, deck in decks if name != COMBINED_NAME)
    print(f"3. quiz generate pipeline ({workers} cores):      {chars / whole:>9,.0f} chars/s  ({whole:.1f} s, "
          f"{len(decks)} decks, {cards} cards; target < 30 s)")  # fmt: skip
    quality(decks)


if __name__ == "__main__":
    main()
