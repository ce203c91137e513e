"""Study statistics from the progress store, for the app and ``quiz stats``.

Every figure counts the answers that stand: ones taken back (undo) or
corrected ("I was right") are left out, their corrections counted instead.
Days are study days in the learner's zone (they start at 4 a.m.). Each query
stays well under 300 ms on a million answers (bench/store.py).

The hardest cards are named by their question and answer: from the decks the
caller has loaded (the library, a deck played from a file), else from the text
the store kept with the card's answers (``cards.prompt`` and ``cards.answer``,
when the store has those columns), so a deck played from a file outside the
library is still named after its file is gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from quiz.models import Deck
from quiz.scheduling import day_start, study_day
from quiz.session import utc_now
from quiz.store import EPOCH, Store, StoreError, to_ms

FORECAST_DAYS = 14
HISTORY_DAYS = 30
MISSED_LIMIT = 10


@dataclass(frozen=True, slots=True)
class Counts:
    """Answers in some group (a day, a deck, a kind of fact); almost-right counts half for accuracy."""

    name: str
    reviews: int
    correct: int
    almost: int

    @property
    def accuracy(self) -> float:
        return (self.correct + 0.5 * self.almost) / self.reviews if self.reviews else 0.0


@dataclass(frozen=True, slots=True)
class Forecast:
    day: date
    due: int
    """Cards falling due that day (the first day includes everything overdue)."""


@dataclass(frozen=True, slots=True)
class Missed:
    deck: str
    """The deck's title."""
    card: str
    """The card's id in its deck."""
    kind: str
    misses: int
    """Answers that were wrong or almost right."""
    reviews: int
    prompt: str | None = None
    """The card's question or cloze sentence (with its ``___`` blank); None when no deck or record knows it."""
    answer: str | None = None
    """The card's answer; None when no deck or record knows it."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything ``quiz stats`` shows."""

    deck: str | None
    days: list[Counts]
    decks: list[Counts]
    kinds: list[Counts]
    streak: int
    studied_today: bool
    forecast: list[Forecast]
    missed: list[Missed] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``--json``: dates as ISO strings, accuracy as a fraction."""

        def counts(rows: list[Counts], key: str) -> list[dict[str, Any]]:
            return [
                {key: r.name, "reviews": r.reviews, "correct": r.correct, "almost": r.almost,
                 "accuracy": round(r.accuracy, 4)}
                for r in rows
            ]  # fmt: skip

        return {
            "deck": self.deck,
            "streak": {"days": self.streak, "studied_today": self.studied_today},
            "days": counts(self.days, "day"),
            "decks": counts(self.decks, "deck"),
            "kinds": counts(self.kinds, "kind"),
            "forecast": [{"day": f.day.isoformat(), "due": f.due} for f in self.forecast],
            "missed": [asdict(m) for m in self.missed],
        }


def deck_titles(store: Store) -> list[str]:
    """Titles of every deck with stored progress."""
    return [row[0] for row in store.read("SELECT title FROM decks ORDER BY title")]


def _deck_filter(store: Store, deck: str | None, column: str = "deck_id") -> tuple[str, tuple[Any, ...]]:
    if deck is None:
        return "", ()
    rows = store.read("SELECT id FROM decks WHERE key = ? UNION ALL SELECT id FROM decks WHERE title = ?", (deck, deck))
    if not rows:  # a deck is named by its id or its title, whichever the user remembers
        known = ", ".join(deck_titles(store)) or "–"
        raise StoreError.of("unknown_deck", deck=deck, known=known)
    return f" AND {column} = ?", (rows[0][0],)


def _today(store: Store, now: datetime | None) -> int:
    return (study_day(now or utc_now(), store.tz) - EPOCH).days


def per_day(
    store: Store, *, days: int = HISTORY_DAYS, deck: str | None = None, now: datetime | None = None
) -> list[Counts]:
    """Answers and accuracy for each of the last ``days`` study days (today last; quiet days included)."""
    today = _today(store, now)
    where, params = _deck_filter(store, deck)
    rows = store.read(
        f"SELECT day, sum(reviews), sum(correct), sum(almost) FROM daily WHERE day > ?{where} GROUP BY day",
        (today - days, *params),
    )
    found = {row[0]: row for row in rows}
    result = []
    for number in range(today - days + 1, today + 1):
        row = found.get(number, (number, 0, 0, 0))
        result.append(Counts((EPOCH + timedelta(days=number)).isoformat(), row[1], row[2], row[3]))
    return result


def per_deck(store: Store, *, deck: str | None = None) -> list[Counts]:
    """Answers and accuracy per deck, all time, busiest first."""
    where, params = _deck_filter(store, deck, "d.id")
    rows = store.read(
        "SELECT d.title, coalesce(sum(t.reviews), 0), coalesce(sum(t.correct), 0), coalesce(sum(t.almost), 0)"
        f" FROM decks d LEFT JOIN daily t ON t.deck_id = d.id WHERE 1{where} GROUP BY d.id ORDER BY 2 DESC, d.title",
        params,
    )
    return [Counts(*row) for row in rows]


def per_kind(store: Store, *, deck: str | None = None) -> list[Counts]:
    """Answers and accuracy per kind of fact (dates, places, numbers, text), all time."""
    where, params = _deck_filter(store, deck)
    rows = store.read(
        f"SELECT kind, sum(reviews), sum(correct), sum(almost) FROM daily WHERE 1{where} GROUP BY kind"
        " HAVING sum(reviews) > 0 ORDER BY 2 DESC, kind",
        params,
    )
    return [Counts(*row) for row in rows]


def study_streak(store: Store, now: datetime | None = None) -> tuple[int, bool]:
    """Consecutive study days up to today, and whether today is one of them.

    A streak is still alive when yesterday was a study day and today not yet.
    """
    today = _today(store, now)
    days = [row[0] for row in store.read(
        "SELECT day FROM daily WHERE day <= ? GROUP BY day HAVING sum(reviews) > 0 ORDER BY day DESC", (today,)
    )]  # fmt: skip
    studied_today = bool(days) and days[0] == today
    expected = today if studied_today else today - 1
    streak = 0
    for day in days:
        if day != expected:
            break
        streak += 1
        expected -= 1
    return streak, studied_today


def due_forecast(
    store: Store, *, days: int = FORECAST_DAYS, deck: str | None = None, now: datetime | None = None
) -> list[Forecast]:
    """Cards due on each of the next ``days`` study days, today first (with everything overdue)."""
    first = study_day(now or utc_now(), store.tz)
    where, params = _deck_filter(store, deck)
    result = []
    previous_end: int | None = None
    for offset in range(days):
        day = first + timedelta(days=offset)
        end = to_ms(day_start(day + timedelta(days=1), store.tz))
        low = "" if previous_end is None else " AND due >= ?"
        bounds: tuple[Any, ...] = (end,) if previous_end is None else (end, previous_end)
        count = store.read(
            f"SELECT count(*) FROM cards WHERE present = 1 AND due < ?{low}{where}",
            (*bounds, *params),
        )[0][0]
        result.append(Forecast(day, int(count)))
        previous_end = end
    return result


def most_missed(
    store: Store, *, limit: int = MISSED_LIMIT, deck: str | None = None, decks: Iterable[Deck] = ()
) -> list[Missed]:
    """The cards answered wrong (or almost right) most often, still in their decks, with their question and answer.

    The text comes from ``decks`` (as loaded now: the library, a deck played from
    a file) where they hold the card, else from what the store kept of it.
    """
    where, params = _deck_filter(store, deck, "c.deck_id")
    kept = "c.prompt, c.answer" if _has_card_text(store) else "NULL, NULL"
    rows = store.read(
        f"SELECT d.title, c.key, c.kind, c.misses, c.answers, d.key, {kept} FROM cards c INDEXED BY cards_misses"
        f" JOIN decks d ON d.id = c.deck_id WHERE c.misses > 0 AND c.present = 1{where}"
        " ORDER BY c.misses DESC, c.key LIMIT ?",
        (*params, limit),
    )
    known = {(loaded.key, card.id): (card.prompt, card.answer) for loaded in decks for card in loaded.cards}
    result = []
    for title, key, kind, misses, answers, deck_key, prompt, answer in rows:
        found = known.get((deck_key, key))
        if found is not None:
            prompt, answer = found
        result.append(Missed(title, key, kind, misses, answers, prompt or None, answer or None))
    return result


def _has_card_text(store: Store) -> bool:
    """Does the store keep each card's question and answer (``cards.prompt``, ``cards.answer``)?"""
    columns = {row[1] for row in store.read("PRAGMA table_info(cards)")}
    return {"prompt", "answer"} <= columns


def report(store: Store, *, deck: str | None = None, now: datetime | None = None, decks: Iterable[Deck] = ()) -> Report:
    """All of the above for one deck (by title) or every deck; ``decks`` name the hardest cards."""
    now = now or utc_now()
    streak, today = study_streak(store, now)
    return Report(
        deck=deck,
        days=per_day(store, deck=deck, now=now),
        decks=per_deck(store, deck=deck),
        kinds=per_kind(store, deck=deck),
        streak=streak,
        studied_today=today,
        forecast=due_forecast(store, deck=deck, now=now),
        missed=most_missed(store, deck=deck, decks=decks),
    )
