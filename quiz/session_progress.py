"""What each answer does to a quiz run, kept so that undo can take it back exactly.

One answer moves several things at once: the position, points and streak, the
hints shown, the card's schedule and the queue (a learn card due again soon
comes back later). :class:`Progress` makes those changes and saves the state
before each answer, so undo and override return to the moment before it, no
more and no less. :class:`~quiz.session.Session` is the face of a run: it
checks what the learner may do and grades it; this module keeps the books.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from quiz.models import Card, Grade, Verdict
from quiz.scheduling import CardState, Scheduler
from quiz.session_grading import rating_for
from quiz.session_values import Clock, Mode, Outcome, Question, Rules


@dataclass(slots=True)
class Slot:
    """One question in the queue: the card, whether it is new, and whether it came back."""

    card: Card
    is_new: bool
    repeat: bool


@dataclass(frozen=True, slots=True)
class _Snapshot:
    position: int
    queue_len: int
    points: int
    streak: int
    best_streak: int
    hints: tuple[str, ...]
    state: tuple[str, CardState | None] | None
    repeats: dict[str, int]


class Progress:
    """The books of a run: queue and position, score and streak, hints, schedules, and the answers that stand."""

    def __init__(
        self,
        queue: list[Slot],
        states: Mapping[str, CardState],
        *,
        mode: Mode,
        rules: Rules,
        scheduler: Scheduler,
        clock: Clock,
        shown_at: datetime,
    ) -> None:
        self.mode = mode
        self.rules = rules
        self.scheduler = scheduler
        self.clock = clock
        self.shown_at = shown_at
        """When the current question was shown: an answer's time counts from here."""
        self.queue = queue
        self.total_cards = len(queue)
        """The session's own cards: the first ``total_cards`` slots of the queue; repeats only ever follow them."""
        self.states: dict[str, CardState | None] = dict(states)
        self.position = 0
        self.points = 0
        self.streak = 0
        self.best_streak = 0
        self.hints: tuple[str, ...] = ()
        """Hints shown for the current question so far."""
        self.repeats: dict[str, int] = {}
        """Learn: how often each card has come back in this run."""
        self.outcomes: list[Outcome] = []
        """The answers that stand, in order; each has a snapshot of the state before it."""
        self._snapshots: list[_Snapshot] = []
        self._seq = 0

    @property
    def finished(self) -> bool:
        return self.position >= len(self.queue)

    @property
    def card_position(self) -> int:
        """1-based number of the current card among the session's own cards; a repeat keeps the last one's."""
        return min(self.position + 1, self.total_cards)

    @property
    def repeats_pending(self) -> int:
        """Cards queued to come back that are not answered yet (the current question included)."""
        return len(self.queue) - max(self.position, self.total_cards)

    @property
    def slot(self) -> Slot:
        """The current question's slot (the run must not be finished)."""
        return self.queue[self.position]

    def record(
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
        """Count an answer to the current question and move on: score, streak, schedule (learn), outcome.

        ``elapsed_ms`` defaults to the time since the question was shown, ``when`` (the answer's time) to now.
        """
        now = when or self.clock()
        if elapsed_ms is None:
            elapsed_ms = max(0, int((now - self.shown_at).total_seconds() * 1000))
        card = question.card
        learn = self.mode is Mode.LEARN
        verdict = Verdict.CORRECT if overridden else result.verdict
        hints_used = len(self.hints)
        rating = rating_for(card, question.style, verdict, elapsed_ms, hints_used=hints_used)
        previous = self.states.get(card.id)
        self._save(card.id if learn else None)
        points = self._score(verdict)
        schedule: CardState | None = None
        if learn:
            schedule = self.scheduler.review(card.id, previous, rating, now, elapsed_ms)
            self._schedule(card, schedule, now)
        self._seq += 1
        outcome = Outcome(
            seq=self._seq, card=card, mode=self.mode, style=question.style, given=given, grade=result,
            verdict=verdict, rating=rating, points=points, streak=self.streak, elapsed_ms=elapsed_ms,
            hints_used=hints_used, answered_at=now, is_new=question.is_new, skipped=skipped,
            overridden=overridden, replaces=replaces, previous=previous, schedule=schedule,
            reveal=self.mode is not Mode.EXAM,
        )  # fmt: skip
        self.outcomes.append(outcome)
        self.position += 1
        self.hints = ()
        self.shown_at = self.clock()
        return outcome

    def take_back(self) -> Outcome:
        """Remove the last answer that stands and return to the state before it; returns that answer."""
        outcome = self.outcomes.pop()
        snapshot = self._snapshots.pop()
        self.position = snapshot.position
        del self.queue[snapshot.queue_len :]
        self.points = snapshot.points
        self.streak = snapshot.streak
        self.best_streak = snapshot.best_streak
        self.hints = snapshot.hints
        self.repeats = snapshot.repeats
        if snapshot.state is not None:
            key, state = snapshot.state
            if state is None:
                self.states.pop(key, None)
            else:
                self.states[key] = state
        return outcome

    def _save(self, schedule_of: str | None) -> None:
        """Remember the state before an answer; ``schedule_of`` names the card whose schedule it will change."""
        state = None if schedule_of is None else (schedule_of, self.states.get(schedule_of))
        self._snapshots.append(
            _Snapshot(
                self.position, len(self.queue), self.points, self.streak, self.best_streak, self.hints, state,
                dict(self.repeats),
            )
        )  # fmt: skip

    def _score(self, verdict: Verdict) -> int:
        """Add an answer's points (streak bonus, less the hints' cost) and carry the streak. Returns the points."""
        points = self._points_for(verdict)
        self.streak = self.streak + 1 if verdict is Verdict.CORRECT else 0
        self.best_streak = max(self.best_streak, self.streak)
        self.points += points
        return points

    def _schedule(self, card: Card, state: CardState, now: datetime) -> None:
        """Learn: keep the card's new schedule; it comes back later in this run when it is due again soon."""
        self.states[card.id] = state
        if state.due - now > self.rules.requeue_within:
            return
        seen = self.repeats.get(card.id, 0)
        if seen >= self.rules.max_repeats:
            return
        self.repeats[card.id] = seen + 1
        self.queue.append(Slot(card, False, True))

    def _points_for(self, verdict: Verdict) -> int:
        rules = self.rules
        if verdict is Verdict.CORRECT:
            base = rules.points_correct + min(self.streak, rules.streak_bonus_max)
        elif verdict is Verdict.ALMOST:
            base = rules.points_almost
        else:
            return 0
        return max(0, base - rules.hint_cost * len(self.hints))
