"""One quiz run: which card is asked next, what an answer is worth, and undo.

Pure logic with an injected clock: nothing here reads files, the database or
the real time, so every path can be tested exactly. The store persists what a
session produces (:class:`Outcome` for each answer, :class:`Summary` at the end);
the app only calls the methods of :class:`Session`.

Typical use::

    session = Session.learn(deck, agenda, clock=clock)
    while not session.finished:
        question = session.current
        outcome = session.answer(typed_text)   # or choose / self_grade / skip
        store.record(session_id, outcome)
    store.finish(session_id, session.summary())
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from quiz.models import Card, Deck, Grade, Kind, Verdict
from quiz.scheduling import CardState, Scheduler, fast_threshold_ms, rate, scheduler_for
from quiz.session_asking import Asker, hint_ladder
from quiz.session_order import sample_distinct, spread_siblings
from quiz.session_values import (
    DEFAULT_RULES,
    Agenda,
    Clock,
    Mode,
    Outcome,
    Question,
    Rules,
    SessionError,
    Style,
    Summary,
    Tally,
    plan,
    utc_now,
)

__all__ = [
    "DEFAULT_RULES", "Agenda", "Clock", "Mode", "Outcome", "Question", "Rules", "Session",
    "SessionError", "Style", "Summary", "Tally", "plan", "utc_now",
]  # fmt: skip


@dataclass(slots=True)
class _Slot:
    card: Card
    is_new: bool
    repeat: bool


@dataclass(slots=True)
class _Snapshot:
    position: int
    queue_len: int
    points: int
    streak: int
    best_streak: int
    hints: tuple[str, ...]
    state: tuple[str, CardState | None] | None
    repeats: dict[str, int] = field(default_factory=dict)


class Session:
    """A run through a list of cards in one mode and style.

    Build one with :meth:`learn`, :meth:`practice` or :meth:`exam`. ``seed``
    makes the order and the multiple-choice shuffles reproducible; ``clock``
    gives the time (UTC) for answer times and the schedule; ``lang`` (de or
    en) is the language of the grader's feedback.
    """

    def __init__(
        self,
        deck: Deck,
        cards: Sequence[Card],
        mode: Mode,
        *,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        scheduler: Scheduler | None = None,
        states: Mapping[str, CardState] | None = None,
        new: Iterable[str] = (),
        lang: str = "de",
    ) -> None:
        self.deck = deck
        self.mode = Mode(mode)
        self.style = Style(style)
        self.clock = clock
        self.seed = seed if seed is not None else secrets.randbelow(2**31)
        self.rules = rules
        self.lang = lang
        self.scheduler = scheduler or scheduler_for(deck.retention or 0.9)
        self.started_at = clock()
        new_ids = set(new)
        self._states: dict[str, CardState | None] = dict(states or {})
        self._queue = [_Slot(card, card.id in new_ids, False) for card in cards]
        self._position = 0
        self._points = 0
        self._streak = 0
        self._best_streak = 0
        self._hints: tuple[str, ...] = ()
        self._shown_at = self.started_at
        self._outcomes: list[Outcome] = []
        self._snapshots: list[_Snapshot] = []
        self._repeats: dict[str, int] = {}
        self._seq = 0
        self._asker = Asker(deck, self.style, self.seed)

    # ----- constructors -------------------------------------------------------------------------

    @classmethod
    def learn(
        cls,
        deck: Deck,
        agenda: Agenda,
        *,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        scheduler: Scheduler | None = None,
        lang: str = "de",
    ) -> Session:
        """Due cards first, then new ones; every answer updates the card's schedule."""
        by_id = {card.id: card for card in deck.cards}
        due = [(by_id[key], state) for key, state in agenda.due if key in by_id]
        new = [by_id[key] for key in agenda.new if key in by_id]
        return cls(
            deck, spread_siblings([card for card, _ in due] + new), Mode.LEARN, style=style, clock=clock, seed=seed,
            rules=rules, scheduler=scheduler, states={card.id: state for card, state in due},
            new=(card.id for card in new), lang=lang,
        )  # fmt: skip

    @classmethod
    def practice(
        cls,
        deck: Deck,
        cards: Sequence[Card] | None = None,
        *,
        tag: str | None = None,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        lang: str = "de",
    ) -> Session:
        """Any cards (default: the whole deck, or those tagged ``tag``) in a seeded random order.

        Never touches the schedule.
        """
        chosen = list(cards if cards is not None else deck.cards)
        if tag is not None:
            chosen = [card for card in chosen if tag in card.tags or tag in deck.tags]
        seed = seed if seed is not None else secrets.randbelow(2**31)
        random.Random(seed).shuffle(chosen)
        return cls(
            deck, spread_siblings(chosen), Mode.PRACTICE, style=style, clock=clock, seed=seed, rules=rules, lang=lang
        )

    @classmethod
    def exam(
        cls,
        deck: Deck,
        size: int | None = None,
        *,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        lang: str = "de",
    ) -> Session:
        """``size`` (default ``rules.exam_size``) cards drawn at random; no hints, score only at the end."""
        seed = seed if seed is not None else secrets.randbelow(2**31)
        count = min(size if size is not None else rules.exam_size, len(deck.cards))
        chosen = spread_siblings(sample_distinct(deck.cards, count, random.Random(seed)))
        return cls(deck, chosen, Mode.EXAM, style=style, clock=clock, seed=seed, rules=rules, lang=lang)

    def missed_session(self, seed: int | None = None) -> Session:
        """A practice follow-up with the cards missed so far."""
        missed = self.summary().missed
        return Session.practice(
            self.deck, missed, style=self.style, clock=self.clock, seed=seed, rules=self.rules, lang=self.lang
        )

    # ----- state --------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self._position >= len(self._queue)

    @property
    def current(self) -> Question | None:
        """The question to show, or None when the session is finished."""
        if self.finished:
            return None
        slot = self._queue[self._position]
        style, choices = self._asker.ask(slot.card)
        return Question(
            number=self._position + 1,
            total=len(self._queue),
            card=slot.card,
            style=style,
            choices=choices,
            hints_allowed=self.mode is not Mode.EXAM and style is not Style.FLIP,
            hints=self._hints,
            is_new=slot.is_new,
            repeat=slot.repeat,
        )

    @property
    def questions(self) -> int:
        """Questions in the session so far (learn sessions grow when a card comes back)."""
        return len(self._queue)

    @property
    def points(self) -> int:
        return self._points

    @property
    def streak(self) -> int:
        return self._streak

    @property
    def best_streak(self) -> int:
        return self._best_streak

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The answers that count, in order (overridden ones replaced, undone ones gone)."""
        return tuple(self._outcomes)

    @property
    def last(self) -> Outcome | None:
        return self._outcomes[-1] if self._outcomes else None

    @property
    def can_undo(self) -> bool:
        return bool(self._outcomes)

    def state_of(self, card_id: str) -> CardState | None:
        """Learn: the card's schedule as it stands in this session."""
        return self._states.get(card_id)

    # ----- actions ------------------------------------------------------------------------------

    def answer(self, text: str, elapsed_ms: int | None = None) -> Outcome:
        """Grade a typed answer (or, in multiple choice, the text of the chosen option)."""
        question = self._require_question()
        card = question.card
        if question.style is Style.CHOICE and text not in question.choices:
            raise SessionError(f"{text!r} is not one of the choices")
        from quiz.matching import grade  # on first use: the first question can show before the grader loads

        result = grade(
            card.answer, text, kind=card.kind.value, aliases=card.aliases, tolerance=card.tolerance, lang=self.lang
        )
        if question.style is Style.CHOICE and result.verdict is Verdict.ALMOST:
            # Picking a near-miss distractor is not half right.
            result = Grade(Verdict.WRONG, None, result.score, result.feedback)
        return self._settle(question, text, result, elapsed_ms)

    def choose(self, index: int, elapsed_ms: int | None = None) -> Outcome:
        """Multiple choice: pick the option at ``index`` (0-based) of ``current.choices``."""
        question = self._require_question()
        if not 0 <= index < len(question.choices):
            raise SessionError(f"there is no choice {index + 1}")
        return self.answer(question.choices[index], elapsed_ms)

    def self_grade(self, verdict: Verdict, elapsed_ms: int | None = None) -> Outcome:
        """Flip style: the learner saw the answer and says how well they knew it."""
        question = self._require_question()
        if question.style is not Style.FLIP:
            raise SessionError("self-grading is for flip cards; type or choose the answer")
        verdict = Verdict(verdict)
        score = {Verdict.CORRECT: 100.0, Verdict.ALMOST: 50.0, Verdict.WRONG: 0.0}[verdict]
        return self._settle(question, "", Grade(verdict, None, score, ""), elapsed_ms)

    def skip(self, elapsed_ms: int | None = None) -> Outcome:
        """Give up on the current question: it counts as missed and shows the answer."""
        question = self._require_question()
        result = Grade(Verdict.WRONG, None, 0.0, "")
        return self._settle(question, "", result, elapsed_ms, skipped=True)

    def hint(self) -> str:
        """The next hint for the current question (costs ``rules.hint_cost`` points on the answer).

        First the card's own hint, then the answer's first letter, then its first half.
        """
        question = self._require_question()
        if not question.hints_allowed:
            raise SessionError("no hints in an exam" if self.mode is Mode.EXAM else "no hints for this question")
        ladder = hint_ladder(question.card)
        if len(self._hints) >= len(ladder):
            raise SessionError("no more hints")
        self._hints = (*self._hints, ladder[len(self._hints)])
        return self._hints[-1]

    def override(self) -> Outcome:
        """Count the last answer as correct after all ("I was right") and re-rate it.

        Returns the new outcome; its ``replaces`` names the one it corrects.
        """
        last = self.last
        if last is None:
            raise SessionError("there is no answer to override")
        if not last.can_override:
            raise SessionError("this answer cannot be overridden")
        snapshot = self._snapshots.pop()
        self._outcomes.pop()
        self._restore(snapshot)
        question = self._require_question()
        return self._settle(
            question, last.given, last.grade, last.elapsed_ms,
            overridden=True, replaces=last.seq, when=last.answered_at,
        )  # fmt: skip

    def undo(self) -> Outcome:
        """Take back the last answer: score, streak, schedule and position return to before it.

        Returns the undone outcome so the store can take it back too.
        """
        if not self._outcomes:
            raise SessionError("there is nothing to undo")
        outcome = self._outcomes.pop()
        self._restore(self._snapshots.pop())
        self._shown_at = self.clock()
        return outcome

    def summary(self) -> Summary:
        total = Tally()
        by_kind: dict[Kind, Tally] = {}
        missed: dict[str, Card] = {}
        for outcome in self._outcomes:
            total = total.add(outcome.verdict)
            kind = outcome.card.kind
            by_kind[kind] = by_kind.get(kind, Tally()).add(outcome.verdict)
            if not outcome.correct:
                missed.setdefault(outcome.card.id, outcome.card)
        return Summary(
            deck=self.deck.title,
            mode=self.mode,
            style=self.style,
            started_at=self.started_at,
            ended_at=self.clock(),
            total=total,
            by_kind=by_kind,
            points=self._points,
            max_points=self.rules.max_points(total.answered),
            best_streak=self._best_streak,
            skipped=sum(o.skipped for o in self._outcomes),
            hints_used=sum(o.hints_used for o in self._outcomes),
            answer_ms=sum(o.elapsed_ms for o in self._outcomes),
            missed=tuple(missed.values()),
            questions=len(self._queue),
        )

    # ----- internals ----------------------------------------------------------------------------

    def _require_question(self) -> Question:
        question = self.current
        if question is None:
            raise SessionError("the session is finished")
        return question

    def _settle(
        self,
        question: Question,
        given: str,
        result: Grade,
        elapsed_ms: int | None,
        *,
        skipped: bool = False,
        overridden: bool = False,
        replaces: int | None = None,
        when: datetime | None = None,
    ) -> Outcome:
        now = when or self.clock()
        if elapsed_ms is None:
            elapsed_ms = max(0, int((now - self._shown_at).total_seconds() * 1000))
        card = question.card
        verdict = Verdict.CORRECT if overridden else result.verdict
        hinted = bool(self._hints)
        fast = fast_threshold_ms(card.answer, typed=question.style is Style.TYPE)
        rating = rate(verdict, elapsed_ms, fast, hinted=hinted, overridden=overridden)
        previous = self._states.get(card.id)
        self._snapshots.append(
            _Snapshot(
                self._position, len(self._queue), self._points, self._streak, self._best_streak,
                self._hints, (card.id, previous) if self.mode is Mode.LEARN else None, dict(self._repeats),
            )
        )  # fmt: skip
        points = self._points_for(verdict)
        self._streak = self._streak + 1 if verdict is Verdict.CORRECT else 0
        self._best_streak = max(self._best_streak, self._streak)
        self._points += points
        schedule: CardState | None = None
        if self.mode is Mode.LEARN:
            schedule = self.scheduler.review(card.id, previous, rating, now, elapsed_ms)
            self._states[card.id] = schedule
            self._maybe_requeue(card, schedule, now)
        self._seq += 1
        outcome = Outcome(
            seq=self._seq, card=card, mode=self.mode, style=question.style, given=given, grade=result,
            verdict=verdict, rating=rating, points=points, streak=self._streak, elapsed_ms=elapsed_ms,
            hints_used=len(self._hints), answered_at=now, is_new=question.is_new, skipped=skipped,
            overridden=overridden, replaces=replaces, previous=previous, schedule=schedule,
            reveal=self.mode is not Mode.EXAM,
        )  # fmt: skip
        self._outcomes.append(outcome)
        self._position += 1
        self._hints = ()
        self._shown_at = self.clock()
        return outcome

    def _points_for(self, verdict: Verdict) -> int:
        rules = self.rules
        if verdict is Verdict.CORRECT:
            base = rules.points_correct + min(self._streak, rules.streak_bonus_max)
        elif verdict is Verdict.ALMOST:
            base = rules.points_almost
        else:
            return 0
        return max(0, base - rules.hint_cost * len(self._hints))

    def _maybe_requeue(self, card: Card, schedule: CardState, now: datetime) -> None:
        if schedule.due - now > self.rules.requeue_within:
            return
        seen = self._repeats.get(card.id, 0)
        if seen >= self.rules.max_repeats:
            return
        self._repeats[card.id] = seen + 1
        self._queue.append(_Slot(card, False, True))

    def _restore(self, snapshot: _Snapshot) -> None:
        self._position = snapshot.position
        del self._queue[snapshot.queue_len :]
        self._points = snapshot.points
        self._streak = snapshot.streak
        self._best_streak = snapshot.best_streak
        self._hints = snapshot.hints
        self._repeats = snapshot.repeats
        if snapshot.state is not None:
            key, state = snapshot.state
            if state is None:
                self._states.pop(key, None)
            else:
                self._states[key] = state
