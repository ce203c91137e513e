"""What the progress database says about one deck: schedules, what is due, a learn session's cards, Home's counts.

Read-only queries over one deck's rows, used through :class:`quiz.store.Store`
(which finds the deck's row id and holds the connection). Each is one or two
indexed queries, so Home and the next card stay fast on 100,000 cards
(bench/store.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Protocol

from quiz.scheduling import MASTERED_DAYS, CardState, day_start, study_day
from quiz.session_values import Agenda, Rules
from quiz.store_records import STATE_COLUMNS, from_ms, state_from_row, to_ms

SPARE_FACTOR = 10
"""A learn session's new cards come with up to this many times as many spare ones (siblings are left out)."""


class Read(Protocol):
    """:meth:`quiz.store.Store.read`: run one read-only query."""

    def __call__(self, sql: str, params: Sequence[Any] | dict[str, Any] = ..., /) -> list[tuple[Any, ...]]: ...


@dataclass(frozen=True, slots=True)
class DeckOverview:
    """Counts for the home screen, for one deck."""

    title: str
    total: int
    """Cards in the deck (cards removed from the file are not counted)."""
    due: int
    """Studied cards due now."""
    new: int
    """Cards never studied."""
    new_today: int
    """New cards a learn session would introduce now (the daily cap minus those already introduced today)."""
    mastered: int
    """Cards remembered for three weeks or more."""
    last_score: float | None
    """Accuracy (0 to 1) of the last session with answers; None if the deck was never studied."""
    last_studied: datetime | None

    @property
    def mastery(self) -> float:
        return self.mastered / self.total if self.total else 0.0

    @property
    def studied(self) -> int:
        return self.total - self.new


class DeckQueries:
    """The queries about one synced deck (its row id), with study days in the learner's zone ``tz``."""

    def __init__(self, read: Read, deck_id: int, tz: tzinfo | None) -> None:
        self.read = read
        self.deck_id = deck_id
        self.tz = tz

    def card_states(self) -> dict[str, CardState]:
        rows = self.read(
            f"SELECT key, {STATE_COLUMNS} FROM cards WHERE deck_id = ? AND present = 1 AND phase IS NOT NULL",
            (self.deck_id,),
        )
        return {row[0]: state_from_row(row[1:]) for row in rows}

    def due_count(self, now: datetime) -> int:
        rows = self.read(
            "SELECT count(*) FROM cards WHERE deck_id = ? AND present = 1 AND due IS NOT NULL AND due <= ?",
            (self.deck_id, to_ms(now)),
        )
        return int(rows[0][0])

    def new_today(self, now: datetime) -> int:
        start = day_start(study_day(now, self.tz), self.tz)
        rows = self.read(
            "SELECT count(*) FROM cards WHERE deck_id = ? AND first_review >= ?", (self.deck_id, to_ms(start))
        )
        return int(rows[0][0])

    def agenda(self, now: datetime, rules: Rules) -> Agenda:
        due = self.read(
            f"SELECT key, {STATE_COLUMNS} FROM cards INDEXED BY cards_due"
            " WHERE deck_id = ? AND present = 1 AND due IS NOT NULL AND due <= ? ORDER BY due LIMIT ?",
            (self.deck_id, to_ms(now), rules.review_limit),
        )
        allowed = max(0, rules.new_per_day - self.new_today(now))
        unseen = [row[0] for row in self.read(
            "SELECT key FROM cards WHERE deck_id = ? AND present = 1 AND phase IS NULL ORDER BY position LIMIT ?",
            (self.deck_id, allowed * SPARE_FACTOR),
        )]  # fmt: skip
        states = tuple((row[0], state_from_row(row[1:])) for row in due)
        return Agenda(states, tuple(unseen[:allowed]), tuple(unseen[allowed:]))

    def overview(self, title: str, now: datetime, rules: Rules) -> DeckOverview:
        total, new, due, mastered = self.read(
            "SELECT count(*), coalesce(sum(phase IS NULL), 0), coalesce(sum(due <= :now), 0),"
            " coalesce(sum(phase = 'review' AND stability >= :mastered), 0)"
            " FROM cards WHERE deck_id = :deck AND present = 1",
            {"now": to_ms(now), "mastered": MASTERED_DAYS, "deck": self.deck_id},
        )[0]
        last = self.read(
            "SELECT answered, correct, almost, started_at FROM sessions"
            " WHERE deck_id = ? AND answered > 0 ORDER BY started_at DESC LIMIT 1",
            (self.deck_id,),
        )
        score = (last[0][1] + 0.5 * last[0][2]) / last[0][0] if last else None
        new_today = min(int(new), max(0, rules.new_per_day - self.new_today(now)))
        return DeckOverview(
            title, int(total), int(due), int(new), new_today, int(mastered), score,
            from_ms(last[0][3]) if last else None,
        )  # fmt: skip
