"""Real decks through the fast lane: generate decks from the news corpus, read each both ways, compare and time.

Usage: python bench/corpus_decks.py [--corpus PATH] [--limit N]

Every deck written from the 10kGNAD corpus is read by the fast lane
(quiz/deck_fast.py) and the thorough way; the two must give the same deck and
problems. Prints how many decks took the lane and the time to read the
largest (the combined deck) each way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import DEFAULT_CORPUS, read_corpus  # noqa: E402

from quiz.deck import dump_deck  # noqa: E402
from quiz.deck_check import Checker  # noqa: E402
from quiz.deck_fast import read_deck_fast  # noqa: E402
from quiz.extraction import extract_all  # noqa: E402
from quiz.generate import build_decks  # noqa: E402
from quiz.problems import Problem  # noqa: E402
from quiz.yamltree import parse  # noqa: E402


def thorough(text: str) -> tuple[object, list[Problem]]:
    root, problems = parse(text, "deck.yaml")
    checker = Checker("deck.yaml", problems)
    return checker.deck(root), sorted(checker.problems, key=lambda p: (p.line or 0, p.column or 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for number, text in enumerate(read_corpus(args.corpus, args.limit)):
            path = Path(tmp) / f"{number:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        results, _ = extract_all(paths, workers=2)
        texts = [dump_deck(deck) for _, deck in build_decks(results, deck_dir=Path(tmp) / "decks")]
    taken = 0
    for text in texts:
        fast = read_deck_fast(text, "deck.yaml")
        if fast is not None:
            taken += 1
            ordered = sorted(fast[1], key=lambda p: (p.line or 0, p.column or 0))
            assert (fast[0], ordered) == thorough(text), "the fast lane read a deck differently"
    print(f"{len(texts)} decks from {len(paths)} articles: {taken} took the fast lane, each read as the thorough way")
    largest = max(texts, key=len)
    cards = largest.count("\n- id: ")
    for what, action in (("fast lane", lambda: read_deck_fast(largest, "d")), ("thorough", lambda: thorough(largest))):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        print(f"largest deck ({cards:,} cards, {len(largest.encode()) / 1e6:.1f} MB), {what}: "
              f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
