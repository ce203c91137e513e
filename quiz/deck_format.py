"""What deck format v1 allows: its fields, kinds, id and language shapes, and the blank of a cloze.

Shared by the checker (:mod:`quiz.deck_check`), the fast lane
(:mod:`quiz.deck_fast`) and the writer (:mod:`quiz.deck`), so the three can
never disagree. ``docs/deck-format.md`` says the same in words and
``quiz/schema/deck.schema.json`` for editors.
"""

from __future__ import annotations

import re

from quiz.models import Kind

FORMAT_VERSION = "1"
BLANK = re.compile(r"_{3,}")
"""The gap in a cloze sentence: three or more underscores."""
ID_PATTERN = re.compile(r"^[\w][\w.:-]*$")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")

DECK_FIELDS = ("format", "id", "title", "language", "description", "source", "retention", "tags", "cards")
CARD_FIELDS = (
    "id", "kind", "question", "cloze", "answer", "aliases", "choices",
    "hint", "explanation", "tags", "tolerance", "source",
)  # fmt: skip
SOURCE_FIELDS = ("article", "sentence")
KINDS = {kind.value: kind for kind in Kind}
"""Each kind by the word a deck writes for it."""


def fold(text: str) -> str:
    """A choice as compared with the answer: case and spacing do not make it another option."""
    return " ".join(text.casefold().split())
