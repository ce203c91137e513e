"""'I was right' ends exactly like a right answer: same rating, schedule, points and streak, counted once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from quiz.models import Card, Verdict
from quiz.scheduling import Rating
from quiz.session import Agenda, Outcome, Session, SessionError, Style
from tests.test_session import CARDS, EXACT, START, Clock, learn, make_deck

Setup = Callable[[Session, Clock], None]


def nothing(session: Session, clock: Clock) -> None:
    """Start with the first card."""


def one_right(session: Session, clock: Clock) -> None:
    """One right answer first: the streak stands at 1."""
    question = session.current
    assert question is not None
    clock.tick(5)
    session.answer(question.card.answer, 3_000)


def with_hint(session: Session, clock: Clock) -> None:
    session.hint()


def right_answer(card: Card) -> str:
    return card.answer


def pair(make: Callable[[], tuple[Session, Clock]], setup: Setup, elapsed: int) -> tuple[
    tuple[Session, Outcome], tuple[Session, Outcome]
]:  # fmt: skip
    """The same moment twice: answered right, and answered wrong then overridden."""
    right, right_clock = make()
    setup(right, right_clock)
    right_clock.tick(3)
    question = right.current
    assert question is not None
    plain = right.answer(right_answer(question.card), elapsed)

    wrong, wrong_clock = make()
    setup(wrong, wrong_clock)
    wrong_clock.tick(3)
    missed = wrong.answer("qqq", elapsed)
    assert missed.verdict is Verdict.WRONG
    wrong_clock.tick(20)  # reading the feedback before pressing r
    fixed = wrong.override()
    return (right, plain), (wrong, fixed)


def learn_session() -> tuple[Session, Clock]:
    return learn(make_deck(CARDS[0], CARDS[1], CARDS[4]))


def review_session() -> tuple[Session, Clock]:
    review = EXACT.review("bern", None, Rating.GOOD, START - timedelta(days=12))
    review = EXACT.review("bern", review, Rating.GOOD, review.due)
    return learn(agenda=Agenda(due=(("bern", review),), new=("wien", "oslo")))


def practice_session() -> tuple[Session, Clock]:
    clock = Clock()
    return Session.practice(make_deck(CARDS[0], CARDS[1], CARDS[4]), clock=clock, seed=3), clock


@pytest.mark.parametrize("make", [learn_session, review_session, practice_session])
@pytest.mark.parametrize("setup", [nothing, one_right, with_hint])
@pytest.mark.parametrize("elapsed", [1_500, 40_000])
def test_override_ends_like_a_right_answer(
    make: Callable[[], tuple[Session, Clock]], setup: Setup, elapsed: int
) -> None:
    (right, plain), (wrong, fixed) = pair(make, setup, elapsed)
    assert fixed.overridden and not plain.overridden
    assert fixed.verdict is plain.verdict is Verdict.CORRECT
    assert fixed.rating is plain.rating
    assert fixed.points == plain.points and fixed.streak == plain.streak
    assert fixed.hints_used == plain.hints_used and fixed.elapsed_ms == plain.elapsed_ms
    assert fixed.previous == plain.previous
    if plain.schedule is None:
        assert fixed.schedule is None
    else:
        assert fixed.schedule is not None
        assert fixed.schedule.due - fixed.answered_at == plain.schedule.due - plain.answered_at
        assert (fixed.schedule.phase, fixed.schedule.stability, fixed.schedule.difficulty) == (
            plain.schedule.phase, plain.schedule.stability, plain.schedule.difficulty,
        )  # fmt: skip
        assert (fixed.schedule.step, fixed.schedule.reps, fixed.schedule.lapses) == (
            plain.schedule.step, plain.schedule.reps, plain.schedule.lapses,
        )  # fmt: skip
    assert wrong.points == right.points and wrong.streak == right.streak
    assert wrong.best_streak == right.best_streak
    assert wrong.questions == right.questions  # no repeat left over from the miss
    assert len(wrong.outcomes) == len(right.outcomes)  # the miss is replaced, not added
    assert wrong.summary().missed == right.summary().missed == ()
    assert wrong.current is not None and right.current is not None
    assert wrong.current.card == right.current.card


def test_a_fast_override_of_a_new_card_is_easy_like_a_fast_right_answer() -> None:
    """The tester's case: 'Wien' typed at once gives days; 'qqq' then r gave ten minutes."""
    (_, plain), (_, fixed) = pair(learn_session, nothing, 2_000)
    assert plain.rating is fixed.rating is Rating.EASY
    assert fixed.schedule is not None and fixed.schedule.due - fixed.answered_at >= timedelta(days=1)
    assert fixed.points == plain.points == 10


def test_a_picked_option_cannot_be_overridden() -> None:
    """Only typed answers can be "right after all": a wrong option is not a near miss."""
    session, _ = learn(make_deck(CARDS[0]), style=Style.CHOICE)
    outcome = session.answer("Graz", 2_000)
    assert not outcome.correct and not outcome.can_override
    with pytest.raises(SessionError, match="cannot be overridden"):
        session.override()
    assert session.last is outcome


def test_an_override_counts_once_in_the_summary() -> None:
    session, _ = learn_session()
    session.answer("qqq", 2_000)
    session.override()
    summary = session.summary()
    assert summary.answered == 1 and summary.total.correct == 1 and summary.points == 10
    assert summary.max_points == 10
