"""The values a quiz run is made of: modes, styles, rules, the agenda, questions and outcomes.

Plain frozen data shared by :mod:`quiz.session` (which makes them) and the
store and app (which keep and show them). Import them from ``quiz.session``.
The summary of a finished run lives in :mod:`quiz.session_summary`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from quiz.models import Card, Deck, Grade, Verdict
from quiz.scheduling import CardState, Rating

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The default clock: the current time in UTC."""
    return datetime.now(UTC)


class Mode(StrEnum):
    """learn: due then new cards, updates the schedule; practice: any cards, schedule untouched;
    exam: a fixed number of questions, no hints, feedback only at the end."""

    LEARN = "learn"
    PRACTICE = "practice"
    EXAM = "exam"


class Style(StrEnum):
    """How a question is answered: typed, picked from choices, or flipped and self-graded."""

    TYPE = "type"
    CHOICE = "choice"
    FLIP = "flip"


class SessionError(Exception):
    """An action that does not fit the session right now (a hint in an exam, undo with nothing to undo)."""


@dataclass(frozen=True, slots=True)
class Rules:
    """The knobs of a session; the defaults suit most learners."""

    new_per_day: int = 20
    """Learn: new cards introduced per study day and deck."""
    review_limit: int = 200
    """Learn: due cards asked in one session at most (most overdue first)."""
    exam_size: int = 20
    points_correct: int = 10
    points_almost: int = 5
    hint_cost: int = 3
    streak_bonus_max: int = 5
    """A correct answer earns one extra point per correct answer before it in a row, up to this."""
    requeue_within: timedelta = timedelta(minutes=20)
    """Learn: a card whose next due time falls within this comes back later in the same session."""
    max_repeats: int = 3
    """Learn: how often one card may come back within a session."""

    def max_points(self, answered: int) -> int:
        """The most ``answered`` questions can earn: all right in a row, streak bonus included."""
        return sum(self.points_correct + min(streak, self.streak_bonus_max) for streak in range(answered))


DEFAULT_RULES = Rules()


@dataclass(frozen=True, slots=True)
class Agenda:
    """What a learn session asks: due cards with their states (in order), then new card ids.

    ``spare`` names more never-studied cards past today's share of new ones, in
    deck order: a session takes them in place of new cards it leaves out because
    a sibling (a card about the same sentence) is already in it.
    """

    due: tuple[tuple[str, CardState], ...] = ()
    new: tuple[str, ...] = ()
    spare: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.due and not self.new


def plan(
    deck: Deck,
    states: Mapping[str, CardState],
    now: datetime,
    *,
    new_today: int = 0,
    rules: Rules = DEFAULT_RULES,
) -> Agenda:
    """Choose a learn session's cards from every card state of ``deck`` (pure; the store does the same in SQL).

    Due cards come first, most overdue first, up to ``rules.review_limit``;
    then cards never studied, in deck order, up to what remains of the daily
    cap after ``new_today`` new cards already introduced today; the other
    never-studied cards are the ``spare`` ones.
    """
    due = sorted(
        ((card.id, states[card.id]) for card in deck.cards if card.id in states and states[card.id].due <= now),
        key=lambda item: item[1].due,
    )[: rules.review_limit]
    allowed = max(0, rules.new_per_day - new_today)
    unseen = [card.id for card in deck.cards if card.id not in states]
    return Agenda(tuple(due), tuple(unseen[:allowed]), tuple(unseen[allowed:]) if allowed else ())


@dataclass(frozen=True, slots=True)
class Question:
    """The card being asked and how: what the app needs to show it."""

    number: int
    """1-based position in the queue, repeats included (for a progress bar; show :attr:`position`)."""
    total: int
    """Questions in the session so far, repeats included: grows when a card comes back (show :attr:`total_cards`)."""
    card: Card
    style: Style
    choices: tuple[str, ...]
    """Multiple choice: the answer and distractors, shuffled; empty for other styles."""
    hints_allowed: bool
    hints: tuple[str, ...]
    """Hints shown for this question so far."""
    is_new: bool
    repeat: bool
    """Learn: the card was already asked in this session and came back."""
    position: int = 0
    """1-based number of this card among the session's cards ("Frage 6 von 20"); a repeat keeps the last number."""
    total_cards: int = 0
    """The session's cards, each counted once: stays the same when missed cards come back."""
    repeats_pending: int = 0
    """Cards queued to come back and not answered yet, this one included when it is a repeat."""
    typed_fallback: bool = False
    """Multiple choice was chosen, but this card has no sensible options: it is asked typed (tell the learner)."""

    @property
    def prompt(self) -> str:
        return self.card.prompt


@dataclass(frozen=True, slots=True)
class Outcome:
    """One graded answer: everything the app shows and the store records."""

    seq: int
    """1-based number of this answer in the session; an override gets a new one."""
    card: Card
    mode: Mode
    style: Style
    given: str
    grade: Grade
    """The grader's verdict (for an override still the grader's original one)."""
    verdict: Verdict
    """What counts: the grade's verdict, or CORRECT after an override."""
    rating: Rating
    points: int
    streak: int
    elapsed_ms: int
    hints_used: int
    answered_at: datetime
    is_new: bool = False
    skipped: bool = False
    overridden: bool = False
    replaces: int | None = None
    """For an override: the ``seq`` of the outcome it corrects."""
    previous: CardState | None = None
    """Learn: the card's schedule before this answer (None for a new card)."""
    schedule: CardState | None = None
    """Learn: the card's schedule after this answer; None when the schedule is untouched."""
    reveal: bool = True
    """Show the verdict now? False in exams, where feedback waits for the summary."""

    @property
    def correct(self) -> bool:
        return self.verdict is Verdict.CORRECT

    @property
    def can_override(self) -> bool:
        """Only a typed answer can be "right after all": a picked option or a self-rated flip is what it is."""
        return self.style is Style.TYPE and self.mode is not Mode.EXAM and not self.correct and not self.skipped
