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

__all__ = ["is_place", "place_code", "preload", "zipf"]


@cache
def _words() -> dict[str, float]:
    """Zipf frequency of each common German word (>= 3), keyed by its normal form."""
    from wordfreq import get_frequency_dict

    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict("de", wordlist="small").items():
        # The list is lower case already; only words with umlauts or accents need the full folding.
        key = word if word.isascii() else normalize.__wrapped__(word)
        if key.isalnum():
            table[key] = max(table.get(key, 0.0), math.log10(frequency) + 9)
    return table


@cache
def _places() -> dict[str, str]:
    """Normal forms of country and territory names, in German and English, with their ISO code."""
    from babel import Locale

    names: dict[str, str] = {}
    for language in ("de", "en"):
        for code, name in Locale(language).territories.items():
            if code.isalpha():  # skip continents and regions such as "150" (Europe)
                names.setdefault(normalize(name), code)
    return names


def zipf(word: str) -> float:
    """How common the (normalised) German ``word`` is on the Zipf scale; 0 when rare or unknown."""
    return _words().get(word, 0.0)


def place_code(key: str) -> str | None:
    """The ISO code of the country or territory named by the normalised ``key``: ``kanada`` and ``canada`` give CA."""
    return _places().get(key)


def is_place(key: str) -> bool:
    """Whether the normalised ``key`` is the name of a country or territory (``irland``, ``island``)."""
    return key in _places()


def preload() -> None:
    """Load the word and place tables now rather than on the first near miss."""
    _words()
    _places()
