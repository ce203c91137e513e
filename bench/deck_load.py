"""How long reading and validating a large deck takes, and checking broken files.

Usage: python bench/deck_load.py [CARDS]   (default 10,000 cards)
Target: a 10,000-card deck loads well under a second; every broken file is
rejected in well under a second.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz.deck import dump_deck, load_deck  # noqa: E402
from quiz.models import Card, Deck, Kind, Source  # noqa: E402
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


def timed(action: object, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.yaml"
        text = dump_deck(big_deck(count))
        path.write_text(text, encoding="utf-8")
        result = load_deck(path)
        assert result.ok and result.deck is not None and len(result.deck.cards) == count
        times = timed(lambda: load_deck(path), 5)
        print(
            f"load {count:,} cards ({len(text.encode()) / 1e6:.1f} MB): "
            f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms"
        )
        dump_times = timed(lambda: dump_deck(result.deck), 3)  # type: ignore[arg-type]
        print(f"dump {count:,} cards: median {statistics.median(dump_times) * 1000:.0f} ms")
        broken = make_broken_decks(Path(tmp) / "broken")
        worst = max((max(timed(lambda p=p: load_deck(p), 3)), name) for name, p in broken.items())
        print(f"broken files: {len(broken)} checked, slowest {worst[1]} {worst[0] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
