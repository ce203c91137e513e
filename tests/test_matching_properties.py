"""Property tests for grading: accepted answers always pass, nothing ever raises."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quiz.german.dates import MONTHS_EN, PartialDate, parse_date
from quiz.german.normalize import answer_key, fold, normalize
from quiz.german.numbers import format_number, parse_number
from quiz.matching import grade
from quiz.models import Verdict

KINDS = st.sampled_from(["text", "place", "number", "date"])
# Any text: letters, digits, emoji, control characters, combining marks, odd spaces.
ANY_TEXT = st.text(max_size=40)
GERMANISH = st.text(alphabet="aäbcdeéfghijklmnoöpqrsßtuüvwxyzAÄOÖUÜ -.,'’„“0123456789", max_size=30)
ANSWERS = st.one_of(
    ANY_TEXT,
    GERMANISH,
    st.sampled_from(["685", "2.850", "fünf Millionen", "30. Juni 2019", "Sept. 2023", "Wladiwostok", "die Ukraine"]),
)
LONG = st.builds(
    lambda piece, times: (piece * times)[:10_000], st.text(min_size=1, max_size=12), st.integers(1, 10_000)
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(expected=ANSWERS, aliases=st.lists(ANSWERS, max_size=3), kind=KINDS)
@example(expected="", aliases=[], kind="text")
@example(expected="😀", aliases=["\x00"], kind="number")
@example(expected="die", aliases=["in"], kind="place")
def test_expected_and_every_alias_grade_correct(expected: str, aliases: list[str], kind: str) -> None:
    for accepted in (expected, *aliases):
        result = grade(expected, accepted, kind, aliases)
        assert result.verdict is Verdict.CORRECT
        assert result.matched in (expected, *aliases)


@FAST
@given(expected=GERMANISH.filter(lambda s: normalize(s) != ""), kind=st.sampled_from(["text", "place"]))
def test_case_and_surrounding_space_never_matter(expected: str, kind: str) -> None:
    assert grade(expected, f"  {expected.upper()}  ", kind).verdict is Verdict.CORRECT
    assert grade(expected, f"{expected.lower()}.", kind).verdict is Verdict.CORRECT


@FAST
@given(text=st.one_of(ANY_TEXT, GERMANISH))
@example(text="ǅ")
@example(text="ﬁ")
@example(text="İ")
@example(text="ẞ")
@example(text="a\u0308")
def test_normalisation_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert normalize(normalize(text)) == normalize(text)
    assert answer_key(answer_key(text)) == answer_key(text)


@FAST
@given(expected=ANSWERS, typed=st.one_of(ANY_TEXT, LONG), kind=KINDS, aliases=st.lists(ANY_TEXT, max_size=2),
       tolerance=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)))  # fmt: skip
@example(expected="685", typed="6" * 10_000, kind="number", aliases=[], tolerance=None)
@example(expected="30. Juni 2019", typed="30. " * 3_000, kind="date", aliases=[], tolerance=None)
@example(expected="Wien", typed="\x00\x1f\u200b\ufeff😀🇩🇪", kind="place", aliases=[], tolerance=None)
@example(expected="1", typed="1", kind="number", aliases=[], tolerance=float("nan"))
def test_no_input_raises(expected: str, typed: str, kind: str, aliases: list[str], tolerance: float | None) -> None:
    result = grade(expected, typed, kind, aliases, tolerance)
    assert result.verdict in Verdict
    assert 0 <= result.score <= 100
    assert isinstance(result.feedback, str)
    assert grade(expected, typed, kind, aliases, tolerance, lang="en").verdict is result.verdict


@FAST
@given(expected=ANSWERS, typed=ANY_TEXT, kind=st.sampled_from(["number", "date"]))
def test_numbers_and_dates_are_never_almost(expected: str, typed: str, kind: str) -> None:
    assert grade(expected, typed, kind).verdict is not Verdict.ALMOST


def _slipped(word: str, at: int, letter: str, edit: int) -> str:
    """``word`` with one slip at ``at``: a letter dropped, replaced, added, or swapped with the next."""
    at %= len(word)
    return [
        word[:at] + word[at + 1 :],
        word[:at] + letter + word[at + 1 :],
        word[:at] + letter + word[at:],
        word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :],
    ][edit]


@FAST
@given(
    value=st.one_of(st.integers(0, 100), st.integers(0, 10**7)),
    other=st.integers(0, 10**7),
    at=st.integers(0, 60),
    letter=st.sampled_from(list("abdehilnrstuzäöüß")),
    edit=st.integers(0, 3),
)
@example(value=3, other=2, at=4, letter="i", edit=2)  # dreii
@example(value=3, other=2, at=0, letter="z", edit=1)  # zrei: zwei or drei
def test_a_slipped_number_word_is_almost_for_one_value_only(
    value: int, other: int, at: int, letter: str, edit: int
) -> None:
    from num2words import num2words

    from quiz.german.number_slips import repair_quantity

    typed = _slipped(num2words(value, lang="de"), at, letter, edit)
    verdict = grade(str(value), typed, "number").verdict
    if verdict is Verdict.ALMOST:
        repair = repair_quantity(typed)
        assert repair is not None and repair.quantity.value == value
    if other != value and verdict is not Verdict.WRONG:  # what reads as one number is wrong for any other
        assert grade(str(other), typed, "number").verdict is Verdict.WRONG, typed


@FAST
@given(year=st.integers(1000, 2100), at=st.integers(0, 60), letter=st.sampled_from(list("acehinrtuzß")),
       edit=st.integers(0, 3))  # fmt: skip
def test_a_year_in_words_is_right_and_with_one_slip_never_right(year: int, at: int, letter: str, edit: int) -> None:
    from num2words import num2words

    words = num2words(year, lang="de")
    assert grade(str(year), words, "date").verdict is Verdict.CORRECT, words
    typed = _slipped(words, at, letter, edit)
    verdict = grade(str(year), typed, "date").verdict
    date = parse_date(typed)
    if verdict is Verdict.CORRECT:  # the slip made another spelling of the year: fine
        assert date is not None and not date.repairs and date.start.year == year, typed
    if verdict is Verdict.ALMOST:
        assert date is not None and date.repairs and date.start.year == year, typed


@FAST
@given(whole=st.integers(-(10**13), 10**13), places=st.integers(0, 4))
def test_numbers_survive_german_formatting(whole: int, places: int) -> None:
    value = Decimal(whole).scaleb(-places)
    for lang in ("de",):
        assert parse_number(format_number(value, lang)) == value


@FAST
@given(day=st.dates(min_value=dt.date(100, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_dates_survive_every_spelling(day: dt.date) -> None:
    want = PartialDate(day.year, day.month, day.day)
    spellings = [want.text(), want.text("en"), f"{day.day}.{day.month}.{day.year}"]
    spellings += [f"{day.day:02d}.{day.month:02d}.{day.year}", f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"]
    if day.year >= 1000:
        spellings.append(day.isoformat())
    for spelling in spellings:
        parsed = parse_date(spelling)
        assert parsed is not None and parsed.start == want and parsed.end is None, spelling


@FAST
@given(a=st.integers(1, 28), b=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1900, 2100))
def test_a_different_day_is_wrong(a: int, b: int, month: int, year: int) -> None:
    expected = f"{a}.{month}.{year}"
    verdict = grade(expected, f"{b}.{month}.{year}", "date").verdict
    assert verdict is (Verdict.CORRECT if a == b else Verdict.WRONG)


@FAST
@given(a=st.integers(0, 10**9), b=st.integers(0, 10**9))
def test_a_different_number_is_wrong(a: int, b: int) -> None:
    verdict = grade(format_number(Decimal(a)), str(b), "number").verdict
    assert verdict is (Verdict.CORRECT if a == b else Verdict.WRONG)
