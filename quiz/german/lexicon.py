"""Known German words and place names, to tell a slip from a different word.

``Wladiwostock`` is no word, so it is a slip for ``Wladiwostok``; ``Island``
is a country, so it is never a slip for ``Irland``. Word frequencies come from
wordfreq's German list (Zipf scale: 3 is once per million words, 7 is ``die``),
country names in German and English from Babel's CLDR data. Both are loaded on
first use (about 0.2 s) and kept; call :func:`preload` to pay that up front.
"""

from __future__ import annotations

import math
from functools import cache

from quiz.german.normalize import normalize

__all__ = ["is_place", "preload", "zipf"]


@cache
def _words() -> dict[str, float]:
    """Zipf frequency of each common German word (>= 3), keyed by its normal form."""
    from wordfreq import get_frequency_dict

    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict("de", wordlist="small").items():
        key = normalize(word)
        if key and " " not in key:
            table[key] = max(table.get(key, 0.0), math.log10(frequency) + 9)
    return table


@cache
def _places() -> frozenset[str]:
    """Normal forms of country and territory names, in German and English."""
    from babel import Locale

    names: set[str] = set()
    for language in ("de", "en"):
        for code, name in Locale(language).territories.items():
            if code.isalpha():  # skip continents and regions such as "150" (Europe)
                names.add(normalize(name))
    return frozenset(names)


def zipf(word: str) -> float:
    """How common the (normalised) German ``word`` is on the Zipf scale; 0 when rare or unknown."""
    return _words().get(word, 0.0)


def is_place(key: str) -> bool:
    """Whether the normalised ``key`` is the name of a country or territory (``irland``, ``island``)."""
    return key in _places()


def preload() -> None:
    """Load the word and place tables now rather than on the first near miss."""
    _words()
    _places()
