"""Grading for answers that are facts, right or wrong by value: numbers and dates.

A wrong digit is a wrong fact, however close the letters: ``658`` is not
``685`` and ``fünfzehn`` is not ``fünfzig``. Numbers compare values (in a
common unit, within the card's tolerance); dates compare the calendar parts the
card asks for. The feedback says why an answer was wrong. The one "almost": a
number word with a slip that reads, unambiguously, as the right value
(``dreii``, ``neunzehnhundertneunundachzig``; see :mod:`quiz.german.number_slips`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from quiz.german.dates import DateValue, PartialDate, parse_date
from quiz.german.feedback import date_parts, say, scale_name
from quiz.german.normalize import normalize
from quiz.german.number_slips import Repair, repair_quantity
from quiz.german.numbers import Quantity, format_number, parse_quantity
from quiz.german.spelling import mark_slips
from quiz.german.units import convert
from quiz.models import Grade, Verdict

__all__ = ["grade_date", "grade_number", "grade_strict"]


def grade_strict(
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


def grade_number(candidates: Sequence[str], given: str, tolerance: float | None, lang: str) -> Grade:
    wanted = [(c, q) for c in candidates if (q := _quantity(c)) is not None]
    if not wanted:
        return grade_strict(candidates, given, lang, "wrong")
    got = _quantity(given)
    limit = _decimal(tolerance)
    if got is None:
        unparsed = [c for c in candidates if _quantity(c) is None]
        strict = grade_strict(candidates, given, lang, "no_number", unparsed)
        repair = None if strict.verdict is Verdict.CORRECT else repair_quantity(given)
        if repair is None:
            return strict
        return _grade_repair(candidates, wanted, given, repair, limit, lang)
    matched = _matching(wanted, got, limit)
    # "fünf Milionen" reads as 5 and a stray word, but means five million
    repair = repair_quantity(given) if len(given.split()) > 1 else None
    if repair is not None and repair.quantity.value != got.value:
        return _grade_repair(candidates, wanted, given, repair, limit, lang)
    if matched is not None:
        candidate, exactly = matched
        return Grade(Verdict.CORRECT, candidate, 100.0, "" if exactly else say("tolerance", lang, answer=candidates[0]))
    return Grade(Verdict.WRONG, None, 0.0, _number_feedback(candidates[0], wanted[0][1], given, got, lang))


def _matching(wanted: Sequence[tuple[str, Quantity]], got: Quantity, limit: Decimal | None) -> tuple[str, bool] | None:
    """The candidate ``got`` equals (True) or is within ``limit`` of (False), if any."""
    for candidate, want in wanted:
        if _in_unit(got.value, got, want) == want.value:
            return candidate, True
    if limit is not None:
        for candidate, want in wanted:
            value = _in_unit(got.value, got, want)
            if value is not None and abs(value - want.value) <= limit:
                return candidate, False
    return None


def _grade_repair(
    candidates: Sequence[str],
    wanted: Sequence[tuple[str, Quantity]],
    given: str,
    repair: Repair,
    limit: Decimal | None,
    lang: str,
) -> Grade:
    """A number word with one slip: almost right if it reads as the right value, else wrong like that value."""
    matched = _matching(wanted, repair.quantity, limit)
    if matched is None:
        feedback = _number_feedback(candidates[0], wanted[0][1], given, repair.quantity, lang)
        return Grade(Verdict.WRONG, None, 0.0, feedback)
    return _almost(matched[0], repair.typed, repair.word, lang)


def _almost(candidate: str, typed: str, meant: str, lang: str) -> Grade:
    """Almost right: the one slipped word ``typed``, shown against the word ``meant``."""
    score = max(70.0, min(99.0, round(100.0 * (1 - 1 / max(len(meant), 1)), 1)))
    return Grade(Verdict.ALMOST, candidate, score, say("almost", lang, answer=meant, diff=mark_slips(typed, meant)))


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


def grade_date(candidates: Sequence[str], given: str, lang: str) -> Grade:
    wanted = [(c, d) for c in candidates if (d := _date(c)) is not None]
    if not wanted:
        return grade_strict(candidates, given, lang, "wrong")
    got = _date(given)
    if got is None:
        return grade_strict(candidates, given, lang, "no_date", [c for c in candidates if _date(c) is None])
    for candidate, want in wanted:
        if _date_problem(want, got) is None:
            if got.repairs:  # a number word with a slip: the right date, not as written
                typed, meant = got.repairs[0]
                return _almost(candidate, typed, meant, lang)
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
