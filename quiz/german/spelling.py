"""Tell a spelling slip from a different word, and show where the slip is.

A slip is a few edits (a transposition counts as one) within a budget that
grows with the word: short words must be exact, since ``Wien`` and ``Wein``
are one edit apart. The diff marker shows the learner what they typed, with
wrong or extra letters in brackets and a ``_`` for each missing one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

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


def different_word(expected: str, given: str, min_length: int = 5) -> str | None:
    """The word of the normalised ``given`` that is a real, different word from ``expected``, if any.

    A country name (``island`` for ``irland``) always is. A common word of
    ``min_length`` or more letters is (``kanzlei`` for ``kanzler``), unless it is
    an inflection of the expected word or far rarer than it (a frequent
    misspelling such as ``osterreich``).
    """
    if lexicon.is_place(given) and lexicon.place_code(given) != lexicon.place_code(expected):
        return given
    expected_words, given_words = expected.split(), given.split()
    if len(expected_words) != len(given_words):
        return None
    for want, got in zip(expected_words, given_words, strict=True):
        if want == got or len(got) < min_length or is_inflection(want, got):
            continue
        if lexicon.is_place(got):
            if lexicon.place_code(got) == lexicon.place_code(want):
                continue  # the same country in another language: Canada for Kanada
            return got
        frequency = lexicon.zipf(got)
        if frequency >= COMMON and frequency + 1.5 >= lexicon.zipf(want):
            return got
    return None


def drop_umlauts(text: str) -> str:
    """The normal form of ``text`` written with bare vowels: ``Österreich`` gives ``osterreich``."""
    return normalize(text.translate(_PLAIN))


def mark_slips(given: str, expected: str) -> str:
    """``given`` with its slips marked against ``expected``: ``Wladiwosto[c]k``, ``Münch_n``, ``W[ie]n``.

    Wrong, extra or swapped letters are bracketed, each missing one is a ``_``.
    Compares folded text (so ``ue`` matches ``ü``, ``-`` matches a space) but
    shows the learner's own letters.
    """
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the index of the typed one it came from
    for index, char in enumerate(given[:_MARK_LIMIT]):
        for part in _fold_char(char):
            folded.append(part)
            origin.append(index)
    shown: set[int] = set()

    def typed(start: int, end: int) -> str:
        indexes = [i for i in dict.fromkeys(origin[start:end]) if i not in shown]
        shown.update(indexes)
        return "".join(given[i] for i in indexes)

    wanted = [p for c in expected[:_MARK_LIMIT] for p in _fold_char(c)]
    out: list[str] = []
    for op, start, end in _one_slip(folded, wanted) or _align(folded, wanted):
        if op == "=":
            out.append(typed(start, end))
        elif op == "+":
            out.append("_")
        else:
            letters = typed(start, end)
            out.append(f"[{letters}]" if letters else "")
    return "".join(out)


_MARK_LIMIT = 200


def _one_slip(given: list[str], expected: list[str]) -> list[tuple[str, int, int]] | None:
    """:func:`_align`'s steps for the common case, fast: one letter wrong, extra, missing, or two swapped.

    None if the slip is anything else. A doubled letter is marked where the double ends: ``drei[i]``.
    """
    start, shorter = 0, min(len(given), len(expected))
    while start < shorter and given[start] == expected[start]:
        start += 1
    end = 0
    while end < shorter - start and given[-1 - end] == expected[-1 - end]:
        end += 1
    extra, missing = len(given) - start - end, len(expected) - start - end
    if (extra, missing) in ((1, 0), (1, 1)):
        step = ("x", start, start + 1)
    elif (extra, missing) == (0, 1):
        step = ("+", start, start)
    elif (extra, missing) == (2, 2) and given[start : start + 2] == expected[start : start + 2][::-1]:
        step = ("x", start, start + 2)
    else:
        return None
    steps = [("=", 0, start), step, ("=", step[2], len(given))]
    return [s for s in steps if s[0] != "=" or s[1] < s[2]]


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One typed character folded for comparison; any separator becomes a space, invisible ones vanish."""
    return "".join(c if c.isalnum() else " " for c in fold(char))


def _align(given: list[str], expected: list[str]) -> list[tuple[str, int, int]]:
    """Edit script turning ``given`` into ``expected`` with adjacent transpositions.

    Steps are ``("=", i, j)`` (typed ``given[i:j]`` is right), ``("+", i, i)``
    (a letter is missing before ``i``) and ``("x", i, j)`` (typed ``given[i:j]``
    is wrong, extra or swapped).
    """
    rows, cols = len(given) + 1, len(expected) + 1
    band = abs(rows - cols) + 2  # slips are few: only cells near the diagonal can be on the best path
    far = rows + cols
    cost = [[far] * cols for _ in range(rows)]
    for i in range(min(rows, band + 1)):
        cost[i][0] = i
    for j in range(min(cols, band + 1)):
        cost[0][j] = j
    for i in range(1, rows):
        typed, row, above = given[i - 1], cost[i], cost[i - 1]
        for j in range(max(1, i - band), min(cols, i + band + 1)):
            best = above[j - 1] + (typed != expected[j - 1])
            if above[j] < best:
                best = above[j] + 1
            if row[j - 1] < best:
                best = row[j - 1] + 1
            if i > 1 and j > 1 and typed == expected[j - 2] and given[i - 2] == expected[j - 1]:
                best = min(best, cost[i - 2][j - 2] + 1)
            row[j] = best
    steps: list[tuple[str, int, int]] = []
    i, j = rows - 1, cols - 1
    while i or j:
        here = cost[i][j]
        if i and j and given[i - 1] == expected[j - 1] and here == cost[i - 1][j - 1]:
            steps.append(("=", i - 1, i))
            i, j = i - 1, j - 1
        elif i and j and here == cost[i - 1][j - 1] + 1:
            steps.append(("x", i - 1, i))
            i, j = i - 1, j - 1
        elif (
            i > 1
            and j > 1
            and given[i - 1] == expected[j - 2]
            and given[i - 2] == expected[j - 1]
            and (here == cost[i - 2][j - 2] + 1)
        ):
            steps.append(("x", i - 2, i))
            i, j = i - 2, j - 2
        elif i and here == cost[i - 1][j] + 1:
            steps.append(("x", i - 1, i))
            i -= 1
        else:
            steps.append(("+", i, i))
            j -= 1
    steps.reverse()
    merged: list[tuple[str, int, int]] = []
    for op, start, end in steps:
        if merged and merged[-1][0] == op == "=" or merged and merged[-1][0] == op == "x" and merged[-1][2] == start:
            merged[-1] = (op, merged[-1][1], end)
        else:
            merged.append((op, start, end))
    return merged
