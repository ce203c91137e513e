"""Fold German text to comparison keys.

Two answers that a German reader would call the same spelling must give the
same key: case, Unicode form, umlaut transliteration (ä = ae, ß = ss), other
accents, quotes, dashes, hyphen versus space and surrounding punctuation do not
count. :func:`answer_key` also drops a leading article or preposition
(``die Ukraine``, ``in Wladiwostok``). Every function here is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "FUNCTION_WORDS",
    "answer_key",
    "compact",
    "fold",
    "normalize",
    "strip_function_words",
    "strip_invisible",
    "tokens",
]

# Umlauts are written out, as German readers do without an umlaut key.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# Apostrophes join (d'Ivoire = dIvoire); every other non-word character separates.
_APOSTROPHES = re.compile(r"['’‘`´ʼ′]")
_SEPARATORS = re.compile(r"[\W_]+")

# Characters nobody sees: controls, zero-width spaces, joiners, soft hyphens, BOM, bidi marks, variation selectors.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")

#: Articles and prepositions that may stand before an answer without changing it.
FUNCTION_WORDS: frozenset[str] = frozenset(
    "der die das den dem des ein eine einen einem einer eines "
    "in im ins an am ans auf aus bei beim nach von vom zu zum zur um the".split()
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent- and umlaut-fold ``text``, keeping its punctuation, dropping invisible characters.

    ``fold("Müller") == fold("MUELLER") == "mueller"``; ``fold("São") == "sao"``.
    """
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).casefold().translate(_UMLAUTS)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
        # NFKD can expose compatibility characters that fold differently; one more pass settles them.
        text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    return text


def strip_invisible(text: str) -> str:
    """``text`` without control and format characters nobody sees (zero-width spaces, soft hyphens, BOM)."""
    return _INVISIBLE.sub("", text)


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """The comparison form of ``text``: folded words separated by single spaces.

    ``normalize("„Orlow-Traber“!") == "orlow traber"``. Emoji, control
    characters and all punctuation become separators; apostrophes vanish.
    """
    text = _APOSTROPHES.sub("", fold(text))
    return " ".join(_SEPARATORS.sub(" ", text).split())


def tokens(text: str) -> list[str]:
    """The words of ``normalize(text)``."""
    return normalize(text).split()


def strip_function_words(words: list[str], stop: frozenset[str] = FUNCTION_WORDS) -> list[str]:
    """Drop leading words found in ``stop``, but never every word."""
    start = 0
    while start < len(words) - 1 and words[start] in stop:
        start += 1
    return words[start:]


@lru_cache(maxsize=8192)
def answer_key(text: str) -> str:
    """``normalize(text)`` without a leading article or preposition.

    ``answer_key("in der Ukraine") == "ukraine"``; a key never becomes empty
    unless the text has no words at all (``answer_key("Die") == "die"``).
    """
    return " ".join(strip_function_words(tokens(text)))


def compact(key: str) -> str:
    """A key without its spaces: ``Orlow Traber`` and ``OrlowTraber`` compare equal."""
    return key.replace(" ", "")
