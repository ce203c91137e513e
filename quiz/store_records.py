"""Writing answers and schedules inside one of the store's transactions.

Each function takes the open connection of a running write transaction: the
review-log row, the session's running totals, the daily totals and the card's
counters all change together, or not at all. Undo and override never delete a
row; they mark it void and take its counts back out.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from quiz.models import Card, Deck
from quiz.scheduling import CardState, Phase
from quiz.session_values import Outcome

EPOCH = date(1970, 1, 1)
STATE_COLUMNS = "due, phase, stability, difficulty, last_review, step, reps, lapses"
"""The columns :func:`state_from_row` reads, in order."""


def to_ms(moment: datetime) -> int:
    """A timezone-aware time as milliseconds since 1970 (UTC), the store's time format."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return int(moment.timestamp() * 1000)


def from_ms(value: int) -> datetime:
    return datetime.fromtimestamp(value / 1000, UTC)


def state_from_row(row: Sequence[Any]) -> CardState:
    due, phase, stability, difficulty, last_review, step, reps, lapses = row
    return CardState(
        due=from_ms(due), phase=Phase(phase), stability=stability, difficulty=difficulty,
        last_review=from_ms(last_review), step=step, reps=reps, lapses=lapses,
    )  # fmt: skip


def deck_fingerprint(deck: Deck) -> str:
    """A hash of the deck's card ids and kinds in order: when it is unchanged, syncing is skipped."""
    text = "\x1e".join(f"{card.id}\x1f{card.kind.value}" for card in deck.cards)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def write_deck(db: sqlite3.Connection, deck: Deck, fingerprint: str, *, moved: bool) -> int:
    """Make the deck's stored cards match ``deck``; returns its row id.

    Cards that left the deck stay (with their history), marked absent. ``moved``:
    no row has the deck's key yet, so progress kept under its title moves to its id (if it has one).
    """
    if moved and deck.id is not None:
        db.execute(
            "UPDATE decks SET key = ? WHERE key = ? AND NOT EXISTS (SELECT 1 FROM decks WHERE key = ?)",
            (deck.key, deck.title, deck.key),
        )
    db.execute(
        "INSERT INTO decks (key, title, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
        (deck.key, deck.title, to_ms(datetime.now(UTC))),
    )
    deck_id = int(db.execute("SELECT id FROM decks WHERE key = ?", (deck.key,)).fetchone()[0])
    db.execute("UPDATE decks SET title = ? WHERE id = ?", (deck.title, deck_id))
    db.execute("UPDATE cards SET present = 0 WHERE deck_id = ?", (deck_id,))
    db.executemany(
        "INSERT INTO cards (deck_id, key, kind, position, present) VALUES (?, ?, ?, ?, 1)"
        " ON CONFLICT (deck_id, key) DO UPDATE SET kind = excluded.kind,"
        " position = excluded.position, present = 1",
        ((deck_id, card.id, card.kind.value, n) for n, card in enumerate(deck.cards)),
    )
    db.execute("UPDATE decks SET fingerprint = ? WHERE id = ?", (fingerprint, deck_id))
    return deck_id


def card_row(db: sqlite3.Connection, deck_id: int, card: Card) -> int:
    """The row id of ``card`` in the deck, added at the end if the deck was never synced with it."""
    row = db.execute("SELECT id FROM cards WHERE deck_id = ? AND key = ?", (deck_id, card.id)).fetchone()
    if row is not None:
        return int(row[0])
    position = db.execute("SELECT coalesce(max(position), -1) + 1 FROM cards WHERE deck_id = ?", (deck_id,))
    cursor = db.execute(
        "INSERT INTO cards (deck_id, key, kind, position) VALUES (?, ?, ?, ?)",
        (deck_id, card.id, card.kind.value, position.fetchone()[0]),
    )
    return int(cursor.lastrowid or 0)


def insert_answer(
    db: sqlite3.Connection, session_id: int, deck_id: int, card_id: int, day: int, outcome: Outcome
) -> None:
    """Append the answer to the log and add it to every running total."""
    at = to_ms(outcome.answered_at)
    db.execute(
        "INSERT INTO reviews (session_id, seq, card_id, deck_id, kind, at, day, mode, style, given, verdict,"
        " graded, rating, answer_ms, points, hints, skipped, overridden)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (session_id, outcome.seq, card_id, deck_id, outcome.card.kind.value, at, day, outcome.mode.value,
         outcome.style.value, outcome.given, outcome.verdict.value, outcome.grade.verdict.value,
         int(outcome.rating), outcome.elapsed_ms, outcome.points, outcome.hints_used, int(outcome.skipped),
         int(outcome.overridden)),
    )  # fmt: skip
    _count(db, session_id, deck_id, card_id, outcome.card.kind.value, day, outcome.verdict.value, outcome.points,
           outcome.elapsed_ms, +1, text=(outcome.card.prompt, outcome.card.answer))  # fmt: skip
    db.execute("UPDATE sessions SET best_streak = max(best_streak, ?) WHERE id = ?", (outcome.streak, session_id))
    if outcome.schedule is not None:
        write_state(db, card_id, outcome.schedule, first_review=at)


def void_answers(db: sqlite3.Connection, session_id: int, seqs: Sequence[int]) -> None:
    """Mark answers as taken back and remove them from the running totals (the rows stay)."""
    for seq in seqs:
        row = db.execute(
            "SELECT id, deck_id, card_id, kind, day, verdict, points, answer_ms FROM reviews"
            " WHERE session_id = ? AND seq = ? AND void = 0",
            (session_id, seq),
        ).fetchone()
        if row is None:
            continue
        db.execute("UPDATE reviews SET void = 1 WHERE id = ?", (row[0],))
        _, deck_id, card_id, kind, day, verdict, points, answer_ms = row
        _count(db, session_id, deck_id, card_id, kind, day, verdict, points, answer_ms, -1)


def _count(
    db: sqlite3.Connection, session_id: int, deck_id: int, card_id: int, kind: str, day: int, verdict: str,
    points: int, answer_ms: int, sign: int, text: tuple[str, str] | None = None,
) -> None:  # fmt: skip
    """Add (``sign`` +1) or take back (-1) one answer in every running total.

    ``text`` (the card's prompt and answer) is kept with the card in the same row update, for stats.
    """
    correct, almost = sign * (verdict == "correct"), sign * (verdict == "almost")
    db.execute(
        "UPDATE sessions SET answered = answered + ?, correct = correct + ?, almost = almost + ?,"
        " points = points + ?, answer_ms = answer_ms + ? WHERE id = ?",
        (sign, correct, almost, sign * points, sign * answer_ms, session_id),
    )
    db.execute(
        "INSERT INTO daily (day, deck_id, kind, reviews, correct, almost, answer_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (day, deck_id, kind) DO UPDATE SET reviews = reviews + excluded.reviews,"
        " correct = correct + excluded.correct, almost = almost + excluded.almost,"
        " answer_ms = answer_ms + excluded.answer_ms",
        (day, deck_id, kind, sign, correct, almost, sign * answer_ms),
    )
    if text is None:
        db.execute(
            "UPDATE cards SET answers = answers + ?, misses = misses + ? WHERE id = ?",
            (sign, sign * (verdict != "correct"), card_id),
        )
    else:
        db.execute(
            "UPDATE cards SET answers = answers + ?, misses = misses + ?, prompt = ?, answer = ? WHERE id = ?",
            (sign, sign * (verdict != "correct"), *text, card_id),
        )


def write_state(db: sqlite3.Connection, card_id: int, state: CardState, first_review: int | None) -> None:
    """Save a card's schedule; ``first_review`` is kept if the card already has one."""
    db.execute(
        "UPDATE cards SET phase = ?, due = ?, stability = ?, difficulty = ?, step = ?, last_review = ?, reps = ?,"
        " lapses = ?, first_review = coalesce(first_review, ?) WHERE id = ?",
        (state.phase.value, to_ms(state.due), state.stability, state.difficulty, state.step,
         to_ms(state.last_review), state.reps, state.lapses, first_review, card_id),
    )  # fmt: skip


def reset_state(db: sqlite3.Connection, card_id: int) -> None:
    """Make a card new again (its first scheduled answer was taken back)."""
    db.execute(
        "UPDATE cards SET phase = NULL, due = NULL, stability = NULL, difficulty = NULL, step = NULL,"
        " last_review = NULL, reps = 0, lapses = 0, first_review = NULL WHERE id = ?",
        (card_id,),
    )


def rebuild_totals(db: sqlite3.Connection) -> None:
    """Recount the daily totals and the cards' answer counters from the review log."""
    db.execute("DELETE FROM daily")
    db.execute(
        "INSERT INTO daily (day, deck_id, kind, reviews, correct, almost, answer_ms)"
        " SELECT day, deck_id, kind, count(*), sum(verdict = 'correct'), sum(verdict = 'almost'), sum(answer_ms)"
        " FROM reviews WHERE void = 0 GROUP BY day, deck_id, kind"
    )
    db.execute("UPDATE cards SET answers = 0, misses = 0 WHERE answers != 0 OR misses != 0")
    db.execute(
        "UPDATE cards SET (answers, misses) = (SELECT count(*), coalesce(sum(verdict != 'correct'), 0)"
        " FROM reviews r WHERE r.card_id = cards.id AND r.void = 0) WHERE id IN (SELECT card_id FROM reviews)"
    )
    db.execute(
        "UPDATE sessions SET (answered, correct, almost, points, answer_ms) = (SELECT count(*),"
        " coalesce(sum(verdict = 'correct'), 0), coalesce(sum(verdict = 'almost'), 0), coalesce(sum(points), 0),"
        " coalesce(sum(answer_ms), 0) FROM reviews r WHERE r.session_id = sessions.id AND r.void = 0)"
    )
