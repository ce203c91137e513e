"""Wrong options for multiple choice: same kind, same granularity, plausible.

Options come from the other facts of the same run first (a year for a year,
a city for a city, kilometres of the same magnitude for kilometres), then
from well-formed perturbations of the answer. They are written in the
answer's own style (``1959`` / ``30. Juni 2019`` / ``fünfhundert``) so the
form never gives the answer away, and never equal the answer or an alias.
Order is decided by a stable hash, so regenerating gives the same options.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from quiz.models import Fact, Kind
from quiz.variants import AUSTRIAN_MONTHS, MONTH_NAMES, SCALE_WORDS, IsoDate, format_digits, parse_iso, words

COUNT = 3


def stable_order(seed: str, items: Iterable[str]) -> list[str]:
    """Items shuffled by a hash of the seed: the same every run, different per card."""
    return sorted(items, key=lambda item: hashlib.blake2b(f"{seed}|{item}".encode(), digest_size=8).digest())


class Pool:
    """The facts of one generation run, indexed for finding same-type options."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.dates: dict[str, set[str]] = defaultdict(set)
        self.numbers: dict[str, set[float]] = defaultdict(set)
        self.places: dict[str, set[str]] = defaultdict(set)
        self.spellings: dict[str, set[str]] = {}
        self._sorted: dict[str, tuple[str, ...]] = {}
        for fact in facts:
            if fact.kind is Kind.DATE:
                self.dates[fact.get("granularity") or ""].add(fact.value)
            elif fact.kind is Kind.NUMBER:
                self.numbers[_number_key(fact)].add(float(fact.value))
            elif fact.kind is Kind.PLACE:
                self.places[fact.get("type") or ""].add(fact.value)
                self.spellings.setdefault(fact.value, set()).update(
                    v for v in (fact.get("variants") or "").split("|") if v
                )

    def choices(
        self,
        fact: Fact,
        answer: str,
        aliases: Iterable[str],
        seed: str,
        inflect: bool = True,
        neighbours: Iterable[str] = (),
    ) -> tuple[str, ...]:
        """Up to three wrong options for a card about ``fact``.

        ``inflect`` puts place names in the form the gap needs (genitive "Russlands").
        ``neighbours`` are the other places named in the sentence: plainly wrong, so no options.
        """
        taken = {answer.casefold(), *(a.casefold() for a in aliases)}
        for name in neighbours:
            for spelling in (name, *self.spellings.get(name, ())):
                taken.update((spelling.casefold(), f"{spelling}s".casefold()))
        if fact.kind is Kind.DATE:
            candidates: Iterator[str] = self._date_options(fact, seed)
        elif fact.kind is Kind.NUMBER:
            candidates = self._number_options(fact, answer, seed)
        elif fact.kind is Kind.PLACE:
            candidates = self._place_options(fact, seed, fact.get("form", "base") if inflect else "plain")
        else:
            return ()
        out: list[str] = []
        for option in candidates:
            if re.search(rf"(?<![\w,.]){re.escape(option)}(?![\w]|[,.]\d)", fact.sentence):
                continue  # "von 1,40 auf ___ Euro": an option the sentence shows is plainly wrong
            if option.casefold() not in taken:
                taken.add(option.casefold())
                out.append(option)
                if len(out) == COUNT:
                    break
        return tuple(out)

    def _date_options(self, fact: Fact, seed: str) -> Iterator[str]:
        granularity = fact.get("granularity") or ""
        style = _DateStyle.of(fact)
        if granularity == "range":
            yield from (style.render(v) for v in _range_perturbations(fact.value))
            return
        answer = parse_iso(fact.value)
        ordered = sorted(
            (v for v in self.dates.get(granularity, ()) if v != fact.value and style.fits(v)),
            key=lambda v: (_distance(parse_iso(v), answer), v),
        )
        yield from (style.render(v) for v in ordered if _distance(parse_iso(v), answer) <= _MAX_DISTANCE[granularity])
        yield from (style.render(v) for v in stable_order(seed, _date_perturbations(fact.value, granularity)))

    def _number_options(self, fact: Fact, answer: str, seed: str) -> Iterator[str]:
        value = float(fact.value)
        render = _number_style(answer, value)
        near = [v for v in self.numbers.get(_number_key(fact), ()) if v != value and _same_magnitude(v, value)]
        rendered = (render(float(v)) for v in stable_order(seed, map(repr, near)))
        yield from (text for text in rendered if text is not None)
        perturbed = (render(v) for v in _number_perturbations(value, seed))
        yield from (text for text in perturbed if text is not None)

    def _place_options(self, fact: Fact, seed: str, form: str | None) -> Iterator[str]:
        kind = fact.get("type") or ""
        own = {fact.value, *(fact.get("variants") or "").split("|")}
        if kind == "country" and form == "base":
            with_article = _article_class(fact.value)
            before = fact.sentence[: fact.start].split()[-1:]
            if with_article and before and before[0].lower() in _ARTICLES:
                article = before[0].lower()
                others = (name for name in _ARTICLE_COUNTRIES[with_article] if name not in own)
                yield from stable_order(seed, (_ARTICLE_FORMS.get((name, article), name) for name in others))
                return
        if kind not in self._sorted:
            self._sorted[kind] = tuple(sorted(self.places.get(kind, ())))
        names = (
            *sample(seed, self._sorted[kind]),
            *sample(seed, _gazetteer(kind, fact.get("country") or "")),
            *sample(seed, _gazetteer(kind, "")),
        )
        names = tuple(n for n in names if n not in own)
        if kind == "country" and form == "base":  # "nach ___": never offer "Ukraine" or "USA", which need an article
            names = tuple(n for n in names if not _article_class(n))
        if form in ("base", "plain"):
            yield from names
        elif form == "genitive":
            yield from (f"{name}s" for name in names if " " not in name and not name.endswith(("s", "ß", "x", "z")))


def sample(seed: str, items: tuple[str, ...], count: int = 12) -> list[str]:
    """Up to ``count`` items picked by hashing the seed: stable, varied, and cheap for long lists."""
    if len(items) <= count:
        return stable_order(seed, items)
    picked: dict[str, None] = {}
    for k in range(count * 2):
        digest = hashlib.blake2b(f"{seed}|{k}".encode(), digest_size=8).digest()
        picked[items[int.from_bytes(digest, "big") % len(items)]] = None
        if len(picked) == count:
            break
    return list(picked)


_MAX_DISTANCE = {"year": 40 * 12, "month": 36, "day": 3 * 365}


class _DateStyle:
    """How the answer writes its date, so options look alike."""

    def __init__(self, numeric: bool, with_year: bool, austrian: bool, capital: bool) -> None:
        self.numeric, self.with_year, self.austrian, self.capital = numeric, with_year, austrian, capital

    @classmethod
    def of(cls, fact: Fact) -> _DateStyle:
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


def _distance(a: IsoDate, b: IsoDate) -> int:
    """Months (or days, for day dates) between two parsed dates; large when not comparable."""
    if (a.year is None) != (b.year is None):
        return 10**6
    years = (a.year or 0) - (b.year or 0)
    if a.month is None or b.month is None:
        return abs(years) * 12
    if a.day is None or b.day is None:
        return abs(years * 12 + a.month - b.month)
    return abs(years * 365 + (a.month - b.month) * 30 + a.day - b.day)


def _date_perturbations(value: str, granularity: str) -> list[str]:
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


def _range_perturbations(value: str) -> list[str]:
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


def _number_key(fact: Fact) -> str:
    return fact.get("unit") or (fact.get("word") or fact.get("noun") or "").lower()


def _same_magnitude(a: float, b: float) -> bool:
    return a > 0 and b > 0 and 0.2 <= a / b <= 5 and (a == int(a)) == (b == int(b))


def _number_perturbations(value: float, seed: str) -> list[float]:
    if value == int(value) and value <= 12:
        steps = [value + k for k in (-2, -1, 1, 2, 3, 4, -3) if value + k >= 1]
        return [float(step) for step in stable_order(seed, map(str, steps))]
    factors = ("0.5", "0.6", "0.75", "1.25", "1.5", "2", "3", "0.4")
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


def _number_style(answer: str, value: float) -> Callable[[float], str | None]:
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


# Countries whose German name takes an article: an option in "in der ___" must take one too.
_ARTICLE_COUNTRIES = {
    "fem": ("Ukraine", "Türkei", "Schweiz", "Slowakei", "Mongolei", "Sowjetunion", "Zentralafrikanische Republik"),
    "plural": ("Vereinigte Staaten", "USA", "Niederlande", "Philippinen", "Malediven", "Vereinigte Arabische Emirate"),
    "masc": ("Iran", "Irak", "Libanon", "Jemen", "Sudan", "Tschad", "Kongo"),
}
_ARTICLES = frozenset("der die das den dem des im".split())
_ARTICLE_FORMS = {("Niederlande", "den"): "Niederlanden", ("Vereinigte Arabische Emirate", "den"):
                  "Vereinigten Arabischen Emiraten", ("Vereinigte Staaten", "den"): "Vereinigten Staaten",
                  ("Zentralafrikanische Republik", "der"): "Zentralafrikanischen Republik"}  # fmt: skip


def _article_class(name: str) -> str | None:
    for kind, names in _ARTICLE_COUNTRIES.items():
        if name in names:
            return kind
    return None


@cache
def _gazetteer(kind: str, country: str) -> tuple[str, ...]:
    """Gazetteer names of one type (and country, when given), sorted."""
    try:
        module = importlib.import_module("quiz.extract.places")
    except ImportError:
        return ()
    if not kind:
        return ()
    places = module.places_of_type(kind)
    return tuple(sorted(p.name for p in places if not country or getattr(p, "country", "") == country))
