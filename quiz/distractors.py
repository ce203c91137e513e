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
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from quiz.extract.genders import BARE, article_class, decline, fits, gap_frame
from quiz.extract.regions import best_known, continent, country_of, former, former_states, scale
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
_BEST_KNOWN = 10  # gazetteer places offered per tier: the best known of those that fit (Graz, not Absdorf)
SPREAD_POOL = 12  # number options looked at to find some above and some below the answer
_FROM_THE_RUN = 6  # number options from the run's own facts looked at before perturbations


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
        self._country_of: dict[str, str] = {}
        self._on_continent: dict[tuple[str, str], tuple[str, ...]] = {}
        for fact in facts:
            if fact.kind is Kind.DATE:
                self.dates[fact.get("granularity") or ""].add(fact.value)
            elif fact.kind is Kind.NUMBER:
                self.numbers[_number_key(fact)].add(float(fact.value))
            elif fact.kind is Kind.PLACE:
                self.places[fact.get("type") or ""].add(fact.value)
                self._mentions[(fact.get("type") or "", fact.get("country") or "", fact.value)] += 1
                self._country_of[fact.value] = fact.get("country") or ""
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
        sides: Counter[bool] = Counter()
        out: list[str] = []
        for option in candidates:
            if _shown_in(option, fact.sentence):
                continue  # "von 1,40 auf ___ Euro": an option the sentence shows is plainly wrong
            if option.casefold() not in taken:
                taken.add(option.casefold())
                out.append(option)
                if option in values:
                    sides[values[option] < float(fact.value)] += 1
                if len(out) == wanted or (len(out) >= COUNT and min(sides[True], sides[False]) >= 2):
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
        seen = [float(v) for v in stable_order(seed, map(repr, near))]
        # a few of the run's own numbers, then perturbations (which lie on both sides), then the rest of the run's
        for number in seen[:_FROM_THE_RUN] + number_perturbations(value, seed) + seen[_FROM_THE_RUN:]:
            text = render(number)
            if text is not None and text not in values:
                values[text] = number
                yield text

    def _place_options(self, fact: Fact, seed: str, form: str | None) -> Iterator[str]:
        """Places of the fact's type, nearest first (same country, same continent, anywhere), that fit the gap.

        A W-question (``form`` plain) asks for the name itself; a cloze keeps the words before the gap, so an
        option must take the same article as the answer ("in der ___": Ukraine, Slowakei, Türkei) and is
        declined like it (genitive "Russlands", "im Südchinesischen Meer", "in den Niederlanden").
        """
        kind = fact.get("type") or ""
        own = {fact.value, *(fact.get("variants") or "").split("|")}
        country = fact.get("country") or ""
        area = continent(country)
        was = former(kind, fact.get("country"))
        scale_wanted = scale(fact.value) if kind == "region" else ""
        answer_class = article_class(_spelling_of(fact.surface, own, fact.value), kind)
        frame = gap_frame(fact.sentence, fact.start)

        def option(name: str) -> str | None:
            if name in own or (scale_wanted and scale(name) != scale_wanted):
                return None
            if kind == "country" and former(kind, self._country(name)) != was:
                return None  # no Sowjetunion for Ukraine, no Ukraine for the DDR
            if form == "plain":
                return name
            cls = article_class(name, kind)
            if form == "genitive":  # "Russlands Präsident": names without an article take -s
                plain = cls == BARE and " " not in name and not name.endswith(("s", "ß", "x", "z"))
                return f"{name}s" if plain else None
            return decline(name, cls, frame) if cls is not None and fits(cls, answer_class, frame) else None

        # a region named after its city ("Regionen ___ und Luhansk"): the other big cities of the country name
        # regions too (Charkiw, Saporischschja), and a "Welche Region?" option must not be a region elsewhere
        # each tier: names, and how many of the fitting ones (best known first) to shuffle and offer
        tiers: list[tuple[Iterable[str], int]] = []
        if fact.get("seat"):
            tiers.append((best_known("city", country, count=10), 10))
        if was:
            tiers.append((former_states(), 12))
        else:
            tiers.append((self._most_named(kind, country), 8))
            if country:
                tiers.append((best_known(kind, country, count=200), _BEST_KNOWN))
            if area:
                tiers += [(self._named_on(kind, area), 12), (best_known(kind, None, area, count=300), _BEST_KNOWN)]
            tiers += [(self._sorted_of(kind), 12), (best_known(kind, None, None, count=1000), _BEST_KNOWN)]
        for names, count in tiers:
            fitting = {name: text for name in names if (text := option(name)) is not None}
            yield from (fitting[name] for name in stable_order(seed, tuple(fitting)[:count]))

    def _country(self, name: str) -> str | None:
        return self._country_of.get(name) or country_of(name)

    def _sorted_of(self, kind: str) -> tuple[str, ...]:
        if kind not in self._sorted:
            self._sorted[kind] = tuple(sorted(self.places.get(kind, ())))
        return self._sorted[kind]

    def _named_on(self, kind: str, area: str) -> tuple[str, ...]:
        """The places of one type the run names on one continent, sorted."""
        if (kind, area) not in self._on_continent:
            named = {name for (k, c, name) in self._mentions if k == kind and continent(c) == area}
            self._on_continent[(kind, area)] = tuple(sorted(named))
        return self._on_continent[(kind, area)]

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


def _spelling_of(surface: str, spellings: set[str], value: str) -> str:
    """The spelling a surface is a form of: "Nahen Osten" -> "Naher Osten" (not "Nahost"), else ``value``."""
    if surface in spellings:
        return surface
    last = surface.rsplit(" ", 1)[-1]
    same_noun = sorted(s for s in spellings if " " in surface and s.rsplit(" ", 1)[-1] == last)
    return same_noun[0] if same_noun else value


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
    """Within a factor of 2.5 either way: an age of 71 gets 40 or 110, never 18 or 140."""
    return a > 0 and b > 0 and 0.4 <= a / b <= 2.5 and (a == int(a)) == (b == int(b))
