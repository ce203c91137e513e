"""Grade a typed answer against the accepted ones: fair to every German spelling, never fooled.

:func:`grade` is the one place that decides correctness. Text and places
tolerate a slip scaled to the word's length ("almost"), unless the answer is a
different real word. Numbers compare values and dates compare calendar parts at
the card's granularity: a wrong value is wrong, never "almost"; only a number
word with one slip that reads as the right value is (``dreii``). Feedback is
short, in German by default (``lang="en"`` for English).

Umlauts and ß, the rule: ``ss`` for ``ß`` (``Strasse``) is correct Swiss
spelling, and ``ae``/``oe``/``ue`` for ``ä``/``ö``/``ü`` (``Oesterreich``) is
the standard way to write without umlaut keys; both are right, with full
points. An umlaut left out (``Osterreich``, ``Munchen``) is a misspelling, so it
is almost right and the feedback says which umlaut is missing ("Umlaut fehlt:
Österreich"), unless the bare vowel makes another word (``Bar`` for ``Bär``).
An answer of only symbols or emoji (``☕``) is an answer, graded wrong with the
right answer shown; only blank input counts as no answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from quiz.german import lexicon
from quiz.german.exact import grade_date, grade_number
from quiz.german.feedback import say
from quiz.german.normalize import answer_key, compact, fold, normalize, strip_invisible
from quiz.german.spelling import different_word, distance, drop_umlauts, mark_slips, slip_budget
from quiz.german.times import parse_time
from quiz.models import Grade, Kind, Verdict

__all__ = ["grade", "preload"]

_PUNCTUATION = ".,;:!?\"'“”„«»()[] "
_LONGEST = 2_000  # characters of an answer worth looking at
_SPELLED_OUT = 200  # characters a number or date written in words may take
_NOT_LETTERS = re.compile(r"[^\w-]+")


def grade(
    expected: str,
    given: str,
    kind: str = "text",
    aliases: Sequence[str] = (),
    tolerance: float | None = None,
    *,
    lang: str = "de",
) -> Grade:
    """Judge ``given`` against ``expected`` and its ``aliases``.

    ``kind`` is ``text``, ``place``, ``date`` or ``number`` (a :class:`Kind`
    works too; anything else grades as text). ``tolerance`` is how far a number
    may be off and still count (the card's ``tolerance``); ``lang`` picks the
    feedback language (``de`` or ``en``). ``score`` is 100 for correct, 70-99
    for almost and below 70 for wrong. Never raises on any string input.
    """
    aliases = (aliases,) if isinstance(aliases, str) else aliases
    candidates = tuple(dict.fromkeys(c for c in (expected, *aliases) if isinstance(c, str)))
    given = given if isinstance(given, str) else ""
    kind = str(kind).strip().lower()
    for candidate in candidates:
        if given.strip() == candidate.strip():
            alias = candidate != expected and kind not in (Kind.NUMBER, Kind.DATE)
            return Grade(Verdict.CORRECT, candidate, 100.0, say("alias", lang, answer=expected) if alias else "")
    if not candidates or not strip_invisible(given).strip():
        return Grade(Verdict.WRONG, None, 0.0, say("empty", lang, answer=expected))
    longest = 2 * max(len(c) for c in candidates) + 40
    if kind in (Kind.NUMBER, Kind.DATE):
        longest = max(longest, _SPELLED_OUT)  # 669485 in words is 58 letters
    if len(strip_invisible(given).strip()) > longest:
        return Grade(Verdict.WRONG, None, 0.0, say("wrong", lang, answer=expected))  # far longer than any answer
    if not normalize(given[:_LONGEST]):  # symbols or emoji only ("☕", "?"): an answer, just not in words
        return _grade_symbols(candidates, given, lang)
    match kind:
        case Kind.NUMBER:
            return grade_number(candidates, given, tolerance, lang)
        case Kind.DATE:
            return grade_date(candidates, given, lang)
        case _:
            return _grade_text(candidates, given, lang)


# --- text and places -------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _keys(text: str) -> tuple[str, ...]:
    """The forms of ``text`` compared: the normal form, and without a leading article or preposition."""
    return tuple(dict.fromkeys((_expand(normalize(text)), _expand(answer_key(text)))))


def _expand(key: str) -> str:
    """Spell out ``St.`` as ``Sankt`` (``St. Petersburg``)."""
    return "sankt " + key[3:] if key.startswith("st ") else key


def _exact(candidates: Sequence[str], given: str) -> str | None:
    given_forms = {compact(k) for k in _keys(given)}
    for candidate in candidates:
        if any(compact(k) in given_forms for k in _keys(candidate)):
            return candidate
    return None


def _grade_text(candidates: Sequence[str], given: str, lang: str) -> Grade:
    expected = candidates[0]
    matched = _exact(candidates, given)
    if matched is not None:
        if matched != expected:
            return Grade(Verdict.CORRECT, matched, 100.0, say("alias", lang, answer=expected))
        same = _letters(_shown(given, answer_key(given))) == _letters(matched)
        return Grade(Verdict.CORRECT, matched, 100.0, "" if same else say("spelling", lang, answer=matched))
    clock = parse_time(expected)
    if clock is not None:  # a time of day: right or wrong, like a number
        typed = parse_time(given)
        for candidate in candidates:
            if typed is not None and parse_time(candidate) == typed:
                return Grade(Verdict.CORRECT, candidate, 100.0, "")
        return Grade(Verdict.WRONG, None, 0.0, say("wrong", lang, answer=expected))
    place = _places_named(_keys(given)[-1])
    if place:
        for candidate in candidates:
            if any(place & _places_named(k) for k in _keys(candidate)):  # Kyjiw for Kiew, Canada for Kanada
                return Grade(Verdict.CORRECT, candidate, 100.0, say("name", lang, answer=candidate))
    plain = drop_umlauts(given)
    for candidate in candidates:
        if compact(drop_umlauts(candidate)) == compact(plain) != compact(normalize(candidate)):
            other = different_word(normalize(candidate), plain, min_length=1)  # Bar is no slip for Bär
            if other is None:
                missing = len(compact(normalize(candidate))) - len(compact(normalize(given)))
                key = "umlauts" if missing > 1 else "umlaut"
                return Grade(Verdict.ALMOST, candidate, 90.0, say(key, lang, answer=candidate))
            return Grade(Verdict.WRONG, None, 60.0, say("word", lang, word=_shown(given, other), answer=expected))
    # the card's own answers first, then other spellings of the same place (Vladivostok for Wladiwostok)
    targets = [(c, k, c) for c in candidates for k in _keys(c)] + [
        (c, k, s) for c in candidates for k, s in _spellings(c)
    ]
    near: tuple[int, str, str, str, str] | None = None  # edits, candidate, its key, spelling shown, given key
    for candidate, want, spelling in targets:
        for got in _keys(given):
            edits = distance(compact(want), compact(got), slip_budget(len(compact(want))))
            if edits is not None and (near is None or edits < near[0]):
                near = (edits, candidate, want, spelling, got)
    if near is not None:
        edits, candidate, want, spelling, got = near
        other = different_word(want, got)
        if other is None and _places_named(got) and not _places_named(got) & _places_named(want):
            other = got  # another place on the map: Ascona is no slip for Ancona
        if other is None:
            score = max(70.0, min(99.0, round(100.0 * (1 - edits / max(len(want), 1)), 1)))
            diff = mark_slips(_shown(given, got), spelling)
            return Grade(Verdict.ALMOST, candidate, score, say("almost", lang, answer=spelling, diff=diff))
        key = "place" if lexicon.is_place(other) or _places_named(other) else "word"
        feedback = say(key, lang, word=_shown(given, got), answer=expected)
        return Grade(Verdict.WRONG, None, _closeness(want, got), feedback)
    return _wrong_text(candidates, given, lang)


def _places_named(key: str) -> frozenset[str]:
    """The places a normalised ``key`` names: a country code, a gazetteer place, or none."""
    found = set()
    code = lexicon.place_code(key)
    if code is not None:
        found.add(code)
    name = _gazetteer().get(compact(key))
    if name is not None:
        found.add(name)
    return frozenset(found)


def _gazetteer() -> dict[str, str]:
    """Every spelling in the place gazetteer (compact normal form) and the place it names."""
    return _gazetteer_tables()[0]


@cache
def _gazetteer_tables() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Spelling (compact normal form) to place, and place to all its spellings, from quiz.extract.gazetteer."""
    from quiz.extract.gazetteer import load

    names: dict[str, str] = {}
    spellings: dict[str, tuple[str, ...]] = {}
    for entry in load().entries:
        spellings.setdefault(entry.place.name, entry.place.variants)
        for spelling in entry.place.variants:
            names.setdefault(compact(normalize.__wrapped__(spelling)), entry.place.name)
    return names, spellings


@lru_cache(maxsize=4096)
def _spellings(candidate: str) -> tuple[tuple[str, str], ...]:
    """Other spellings of the place ``candidate`` names, as (key, spelling): Vladivostok for Wladiwostok."""
    names, spellings = _gazetteer_tables()
    own = {compact(k) for k in _keys(candidate)}
    found: dict[str, str] = {}
    for key in _keys(candidate):
        for spelling in spellings.get(names.get(compact(key), ""), ()):
            form = normalize(spelling)
            if compact(form) not in own:
                found.setdefault(form, spelling)
    return tuple(found.items())


def preload() -> None:
    """Load the word, country and place tables now (about a second), not on the first near miss."""
    lexicon.preload()
    _gazetteer()


def _shown(given: str, key: str) -> str:
    """The learner's own words behind ``key``, without a leading article the key dropped."""
    words = strip_invisible(given).strip().strip(_PUNCTUATION).split()
    size = len(key.split())
    while len(words) > 1 and sum(len(normalize(w).split()) for w in words[1:]) >= size:
        words = words[1:]
    return " ".join(words)


def _letters(text: str) -> str:
    """``text`` as spelled, ignoring case, spacing and punctuation other than hyphens."""
    return _NOT_LETTERS.sub("", unicodedata.normalize("NFC", text).casefold())


def _closeness(want: str, got: str) -> float:
    return round(min(69.0, 100.0 * OSA.normalized_similarity(want, got)), 1)


def _grade_symbols(candidates: Sequence[str], given: str, lang: str) -> Grade:
    """An answer without a letter or digit: right only if it is a card's own symbol answer, else wrong."""
    typed = "".join(fold(given).split())
    for candidate in candidates:
        if "".join(fold(candidate).split()) == typed:
            return Grade(Verdict.CORRECT, candidate, 100.0, "")
    return Grade(Verdict.WRONG, None, 0.0, say("wrong", lang, answer=candidates[0]))


def _wrong_text(candidates: Sequence[str], given: str, lang: str) -> Grade:
    expected = candidates[0]
    got = _keys(given)[-1]
    want = _keys(expected)[-1]
    score = max(_closeness(w, got) for c in candidates for w in _keys(c))
    if got and set(got.split()) < set(want.split()):
        return Grade(Verdict.WRONG, None, score, say("partial", lang, answer=expected))
    return Grade(Verdict.WRONG, None, score, say("wrong", lang, answer=expected))
