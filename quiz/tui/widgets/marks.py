"""Styled text for questions and answers: the blank, spelling differences, facts in a sentence.

Pure functions from strings to :class:`~textual.content.Content`; the styles
use theme variables, and every mark also changes the text itself (brackets,
underline), so colour is never the only signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from textual.content import Content

BLANK = re.compile(r"_{3,}")
BLANK_MARK = "_____"
"""The blank as drawn: as wide as a short answer, in the sentence's own spacing (no padding of its own)."""
SPACE_BEFORE_PUNCTUATION = re.compile(r"(_{3,})\s+(?=[.,;:!?)»“”])")
BLANK_STYLE = "bold reverse $accent"
FACT_STYLE = "bold underline $success"
DIFF_STYLE = "bold underline $warning"
WRONG_STYLE = "strike $error"


def prompt_content(prompt: str, filled: str | None = None) -> Content:
    """The question, or the cloze sentence with its blank (or the answer filled in) clearly marked.

    The blank takes the place of the underscores and nothing more: "seit ___, als" stays "seit ___, als"
    (a space a deck left before punctuation goes: "am ___ ." reads "am ___.").
    """
    prompt = SPACE_BEFORE_PUNCTUATION.sub(r"\1", prompt)
    parts: list[str | tuple[str, str]] = []
    position = 0
    for match in BLANK.finditer(prompt):
        parts.append(prompt[position : match.start()])
        parts.append((filled, FACT_STYLE) if filled is not None else (BLANK_MARK, BLANK_STYLE))
        position = match.end()
    parts.append(prompt[position:])
    return Content.assemble(*parts)


def spelling_diff(given: str, correct: str) -> tuple[Content, Content]:
    """``given`` with the letters that differ struck out, and ``correct`` with the letters it needs underlined."""
    matcher = SequenceMatcher(None, given.casefold(), correct.casefold(), autojunk=False)
    left: list[str | tuple[str, str]] = []
    right: list[str | tuple[str, str]] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            left.append(given[a1:a2])
            right.append(correct[b1:b2])
            continue
        if a2 > a1:
            left.append((given[a1:a2], WRONG_STYLE))
        if b2 > b1:
            right.append((correct[b1:b2], DIFF_STYLE))
    return Content.assemble(*left), Content.assemble(*right)


def highlight_terms(text: str, terms: Iterable[str], style: str = FACT_STYLE) -> Content:
    """``text`` with every occurrence of the terms (case-insensitive, longest first) highlighted."""
    words = sorted({term.strip() for term in terms if term and term.strip()}, key=len, reverse=True)
    if not words:
        return Content(text)
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    content = Content(text)
    spans = [(match.start(), match.end()) for match in pattern.finditer(text)]
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content


def found_any(text: str, terms: Iterable[str]) -> bool:
    folded = text.casefold()
    return any(term.strip() and term.strip().casefold() in folded for term in terms)
