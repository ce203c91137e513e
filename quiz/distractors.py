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
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

from quiz.german.normalize import compact, normalize
from quiz.models import Fact, Kind
from quiz.perturbations import (
    MAX_DISTANCE,
    DateStyle,
    date_perturbations,
    distance,
    number_perturbations,
    number_style,
    range_perturbations,
    spelling_perturbations,
    stable_order,
)
from quiz.variants import parse_iso

COUNT = 3
SPREAD_POOL = 12  # number options looked at to find some above and some below the answer


class Pool:
    """The facts of one generation run, indexed for finding same-type options."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.dates: dict[str, set[str]] = defaultdict(set)
        self.numbers: dict[str, set[float]] = defaultdict(set)
        self.places: dict[str, set[str]] = defaultdict(set)
        self.spellings: dict[str, set[str]] = {}
        self._sorted: dict[str, tuple[str, ...]] = {}
        self._mentions: Counter[tuple[str, str, str]] = Counter()  # (type, country, name): how often the run names it
        self._frequent: dict[tuple[str, str], tuple[str, ...]] = {}
        for fact in facts:
            if fact.kind is Kind.DATE:
                self.dates[fact.get("granularity") or ""].add(fact.value)
            elif fact.kind is Kind.NUMBER:
                self.numbers[_number_key(fact)].add(float(fact.value))
            elif fact.kind is Kind.PLACE:
                self.places[fact.get("type") or ""].add(fact.value)
                self._mentions[(fact.get("type") or "", fact.get("country") or "", fact.value)] += 1
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
        values: dict[str, float] = {}
        if fact.kind is Kind.DATE:
            candidates: Iterator[str] = self._date_options(fact, seed)
        elif fact.kind is Kind.NUMBER:
            candidates = self._number_options(fact, answer, seed, values)
        elif fact.kind is Kind.PLACE:
            candidates = self._place_options(fact, seed, fact.get("form", "base") if inflect else "plain")
        else:
            return ()
        wanted = SPREAD_POOL if fact.kind is Kind.NUMBER else COUNT
        out: list[str] = []
        for option in candidates:
            if _shown_in(option, fact.sentence):
                continue  # "von 1,40 auf ___ Euro": an option the sentence shows is plainly wrong
            if option.casefold() not in taken:
                taken.add(option.casefold())
                out.append(option)
                if len(out) == wanted:
                    break
        if fact.kind is Kind.NUMBER:
            return around(float(fact.value), [(option, values[option]) for option in out], seed)
        return tuple(out)

    def _date_options(self, fact: Fact, seed: str) -> Iterator[str]:
        granularity = fact.get("granularity") or ""
        style = DateStyle.of(fact)
        if granularity == "range":
            yield from (style.render(v) for v in range_perturbations(fact.value))
            return
        answer = parse_iso(fact.value)
        ordered = sorted(
            (v for v in self.dates.get(granularity, ()) if v != fact.value and style.fits(v)),
            key=lambda v: (distance(parse_iso(v), answer), v),
        )
        yield from (style.render(v) for v in ordered if distance(parse_iso(v), answer) <= MAX_DISTANCE[granularity])
        yield from (style.render(v) for v in stable_order(seed, date_perturbations(fact.value, granularity)))

    def _number_options(self, fact: Fact, answer: str, seed: str, values: dict[str, float]) -> Iterator[str]:
        """Numbers of the same kind the run names, then perturbations; ``values`` learns what each text means."""
        value = float(fact.value)
        render = number_style(answer, value)
        near = [v for v in self.numbers.get(_number_key(fact), ()) if v != value and _same_magnitude(v, value)]
        for number in [float(v) for v in stable_order(seed, map(repr, near))] + number_perturbations(value, seed):
            text = render(number)
            if text is not None and text not in values:
                values[text] = number
                yield text

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
        # a region named after its city ("Regionen ___ und Luhansk"): the other big cities of the country name
        # regions too (Charkiw, Saporischschja), and a "Welche Region?" option must not be a region elsewhere
        seats = stable_order(seed, _best_known("city", fact.get("country") or "")) if fact.get("seat") else []
        names = (
            *seats,
            *stable_order(seed, self._most_named(kind, fact.get("country") or "")),
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


    def _most_named(self, kind: str, country: str, count: int = 8) -> tuple[str, ...]:
        """The places of one type in one country the run names most: for Burgenland the other Bundesländer
        (not a Viennese district or Louisiana), for Linz Graz and Salzburg."""
        if not country:
            return ()
        key = (kind, country)
        if key not in self._frequent:
            named = [(-n, name) for (k, c, name), n in self._mentions.items() if k == kind and c == country]
            self._frequent[key] = tuple(name for _, name in sorted(named)[:count])
        return self._frequent[key]


def spelling_choices(answer: str, aliases: Iterable[str], year: int | None, seed: str) -> tuple[str, ...]:
    """Three misspellings of a number word for a spelling card, none of which the grader would accept.

    The grader (:func:`quiz.matching.grade`) takes an answer as right when its folded form without spaces
    equals an accepted one ("sechshundert-fünfundachtzig", "dreissig"), so such forms are no options.
    """
    accepted = {compact(normalize(form)) for form in (answer, *aliases)}
    out: list[str] = []
    for option in spelling_perturbations(answer, year, seed):
        key = compact(normalize(option))
        if key not in accepted:
            accepted.add(key)
            out.append(option)
            if len(out) == COUNT:
                break
    return tuple(out)


def around(value: float, options: list[tuple[str, float]], seed: str) -> tuple[str, ...]:
    """Three of ``options`` (text, value), in their order, with some below ``value`` and some above it.

    Options all on one side let a learner pick the extreme; one or two below (the seed decides) spread
    them around the answer. A side without enough options is made up from the other.
    """
    below = [text for text, number in options if number < value]
    above = [text for text, number in options if number > value]
    low = 1 + hashlib.blake2b(seed.encode(), digest_size=1).digest()[0] % 2
    low = max(COUNT - len(above), min(low, len(below)))
    picked = set(below[:low] + above[: COUNT - low])
    return tuple(text for text, _ in options if text in picked)


def _shown_in(option: str, sentence: str) -> bool:
    """``option`` stands in ``sentence`` as a whole word or number (not inside "2.015" or "Wiener")."""
    start = sentence.find(option)
    while start >= 0:
        before = sentence[start - 1 : start]
        after = sentence[start + len(option) : start + len(option) + 2]
        inside_word = before.isalnum() or before in (",", ".") or after[:1].isalnum()
        if not inside_word and not (after[:1] in (",", ".") and after[1:2].isdigit()):
            return True
        start = sentence.find(option, start + 1)
    return False


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


def _number_key(fact: Fact) -> str:
    return fact.get("unit") or (fact.get("word") or fact.get("noun") or "").lower()


def _same_magnitude(a: float, b: float) -> bool:
    return a > 0 and b > 0 and 0.2 <= a / b <= 5 and (a == int(a)) == (b == int(b))


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
def _best_known(kind: str, country: str, count: int = 10) -> tuple[str, ...]:
    """The ``count`` best-known gazetteer places of one type in one country (curated, then by population)."""
    try:
        module = importlib.import_module("quiz.extract.places")
    except ImportError:
        return ()
    places = module.places_of_type(kind)
    return tuple(p.name for p in places if country and getattr(p, "country", "") == country)[:count]


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
