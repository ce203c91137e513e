"""Well-formed wrong values: dates and numbers near the answer, written in the answer's style.

Used by :mod:`quiz.distractors` after the options drawn from the run's own facts.
Everything is deterministic: "random" picks are ordered by a hash of the card's seed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

from quiz.models import Fact
from quiz.variants import AUSTRIAN_MONTHS, MONTH_NAMES, SCALE_WORDS, IsoDate, format_digits, parse_iso, words


def stable_order(seed: str, items: Iterable[str]) -> list[str]:
    """Items shuffled by a hash of the seed: the same every run, different per card."""
    return sorted(items, key=lambda item: hashlib.blake2b(f"{seed}|{item}".encode(), digest_size=8).digest())


MAX_DISTANCE = {"year": 40 * 12, "month": 36, "day": 3 * 365}


class DateStyle:
    """How the answer writes its date, so options look alike."""

    def __init__(self, numeric: bool, with_year: bool, austrian: bool, capital: bool) -> None:
        self.numeric, self.with_year, self.austrian, self.capital = numeric, with_year, austrian, capital

    @classmethod
    def of(cls, fact: Fact) -> DateStyle:
        surface = fact.surface
        numeric = bool(re.fullmatch(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}", surface))
        with_year = fact.get("inferred") != "year" and bool(re.search(r"\d{4}$", surface))
        return cls(numeric, with_year, any(m in surface for m in AUSTRIAN_MONTHS.values()), surface[:1].isupper())

    def fits(self, value: str) -> bool:
        return not value.startswith("--") or not self.with_year

    def render(self, value: str) -> str:
        if "/" in value:
            start, end = (parse_iso(p) for p in value.split("/"))
            if start.month is None:
                return f"{start.year} bis {end.year}"
            first = f"{start.day}." if start.month == end.month else f"{start.day}. {self._month(start.month)}"
            year = f" {end.year}" if self.with_year and end.year else ""
            return f"{first} bis {end.day}. {self._month(end.month or 1)}{year}"
        date = parse_iso(value)
        year = f" {date.year}" if self.with_year and date.year is not None else ""
        if date.month is None:
            return str(date.year)
        if date.day is None:
            return f"{self._month(date.month)}{year}"
        if self.numeric and date.year is not None:
            return f"{date.day}.{date.month}.{date.year}"
        return f"{date.day}. {self._month(date.month)}{year}"

    def _month(self, month: int) -> str:
        return AUSTRIAN_MONTHS[month] if self.austrian and month in AUSTRIAN_MONTHS else MONTH_NAMES[month - 1]


def distance(a: IsoDate, b: IsoDate) -> int:
    """Months (or days, for day dates) between two parsed dates; large when not comparable."""
    if (a.year is None) != (b.year is None):
        return 10**6
    years = (a.year or 0) - (b.year or 0)
    if a.month is None or b.month is None:
        return abs(years) * 12
    if a.day is None or b.day is None:
        return abs(years * 12 + a.month - b.month)
    return abs(years * 365 + (a.month - b.month) * 30 + a.day - b.day)


def date_perturbations(value: str, granularity: str) -> list[str]:
    date = parse_iso(value)
    prefix = f"{date.year:04d}" if date.year is not None else "-"
    out: list[str] = []
    if granularity == "year" and date.year is not None:
        out = [str(date.year + k) for k in (-10, -5, -3, -2, -1, 1, 2, 3, 5) if date.year + k <= 2099]
    elif granularity == "month" and date.month is not None:
        for k in (-3, -2, -1, 1, 2, 3):
            month = date.month + k
            if 1 <= month <= 12:
                out.append(f"{prefix}-{month:02d}")
            elif date.year is not None:
                out.append(f"{date.year + (1 if month > 12 else -1):04d}-{(month - 1) % 12 + 1:02d}")
    elif granularity == "day" and date.month is not None and date.day is not None:
        for day_shift, month_shift in ((-7, 0), (-3, 0), (3, 0), (8, 0), (0, -1), (0, 1), (0, 2)):
            day, month = date.day + day_shift, date.month + month_shift
            if 1 <= day <= 28 and 1 <= month <= 12:
                out.append(f"{prefix}-{month:02d}-{day:02d}")
        if date.year is not None and date.month is not None:
            out += [f"{date.year + k:04d}-{date.month:02d}-{date.day:02d}" for k in (-1, 1)]
    return out


def range_perturbations(value: str) -> list[str]:
    start, end = (parse_iso(p) for p in value.split("/"))
    if start.month is None or start.day is None or end.day is None or end.month is None:
        assert start.year is not None and end.year is not None
        shifts = ((-2, -1), (1, 2), (-3, 1))
        return [f"{start.year + a}/{end.year + b}" for a, b in shifts if start.year + a < end.year + b]
    prefix = f"{start.year:04d}" if start.year is not None else "-"
    out = []
    for shift, month_shift in ((1, 0), (-2, 0), (0, 1), (4, 0), (0, -1)):
        d1, d2, m1, m2 = start.day + shift, end.day + shift, start.month + month_shift, end.month + month_shift
        if 1 <= d1 and d2 <= 28 and 1 <= m1 and m2 <= 12:
            out.append(f"{prefix}-{m1:02d}-{d1:02d}/{prefix}-{m2:02d}-{d2:02d}")
    return out


def number_perturbations(value: float, seed: str) -> list[float]:
    if value == int(value) and value <= 12:
        steps = [value + k for k in (-2, -1, 1, 2, 3, 4, -3) if value + k >= 1]
        return [float(step) for step in stable_order(seed, map(str, steps))]
    factors = ("0.5", "0.6", "0.75", "0.8", "1.25", "1.5", "2", "1.4")
    out: list[float] = []
    for factor in stable_order(seed, factors):
        candidate = _round_like(value * float(factor), value)
        if candidate > 0 and candidate != value and candidate not in out:
            out.append(candidate)
    return out


def _round_like(candidate: float, original: float) -> float:
    """Round to as many significant digits as the original shows (685 -> 3, 9000 -> 1, 17.2 -> 3)."""
    if original != int(original):
        decimals = len(repr(original).split(".")[1])
        return round(candidate, decimals)
    digits = str(int(original)).rstrip("0")
    significant = max(1, len(digits))
    magnitude = len(str(int(candidate))) - significant
    return float(round(candidate, -magnitude)) if magnitude > 0 else float(round(candidate))


def number_style(answer: str, value: float) -> Callable[[float], str | None]:
    """Render numbers the way the answer is written: digits or words, scale word, thousands dots.

    A number that cannot be written in that style with the answer's precision gives None.
    """
    capital = answer[:1].isupper()
    scale = next(((size, one, many) for size, one, many in SCALE_WORDS if answer.endswith((many, one))), None)
    abbrev = next((a for a in ("Mio.", "Mrd.") if answer.endswith(a)), None)
    in_words = not any(ch.isdigit() for ch in answer)
    dots = "." in answer.split(",")[0] and not abbrev and not scale
    decimals = len(answer.split(",")[1].split()[0]) if "," in answer and not in_words else 0

    def render(number: float) -> str | None:
        if scale is not None or abbrev is not None:
            size = scale[0] if scale else (10**6 if abbrev == "Mio." else 10**9)
            mantissa = round(number / size, decimals)
            if mantissa <= 0 or mantissa >= 1000 or (in_words and mantissa != int(mantissa)):
                return None  # "1800,0 Mio." is no way to write 1,8 Mrd.
            if abbrev:
                unit = abbrev
            else:
                assert scale is not None
                unit = scale[1] if mantissa == 1 else scale[2]
            if in_words:
                head = "eine" if mantissa == 1 else words(mantissa)
            else:
                head = format_digits(mantissa, decimals=decimals)
            text = f"{head} {unit}"
        elif in_words:
            if number != int(number):
                return None
            text = words(number)
        else:
            text = format_digits(round(number, decimals), dots=dots, decimals=decimals)
        return text[:1].upper() + text[1:] if capital else text

    return render


# Misspellings of a number word, by the kind of slip a German writer makes; every category gives at most one option.
_JOINS = re.compile(r"(hundert|tausend)(?=[a-zäöüß])")  # "sechshundert und fünfundachtzig": one word, no "und"
_SLIPS = (
    ("sechs", (("sechzig", "sechszig"), ("sechzehn", "sechszehn"), ("sechshundert", "sechhundert"),
               ("sechstausend", "sechtausend"), ("siebzig", "siebenzig"), ("siebzehn", "siebenzehn"),
               ("siebenund", "siebund"), ("siebenhundert", "siebhundert"), ("siebentausend", "siebtausend"))),
    ("missing", (("achtzig", "achzig"), ("achtzehn", "achzehn"), ("zehn", "zen"), ("dreißig", "dreisig"),
                 ("tausend", "tausen"), ("hundert", "hundet"), ("zwanzig", "zwanig"), ("vierzig", "virzig"))),
    ("sound", (("tausend", "tausent"), ("zwanzig", "zwanzich"), ("dreißig", "dreizig"), ("fünf", "fümf"),
               ("neunzig", "neunzich"), ("eins", "ein"))),
    ("letters", (("zwei", "zwie"), ("drei", "drie"), ("hundert", "hunndert"), ("vier", "fier"))),
)  # fmt: skip
_UNITS_TENS = re.compile(
    r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$"
)


def spelling_perturbations(word: str, year: int | None, seed: str) -> list[str]:
    """Plausible misspellings of a number written in words, one per kind of slip, ordered by ``seed``.

    Kinds: a wrong join ("sechshundert und fünfundachtzig"), a sechs/sechzig or sieben/siebzig slip
    ("sechszig", "siebenzehn"), a missing letter ("achzig", "dreizen"), a sound spelled wrong ("tausent",
    "zwanzich"), letters swapped or doubled ("drie", "hunndert"), the English order ("achtzigfünf", the year
    "zwanzigzweiundzwanzig"). Callers must drop any that a grader would accept
    (:func:`quiz.distractors.spelling_choices` does).
    """
    kinds: dict[str, list[str]] = {}
    join = _JOINS.search(word)
    if join:
        kinds["join"] = [f"{word[: join.end()]} und {word[join.end() :]}"]
    for kind, slips in _SLIPS:
        found = []
        for right, wrong in slips:
            at = word.find(right)
            if at >= 0 and not (right == "zehn" and word[max(0, at - 2) : at] == "ch"):  # "achtzehn" has its own
                found.append(word[:at] + wrong + word[at + len(right) :])
        if kind == "sound" and word.endswith("eins"):
            found.append(word[:-1])  # "hunderteins" -> "hundertein"
        kinds[kind] = found
    order = []
    tail = _UNITS_TENS.search(word)
    if tail:
        order.append(word[: tail.start()] + tail[2] + tail[1])  # "fünfundachtzig" -> "achtzigfünf"
    if year is not None and 2010 <= year <= 2099:
        order.append("zwanzig" + word[len("zweitausend") :])  # "twenty twenty-two"
    elif year is not None and 1100 <= year < 2000 and "hundert" in word:
        order.append(word.replace("hundert", "", 1))  # "neunzehndreiundfünfzig": "nineteen fifty-three"
    kinds["order"] = order
    picked: list[str] = []
    for kind in stable_order(seed, kinds):
        options = [o for o in stable_order(seed, kinds[kind]) if o != word and o not in picked]
        picked.extend(options[:1])
    rest = [o for kind in sorted(kinds) for o in kinds[kind] if o != word and o not in picked]
    return picked + stable_order(seed, rest)
