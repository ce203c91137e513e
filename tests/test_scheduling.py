"""FSRS behind our own types: ratings, next states, retention, study days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from quiz.models import Verdict
from quiz.scheduling import (
    FAST_BASE_MS,
    CardState,
    Phase,
    Rating,
    Scheduler,
    card_number,
    check_retention,
    day_start,
    fast_threshold_ms,
    rate,
    study_day,
)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("verdict", "elapsed", "hinted", "expected"),
    [
        (Verdict.WRONG, 1_000, False, Rating.AGAIN),
        (Verdict.WRONG, 60_000, False, Rating.AGAIN),
        (Verdict.WRONG, 1_000, True, Rating.AGAIN),
        (Verdict.ALMOST, 1_000, False, Rating.HARD),
        (Verdict.CORRECT, 1_000, False, Rating.EASY),
        (Verdict.CORRECT, 30_000, False, Rating.GOOD),
        (Verdict.CORRECT, 1_000, True, Rating.HARD),
    ],
)
def test_rate_maps_each_path(verdict: Verdict, elapsed: int, hinted: bool, expected: Rating) -> None:
    assert rate(verdict, elapsed, FAST_BASE_MS, hinted=hinted) is expected


def test_fast_means_under_the_threshold() -> None:
    assert rate(Verdict.CORRECT, 4_999, 5_000) is Rating.EASY
    assert rate(Verdict.CORRECT, 5_000, 5_000) is Rating.GOOD


def test_longer_answers_may_take_longer_to_type() -> None:
    assert fast_threshold_ms("9. November 1989") > fast_threshold_ms("Wien") > fast_threshold_ms("Wien", typed=False)


def exact() -> Scheduler:
    return Scheduler(0.9, fuzz=False)


def test_new_card_good_enters_learning_steps() -> None:
    state = exact().review("c1", None, Rating.GOOD, NOW, 3_000)
    assert state.phase is Phase.LEARNING
    assert state.due == NOW + timedelta(minutes=10)
    assert state.last_review == NOW
    assert state.reps == 1 and state.lapses == 0


def test_new_card_easy_graduates_for_days() -> None:
    state = exact().review("c1", None, Rating.EASY, NOW)
    assert state.phase is Phase.REVIEW
    assert state.due - NOW >= timedelta(days=3)


def test_new_card_again_comes_back_within_minutes() -> None:
    state = exact().review("c1", None, Rating.AGAIN, NOW)
    assert state.phase is Phase.LEARNING
    assert state.due == NOW + timedelta(minutes=1)


def test_forgetting_a_review_card_counts_a_lapse_and_relearns() -> None:
    scheduler = exact()
    state = scheduler.review("c1", None, Rating.EASY, NOW)
    later = state.due + timedelta(days=1)
    forgotten = scheduler.review("c1", state, Rating.AGAIN, later)
    assert forgotten.phase is Phase.RELEARNING
    assert forgotten.lapses == 1 and forgotten.reps == 2
    assert forgotten.stability < state.stability


def test_intervals_grow_with_good_answers() -> None:
    scheduler = exact()
    state = scheduler.review("c1", None, Rating.EASY, NOW)
    gaps = []
    for _ in range(4):
        when = state.due
        state = scheduler.review("c1", state, Rating.GOOD, when)
        gaps.append(state.due - when)
    assert gaps == sorted(gaps) and gaps[0] < gaps[-1]


def test_higher_retention_means_sooner_reviews() -> None:
    strict, relaxed = Scheduler(0.95, fuzz=False), Scheduler(0.8, fuzz=False)
    assert strict.review("c", None, Rating.EASY, NOW).due < relaxed.review("c", None, Rating.EASY, NOW).due


def test_retention_out_of_range_is_refused() -> None:
    assert check_retention(0.85) == 0.85
    with pytest.raises(ValueError, match="between"):
        Scheduler(1.2)
    with pytest.raises(ValueError, match="between"):
        check_retention(0.3)


def test_our_card_id_is_always_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    import fsrs.card

    def no_sleep(_: float) -> None:
        raise AssertionError("fsrs made up a card id (and slept)")

    monkeypatch.setattr(fsrs.card.time, "sleep", no_sleep)
    scheduler = exact()
    state = scheduler.review("c1", None, Rating.GOOD, NOW)
    scheduler.review("c1", state, Rating.GOOD, state.due)
    assert scheduler.retrievability("c1", state, NOW + timedelta(days=3)) < 1


def test_card_numbers_are_stable_and_distinct() -> None:
    assert card_number("mauerfall") == card_number("mauerfall") > 0
    assert len({card_number(f"card-{n}") for n in range(10_000)}) == 10_000


def test_retrievability_falls_with_time_and_is_zero_for_new_cards() -> None:
    scheduler = exact()
    state = scheduler.review("c1", None, Rating.EASY, NOW)
    soon = scheduler.retrievability("c1", state, NOW + timedelta(days=1))
    late = scheduler.retrievability("c1", state, NOW + timedelta(days=60))
    assert 1 >= soon > late > 0
    assert scheduler.retrievability("c1", None, NOW) == 0


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        exact().review("c1", None, Rating.GOOD, datetime(2025, 3, 1, 12))


def test_other_zones_are_converted_to_utc() -> None:
    berlin = timezone(timedelta(hours=1))
    state = exact().review("c1", None, Rating.GOOD, NOW.astimezone(berlin))
    assert state.last_review == NOW and state.due.tzinfo is UTC


def test_study_day_starts_at_four_in_the_morning() -> None:
    berlin = timezone(timedelta(hours=1))
    assert study_day(datetime(2025, 3, 2, 2, 30, tzinfo=berlin), berlin) == date(2025, 3, 1)
    assert study_day(datetime(2025, 3, 2, 4, 0, tzinfo=berlin), berlin) == date(2025, 3, 2)
    # 01:30 UTC is 02:30 in Berlin: still the day before there.
    assert study_day(datetime(2025, 3, 2, 1, 30, tzinfo=UTC), berlin) == date(2025, 3, 1)
    assert day_start(date(2025, 3, 2), berlin) == datetime(2025, 3, 2, 3, 0, tzinfo=UTC)


def test_mastered_means_stable_for_three_weeks() -> None:
    base = CardState(NOW, Phase.REVIEW, 21.0, 5.0, NOW)
    assert base.mastered
    assert not CardState(NOW, Phase.REVIEW, 20.9, 5.0, NOW).mastered
    assert not CardState(NOW, Phase.RELEARNING, 30.0, 5.0, NOW).mastered
