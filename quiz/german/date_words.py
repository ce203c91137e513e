"""Dates written in words: ``neunter November neunzehnhundertneunundachtzig``, ``im Jahr zweitausendzwei``.

The date reader (:mod:`quiz.german.dates`) works on tokens; this turns number
words among them into the digits it knows. An ordinal (``neunter``,
``einunddreißigsten``, ``9ten``) becomes a number and its dot, as in ``9.``;
cardinals (``neunzehnhundert neunundachtzig``) become one number. A cardinal
with one slip (``neunzehnhundertneunundachzig``) is repaired when it reads
unambiguously, and the repair is reported so graders never call it right.
"""

from __future__ import annotations

from collections.abc import Callable

from quiz.german.number_slips import repair_number_word
from quiz.german.numbers import is_number_word, words_number

__all__ = ["ordinal_value", "read_number_words"]

_ENDINGS = ("en", "er", "em", "es", "e")
_IRREGULAR = {"erst": 1, "dritt": 3, "siebt": 7, "siebent": 7, "acht": 8}
#: What may follow digits to make an ordinal: 9ten, 1ste, 3ter.
_DIGIT_ENDINGS = frozenset("te ten ter tem tes ste sten ster stem stes".split())
#: Number words that are also everyday words in a date: und (a range), ein/eine (an article).
_NOT_NUMBERS = frozenset("und ein eine einen einem einer eines eins".split())


def ordinal_value(word: str) -> int | None:
    """The number a folded German ordinal names: ``neunten`` 9, ``dritte`` 3, ``zwanzigster`` 20; else None."""
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) < len(ending) + 4:
            continue
        stem = word[: -len(ending)]
        if stem in _IRREGULAR:
            return _IRREGULAR[stem]
        if stem.endswith("st"):
            value = words_number([stem[:-2]])
            if value is not None and value >= 20:
                return value
        if stem.endswith("t"):
            value = words_number([stem[:-1]])
            if value is not None and 2 <= value < 20:
                return value
    return None


def read_number_words(tokens: list[str], keep: Callable[[str], bool]) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """``tokens`` with number words as digits, and the repairs made as (typed, meant) pairs.

    Words to ``keep`` (months, fillers, range and era words) stay as they are.
    """
    out: list[str] = []
    repairs: list[tuple[str, str]] = []
    run: list[str] = []  # cardinal words waiting to be read as one number

    def flush() -> None:
        if run:
            value = words_number(run)
            out.extend([str(value)] if value is not None else run)
            run.clear()

    for token in tokens:
        if not run and out and out[-1].isdigit() and token in _DIGIT_ENDINGS:
            out.append(".")
            continue
        if token.isalpha() and is_number_word(token) and token not in _NOT_NUMBERS:
            run.append(token)
            continue
        flush()
        if not token.isalpha():
            out.append(token)
            continue
        # keep() is asked last: it is the slow one, and hardly ever says no to a number word
        ordinal = ordinal_value(token)
        if ordinal is not None and not keep(token):
            out.extend([str(ordinal), "."])
            continue
        repaired = repair_number_word(token)
        if repaired is not None and not keep(token):
            out.append(str(repaired[0]))
            repairs.append((token, repaired[1]))
            continue
        out.append(token)
    flush()
    return out, tuple(repairs)
