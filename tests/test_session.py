"""Sessions: modes, styles, points, streaks, hints, override, undo and the summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from quiz.models import Card, Deck, Grade, Kind, Verdict
from quiz.scheduling import Phase, Rating, Scheduler
from quiz.session import Agenda, Mode, Rules, Session, SessionError, Style, plan

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def card(card_id: str, answer: str, kind: Kind = Kind.PLACE, **extra: object) -> Card:
    return Card(id=card_id, kind=kind, answer=answer, question=f"Frage {card_id}?", **extra)  # type: ignore[arg-type]


def make_deck(*cards: Card, title: str = "Testdeck") -> Deck:
    return Deck(title=title, cards=cards or CARDS)


CARDS = (
    card("wien", "Wien", choices=("Graz", "Linz", "Salzburg"), hint="An der Donau.", tags=("hauptstadt",)),
    card("bern", "Bern", tags=("hauptstadt",)),
    card("mauer", "9. November 1989", Kind.DATE),
    card("donau", "2.850", Kind.NUMBER),
    card("oslo", "Oslo", tags=("hauptstadt",)),
)
EXACT = Scheduler(0.9, fuzz=False)


def learn(deck: Deck | None = None, clock: Clock | None = None, **kwargs: object) -> tuple[Session, Clock]:
    deck = deck or make_deck()
    clock = clock or Clock()
    agenda = kwargs.pop("agenda", None) or plan(deck, {}, clock())
    session = Session.learn(deck, agenda, clock=clock, seed=7, scheduler=EXACT, **kwargs)  # type: ignore[arg-type]
    return session, clock


def answer_all(session: Session, clock: Clock, right: Callable[[Card], bool] = lambda c: True) -> None:
    while not session.finished:
        question = session.current
        assert question is not None
        clock.tick(10)
        session.answer(question.card.answer if right(question.card) else "falsch")


# ----- planning -------------------------------------------------------------------------------


def test_plan_puts_due_cards_first_most_overdue_first_then_capped_new_cards() -> None:
    deck = make_deck()
    old = EXACT.review("bern", None, Rating.EASY, START - timedelta(days=30))
    older = EXACT.review("oslo", None, Rating.EASY, START - timedelta(days=40))
    fresh = EXACT.review("mauer", None, Rating.EASY, START)  # due in days: not yet
    states = {"bern": old, "oslo": older, "mauer": fresh}
    agenda = plan(deck, states, START, new_today=0, rules=Rules(new_per_day=1))
    assert [key for key, _ in agenda.due] == ["oslo", "bern"]
    assert agenda.new == ("wien",)
    assert plan(deck, states, START, new_today=1, rules=Rules(new_per_day=1)).new == ()
    assert plan(deck, states, START, rules=Rules(review_limit=1)).due[0][0] == "oslo"
    assert len(plan(deck, states, START, rules=Rules(review_limit=1)).due) == 1


def test_learn_asks_due_cards_before_new_ones() -> None:
    deck = make_deck()
    due = EXACT.review("oslo", None, Rating.EASY, START - timedelta(days=30))
    session, _ = learn(deck, agenda=Agenda(due=(("oslo", due),), new=("wien",)))
    assert session.current is not None and session.current.card.id == "oslo"
    assert not session.current.is_new
    session.answer("Oslo", 2_000)
    assert session.current is not None and session.current.card.id == "wien" and session.current.is_new


def test_learn_ignores_ids_no_longer_in_the_deck() -> None:
    session, _ = learn(agenda=Agenda(new=("gone", "wien")))
    assert session.questions == 1


# ----- learn mode -----------------------------------------------------------------------------


def test_learn_updates_the_schedule_from_the_rating() -> None:
    session, clock = learn()
    clock.tick(2)
    outcome = session.answer("Wien", 2_000)
    assert outcome.verdict is Verdict.CORRECT and outcome.rating is Rating.EASY
    assert outcome.previous is None and outcome.schedule is not None
    assert outcome.schedule.phase is Phase.REVIEW and outcome.schedule.last_review == clock.now
    assert session.state_of("wien") == outcome.schedule


def test_learn_brings_a_missed_card_back_in_the_same_session() -> None:
    session, clock = learn(make_deck(CARDS[0], CARDS[1]))
    session.answer("Graz", 3_000)
    assert session.questions == 3
    session.answer("Bern", 2_000)
    again = session.current
    assert again is not None and again.card.id == "wien" and again.repeat and not again.is_new
    clock.tick(60)
    outcome = session.answer("Wien", 20_000)
    assert outcome.previous is not None and outcome.previous.phase is Phase.LEARNING
    assert outcome.schedule is not None and outcome.schedule.reps == 2


def test_a_card_comes_back_at_most_max_repeats_times() -> None:
    session, clock = learn(make_deck(CARDS[0]), rules=Rules(max_repeats=2))
    answer_all(session, clock, right=lambda c: False)
    assert session.questions == 3 and len(session.outcomes) == 3


# ----- practice and exam ----------------------------------------------------------------------


def test_practice_never_touches_the_schedule() -> None:
    deck = make_deck()
    clock = Clock()
    session = Session.practice(deck, clock=clock, seed=3)
    answer_all(session, clock, right=lambda c: c.id != "bern")
    assert all(o.schedule is None and o.previous is None for o in session.outcomes)
    assert all(o.mode is Mode.PRACTICE for o in session.outcomes)
    assert session.questions == len(deck.cards)  # missed cards do not come back


def test_practice_order_follows_the_seed() -> None:
    deck = make_deck()

    def order(seed: int) -> list[str]:
        session = Session.practice(deck, seed=seed, clock=Clock())
        ids = []
        while not session.finished:
            assert session.current is not None
            ids.append(session.current.card.id)
            session.skip()
        return ids

    assert order(1) == order(1)
    assert sorted(order(1)) == sorted(c.id for c in deck.cards)
    assert any(order(1) != order(seed) for seed in range(2, 6))


def test_practice_by_tag_and_by_given_cards() -> None:
    deck = make_deck()
    tagged = Session.practice(deck, tag="hauptstadt", seed=1, clock=Clock())
    assert tagged.questions == 3
    given = Session.practice(deck, [CARDS[2]], seed=1, clock=Clock())
    assert given.questions == 1 and given.current is not None and given.current.card.id == "mauer"


def test_exam_has_a_fixed_size_no_hints_and_holds_back_feedback() -> None:
    deck = make_deck()
    clock = Clock()
    exam = Session.exam(deck, 3, clock=clock, seed=5)
    assert exam.questions == 3
    question = exam.current
    assert question is not None and not question.hints_allowed
    with pytest.raises(SessionError, match="exam"):
        exam.hint()
    outcome = exam.answer("falsch")
    assert not outcome.reveal and outcome.schedule is None
    with pytest.raises(SessionError):
        exam.override()
    answer_all(exam, clock)
    assert exam.finished and exam.summary().answered == 3
    assert Session.exam(deck, 99, seed=1).questions == len(deck.cards)
    assert Session.exam(deck, seed=1, rules=Rules(exam_size=2)).questions == 2


# ----- question styles ------------------------------------------------------------------------


def test_multiple_choice_offers_the_answer_and_its_distractors_shuffled_by_seed() -> None:
    deck = make_deck(CARDS[0])
    question = Session.practice(deck, style=Style.CHOICE, seed=11).current
    assert question is not None and question.style is Style.CHOICE
    assert sorted(question.choices) == sorted(["Wien", "Graz", "Linz", "Salzburg"])
    again = Session.practice(deck, style=Style.CHOICE, seed=11).current
    assert again is not None and again.choices == question.choices
    orders = {Session.practice(deck, style=Style.CHOICE, seed=s).current.choices for s in range(12)}  # type: ignore[union-attr]
    assert len(orders) > 1


def test_choose_by_index_and_wrong_choices() -> None:
    deck = make_deck(CARDS[0], CARDS[4])
    session = Session.practice(deck, [CARDS[0]], style=Style.CHOICE, seed=2, clock=Clock())
    question = session.current
    assert question is not None
    wrong = next(i for i, c in enumerate(question.choices) if c != "Wien")
    outcome = session.choose(wrong, 1_000)
    assert outcome.verdict is Verdict.WRONG and outcome.given == question.choices[wrong]
    session.undo()
    assert session.choose(question.choices.index("Wien"), 1_000).correct
    session.undo()
    with pytest.raises(SessionError, match="not one of the choices"):
        session.answer("Wien!")
    with pytest.raises(SessionError):
        session.choose(9)


def test_cards_without_choices_borrow_answers_of_the_same_kind() -> None:
    deck = make_deck()
    session = Session.practice(deck, [CARDS[1]], style=Style.CHOICE, seed=1)
    question = session.current
    assert question is not None and question.style is Style.CHOICE
    assert set(question.choices) == {"Bern", "Wien", "Oslo"}


def test_a_card_with_nothing_to_choose_from_is_typed() -> None:
    deck = make_deck()
    question = Session.practice(deck, [CARDS[2]], style=Style.CHOICE, seed=1).current
    assert question is not None and question.style is Style.TYPE and question.choices == ()


def test_flip_and_self_grade() -> None:
    session, _ = learn(make_deck(CARDS[1], CARDS[2]), style=Style.FLIP)
    question = session.current
    assert question is not None and question.style is Style.FLIP and not question.hints_allowed
    outcome = session.self_grade(Verdict.ALMOST, 6_000)
    assert outcome.verdict is Verdict.ALMOST and outcome.rating is Rating.HARD and outcome.points == 5
    assert session.self_grade(Verdict.CORRECT, 60_000).rating is Rating.GOOD


def test_self_grade_only_for_flip_cards() -> None:
    session, _ = learn()
    with pytest.raises(SessionError, match="flip"):
        session.self_grade(Verdict.CORRECT)


# ----- score ----------------------------------------------------------------------------------


def test_points_streak_and_best_streak() -> None:
    session = Session.practice(make_deck(), seed=4, clock=Clock())
    got = []
    for right in (True, True, True, False, True):
        question = session.current
        assert question is not None
        got.append(session.answer(question.card.answer if right else "nein", 5_000))
    assert [o.points for o in got] == [10, 11, 12, 0, 10]
    assert [o.streak for o in got] == [1, 2, 3, 0, 1]
    assert session.points == 43 and session.best_streak == 3 and session.streak == 1


def test_streak_bonus_is_capped() -> None:
    deck = Deck("Viele", tuple(card(f"c{n}", f"Antwort {n}") for n in range(10)))
    session = Session.practice(deck, seed=1, rules=Rules(streak_bonus_max=2))
    points = []
    while not session.finished:
        assert session.current is not None
        points.append(session.answer(session.current.card.answer, 1_000).points)
    assert points == [10, 11] + [12] * 8


def test_hints_climb_a_ladder_and_cost_points() -> None:
    session, _ = learn(make_deck(CARDS[0]))
    assert session.hint() == "An der Donau."
    assert session.hint() == "W…"
    assert session.hint() == "Wi…"
    with pytest.raises(SessionError, match="no more hints"):
        session.hint()
    question = session.current
    assert question is not None and question.hints == ("An der Donau.", "W…", "Wi…")
    outcome = session.answer("Wien", 1_000)
    assert outcome.points == 10 - 3 * 3 and outcome.hints_used == 3
    assert outcome.rating is Rating.HARD  # fast, but helped


def test_hints_for_a_card_without_its_own() -> None:
    session = Session.practice(make_deck(CARDS[2]), seed=1)
    assert session.hint() == "9…"
    assert session.hint() == "9. Novem…"


def test_skip_counts_as_missed() -> None:
    session, _ = learn()
    outcome = session.skip(4_000)
    assert outcome.skipped and outcome.verdict is Verdict.WRONG and outcome.rating is Rating.AGAIN
    assert not outcome.can_override
    assert session.summary().missed == (CARDS[0],)


def test_answer_time_comes_from_the_clock_when_not_given() -> None:
    session, clock = learn()
    clock.tick(7.5)
    assert session.answer("Wien").elapsed_ms == 7_500
    clock.tick(2)
    assert session.answer("Bern").elapsed_ms == 2_000


# ----- override and undo ----------------------------------------------------------------------


def test_override_counts_the_answer_as_right_and_re_rates_it() -> None:
    review = EXACT.review("bern", None, Rating.EASY, START - timedelta(days=30))
    session, clock = learn(agenda=Agenda(due=(("bern", review),), new=("wien", "oslo")))
    session.answer("Bern", 2_000)
    clock.tick(5)
    wrong = session.answer("Wien, Österreich", 2_000)
    assert wrong.verdict is Verdict.WRONG and wrong.can_override and wrong.points == 0
    assert session.questions == 4  # a missed card comes back
    fixed = session.override()
    assert fixed.overridden and fixed.replaces == wrong.seq and fixed.seq > wrong.seq
    assert fixed.verdict is Verdict.CORRECT and fixed.grade.verdict is Verdict.WRONG
    assert fixed.rating is Rating.EASY and fixed.points == 11 and fixed.streak == 2  # as if typed right
    assert fixed.answered_at == wrong.answered_at and fixed.given == "Wien, Österreich"
    assert fixed.previous is None and fixed.schedule is not None
    assert session.questions == 3  # the miss's repeat is gone: an Easy card is not due again today
    assert [o.seq for o in session.outcomes] == [1, 3]
    assert session.points == 21 and session.summary().missed == ()
    with pytest.raises(SessionError):
        session.override()


def test_override_of_a_review_card_keeps_it_out_of_the_session() -> None:
    review = EXACT.review("bern", None, Rating.EASY, START - timedelta(days=30))
    session, _ = learn(agenda=Agenda(due=(("bern", review),), new=("wien",)))
    wrong = session.answer("Basel", 2_000)
    assert session.questions == 3 and wrong.schedule is not None and wrong.schedule.lapses == 1
    fixed = session.override()
    assert session.questions == 2
    assert fixed.schedule is not None and fixed.schedule.phase is Phase.REVIEW and fixed.schedule.lapses == 0
    assert fixed.previous == review


def test_undo_restores_position_score_streak_and_schedule() -> None:
    session, _ = learn()
    first = session.answer("Wien", 2_000)
    before_points, before_questions = session.points, session.questions
    second = session.answer("falsch", 2_000)
    assert session.questions == before_questions + 1
    undone = session.undo()
    assert undone == second
    assert session.points == before_points and session.streak == 1 and session.questions == before_questions
    assert session.current is not None and session.current.card.id == "bern"
    assert session.state_of("bern") is None and session.state_of("wien") == first.schedule
    session.undo()
    assert session.state_of("wien") is None and session.points == 0 and session.best_streak == 0
    with pytest.raises(SessionError, match="nothing to undo"):
        session.undo()


def test_undo_after_override_takes_back_the_answer() -> None:
    session, _ = learn()
    session.answer("falsch", 2_000)
    fixed = session.override()
    undone = session.undo()
    assert undone == fixed and session.outcomes == () and session.current is not None
    assert session.current.number == 1


def test_undo_keeps_the_hints_already_seen() -> None:
    session = Session.practice(make_deck(CARDS[0]), seed=1)
    session.hint()
    session.answer("Wien", 1_000)
    session.undo()
    assert session.current is not None and session.current.hints == ("An der Donau.",)


# ----- summary --------------------------------------------------------------------------------


def test_summary_of_a_session() -> None:
    session, clock = learn(make_deck(CARDS[0], CARDS[2], CARDS[3]), rules=Rules(max_repeats=0))
    clock.tick(3)
    session.answer("Wien", 3_000)
    session.answer("1. Mai 1990", 9_000)
    session.skip(1_000)
    clock.tick(100)
    summary = session.summary()
    assert session.finished and summary.complete
    assert summary.total.answered == 3 and summary.total.correct == 1 and summary.total.wrong == 2
    assert summary.accuracy == pytest.approx(1 / 3)
    assert summary.by_kind[Kind.PLACE].accuracy == 1.0 and summary.by_kind[Kind.DATE].accuracy == 0.0
    assert summary.points == 10 and summary.max_points == 10 + 11 + 12 and summary.best_streak == 1
    assert summary.skipped == 1 and summary.answer_ms == 13_000 and summary.duration_ms == 103_000
    assert [c.id for c in summary.missed] == ["mauer", "donau"]


def test_a_perfect_run_scores_exactly_the_maximum() -> None:
    session, _ = learn(make_deck(CARDS[0], CARDS[2]), rules=Rules(max_repeats=0))
    session.answer("Wien", 3_000)
    session.answer("9. November 1989", 3_000)
    summary = session.summary()
    assert summary.total.correct == summary.total.answered == 2
    assert summary.points == summary.max_points == 10 + 11


def test_almost_counts_half_for_accuracy(monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.matching

    def lenient(expected: str, given: str, kind: str = "text", aliases: object = (), **_: object) -> Grade:
        return Grade(Verdict.ALMOST, expected, 80.0, "Fast!")

    monkeypatch.setattr(quiz.matching, "grade", lenient)
    session = Session.practice(make_deck(CARDS[0], CARDS[1]), seed=1)
    outcome = session.answer("Wian", 1_000)
    assert outcome.verdict is Verdict.ALMOST and outcome.rating is Rating.HARD and outcome.points == 5
    assert outcome.streak == 0
    session.answer("Bern", 1_000)
    assert session.summary().accuracy == 0.5


def test_multiple_choice_has_no_partial_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.matching

    def lenient(expected: str, given: str, kind: str = "text", aliases: object = (), **_: object) -> Grade:
        return Grade(Verdict.ALMOST, expected, 80.0, "Fast!")

    monkeypatch.setattr(quiz.matching, "grade", lenient)
    session = Session.practice(make_deck(CARDS[0]), style=Style.CHOICE, seed=1)
    assert session.answer("Graz", 1_000).verdict is Verdict.WRONG


def test_the_card_tolerance_reaches_the_grader(monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.matching

    seen: dict[str, object] = {}

    def grader(
        expected: str, given: str, kind: str = "text", aliases: object = (), tolerance: object = None, *, lang: str
    ) -> Grade:
        seen.update(expected=expected, kind=kind, aliases=aliases, tolerance=tolerance, lang=lang)
        return Grade(Verdict.CORRECT, expected, 100.0, "")

    monkeypatch.setattr(quiz.matching, "grade", grader)
    number = card("fluss", "2.850", Kind.NUMBER, tolerance=50.0, aliases=("2850 km",))
    Session.practice(make_deck(number), seed=1, lang="en").answer("2.800", 1_000)
    assert seen == {"expected": "2.850", "kind": "number", "aliases": ("2850 km",), "tolerance": 50.0, "lang": "en"}


def test_the_real_grader_accepts_numbers_within_the_tolerance() -> None:
    number = card("fluss", "2.850", Kind.NUMBER, tolerance=50.0)
    session = Session.practice(make_deck(number), seed=1)
    assert session.answer("2.830", 1_000).correct
    session.undo()
    assert not session.answer("2.500", 1_000).correct


def test_practise_the_missed_ones_afterwards() -> None:
    session, clock = learn(rules=Rules(max_repeats=0))
    answer_all(session, clock, right=lambda c: c.id in ("wien", "oslo"))
    follow_up = session.missed_session(seed=1)
    assert follow_up.mode is Mode.PRACTICE and follow_up.questions == 3
    ids = set()
    while not follow_up.finished:
        assert follow_up.current is not None
        ids.add(follow_up.current.card.id)
        follow_up.skip()
    assert ids == {"bern", "mauer", "donau"}


def test_nothing_to_answer_once_finished() -> None:
    session = Session.practice(make_deck(CARDS[0]), seed=1)
    session.answer("Wien", 1)
    assert session.finished and session.current is None
    for action in (lambda: session.answer("x"), session.skip, session.hint):
        with pytest.raises(SessionError, match="finished"):
            action()
