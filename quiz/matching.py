"""Grade a typed answer against the accepted ones: fair to every German spelling, never fooled.

:func:`grade` is the one place that decides correctness. Text and places
tolerate a slip scaled to the word's length ("almost"), unless the answer is a
different real word. Numbers compare values and dates compare calendar parts at
the card's granularity: they are right or wrong, never "almost". Feedback is
short, in German by default (``lang="en"`` for English).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rapidfuzz.distance import OSA

from quiz.german import lexicon
from quiz.german.dates import DateValue, PartialDate, parse_date
from quiz.german.feedback import date_parts, say, scale_name
from quiz.german.normalize import answer_key, compact, normalize, strip_invisible
from quiz.german.numbers import Quantity, format_number, parse_quantity
from quiz.german.spelling import different_word, distance, drop_umlauts, mark_slips, slip_budget
from quiz.german.times import parse_time
from quiz.german.units import convert
from quiz.models import Grade, Kind, Verdict

__all__ = ["grade"]

_PUNCTUATION = ".,;:!?\"'“”„«»()[] "
_LONGEST = 2_000  # characters of an answer worth looking at
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
    if not candidates or not normalize(given[:_LONGEST]):
        return Grade(Verdict.WRONG, None, 0.0, say("empty", lang, answer=expected))
    if len(strip_invisible(given).strip()) > 2 * max(len(c) for c in candidates) + 40:
        return Grade(Verdict.WRONG, None, 0.0, say("wrong", lang, answer=expected))  # far longer than any answer
    match kind:
        case Kind.NUMBER:
            return _grade_number(candidates, given, tolerance, lang)
        case Kind.DATE:
            return _grade_date(candidates, given, lang)
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
    code = lexicon.place_code(_keys(given)[-1])
    if code is not None:
        for candidate in candidates:
            if any(lexicon.place_code(k) == code for k in _keys(candidate)):
                same = compact(normalize(candidate)) == compact(_keys(given)[-1])
                return Grade(Verdict.CORRECT, candidate, 100.0, "" if same else say("name", lang, answer=candidate))
    plain = drop_umlauts(given)
    for candidate in candidates:
        if compact(drop_umlauts(candidate)) == compact(plain) != compact(normalize(candidate)):
            other = different_word(normalize(candidate), plain, min_length=1)  # Bar is no slip for Bär
            if other is None:
                return Grade(Verdict.ALMOST, candidate, 90.0, say("umlaut", lang, answer=candidate))
            return Grade(Verdict.WRONG, None, 60.0, say("word", lang, word=_shown(given, other), answer=expected))
    near: tuple[int, str, str, str] | None = None  # edits, candidate, expected key, given key
    for candidate in candidates:
        for want in _keys(candidate):
            for got in _keys(given):
                edits = distance(compact(want), compact(got), slip_budget(len(compact(want))))
                if edits is not None and (near is None or edits < near[0]):
                    near = (edits, candidate, want, got)
    if near is not None:
        edits, candidate, want, got = near
        other = different_word(want, got)
        if other is None:
            score = max(70.0, min(99.0, round(100.0 * (1 - edits / max(len(want), 1)), 1)))
            diff = mark_slips(_shown(given, got), candidate)
            return Grade(Verdict.ALMOST, candidate, score, say("almost", lang, answer=candidate, diff=diff))
        key = "place" if lexicon.is_place(other) else "word"
        feedback = say(key, lang, word=_shown(given, got), answer=expected)
        return Grade(Verdict.WRONG, None, _closeness(want, got), feedback)
    return _wrong_text(candidates, given, lang)


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


def _wrong_text(candidates: Sequence[str], given: str, lang: str) -> Grade:
    expected = candidates[0]
    got = _keys(given)[-1]
    want = _keys(expected)[-1]
    score = max(_closeness(w, got) for c in candidates for w in _keys(c))
    if got and set(got.split()) < set(want.split()):
        return Grade(Verdict.WRONG, None, score, say("partial", lang, answer=expected))
    return Grade(Verdict.WRONG, None, score, say("wrong", lang, answer=expected))


def _grade_strict(
    candidates: Sequence[str], given: str, lang: str, unreadable: str, unparsed: Sequence[str] | None = None
) -> Grade:
    """For answers that are no number or date: equal normal forms only, never 'almost'.

    Only the ``unparsed`` candidates (default: all) may match, so ``17 2`` never passes for ``17,2``.
    """
    typed = normalize(given)
    for candidate in candidates if unparsed is None else unparsed:
        if normalize(candidate) == typed:
            return Grade(Verdict.CORRECT, candidate, 100.0, "")
    return Grade(Verdict.WRONG, None, 0.0, say(unreadable, lang, answer=candidates[0]))


# --- numbers ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _quantity(text: str) -> Quantity | None:
    return parse_quantity(text)


def _in_unit(value: Decimal, given: Quantity, want: Quantity) -> Decimal | None:
    """``value`` (read with ``given``'s unit) in ``want``'s unit; None if the units cannot convert."""
    if given.unit is None or want.unit is None:
        return value
    return convert(value, given.unit, want.unit)


def _grade_number(candidates: Sequence[str], given: str, tolerance: float | None, lang: str) -> Grade:
    wanted = [(c, q) for c in candidates if (q := _quantity(c)) is not None]
    if not wanted:
        return _grade_strict(candidates, given, lang, "wrong")
    got = _quantity(given)
    if got is None:
        return _grade_strict(candidates, given, lang, "no_number", [c for c in candidates if _quantity(c) is None])
    for candidate, want in wanted:
        if _in_unit(got.value, got, want) == want.value:
            return Grade(Verdict.CORRECT, candidate, 100.0, "")
    limit = _decimal(tolerance)
    if limit is not None:
        for candidate, want in wanted:
            value = _in_unit(got.value, got, want)
            if value is not None and abs(value - want.value) <= limit:
                return Grade(Verdict.CORRECT, candidate, 100.0, say("tolerance", lang, answer=candidates[0]))
    return Grade(Verdict.WRONG, None, 0.0, _number_feedback(candidates[0], wanted[0][1], given, got, lang))


def _decimal(value: float | None) -> Decimal | None:
    if value is None:
        return None
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return abs(result) if result.is_finite() else None


def _number_feedback(answer: str, want: Quantity, given: str, got: Quantity, lang: str) -> str:
    value = _in_unit(got.value, got, want)
    if value is None:
        assert got.unit is not None and want.unit is not None
        return say("unit", lang, got=got.unit.symbol, want=want.unit.symbol, answer=answer)
    if got.unit is not None and want.unit is not None and got.unit is not want.unit and got.value == want.value:
        return say("unit", lang, got=got.unit.symbol, want=want.unit.symbol, answer=answer)
    if got.alternative is not None and _in_unit(got.alternative, got, want) == want.value:
        shown = given.strip()
        return say("separator", lang, given=shown, reading=format_number(got.value, lang), answer=answer)
    if value == value.to_integral_value() and want.value == want.value.to_integral_value() and abs(value) >= 10:
        if sorted(str(abs(int(value)))) == sorted(str(abs(int(want.value)))):
            return say("swapped", lang, answer=answer)
    if value and want.value:
        got_scale, want_scale = scale_name(value, lang), scale_name(want.value, lang)
        ratio = abs(value / want.value)
        if got_scale != want_scale and got_scale and want_scale and ratio.log10() % 3 == 0:
            return say("scale", lang, got=got_scale, want=want_scale, answer=answer)
    return say("high" if value > want.value else "low", lang, answer=answer)


# --- dates -----------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _date(text: str) -> DateValue | None:
    return parse_date(text)


def _grade_date(candidates: Sequence[str], given: str, lang: str) -> Grade:
    wanted = [(c, d) for c in candidates if (d := _date(c)) is not None]
    if not wanted:
        return _grade_strict(candidates, given, lang, "wrong")
    got = _date(given)
    if got is None:
        return _grade_strict(candidates, given, lang, "no_date", [c for c in candidates if _date(c) is None])
    for candidate, want in wanted:
        if _date_problem(want, got) is None:
            feedback = say("spelling", lang, answer=candidate) if got.respelled else ""
            return Grade(Verdict.CORRECT, candidate, 100.0, feedback)
    answer = candidates[0]
    want = wanted[0][1]
    problem = _date_problem(want, got)
    assert problem is not None
    kind, parts = problem
    if kind in ("date_range", "date_single", "date_swapped"):
        return Grade(Verdict.WRONG, None, 0.0, say(kind, lang, answer=answer))
    if kind == "date_missing":
        return Grade(Verdict.WRONG, None, 0.0, say(kind, lang, parts=date_parts(parts, lang), answer=answer))
    verb = "stimmt" if len(parts) == 1 else "stimmen"
    named = date_parts(parts, lang, article=True)
    return Grade(Verdict.WRONG, None, 0.0, say("date_parts", lang, parts=named, verb=verb, answer=answer))


def _date_problem(want: DateValue, got: DateValue) -> tuple[str, list[str]] | None:
    """None if ``got`` gives every part of ``want``, else what is wrong: a message key and the parts."""
    if want.end is not None:
        if got.end is None:
            return ("date_range", [])
        return _part_problem(want.start, got.start) or _part_problem(want.end, got.end)
    if got.end is not None:
        return ("date_single", [])
    return _part_problem(want.start, got.start)


def _part_problem(want: PartialDate, got: PartialDate) -> tuple[str, list[str]] | None:
    wrong: list[str] = []
    missing: list[str] = []
    for part in ("day", "month", "year"):
        expected, typed = getattr(want, part), getattr(got, part)
        if expected is None:
            continue
        if typed is None:
            missing.append(part)
        elif typed != expected:
            wrong.append(part)
    if wrong:
        if {"day", "month"} <= set(wrong) and (want.day, want.month) == (got.month, got.day):
            return ("date_swapped", [])
        return ("date_parts", wrong)
    return ("date_missing", missing) if missing else None
