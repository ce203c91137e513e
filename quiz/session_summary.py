"""What a quiz run adds up to: answers counted by verdict and kind, score, time, and the cards missed.

Kept apart from :mod:`quiz.session` because the summary is computed from the
outcomes alone, and the store and the app's summary screen read it without
caring how the run got there. Import the names from ``quiz.session``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from quiz.models import Card, Kind, Verdict
from quiz.session_values import Mode, Outcome, Rules, Style


@dataclass(frozen=True, slots=True)
class Tally:
    """Answers counted by verdict; accuracy counts an almost-right answer as half."""

    answered: int = 0
    correct: int = 0
    almost: int = 0

    @property
    def wrong(self) -> int:
        return self.answered - self.correct - self.almost

    @property
    def accuracy(self) -> float:
        """0 to 1; 0 when nothing was answered."""
        return (self.correct + 0.5 * self.almost) / self.answered if self.answered else 0.0

    def add(self, verdict: Verdict) -> Tally:
        return Tally(
            self.answered + 1,
            self.correct + (verdict is Verdict.CORRECT),
            self.almost + (verdict is Verdict.ALMOST),
        )


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of a session, shown at its end and kept in the store."""

    deck: str
    mode: Mode
    style: Style
    started_at: datetime
    ended_at: datetime
    total: Tally
    by_kind: Mapping[Kind, Tally]
    points: int
    max_points: int
    best_streak: int
    skipped: int
    hints_used: int
    answer_ms: int
    """Time spent answering (sum of the answer times)."""
    missed: tuple[Card, ...]
    """Cards not answered correctly at least once, in the order they were missed."""
    questions: int
    """Questions in the session, answered or not, repeats of missed cards included."""
    total_cards: int = 0
    """The session's cards, each counted once (``questions`` less the repeats)."""

    @property
    def repeats(self) -> int:
        """Questions that asked a missed card again."""
        return max(0, self.questions - self.total_cards)

    @property
    def accuracy(self) -> float:
        return self.total.accuracy

    @property
    def answered(self) -> int:
        return self.total.answered

    @property
    def duration_ms(self) -> int:
        return max(0, int((self.ended_at - self.started_at).total_seconds() * 1000))

    @property
    def complete(self) -> bool:
        return self.total.answered >= self.questions


def summarize(
    outcomes: Sequence[Outcome],
    *,
    deck: str,
    mode: Mode,
    style: Style,
    started_at: datetime,
    ended_at: datetime,
    points: int,
    best_streak: int,
    rules: Rules,
    questions: int,
    total_cards: int | None = None,
) -> Summary:
    """Count the answers that stand (``outcomes``) of a run with ``questions`` questions in all."""
    total = Tally()
    by_kind: dict[Kind, Tally] = {}
    missed: dict[str, Card] = {}
    for outcome in outcomes:
        total = total.add(outcome.verdict)
        kind = outcome.card.kind
        by_kind[kind] = by_kind.get(kind, Tally()).add(outcome.verdict)
        if not outcome.correct:
            missed.setdefault(outcome.card.id, outcome.card)
    return Summary(
        deck=deck,
        mode=mode,
        style=style,
        started_at=started_at,
        ended_at=ended_at,
        total=total,
        by_kind=by_kind,
        points=points,
        max_points=rules.max_points(total.answered),
        best_streak=best_streak,
        skipped=sum(o.skipped for o in outcomes),
        hints_used=sum(o.hints_used for o in outcomes),
        answer_ms=sum(o.elapsed_ms for o in outcomes),
        missed=tuple(missed.values()),
        questions=questions,
        total_cards=questions if total_cards is None else total_cards,
    )
