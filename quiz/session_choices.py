"""Multiple-choice options that make sense: like answers only, never a second right one.

A card without its own ``choices`` borrows the answers of other cards, but
only of the same kind and the same look: a number of similar size in the same
unit and writing, a date of the same precision, a time for a time, a yes for a
no, a name for a name. "Ist Berlin die Hauptstadt?" is never offered
``20:15``. No option may mean the same as an accepted answer (``2850`` beside
``2.850``, ``yes`` beside ``Ja``, a number within the card's tolerance), and
no two options mean the same. German numbers and dates are read with
:mod:`quiz.german`, imported on first need, so typed sessions never pay for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from quiz.models import Card, Kind

MAGNITUDE = 10.0
"""Borrowed numbers lie within this factor of the answer (3 among 1 to 30, not 500)."""
YES = frozenset("ja yes jawohl richtig wahr true stimmt doch".split())
NO = frozenset("nein no nee falsch unwahr false".split())
_LEADING = frozenset("der die das den dem des ein eine einen einem einer im in am an auf the a an in at".split())
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Look:
    """What an answer looks like (``form`` and ``detail``) and what it means (``meaning``)."""

    form: str
    """yesno, time, number, date or words."""
    detail: tuple[Any, ...]
    """number: (unit, written in digits); date: (granularity,); words: (word count, capitalised, has digits)."""
    meaning: tuple[Any, ...]
    """Equal for answers that mean the same: ("number", 2850) for ``2.850`` and ``2850``."""
    value: Decimal | None = None
    """The number's value (numbers only)."""


def look(text: str, kind: Kind) -> Look:
    """How ``text`` looks as an answer of ``kind``."""
    from quiz.german.normalize import tokens  # on first need: quiz.german loads its tables

    words = tokens(text)
    if len(words) == 1 and words[0] in YES | NO:
        return Look("yesno", (), ("yesno", words[0] in YES))
    reading = _read(text, kind) if kind in (Kind.NUMBER, Kind.DATE) or _DIGIT.search(text) else None
    if reading is not None:
        return reading
    stripped = [w for w in words if w not in _LEADING] or words
    letters = [c for c in text if c.isalpha()]
    capital = bool(letters) and letters[0].isupper()
    detail = (len(text.split()), capital, bool(_DIGIT.search(text)))
    return Look("words", detail, ("words", "".join(stripped)))


def fits(answer: Look, other: Look, kind: Kind) -> bool:
    """Can ``other`` stand beside ``answer`` as a wrong option without looking out of place?"""
    if answer.form != other.form:
        return False
    if answer.form == "number":
        return answer.detail == other.detail and _similar_size(answer.value, other.value)
    if answer.form == "words":
        count, capital, digits = answer.detail
        other_count, other_capital, other_digits = other.detail
        if kind is Kind.PLACE:
            return capital == other_capital and not other_digits and abs(count - other_count) <= 1
        return answer.detail == other.detail
    return answer.detail == other.detail


def same_meaning(card: Card, option: Look, accepted: list[Look]) -> bool:
    """Would ``option`` be a right answer to ``card`` (equal to an accepted answer, or within its tolerance)?"""
    for right in accepted:
        if option.meaning == right.meaning:
            return True
        if card.tolerance is not None and option.value is not None and right.value is not None:
            same_unit = option.detail[0] == right.detail[0]
            if same_unit and abs(option.value - right.value) <= Decimal(str(card.tolerance)):
                return True
    return False


def _similar_size(one: Decimal | None, other: Decimal | None) -> bool:
    if one is None or other is None:
        return False
    if one == 0 or other == 0:
        return abs(one) < MAGNITUDE and abs(other) < MAGNITUDE
    if (one < 0) != (other < 0):
        return False
    return abs(math.log10(abs(float(one))) - math.log10(abs(float(other)))) <= math.log10(MAGNITUDE)


def _read(text: str, kind: Kind) -> Look | None:
    """``text`` as a time, number or date (in the order the kind suggests), or None."""
    from quiz.german import parse_date, parse_quantity  # on first need: reading German numbers loads tables
    from quiz.german.times import parse_time

    folded = text.casefold()
    if ":" in folded or "uhr" in folded.split():
        clock = parse_time(text)
        if clock is not None:
            return Look("time", (), ("time", *clock))

    def number() -> Look | None:
        quantity = parse_quantity(text)
        if quantity is None:
            return None
        unit = quantity.unit.symbol if quantity.unit is not None else None
        return Look("number", (unit, bool(_DIGIT.search(text))), ("number", quantity.value, unit), quantity.value)

    def date() -> Look | None:
        value = parse_date(text)
        return None if value is None else Look("date", (value.granularity.value,), ("date", value.iso()))

    readers = (date, number) if kind is Kind.DATE else (number, date)
    for reader in readers:
        found = reader()
        if found is not None:
            return found
    return None
