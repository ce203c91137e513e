"""Accepted answers: every common way to write a fact's value correctly.

Dates in their German forms (``30. Juni 2019``, ``30.6.2019``, ``30.06.2019``,
``2019-06-30``), numbers in digits and in words (num2words, ``to="year"`` for
years), places in all known spellings (``Pjöngjang``, ``Pjongjang``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from num2words import num2words

from quiz.german.months import MONTHS_DE
from quiz.models import Fact, Kind

MONTH_NAMES = MONTHS_DE  # the German month names, in order
AUSTRIAN_MONTHS = {1: "Jänner", 2: "Feber"}
SCALE_WORDS = ((10**12, "Billion", "Billionen"), (10**9, "Milliarde", "Milliarden"), (10**6, "Million", "Millionen"))


@dataclass(frozen=True, slots=True)
class IsoDate:
    """A parsed ISO value from :mod:`quiz.extract.dates`; year None when unknown."""

    year: int | None
    month: int | None = None
    day: int | None = None


@cache
def parse_iso(value: str) -> IsoDate:
    """``2019-06-30``, ``2023-09``, ``1959``, ``--06-19``, ``--03`` -> IsoDate."""
    if value.startswith("--"):
        parts = value[2:].split("-")
        return IsoDate(None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None)
    parts = value.split("-")
    return IsoDate(
        int(parts[0]), int(parts[1]) if len(parts) > 1 else None, int(parts[2]) if len(parts) > 2 else None
    )


def accepted(fact: Fact, extra: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """The answer (as written in the sentence) and its aliases, without repeats."""
    answer = " ".join(fact.surface.split())
    if fact.kind is Kind.DATE:
        forms = date_forms(fact.value, fact.get("granularity") or "", year_written=_year_written(fact))
    elif fact.kind is Kind.NUMBER:
        forms = number_forms(float(fact.value))
    elif fact.kind is Kind.PLACE:
        forms = [v for v in (fact.get("cloze_answers") or "").split("|") if v]
        if fact.get("form", "base") == "base":
            forms += [fact.value, *(v for v in (fact.get("variants") or "").split("|") if v)]
    else:
        forms = []
    return answer, _unique(answer, [*forms, *extra])


def place_forms(fact: Fact, extra: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """The answer to a W-question about a place: its base name, and every other spelling."""
    names = [v for v in (fact.get("variants") or "").split("|") if v]
    return fact.value, _unique(fact.value, [*names, *extra])


def date_forms(value: str, granularity: str, year_written: bool = True) -> list[str]:
    """The common German spellings of a date value; the year only where the text gave it."""
    if granularity == "range":
        start, end = (parse_iso(part) for part in value.split("/"))
        if start.month is None:  # a range of years
            return [f"{start.year} bis {end.year}", f"{start.year}–{end.year}", f"{start.year}-{end.year}"]
        tail = f" {end.year}" if year_written and end.year else ""
        first = f"{start.day}." if start.month == end.month else f"{start.day}. {MONTH_NAMES[start.month - 1]}"
        month = MONTH_NAMES[(end.month or 1) - 1]
        forms = [f"{first} bis {end.day}. {month}{tail}", f"{first}–{end.day}. {month}{tail}"]
        if start.month == end.month:
            forms += [f"{start.day}.-{end.day}. {month}{tail}", f"{start.day}. bis {end.day}.{end.month}."]
        return forms
    date = parse_iso(value)
    year = date.year if year_written else None
    if granularity == "year" and date.year is not None:
        return [str(date.year), num2words(date.year, lang="de", to="year")]
    if date.month is None:
        return []
    names = [MONTH_NAMES[date.month - 1]] + ([AUSTRIAN_MONTHS[date.month]] if date.month in AUSTRIAN_MONTHS else [])
    if granularity == "month":
        if year is None:
            return names
        return [*(f"{n} {year}" for n in names), f"{date.month:02d}/{year}", f"{date.month}/{year}",
                f"{year}-{date.month:02d}"]  # fmt: skip
    d, m = date.day, date.month
    if year is None:
        return [*(f"{d}. {n}" for n in names), f"{d}.{m}.", f"{d:02d}.{m:02d}."]
    return [*(f"{d}. {n} {year}" for n in names), f"{d}.{m}.{year}", f"{d:02d}.{m:02d}.{year}",
            f"{year}-{m:02d}-{d:02d}"]  # fmt: skip


def number_forms(value: float) -> list[str]:
    """Digits (with and without thousands dots), words, and scale forms like ``5 Millionen``."""
    forms = [format_digits(value, dots=False), format_digits(value, dots=True)]
    if value != int(value):
        forms.append(format_digits(value, dots=False).replace(",", "."))
    for size, one, many in SCALE_WORDS:
        if value >= size and (value / size) * 10 == int((value / size) * 10):
            mantissa = value / size
            word = one if mantissa == 1 else many
            forms += [f"{format_digits(mantissa)} {word}", f"{words(mantissa)} {word}"]
            break
    if value < 10**12:
        forms.append(words(value))
    return forms


def words(value: float) -> str:
    """A number in German words (``siebzehn Komma zwei``)."""
    if value == int(value):
        return str(num2words(int(value), lang="de"))
    return str(num2words(value, lang="de"))


def spelled_variants(value: int, year: bool = False) -> list[str]:
    """All correct spellings of a whole number (or year) in words: einhundert = hundert."""
    forms = [str(num2words(value, lang="de", to="year"))] if year else []
    cardinal = str(num2words(value, lang="de"))
    forms.append(cardinal)
    for long, short in (("eintausend", "tausend"), ("einhundert", "hundert")):
        if cardinal.startswith(long):
            forms.append(short + cardinal[len(long) :])
    return list(dict.fromkeys(forms))


def format_digits(value: float, dots: bool = False, decimals: int | None = None) -> str:
    """German digits: decimal comma, optional thousands dots."""
    if decimals is None:
        decimals = 0 if value == int(value) else len(f"{value:.6f}".rstrip("0").split(".")[1])
    text = f"{value:,.{decimals}f}" if dots else f"{value:.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _year_written(fact: Fact) -> bool:
    return fact.get("inferred") != "year" and any(ch.isdigit() for ch in fact.surface[-4:])


def _unique(answer: str, forms: list[str]) -> tuple[str, ...]:
    seen = {answer.casefold()}
    out: list[str] = []
    for form in forms:
        key = form.casefold()
        if form and key not in seen:
            seen.add(key)
            out.append(form)
    return tuple(out)
