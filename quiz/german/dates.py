"""Read dates the way German texts and learners write them, keeping their granularity.

``30. Juni 2019``, ``30.6.2019``, ``30.06.19`` and ``2019-06-30`` are days;
``September 2023``, ``Sept. 2023``, ``09/2023`` and ``2023-09`` are months;
``2019`` and ``44 v. Chr.`` are years; ``1.–3. Juni 2019``, ``2019 bis 2021``
and ``Juni bis August 2019`` are ranges. Day and month are in German order
(``5.9.2023`` is 5 September), Austrian month names count (``Jänner``,
``Feber``), and a leading ``am``, ``im Jahr`` or weekday is ignored. Numbers
may be written in words (``neunter November neunzehnhundertneunundachtzig``,
see :mod:`quiz.german.date_words`) and a year as ``'89``. The values
read live in :mod:`quiz.german.date_values`, the month names in
:mod:`quiz.german.months`; both are importable from here.
"""

from __future__ import annotations

import calendar
import re

from quiz.german.date_values import DateValue, Granularity, PartialDate
from quiz.german.date_words import read_number_words
from quiz.german.months import MONTHS_DE, MONTHS_EN, exact_month, month_number, near_month
from quiz.german.normalize import fold

__all__ = [
    "MONTHS_DE",
    "MONTHS_EN",
    "DateValue",
    "Granularity",
    "PartialDate",
    "month_number",
    "parse_date",
]

MAX_LENGTH = 120
_FILLERS = frozenset(
    "am im in um den der dem des seit ab vom von zwischen jahr jahre jahres anno datum "
    "on the of since from between".split()
)
_WEEKDAYS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split()
)
_RANGE_WORDS = frozenset(("bis", "und", "to", "until", "till", "and"))
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_TOKEN = re.compile(r"\s*(?:(\d+)|([a-z]+)|([./,\-]))")
_SHORT_YEAR = re.compile(r"(?<![\w.])['’‘`´](\d\d)\b")  # '89 is 1989, ’19 is 2019


def parse_date(text: str) -> DateValue | None:
    """Read ``text`` as one German date or date range, or None.

    >>> parse_date("am 30. Juni 2019").iso()
    '2019-06-30'
    >>> parse_date("Sept. 2023").granularity
    <Granularity.MONTH: 'month'>
    """
    if len(text) > MAX_LENGTH:
        return None
    tokens = _tokenize(_SHORT_YEAR.sub(_full_year, fold(text)).replace("–", "-").replace("—", "-"))
    if not tokens:
        return None
    tokens, repairs = read_number_words(tokens, _keep)
    tokens = _strip_fillers(tokens)
    reader = _Reader()
    single = reader.single(tokens)
    if single is not None and _complete(single):
        return DateValue(single, None, reader.respelled, repairs)
    for at, token in enumerate(tokens):
        if token == "-" or token in _RANGE_WORDS:
            left, right = reader.single(tokens[:at], partial=True), reader.single(_strip_fillers(tokens[at + 1 :]))
            if left is None or right is None or not _complete(right):
                continue
            start = _inherit(left, right)
            if start is not None and _before(start, right):
                return DateValue(start, right, reader.respelled, repairs)
    return None


def _full_year(short: re.Match[str]) -> str:
    return str(_year(short.group(1)))


def _keep(word: str) -> bool:
    """Whether a word is a date word, never a number word: a month, filler, weekday, range or era word."""
    return (
        word in _FILLERS
        or word in _WEEKDAYS
        or word in _RANGE_WORDS
        or word in _ERA_WORDS
        or word in _ORDINAL_SUFFIXES
        or near_month(word) is not None
    )


def _tokenize(text: str) -> list[str] | None:
    text = text.strip().strip("\"'()[]„“”«»!?;:")
    tokens: list[str] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            if text[position:].strip():
                return None
            break
        tokens.append(match.group(match.lastindex or 0))
        position = match.end()
    return tokens


def _strip_fillers(tokens: list[str]) -> list[str]:
    start = 0
    while start < len(tokens) and (tokens[start] in _FILLERS or tokens[start] in _WEEKDAYS):
        start += 1
        while start < len(tokens) and tokens[start] in (".", ","):
            start += 1
    return tokens[start:]


class _Reader:
    """Matches token patterns for a single date; remembers whether a month name was respelled."""

    def __init__(self) -> None:
        self.respelled = False

    def single(self, tokens: list[str], partial: bool = False) -> PartialDate | None:
        tokens, era = _split_era(tokens)
        while tokens and tokens[-1] in (".", ","):
            tokens = tokens[:-1]
        if not tokens or len(tokens) > 8 or (tokens[0].isdigit() and len(tokens[0]) > 4):
            return None
        date = self._match(tokens, partial, era != 0)
        if date is None or era >= 0 or date.year is None:
            return date
        return PartialDate(-date.year, date.month, date.day)

    def _match(self, tokens: list[str], partial: bool, era: bool) -> PartialDate | None:
        shape = "".join(self._shape(t) for t in tokens)
        numbers = [int(t) for t in tokens if t.isdigit()]
        last = len(tokens[-1])
        first = len(next((t for t in tokens if t.isdigit()), ""))
        match shape:
            case "9" if last >= 3 or era:
                return _valid(numbers[0], None, None)
            case "9" if partial:
                return _valid(None, None, numbers[0], partial=True)
            case "9-9-9" if len(tokens[0]) == 4:
                return _valid(numbers[0], numbers[1], numbers[2])
            case "9-9" if len(tokens[0]) == 4 and last == 2:
                return _valid(numbers[0], numbers[1], None)
            case "9.9.9" | "9/9/9" if last in (2, 3, 4) or era:
                return _valid(_year(tokens[-1], era), numbers[1], numbers[0])
            case "9.9" | "9/9" if last == 4:
                return _valid(numbers[1], numbers[0], None)
            case "9.9":
                return _valid(None, numbers[1], numbers[0])
            case "9M9" | "9.M9" | "9M.9" | "9.M.9" if last in (2, 3, 4) or era:
                return _valid(_year(tokens[-1], era), self._month(tokens), numbers[0])
            case "9M" | "9.M" | "9M." | "9.M.":
                return _valid(None, self._month(tokens), numbers[0])
            case "M9" | "M.9" if last in (3, 4) or era:
                return _valid(numbers[0], self._month(tokens), None)
            case "M9" | "M.9" | "M9o" | "M.9o" if first <= 2:
                return _valid(None, self._month(tokens), numbers[0])
            case "M9,9" | "M.9,9" | "M99" | "M.99" | "M9o,9" | "M.9o,9" | "M9o9" | "M.9o9" if last > 1 or era:
                return _valid(_year(tokens[-1], era), self._month(tokens), numbers[0])
            case "M" | "M.":
                return _valid(None, self._month(tokens), None)
        return None

    def _shape(self, token: str) -> str:
        if token.isdigit():
            return "9"
        if token in (".", ",", "/", "-"):
            return token
        if token in _ORDINAL_SUFFIXES:
            return "o"
        if near_month(token) is not None:
            return "M"
        return "?"

    def _month(self, tokens: list[str]) -> int | None:
        for token in tokens:
            if token.isalpha() and token not in _ORDINAL_SUFFIXES:
                number = near_month(token)
                if exact_month(token) is None:
                    self.respelled = True
                return number
        return None


def _split_era(tokens: list[str]) -> tuple[list[str], int]:
    """Cut a trailing era (``v. Chr.``, ``n. Chr.``, ``BC``): the tokens before it and -1, +1 or 0 (none)."""
    for at, token in enumerate(tokens):
        if token in _ERA_WORDS and at and all(t in _ERA_WORDS or t == "." for t in tokens[at:]):
            words = tuple(t for t in tokens[at:] if t != ".")
            if words in _ERAS:
                return tokens[:at], _ERAS[words]
    return tokens, 0


_ERA_WORDS = frozenset(("v", "n", "vor", "nach", "chr", "christus", "bc", "ad", "bce", "ce", "vchr", "nchr"))
_ERA_LIST = (("v", "chr"), ("vor", "christus"), ("vchr",), ("bc",), ("bce",),
             ("n", "chr"), ("nach", "christus"), ("nchr",), ("ad",), ("ce",))  # fmt: skip
_ERAS = {words: (-1 if index < 5 else 1) for index, words in enumerate(_ERA_LIST)}


def _year(token: str, era: bool = False) -> int:
    """A year; without an era, two digits are 1950-2049."""
    year = int(token)
    if len(token) == 2 and not era:
        year += 2000 if year < 50 else 1900
    return year


def _valid(year: int | None, month: int | None, day: int | None, partial: bool = False) -> PartialDate | None:
    if year == 0 or (year is not None and abs(year) > 9999):
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None and not partial:
            return None
        last = calendar.monthrange(year if year and year > 0 else 2000, month)[1] if month else 31
        if not 1 <= day <= last:
            return None
    return PartialDate(year, month, day)


def _complete(date: PartialDate) -> bool:
    """A date on its own needs a month for its day and a year or a month."""
    return not (date.day is not None and date.month is None)


def _inherit(left: PartialDate, right: PartialDate) -> PartialDate | None:
    """Fill parts a range's start leaves out from its end: ``1.–3. Juni 2019``."""
    if left.day is not None and left.month is None:
        if right.day is None:
            return None
        return _valid(right.year, right.month, left.day)
    if left.year is None and right.year is not None and left.granularity == right.granularity:
        return _valid(right.year, left.month, left.day)
    return left if left.granularity == right.granularity else None


def _before(start: PartialDate, end: PartialDate) -> bool:
    def key(date: PartialDate) -> tuple[int, int, int]:
        return (date.year or 0, date.month or 0, date.day or 0)

    return key(start) < key(end)
