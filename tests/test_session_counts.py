"""The question count a learner reads stays the session size: cards coming back are counted apart."""

from __future__ import annotations

from quiz.models import Card, Deck, Kind
from quiz.session import Rules, Session
from tests.test_session import Clock, learn


def deck_of(count: int) -> Deck:
    cards = tuple(Card(id=f"c{n}", kind=Kind.TEXT, answer=f"antwort{n}", question=f"Frage {n}?") for n in range(count))
    return Deck(title="Zwanzig", cards=cards)


def test_missed_cards_come_back_without_growing_the_count() -> None:
    session, clock = learn(deck_of(20))
    assert (session.position, session.total_cards, session.repeats_pending) == (1, 20, 0)
    seen = []
    for _ in range(5):
        question = session.current
        assert question is not None
        seen.append((question.position, question.total_cards, question.repeats_pending))
        clock.tick(5)
        session.answer("falsch", 3_000)  # each comes back later
    assert seen == [(1, 20, 0), (2, 20, 1), (3, 20, 2), (4, 20, 3), (5, 20, 4)]
    assert (session.position, session.total_cards, session.repeats_pending) == (6, 20, 5)
    assert session.questions == 25  # the old count, still there for the progress bar
    question = session.current
    assert question is not None and question.number == 6 and question.total == 25


def test_while_repeating_the_position_stays_at_the_last_card() -> None:
    session, clock = learn(deck_of(3), rules=Rules(max_repeats=1))
    session.answer("falsch", 3_000)
    while session.current is not None and not session.current.repeat:
        clock.tick(5)
        session.answer(session.current.card.answer, 3_000)
    question = session.current
    assert question is not None and question.repeat
    assert (question.position, question.total_cards, question.repeats_pending) == (3, 3, 1)
    clock.tick(600)
    session.answer(question.card.answer, 30_000)
    assert session.finished and (session.position, session.total_cards, session.repeats_pending) == (3, 3, 0)


def test_undo_takes_the_repeat_back_out_of_the_count() -> None:
    session, _ = learn(deck_of(4))
    session.answer("falsch", 3_000)
    assert session.repeats_pending == 1 and session.position == 2
    session.undo()
    assert (session.position, session.total_cards, session.repeats_pending) == (1, 4, 0)


def test_practice_and_exam_count_cards_the_same_way() -> None:
    practice = Session.practice(deck_of(6), seed=1, clock=Clock())
    practice.answer("falsch", 1_000)
    assert (practice.position, practice.total_cards, practice.repeats_pending) == (2, 6, 0)
    exam = Session.exam(deck_of(6), 4, seed=1)
    assert (exam.position, exam.total_cards, exam.repeats_pending) == (1, 4, 0)


def test_the_summary_tells_cards_from_repeats() -> None:
    session, clock = learn(deck_of(2), rules=Rules(max_repeats=1))
    while not session.finished:
        clock.tick(5)
        session.answer("falsch", 3_000)
    summary = session.summary()
    assert summary.total_cards == 2 and summary.questions == 4 and summary.answered == 4
    assert summary.repeats == 2 and summary.complete
