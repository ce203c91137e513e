"""The decks the app offers: every deck file found, loaded or not.

A deck that fails to load stays in the list with its first problem, so Home
can say what is wrong with it while every other deck still works.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from quiz import paths
from quiz.deck import deck_files, load_deck
from quiz.models import Deck
from quiz.problems import Problem


class DeckEntry(NamedTuple):
    """One deck file as the app sees it (a named tuple: cheaper to define than a frozen dataclass)."""

    path: Path
    origin: str
    """"bundled", "user" or "file" (named on the command line)."""
    deck: Deck | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.deck is not None and not any(p.is_error for p in self.problems)

    @property
    def title(self) -> str:
        return self.deck.title if self.deck is not None and self.deck.title else self.path.stem

    @property
    def key(self) -> str:
        """What the deck's progress is kept under (its id, else its title); the path for a broken deck."""
        return self.deck.key if self.deck is not None else str(self.path)

    @property
    def error(self) -> Problem | None:
        """The first error, the one to show."""
        return next((p for p in self.problems if p.is_error), None)

    @property
    def error_count(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def tags(self) -> tuple[str, ...]:
        if self.deck is None:
            return ()
        tags = list(self.deck.tags)
        for card in self.deck.cards:
            tags.extend(tag for tag in card.tags if tag not in tags)
        return tuple(tags)

    def matches(self, text: str) -> bool:
        """Does the filter ``text`` occur in the title, the file name or a tag?"""
        needle = text.strip().casefold()
        if not needle:
            return True
        haystack = [self.title, self.path.stem, *self.tags]
        return any(needle in item.casefold() for item in haystack)


def default_sources() -> list[tuple[Path, str]]:
    """The bundled decks, then the user's own."""
    return [(paths.bundled_decks_dir(), "bundled"), (paths.user_decks_dir(), "user")]


def load_entry(path: Path, origin: str) -> DeckEntry:
    result = load_deck(path, label=_label(path))
    return DeckEntry(path, origin, result.deck, result.problems)


def load_library(sources: Sequence[tuple[Path, str]]) -> list[DeckEntry]:
    """Every deck file in ``sources`` (folders or files), loaded; never raises for bad files."""
    entries: list[DeckEntry] = []
    seen: set[Path] = set()
    for folder, origin in sources:
        if not folder.exists():
            continue
        for path in deck_files([folder]):
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            entries.append(load_entry(path, origin))
    return entries


def find_entry(name: str, entries: Iterable[DeckEntry]) -> DeckEntry | None:
    """A deck by title or file name, ignoring case; an exact title wins over a part of one."""
    needle = name.strip().casefold()
    candidates = list(entries)
    for test in (
        lambda e: e.title.casefold() == needle,
        lambda e: e.path.stem.casefold() == needle or e.path.name.casefold() == needle,
        lambda e: needle in e.title.casefold(),
    ):
        found = [entry for entry in candidates if test(entry)]
        if len(found) == 1:
            return found[0]
    return None


def _label(path: Path) -> str:
    """A short name for problems: relative to the working folder, or to the home folder (``~/``)."""
    resolved = path.resolve()
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~/")):
        try:
            return prefix + str(resolved.relative_to(base))
        except ValueError:
            continue
    return str(path)
