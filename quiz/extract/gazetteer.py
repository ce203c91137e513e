"""The German gazetteer: place names, their spellings and inflected forms, loaded once.

The data file ``quiz/data/places.tsv`` is built by ``scripts/build_gazetteer.py`` from CLDR,
GeoNames and the German Wiktionary plus a curated list. This module turns it into a token
index so that a sentence is matched with one dict lookup per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Words and single punctuation marks. Hyphens, apostrophes and inner dots stay inside a word,
#: so "Nordkorea-Besuch" is one token and never matches "Nordkorea".
TOKEN = re.compile(r"\w+(?:[-‐‑'’.]\w+)*|[^\w\s]")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+?(?:e|en|er|es|em)$")


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the gazetteer.

    ``variants`` holds every accepted spelling, the canonical ``name`` first
    (``("Pjöngjang", "Pjongjang", "Pyongyang")``). ``country`` is an ISO 3166-1
    alpha-2 code, or None for places in or between several countries.
    """

    name: str
    type: str
    variants: tuple[str, ...]
    country: str | None


@dataclass(frozen=True, slots=True)
class Entry:
    """A place with what the matcher needs to know about its name."""

    place: Place
    population: int
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Form:
    """One way a place can be written: its tokens, the spelling it inflects, and how."""

    tokens: tuple[str, ...]
    entry: Entry
    spelling: str
    inflection: str  # "" for the spelling itself, else the ending added ("s", "es", "n") or "declined"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: tuple[Entry, ...]
    by_name: dict[str, Entry]
    by_type: dict[str, tuple[Place, ...]]
    index: dict[str, tuple[Form, ...]]  # first token -> forms starting with it, longest first
    given_names: frozenset[str]


def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN.finditer(text))


def _declensions(token: str) -> list[str]:
    """An attributive adjective in all its strong and weak endings ("Japanisches" -> "Japanischen" ...)."""
    if len(token) < 4 or not _ADJECTIVE.match(token):
        return [token]
    for ending in ("en", "er", "es", "em", "e"):
        if token.endswith(ending):
            stem = token[: -len(ending)]
            return [token, *(stem + e for e in _ADJECTIVE_ENDINGS if stem + e != token)]
    return [token]  # pragma: no cover - the regex guarantees an ending


def _endings(entry: Entry, last: str, multiword: bool) -> list[tuple[str, str]]:
    """Case endings a name's last word can take: genitive -s/-es, dative plural -n."""
    endings: list[tuple[str, str]] = [("", "")]
    if not last[-1].isalpha() or last.isupper():
        return endings
    if last[-1] not in "sßxzSX":
        endings.append((last + "s", "s"))
    if (multiword or entry.place.type in {"river", "sea", "lake", "mountain"}) and last[-1] not in "aeiousßxzy":
        endings.append((last + "es", "es"))
    if "plural" in entry.flags and last.endswith("e"):
        endings.append((last + "n", "n"))
    return endings


def _forms(entry: Entry, spelling: str) -> list[Form]:
    words = tokens_of(spelling)
    if not words:
        return []
    multiword = len(words) > 1
    heads: list[tuple[str, ...]] = [()]
    for word in words[:-1]:
        heads = [(*h, w) for h in heads for w in _declensions(word)]
    forms: list[Form] = []
    for head in heads:
        declined = head != words[:-1]
        for last, ending in _endings(entry, words[-1], multiword):
            tokens = (*head, last or words[-1])
            inflection = ending or ("declined" if declined else "")
            forms.append(Form(tokens, entry, spelling, inflection))
            if "lower_adj" in entry.flags and tokens[0][:1].isupper():
                forms.append(Form((tokens[0].lower(), *tokens[1:]), entry, spelling, inflection or "lower"))
    return forms


def _read_places(text: str) -> list[tuple[Entry, tuple[str, ...]]]:
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, country, population, flags, variants, forms = line.split("\t")
        spellings = (name, *(v for v in variants.split("|") if v))
        place = Place(name, kind, spellings, country or None)
        entry = Entry(place, int(population or 0), frozenset(f for f in flags.split(",") if f))
        rows.append((entry, tuple(f for f in forms.split("|") if f)))
    return rows


def build(places_tsv: str, given_names: str) -> Gazetteer:
    """Index the text of a places file (and a given-names file) for matching."""
    rows = _read_places(places_tsv)
    by_name: dict[str, Entry] = {}
    primary: dict[tuple[str, ...], Form] = {}
    secondary: dict[tuple[str, ...], Form] = {}
    for entry, extra_forms in rows:
        for spelling in entry.place.variants:
            by_name.setdefault(spelling, entry)
            by_name.setdefault(spelling.casefold(), entry)
            for form in _forms(entry, spelling):
                target = primary if form.inflection == "" else secondary
                target.setdefault(form.tokens, form)
        for extra in extra_forms:
            secondary.setdefault(tokens_of(extra), Form(tokens_of(extra), entry, entry.place.name, "declined"))
    # a name as written always beats another place's inflected form ("Rheine" the town, not the Rhine)
    merged = {**{k: v for k, v in secondary.items() if k not in primary}, **primary}
    grouped: dict[str, list[Form]] = {}
    for tokens, form in merged.items():
        grouped.setdefault(tokens[0], []).append(form)
    index = {first: tuple(sorted(forms, key=lambda f: -len(f.tokens))) for first, forms in grouped.items()}
    entries = tuple(entry for entry, _ in rows)
    by_type: dict[str, list[Entry]] = {}
    for entry in entries:
        by_type.setdefault(entry.place.type, []).append(entry)
    ranked = {
        kind: tuple(
            e.place for e in sorted(group, key=lambda e: ("notable" not in e.flags, -e.population, e.place.name))
        )
        for kind, group in by_type.items()
    }
    names = frozenset(line for line in given_names.splitlines() if line and not line.startswith("#"))
    return Gazetteer(entries, by_name, ranked, index, names)


@cache
def load() -> Gazetteer:
    """The shipped gazetteer, read on first use and kept for the life of the process."""
    data = resources.files("quiz") / "data"
    return build(
        (data / "places.tsv").read_text(encoding="utf-8"),
        (data / "given_names.txt").read_text(encoding="utf-8"),
    )
