"""Tell a spelling slip from a different word, and show where the slip is.

A slip is a few edits (a transposition counts as one) within a budget that
grows with the word: short words must be exact, since ``Wien`` and ``Wein``
are one edit apart. The diff marker shows the learner what they typed, with
wrong or extra letters in brackets and a ``_`` for each missing one.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Levenshtein

from quiz.german import lexicon
from quiz.german.normalize import fold, normalize

__all__ = ["different_word", "distance", "drop_umlauts", "is_inflection", "mark_slips", "slip_budget"]

_INFLECTIONS = frozenset(("s", "es", "n", "en", "e", "er", "ern", "ns"))
_DIGITS = re.compile(r"\d+")
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})
#: Words this common (Zipf scale) are real words, not slips.
COMMON = 3.0


def slip_budget(length: int) -> int:
    """How many edits a key of ``length`` letters may have and still be a slip: 0, 1 or 2."""
    if length <= 4:
        return 0
    return 1 if length <= 10 else 2


def distance(expected: str, given: str, budget: int) -> int | None:
    """Optimal-string-alignment distance when within ``budget`` and both hold the same digits; else None."""
    if abs(len(expected) - len(given)) > budget or _DIGITS.findall(expected) != _DIGITS.findall(given):
        return None
    found = OSA.distance(expected, given, score_cutoff=budget)
    return found if found <= budget else None


def is_inflection(a: str, b: str) -> bool:
    """Whether one word is the other plus a German ending (``Dänemarks``, ``Regierungen``)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in _INFLECTIONS


def different_word(expected: str, given: str) -> str | None:
    """The word of the normalised ``given`` that is a real, different word from ``expected``, if any.

    A country name (``island`` for ``irland``) always is. A common word of five
    or more letters is (``kanzlei`` for ``kanzler``), unless it is an inflection
    of the expected word or far rarer than it (a frequent misspelling).
    """
    if given != expected and lexicon.is_place(given):
        return given
    expected_words, given_words = expected.split(), given.split()
    if len(expected_words) != len(given_words):
        return None
    for want, got in zip(expected_words, given_words, strict=True):
        if want == got or len(got) < 5 or is_inflection(want, got):
            continue
        if lexicon.is_place(got):
            return got
        frequency = lexicon.zipf(got)
        if frequency >= COMMON and frequency + 1.5 >= lexicon.zipf(want):
            return got
    return None


def drop_umlauts(text: str) -> str:
    """The normal form of ``text`` written with bare vowels: ``Österreich`` gives ``osterreich``."""
    return normalize(text.translate(_PLAIN))


def mark_slips(given: str, expected: str) -> str:
    """``given`` with its slips marked against ``expected``: ``Wladiwosto[c]k``, ``Münch_n``, ``W[ei]n``.

    Compares folded text (so ``ue`` matches ``ü``) but shows the learner's own letters.
    """
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the index of the typed one it came from
    for index, char in enumerate(given):
        for part in fold(char):
            folded.append(part)
            origin.append(index)
    shown: set[int] = set()
    out: list[str] = []

    def typed(start: int, end: int) -> str:
        indexes = [i for i in dict.fromkeys(origin[start:end]) if i not in shown]
        shown.update(indexes)
        return "".join(given[i] for i in indexes)

    for op in Levenshtein.opcodes(folded, list(fold(expected))):
        if op.tag == "equal":
            out.append(typed(op.src_start, op.src_end))
        elif op.tag == "insert":
            out.append("_" * min(op.dest_end - op.dest_start, 3))
        else:  # replace, delete: typed letters that do not belong
            letters = typed(op.src_start, op.src_end)
            out.append(f"[{letters}]" if letters else "")
    return "".join(out)
