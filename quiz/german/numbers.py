"""Read numbers the way German texts and learners write them.

Digits with a decimal comma and a thousands dot, space or apostrophe
(``17,2``, ``5.000.000``, ``5 000 000``), number words
(``sechshundertfünfundachtzig``, ``dreissig``, ``zwei Komma fünf``,
``zweieinhalb``), scale words (``Mio.``, ``Millionen``, ``Mrd.``, ``Tsd.``), a
hedge in front (``rund``, ``ca.``) and a unit behind (``685 km``, ``24 Jahre``).
Values are :class:`~decimal.Decimal`, so ``17,2`` and ``17.2`` are equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from quiz.german.normalize import fold
from quiz.german.units import Unit, find_unit

__all__ = [
    "MAX_LENGTH",
    "NUMBER_MORPHEMES",
    "Quantity",
    "format_number",
    "is_number_word",
    "parse_number",
    "parse_quantity",
    "words_number",
]

#: Longer texts are not read as numbers (nobody types a number that long).
MAX_LENGTH = 200

_HEDGES = frozenset(
    "rund etwa ca ca. circa zirka ungefaehr knapp gut about around approximately approx approx.".split()
)
_SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1, "minus": -1, "plus": 1}
_SCALES: dict[str, int] = {
    "dutzend": 12, "tsd": 10**3, "tausend": 10**3, "thousand": 10**3,
    "mio": 10**6, "mill": 10**6, "million": 10**6, "millionen": 10**6, "mn": 10**6,
    "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9, "bn": 10**9,
    "bio": 10**12, "billion": 10**12, "billionen": 10**12,
}  # fmt: skip
_CURRENCY_PREFIX = {"€": "€", "$": "$", "£": "£", "eur": "€", "usd": "$", "chf": "chf"}
# A run of digits; a space only groups thousands when exactly three digits follow.
_DIGITS = re.compile(r"\d+(?:(?:[.,'’]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*")
_GROUP_SEPARATORS = re.compile(r"[ '’\u00a0\u202f\u2009]")
#: The pieces German number words are made of (folded): ``sechs|hundert|fuenf|und|achtzig``.
NUMBER_MORPHEMES = (
    "null|eins|einen|einem|einer|eines|eine|ein|zwei|zwo|drei|vier|fuenf|sechs|sech|sieben|sieb|acht|neun"
    "|zehn|elf|zwoelf|zwanzig|dreissig|ssig|zig|hundert|tausend|millionen|million|milliarden|milliarde"
    "|billionen|billion|anderthalb|einhalb|und"
).split("|")
_NUMBER_WORD = re.compile(f"(?:{'|'.join(NUMBER_MORPHEMES)})+")
_DIGIT_WORDS = {"null": "0", "eins": "1", "ein": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4",
                "fuenf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9"}  # fmt: skip
_PLURAL_SCALES = frozenset(("millionen", "milliarden", "billionen", "und", "komma"))
_ARTICLE_ONE = frozenset("eine einen einem einer eines".split())
_TRAILING_PUNCTUATION = ".,;:!?)]}»«\"'“”„"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from text: its ``value``, its ``unit`` if one followed.

    ``alternative`` is the other reading of an ambiguous separator: ``2,850``
    is 2.85 in German, 2850 in English; ``5.000`` is 5000, or 5 in English.
    """

    value: Decimal
    unit: Unit | None = None
    alternative: Decimal | None = None


def parse_number(text: str) -> Decimal | None:
    """The value of ``text`` as a German number, or None. ``parse_number("2,5 Mio.") == 2500000``."""
    quantity = parse_quantity(text)
    return None if quantity is None else quantity.value


def parse_quantity(text: str) -> Quantity | None:
    """Read ``text`` as one number with an optional unit; None if it is not exactly one number.

    >>> parse_quantity("rund 685 km").value
    Decimal('685')
    >>> parse_quantity("fünf Millionen").value
    Decimal('5000000')

    A second number anywhere (``5 oder 6``, ``5-6``) makes the text ambiguous: None.
    """
    if len(text) > MAX_LENGTH:
        return None
    folded = fold(text).replace("−", "-").strip().strip(_TRAILING_PUNCTUATION + " ")
    words = folded.split()
    sign = 1
    currency: Unit | None = None
    while words:
        head = words[0]
        if head in _HEDGES:
            words.pop(0)
        elif head in _SIGNS and sign == 1:
            sign = _SIGNS[words.pop(0)]
        elif head in _CURRENCY_PREFIX and currency is None:
            currency = find_unit([_CURRENCY_PREFIX[words.pop(0)]])[0]
        elif head[0] in "-–+$€£" and len(head) > 1:
            prefix, words[0] = head[0], head[1:]
            if prefix in _SIGNS:
                sign = _SIGNS[prefix]
            else:
                currency = find_unit([prefix])[0]
        else:
            break
    rest = " ".join(words)
    read = _read_digits(rest) if rest[:1].isdigit() else _read_words(words)
    if read is None:
        return None
    value, alternative, rest = read
    value, alternative, rest = _apply_scale(value, alternative, rest)
    unit, rest = _read_unit(rest)
    if _has_number(rest):
        return None
    if currency is not None:
        if unit is not None and unit.dimension != currency.dimension:
            return None
        unit = currency
    if alternative is not None:
        alternative *= sign
    return Quantity(value * sign, unit, alternative)


def _read_digits(text: str) -> tuple[Decimal, Decimal | None, str] | None:
    """Digits at the start of ``text``: value, the other reading of an ambiguous separator, the rest."""
    match = _DIGITS.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if rest[:1] in (".", ","):
        rest = rest[1:]  # "3." (ordinal dot) or "5,-" (price)
    number, alternative = _digits_value(_GROUP_SEPARATORS.sub("_", match.group()))
    if number is None:
        return None
    try:
        return Decimal(number), None if alternative is None else Decimal(alternative), rest.strip()
    except InvalidOperation:
        return None


def _digits_value(digits: str) -> tuple[str | None, str | None]:
    """Digits with separators as a plain decimal string, and its other reading if ambiguous.

    A space or apostrophe (here ``_``) always groups thousands. With a dot and a
    comma, the last one marks decimals. Alone, the comma marks decimals; a dot
    before exactly three digits groups thousands (German), any other dot marks
    decimals (``17.2``). Several equal marks group thousands.
    """
    if "_" in digits:
        whole, mark, fraction = _split_decimal(digits)
        if mark == "?" or not _grouped(whole, "_"):
            return None, None
        return whole.replace("_", "") + (f".{fraction}" if mark else ""), None
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = digits.rpartition(decimal_mark)
        if decimal_mark in whole or not _grouped(whole, group_mark):
            return None, None
        return whole.replace(group_mark, "") + "." + fraction, None
    if commas > 1 or dots > 1:
        mark = "," if commas else "."
        return (digits.replace(mark, ""), None) if _grouped(digits, mark) else (None, None)
    if commas or dots:
        mark = "," if commas else "."
        whole, _, fraction = digits.partition(mark)
        as_decimal, as_thousands = f"{whole}.{fraction}", whole + fraction
        if not _grouped(digits, mark):
            return as_decimal, None
        return (as_thousands, as_decimal) if mark == "." else (as_decimal, as_thousands)
    return digits, None


def _split_decimal(digits: str) -> tuple[str, str, str]:
    """Split ``1_234,5`` into ``("1_234", ",", "5")``; mark ``"?"`` if there are several marks."""
    marks = [i for i, c in enumerate(digits) if c in ".,"]
    if not marks:
        return digits, "", ""
    if len(marks) > 1 or "_" in digits[marks[0] :]:
        return digits, "?", ""
    return digits[: marks[0]], digits[marks[0]], digits[marks[0] + 1 :]


def _grouped(digits: str, mark: str) -> bool:
    """Whether ``digits`` is a valid thousands grouping with ``mark`` (1-3 digits, then groups of 3)."""
    head, *groups = digits.split(mark)
    return 1 <= len(head) <= 3 and head[0] != "0" and all(len(g) == 3 and g.isdigit() for g in groups) and bool(groups)


def _read_words(words: list[str]) -> tuple[Decimal, Decimal | None, str] | None:
    """Number words at the start of ``words``: value and the words left over."""
    taken: list[str] = []
    for word in words:
        bare = word.rstrip(".")
        if _NUMBER_WORD.fullmatch(bare) or bare in _SCALE_WORDS or (bare == "komma" and taken):
            taken.append(_SCALE_WORDS.get(bare, bare))
        else:
            break
    while taken and taken[-1] in ("und", "komma"):
        taken.pop()
    if not taken or taken[0] in _PLURAL_SCALES:
        return None  # "Millionen" alone counts nothing
    rest = " ".join(words[len(taken) :])
    if "komma" in taken:
        point = taken.index("komma")
        whole = _words_value(taken[:point])
        fraction = "".join(_DIGIT_WORDS.get(w) or str(_words_value([w]) or "") for w in taken[point + 1 :])
        if whole is None or not fraction.isdigit():
            return None
        return Decimal(f"{whole}.{fraction}"), None, rest
    value = _words_value(taken)
    if value is None and len(taken) > 1 and taken[-1] in _SCALES and taken[-2].endswith("halb"):  # zweieinhalb Mio.
        value, rest = _words_value(taken[:-1]), " ".join(words[len(taken) - 1 :])
    return None if value is None else (value, None, rest)


def is_number_word(word: str) -> bool:
    """Whether the folded ``word`` is made of number morphemes only (``neunzehnhundertfuenfzig``, ``und``)."""
    return _NUMBER_WORD.fullmatch(word) is not None


def words_number(words: list[str]) -> int | None:
    """The whole number that folded number words spell, else None.

    ``words_number(["neunzehnhundert", "neunundachtzig"]) == 1989``; a lone
    ``und`` or ``Millionen`` spells nothing, nor does any other word.
    """
    if not words or words[0] in _PLURAL_SCALES or not all(_NUMBER_WORD.fullmatch(w) for w in words):
        return None
    value = _words_value(words)
    return int(value) if value is not None and value == value.to_integral_value() else None


# text2num knows the spelled-out scale words only.
_SCALE_WORDS = {"tsd": "tausend", "mio": "millionen", "mill": "millionen", "mrd": "milliarden", "bio": "billionen"}


def _words_value(taken: list[str]) -> Decimal | None:
    """The value of number words (folded), using text2num for the compounds."""
    if len(taken) == 1 and taken[0] in _ARTICLE_ONE:
        return Decimal(1)
    phrase = " ".join("ein" if w in _ARTICLE_ONE else "billion" if w == "billionen" else w for w in taken)
    half = Decimal(0)
    for suffix, extra in (("anderthalb", "1.5"), ("einhalb", "0.5")):
        if phrase.endswith(suffix):
            phrase, half = phrase[: -len(suffix)].strip(), Decimal(extra)
            if suffix == "anderthalb" and phrase:
                return None
            break
    if not phrase:
        return half or None
    try:
        whole = int(text2num(phrase.replace("ue", "ü").replace("oe", "ö"), "de"))
    except Exception:  # text2num raises ValueError, and IndexError on some odd input
        return None
    return Decimal(whole) + half


def _apply_scale(value: Decimal, alternative: Decimal | None, rest: str) -> tuple[Decimal, Decimal | None, str]:
    head, _, tail = rest.partition(" ")
    scale = _SCALES.get(head.rstrip("."))
    if scale is None:
        return value, alternative, rest
    return value * scale, None if alternative is None else alternative * scale, tail


def _read_unit(rest: str) -> tuple[Unit | None, str]:
    words = rest.replace("-", " ").strip(_TRAILING_PUNCTUATION + " ").split()
    unit, size = find_unit(words)
    return unit, " ".join(words[size:])


def _has_number(text: str) -> bool:
    """Whether ``text`` holds another number (digits, or a number word other than 'ein(e)' or 'und')."""
    if any(c.isdigit() for c in text):
        return True
    for word in text.split():
        bare = word.strip(_TRAILING_PUNCTUATION)
        if bare not in _ARTICLE_ONE and bare not in ("ein", "und") and _NUMBER_WORD.fullmatch(bare):
            return True
    return False


def format_number(value: Decimal, lang: str = "de") -> str:
    """``value`` written for readers: ``2.850`` and ``17,2`` in German, ``2,850`` and ``17.2`` in English."""
    group, point = (",", ".") if lang == "en" else (".", ",")
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize(), "f")
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", group)
    return sign + grouped + (point + fraction if fraction else "")
