"""Spaced repetition: when a card comes back, and what an answer is worth to the schedule.

This is the only module that imports ``fsrs`` (on first use: a session's first
question needs no schedule, so the app starts without it). Everything above it speaks in
:class:`CardState` and :class:`Rating`, plain values that the store can persist
and the session can hold without knowing the algorithm.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import IntEnum, StrEnum
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from quiz.models import Verdict

if TYPE_CHECKING:
    import fsrs

DEFAULT_RETENTION = 0.9
MIN_RETENTION = 0.5
MAX_RETENTION = 0.99
FAST_BASE_MS = 4_000
"""An answer faster than this (plus :data:`FAST_PER_CHAR_MS` per typed character) counts as easy."""
FAST_PER_CHAR_MS = 250
MASTERED_DAYS = 21.0
"""A card whose memory is stable for three weeks or more counts as mastered (Anki calls it mature)."""
DAY_STARTS_AT_HOUR = 4
"""A study day runs from 4 a.m. to 4 a.m., so a late-night session still counts as that day."""


class Rating(IntEnum):
    """How well a card was recalled; the values are the FSRS ratings."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class Phase(StrEnum):
    """Where a card stands in its schedule (a card never reviewed has no state at all)."""

    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"


_PHASE_TO_FSRS = {Phase.LEARNING: "Learning", Phase.REVIEW: "Review", Phase.RELEARNING: "Relearning"}
"""Our phases by the names of FSRS's states."""
_FSRS_TO_PHASE = {value: key for key, value in _PHASE_TO_FSRS.items()}


@dataclass(frozen=True, slots=True)
class CardState:
    """The schedule of one card after at least one scheduled review.

    ``due`` and ``last_review`` are timezone-aware UTC datetimes; ``stability``
    is in days (how long until recall drops to 90 %), ``difficulty`` 1 to 10.
    """

    due: datetime
    phase: Phase
    stability: float
    difficulty: float
    last_review: datetime
    step: int | None = None
    reps: int = 1
    lapses: int = 0

    @property
    def mastered(self) -> bool:
        return self.phase is Phase.REVIEW and self.stability >= MASTERED_DAYS

    def is_due(self, now: datetime) -> bool:
        return self.due <= now


def fast_threshold_ms(answer: str, typed: bool = True) -> int:
    """How quick an answer must be to count as easy: longer answers take longer to type."""
    return FAST_BASE_MS + (FAST_PER_CHAR_MS * len(answer) if typed else 0)


def rate(
    verdict: Verdict,
    elapsed_ms: int,
    fast_ms: int = FAST_BASE_MS,
    *,
    hinted: bool = False,
) -> Rating:
    """Map a graded answer to an FSRS rating.

    wrong -> Again; almost -> Hard; correct -> Good, or Easy when faster than
    ``fast_ms``. A correct answer that needed a hint is only Hard. An answer
    the learner overrides ("I was right") is rated as the correct answer it
    was: the session passes CORRECT, so an override never schedules sooner
    than typing the answer right would have.
    """
    if verdict is Verdict.WRONG:
        return Rating.AGAIN
    if verdict is Verdict.ALMOST or hinted:
        return Rating.HARD
    return Rating.EASY if 0 <= elapsed_ms < fast_ms else Rating.GOOD


def check_retention(value: float) -> float:
    """``value`` if it is a sensible desired retention, else a ValueError that says why."""
    if not MIN_RETENTION <= value <= MAX_RETENTION:
        raise ValueError(f"desired retention must be between {MIN_RETENTION} and {MAX_RETENTION}, not {value}")
    return value


def card_number(key: str) -> int:
    """A stable positive integer for a card key, used as the FSRS card id.

    FSRS wants integer ids (and makes one up from the clock otherwise, sleeping
    a millisecond each time); our decks have stable string ids.
    """
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=7).digest(), "big")


class Scheduler:
    """FSRS with one desired retention. ``fuzz=False`` makes intervals exact (tests)."""

    def __init__(self, retention: float = DEFAULT_RETENTION, *, fuzz: bool = True) -> None:
        self.retention = check_retention(retention)
        self.fuzz = fuzz

    @cached_property
    def _fsrs(self) -> fsrs.Scheduler:
        import fsrs

        return fsrs.Scheduler(desired_retention=self.retention, enable_fuzzing=self.fuzz)

    def review(
        self, key: str, state: CardState | None, rating: Rating, when: datetime, duration_ms: int | None = None
    ) -> CardState:
        """The card's next state after being answered with ``rating`` at ``when``.

        ``state`` is None for a card never scheduled before.
        """
        import fsrs

        when = _utc(when)
        card = _to_fsrs(key, state, when)
        updated, _log = self._fsrs.review_card(card, fsrs.Rating(int(rating)), when, duration_ms)
        reps = state.reps + 1 if state else 1
        lapses = (state.lapses if state else 0) + (
            1 if state is not None and state.phase is Phase.REVIEW and rating is Rating.AGAIN else 0
        )
        return CardState(
            due=updated.due,
            phase=_FSRS_TO_PHASE[updated.state.name],
            stability=float(updated.stability or 0.0),
            difficulty=float(updated.difficulty or 0.0),
            last_review=when,
            step=updated.step,
            reps=reps,
            lapses=lapses,
        )

    def retrievability(self, key: str, state: CardState | None, now: datetime) -> float:
        """The predicted chance (0 to 1) of recalling the card at ``now``; 0 for a new card."""
        if state is None:
            return 0.0
        now = _utc(now)
        return float(self._fsrs.get_card_retrievability(_to_fsrs(key, state, now), now))


@lru_cache(maxsize=16)
def scheduler_for(retention: float = DEFAULT_RETENTION, fuzz: bool = True) -> Scheduler:
    """A shared scheduler per retention (they are immutable once made)."""
    return Scheduler(retention, fuzz=fuzz)


def study_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The study day ``moment`` belongs to, in ``tz`` (default: the local zone).

    Days start at :data:`DAY_STARTS_AT_HOUR`, so answering at 1 a.m. still
    counts for the evening before (streaks and the daily new-card cap).
    """
    local = moment.astimezone(tz) if moment.tzinfo else moment
    return (local - timedelta(hours=DAY_STARTS_AT_HOUR)).date()


def day_start(day: date, tz: tzinfo | None = None) -> datetime:
    """The UTC moment a study day begins."""
    local = datetime(day.year, day.month, day.day, DAY_STARTS_AT_HOUR)
    aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return aware.astimezone(UTC)


def _to_fsrs(key: str, state: CardState | None, now: datetime) -> fsrs.Card:
    import fsrs

    if state is None:
        return fsrs.Card(card_id=card_number(key), due=now)
    return fsrs.Card(
        card_id=card_number(key),
        state=fsrs.State[_PHASE_TO_FSRS[state.phase]],
        step=state.step if state.step is not None or state.phase is Phase.REVIEW else 0,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_utc(state.due),
        last_review=_utc(state.last_review),
    )


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)
