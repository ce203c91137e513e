"""Remember large decks once they are read, so the next start is quick.

Parsing YAML costs about 60 µs a card, which a 10,000-card deck feels. A
validated deck is kept as JSON under the user's cache folder, keyed by a
hash of the file's text and the quiz version, so any edit, or a new version
of quiz, reads the YAML again. The cache is only an optimisation: anything
wrong with it (missing, unreadable, corrupt, full disk) means "read the YAML",
never an error. JSON, not pickle: a cache file can never run code.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from quiz import __version__
from quiz.messages import Message
from quiz.models import Card, Deck, Kind, Source
from quiz.paths import cache_dir
from quiz.problems import Problem, Severity

MIN_CHARS = 200_000
"""Smaller decks are parsed every time: that takes a few milliseconds."""
CACHE_VERSION = 3
KEEP_SECONDS = 30 * 24 * 3600


def cache_key(text: str) -> str:
    return hashlib.sha256(f"{CACHE_VERSION}:{__version__}:".encode() + text.encode()).hexdigest()


def _folder() -> Path:
    return cache_dir() / f"decks-{CACHE_VERSION}"


def load(text: str, label: str) -> tuple[Deck | None, tuple[Problem, ...]] | None:
    """The cached result for this deck text, or None when there is none to trust."""
    if len(text) < MIN_CHARS:
        return None
    try:
        data = json.loads((_folder() / f"{cache_key(text)}.json").read_text(encoding="utf-8"))
        collecting = gc.isenabled()
        gc.disable()
        try:
            return _decode_deck(data["deck"]), tuple(_decode_problem(p, label) for p in data["problems"])
        finally:
            if collecting:
                gc.enable()
    except Exception:  # noqa: BLE001 - a bad cache entry only means parsing again
        return None


def save(text: str, deck: Deck | None, problems: tuple[Problem, ...]) -> None:
    """Keep a freshly read deck; silently does nothing when the cache cannot be written."""
    if len(text) < MIN_CHARS:
        return
    folder = _folder()
    data = {"deck": _encode_deck(deck), "problems": [_encode_problem(p) for p in problems]}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as handle:
            # dumps, not dump: only the one-shot encoder is written in C, four times faster on a large deck
            handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        os.replace(handle.name, folder / f"{cache_key(text)}.json")
        _prune(folder)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(handle.name)


def _prune(folder: Path) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for entry in folder.iterdir():
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < cutoff:
                entry.unlink()


def _encode_deck(deck: Deck | None) -> Any:
    if deck is None:
        return None
    cards = [
        [c.id, c.kind.value, c.answer, c.question, c.cloze, c.aliases, c.choices, c.hint, c.explanation,
         c.tags, c.tolerance, None if c.source is None else [c.source.article, c.source.sentence]]
        for c in deck.cards
    ]  # fmt: skip
    return [deck.title, deck.language, deck.description, deck.source, deck.retention, deck.tags, cards, deck.id]


def _decode_deck(data: Any) -> Deck | None:
    if data is None:
        return None
    title, language, description, source, retention, tags, cards, deck_id = data
    kinds = {kind.value: kind for kind in Kind}
    return Deck(
        title=title,
        language=language,
        description=description,
        source=source,
        retention=retention,
        tags=tuple(tags),
        id=deck_id,
        cards=tuple(
            Card(
                id=c[0], kind=kinds[c[1]], answer=c[2], question=c[3], cloze=c[4], aliases=tuple(c[5]),
                choices=tuple(c[6]), hint=c[7], explanation=c[8], tags=tuple(c[9]), tolerance=c[10],
                source=None if c[11] is None else Source(c[11][0], c[11][1]),
            )
            for c in cards
        ),
    )  # fmt: skip


def _encode_problem(problem: Problem) -> Any:
    message = problem.message.to_data() if isinstance(problem.message, Message) else problem.message
    return [message, problem.line, problem.column, problem.card, problem.card_id, problem.field,
            problem.severity.value]  # fmt: skip


def _decode_problem(data: Any, label: str) -> Problem:
    message, line, column, card, card_id, field, severity = data
    if isinstance(message, dict):  # a coded message, which can be said in every language
        message = Message.from_data(message)
    return Problem(label, message, line, column, card, card_id, field, Severity(severity))
