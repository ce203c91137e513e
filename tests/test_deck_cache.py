"""Large decks are remembered once read; the cache can never change a result."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz import deck_cache
from quiz.deck import dump_deck, load_deck
from quiz.models import Card, Deck, Kind, Source


def big_deck_text(count: int = 1200, answer: str = "685") -> str:
    cards = tuple(
        Card(
            id=f"k{i}", kind=Kind.NUMBER, answer=answer, cloze=f"Die Strecke Nummer {i} ist ___ Kilometer lang.",
            aliases=("sechshundertfünfundachtzig",), choices=("658", "700", "1.200"), tags=("geo",),
            tolerance=5.0 if i % 2 else None, source=Source("a.txt", f"Satz {i}.") if i % 3 else None,
        )
        for i in range(count)
    )  # fmt: skip
    text = dump_deck(Deck(title="Groß", cards=cards, description="Viele Karten", retention=0.85))
    assert len(text) > deck_cache.MIN_CHARS
    return text


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


def test_second_load_comes_from_the_cache_and_is_identical(tmp_path: Path, _private_cache: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(big_deck_text() + "unknown: field\n", encoding="utf-8")
    first = load_deck(path)
    assert first.deck is not None and len(first.deck.cards) == 1200
    expected = [f"{path}:{p.line}:1: unknown deck field 'unknown'" for p in first.problems]
    assert [str(p) for p in first.problems] == expected
    assert len(cache_files(_private_cache)) == 1
    second = load_deck(path, label="other-name.yaml")
    assert second.deck == first.deck
    assert [p.message for p in second.problems] == [p.message for p in first.problems]
    assert str(second.problems[0]).startswith("other-name.yaml:")


def test_an_edited_deck_is_read_again(tmp_path: Path, _private_cache: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(big_deck_text(answer="685"), encoding="utf-8")
    assert load_deck(path).deck.cards[0].answer == "685"  # type: ignore[union-attr]
    path.write_text(big_deck_text(answer="686"), encoding="utf-8")
    assert load_deck(path).deck.cards[0].answer == "686"  # type: ignore[union-attr]
    assert len(cache_files(_private_cache)) == 2


@pytest.mark.parametrize("garbage", ["", "{not json", '{"deck": 5, "problems": []}', "[1, 2, 3]", "null"])
def test_a_corrupt_cache_entry_is_ignored(tmp_path: Path, _private_cache: Path, garbage: str) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(big_deck_text(), encoding="utf-8")
    expected = load_deck(path)
    [entry] = cache_files(_private_cache)
    entry.write_text(garbage, encoding="utf-8")
    again = load_deck(path)
    assert again.deck == expected.deck and again.problems == expected.problems


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(blocker))
    path = tmp_path / "big.yaml"
    path.write_text(big_deck_text(), encoding="utf-8")
    assert load_deck(path).ok and load_deck(path).ok


def test_small_decks_are_not_cached(tmp_path: Path, _private_cache: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text("title: T\ncards:\n  - {id: a, question: Q, answer: A}\n", encoding="utf-8")
    assert load_deck(path).ok
    assert cache_files(_private_cache) == []


def test_cached_problems_can_still_be_said_in_german(tmp_path: Path, _private_cache: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(big_deck_text() + "unknown: field\n", encoding="utf-8")
    first = load_deck(path)
    second = load_deck(path)
    assert len(cache_files(_private_cache)) == 1
    (fresh,), (cached,) = first.problems, second.problems
    assert cached.code == fresh.code == "unknown_deck_field"
    assert cached.render("de") == fresh.render("de") != fresh.render("en")
