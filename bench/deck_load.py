"""How long reading and validating a large deck takes, and checking broken files.

Usage: python bench/deck_load.py [CARDS]   (default 10,000 cards)
Target: a 10,000-card deck loads well under a second; every broken file is
rejected in well under a second. Prints wall and CPU time (CPU time stays
steady when other work shares the machine) for the first read of the YAML
and for later reads, which come from the deck cache (quiz/deck_cache.py).

The first read takes the fast lane (quiz/deck_fast.py) for the deck as
``quiz generate`` writes it, for the same deck laid out by hand (indented
lists, flow lists, fields in another order) and for a deck where every 100th
card has a mistake. The thorough way, which every other file takes, is timed
too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz.deck import dump_deck, load_deck, parse_deck  # noqa: E402
from quiz.deck_check import Checker  # noqa: E402
from quiz.models import Card, Deck, Kind, Source  # noqa: E402
from quiz.yamltree import parse, parse_events  # noqa: E402
from tests.broken_decks import make_broken_decks  # noqa: E402


def big_deck(count: int) -> Deck:
    cards = tuple(
        Card(
            id=f"karte-{i:05d}",
            kind=Kind.NUMBER,
            cloze=f"Die Strecke von Moskau nach Wladiwostok ist ___ Kilometer lang (Nummer {i}).",
            answer=f"{1000 + i:,}".replace(",", "."),
            aliases=(f"{1000 + i}", f"{1000 + i} km"),
            choices=("658", "1.200", "9.288"),
            hint="Mehr als tausend.",
            tags=("geografie", "russland"),
            source=Source("001_7ea8b3834f6a9932.txt", f"Die Strecke ist {1000 + i} Kilometer lang."),
        )
        for i in range(count)
    )
    return Deck(title="Benchmark", cards=cards, description="Ein großes Deck.")


def by_hand(text: str) -> str:
    """The dumped deck as a person might lay it out: cards indented, lists indented or in brackets, hint first."""
    lines = []
    for line in text.split("\n"):
        if line.startswith("  - "):
            line = "    " + line  # a list item, indented under its key
        elif line.startswith("- "):
            line = "  " + line
        elif line.startswith("  "):
            line = "  " + line
        lines.append(line)
    text = "\n".join(lines).replace("    tags:\n      - geografie\n      - russland", "    tags: [geografie, russland]")
    hint = "\n    hint: Mehr als tausend."
    return text.replace(hint, "").replace("\n    kind:", hint + "\n    kind:")


def with_mistakes(text: str) -> str:
    """Every 100th card without its answer: those cards are read and reported the thorough way."""
    parts = text.split("\n- id: ")
    for index in range(1, len(parts), 100):
        parts[index] = "\n".join(line for line in parts[index].split("\n") if not line.startswith("  answer:"))
    return "\n- id: ".join(parts)


def thorough(text: str, label: str) -> object:
    root, problems = parse(text, label)
    return Checker(label, problems).deck(root)


def cold_load(path: Path, tmp: Path) -> object:
    """``load_deck`` with an empty cache: what opening a new deck costs the app."""
    os.environ["QUIZ_CACHE_DIR"] = str(tmp / f"cold-{time.perf_counter_ns()}")
    try:
        return load_deck(path)
    finally:
        os.environ["QUIZ_CACHE_DIR"] = str(tmp / "cache")


def timed(action: object, repeat: int, clock: object = time.perf_counter) -> list[float]:
    """Seconds per run; ``clock=time.process_time`` counts CPU time, steady on a busy machine."""
    times = []
    for _ in range(repeat):
        start = clock()  # type: ignore[operator]
        action()  # type: ignore[operator]
        times.append(clock() - start)  # type: ignore[operator]
    return times


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUIZ_CACHE_DIR"] = str(Path(tmp) / "cache")
        path = Path(tmp) / "big.yaml"
        text = dump_deck(big_deck(count))
        path.write_text(text, encoding="utf-8")
        result = load_deck(path)
        assert result.ok and result.deck is not None and len(result.deck.cards) == count
        hand, broken_text = by_hand(text), with_mistakes(text)
        assert parse_deck(hand).deck == result.deck, "the hand layout must read as the same deck"
        assert len(parse_deck(broken_text).errors) == len(range(0, count, 100))
        size = f"{count:,} cards ({len(text.encode()) / 1e6:.1f} MB)"
        print(f"load {size}:")
        for what, action in (
            ("first read, as quiz generate writes it", lambda: parse_deck(path.read_text(encoding="utf-8"), str(path))),
            ("first read, laid out by hand", lambda: parse_deck(hand, str(path))),
            ("first read, a mistake in every 100th card", lambda: parse_deck(broken_text, str(path))),
            ("the thorough way (any other file)", lambda: thorough(path.read_text(encoding="utf-8"), str(path))),
            ("  of which reading the tree", lambda: parse(path.read_text(encoding="utf-8"), str(path))),
            ("  the tree through libyaml instead", lambda: parse_events(path.read_text(encoding="utf-8"), str(path))),
            ("first load in the app: read, check, write the cache", lambda: cold_load(path, Path(tmp))),
            ("later read (cache)", lambda: load_deck(path)),
        ):
            wall = timed(action, 5)
            cpu = timed(action, 5, time.process_time)
            print(
                f"  {what}: wall median {statistics.median(wall) * 1000:.0f} ms, "
                f"best {min(wall) * 1000:.0f} ms; CPU median {statistics.median(cpu) * 1000:.0f} ms"
            )
        dump_times = timed(lambda: dump_deck(result.deck), 3)  # type: ignore[arg-type]
        print(f"dump {count:,} cards: median {statistics.median(dump_times) * 1000:.0f} ms")
        broken = make_broken_decks(Path(tmp) / "broken")
        worst = max((max(timed(lambda p=p: load_deck(p), 3)), name) for name, p in broken.items())
        print(f"broken files: {len(broken)} checked, slowest {worst[1]} {worst[0] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
