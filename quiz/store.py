"""Progress in SQLite: card schedules, the review log, sessions and settings.

Every answer is committed in its own short transaction the moment it is
graded (WAL journal), so a crash or ``kill -9`` loses at most the answer being
typed, and two app instances can share one database. A file that is damaged,
not a database, or from a newer quiz is moved aside with a timestamp and a
fresh one started; :attr:`Store.notices` says so in one line for the user.

Usage::

    store = Store.open()                      # paths.database_path(), or QUIZ_DATA_DIR
    agenda = store.agenda(deck)
    session = Session.learn(deck, agenda, scheduler=store.scheduler(deck))
    sid = store.begin(session)
    outcome = session.answer("Wien"); store.record(sid, outcome)
    store.finish(sid, session.summary())

The queries about one deck live in :mod:`quiz.store_queries`, the writes inside a
transaction in :mod:`quiz.store_records`, the schema in :mod:`quiz.store_migrations`
and opening a file (and setting a bad one aside) in :mod:`quiz.store_files`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from quiz import paths
from quiz.models import Deck
from quiz.scheduling import DEFAULT_RETENTION, CardState, Scheduler, check_retention, scheduler_for, study_day
from quiz.session import DEFAULT_RULES, Agenda, Outcome, Rules, Session, Summary, utc_now
from quiz.store_files import Checkpointer, StoreError, prepare, store_message
from quiz.store_queries import SPARE_FACTOR, DeckOverview, DeckQueries
from quiz.store_records import (
    EPOCH,
    card_row,
    deck_fingerprint,
    from_ms,
    insert_answer,
    rebuild_totals,
    reset_state,
    to_ms,
    void_answers,
    write_deck,
    write_state,
)

__all__ = ["EPOCH", "SPARE_FACTOR", "DeckOverview", "Store", "StoreError", "from_ms", "store_message", "to_ms"]


class Store:
    """One open progress database. Safe to share between threads; use as a context manager or call close()."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, notices: Sequence[str] = (), tz: tzinfo | None = None
    ):
        self._db = connection
        self.path = path
        self.notices: tuple[str, ...] = tuple(notices)
        """One-line messages for the user about what happened on opening (e.g. a damaged file moved aside).

        Each is its English text; those made by the store are a :class:`~quiz.messages.Message`,
        said in the screen's language by ``render(lang)`` or :func:`quiz.i18n.t`."""
        self.tz = tz
        self._lock = threading.RLock()
        self._deck_ids: dict[int, tuple[Deck, int]] = {}
        """Decks synced by this store, by object identity (the deck is kept so the id stays unique)."""
        self._session_decks: dict[int, int] = {}
        self._checkpointer = Checkpointer(path)

    # ----- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, tz: tzinfo | None = None) -> Store:
        """Open (or create) the progress database; ``path`` defaults to :func:`quiz.paths.database_path`.

        Raises :class:`StoreError` (one-line message) when the folder cannot be
        created or written. ``tz`` is the learner's zone for study days (default: local).
        """
        target = Path(path) if path is not None else paths.database_path()
        connection, notices = prepare(target)
        return cls(connection, target, notices, tz)

    def close(self) -> None:
        """Close the database, first copying the WAL into it and refreshing the query planner's statistics."""
        self._checkpointer.stop()
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                self._db.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass  # closing anyway; the next open catches up
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; the lock is taken at once so writers queue instead of failing."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StoreError.from_sqlite(error, self.path) from error
            try:
                yield self._db
                self._db.execute("COMMIT")
                self._checkpointer.wrote()
            except BaseException as error:
                self._db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise StoreError.from_sqlite(error, self.path) from error
                raise

    def read(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        """Run a read-only query (for :mod:`quiz.stats`)."""
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                raise StoreError.from_sqlite(error, self.path) from error

    # ----- decks and cards ----------------------------------------------------------------------

    def sync_deck(self, deck: Deck) -> int:
        """Make the stored cards match ``deck``; returns the deck's row id.

        Progress follows the deck's ``key`` (its id, else its title) and each
        card's stable id, so a deck with an id keeps its progress when its
        title changes. Cards that left the deck are
        kept (with their history) but marked absent, so they are not shown.
        Unchanged decks cost one lookup.
        """
        fingerprint = deck_fingerprint(deck)
        with self._lock:
            row = self._db.execute("SELECT id, fingerprint, title FROM decks WHERE key = ?", (deck.key,)).fetchone()
            if row is not None and row[1] == fingerprint and row[2] == deck.title:
                self._deck_ids[id(deck)] = (deck, int(row[0]))
                return int(row[0])
            with self._write() as db:
                deck_id = write_deck(db, deck, fingerprint, moved=row is None)
            self._deck_ids[id(deck)] = (deck, deck_id)
            return deck_id

    def _deck_id(self, deck: Deck) -> int:
        known = self._deck_ids.get(id(deck))
        return known[1] if known is not None else self.sync_deck(deck)

    def _queries(self, deck: Deck) -> DeckQueries:
        return DeckQueries(self.read, self._deck_id(deck), self.tz)

    def card_states(self, deck: Deck) -> dict[str, CardState]:
        """The schedule of every studied card still in ``deck``."""
        return self._queries(deck).card_states()

    def due_count(self, deck: Deck, now: datetime | None = None) -> int:
        return self._queries(deck).due_count(now or utc_now())

    def new_today(self, deck: Deck, now: datetime | None = None) -> int:
        """New cards introduced today (first scheduled review since the study day began)."""
        return self._queries(deck).new_today(now or utc_now())

    def agenda(self, deck: Deck, now: datetime | None = None, rules: Rules = DEFAULT_RULES) -> Agenda:
        """The cards of a learn session: due ones, most overdue first, then today's share of new ones.

        Never-studied cards past today's share come as :attr:`Agenda.spare` (up to
        :data:`SPARE_FACTOR` times the share): the session takes them in place of new
        cards it leaves out because a sibling is already in it.
        """
        return self._queries(deck).agenda(now or utc_now(), rules)

    def overview(
        self, decks: Sequence[Deck], now: datetime | None = None, rules: Rules = DEFAULT_RULES
    ) -> list[DeckOverview]:
        """Home-screen counts for each deck, in the order given."""
        now = now or utc_now()
        return [self._queries(deck).overview(deck.title, now, rules) for deck in decks]

    # ----- sessions and answers -----------------------------------------------------------------

    def begin(self, session: Session) -> int:
        """Register a starting session; returns its id for :meth:`record` and :meth:`finish`."""
        deck_id = self._deck_id(session.deck)
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO sessions (deck_id, mode, style, seed, started_at, questions) VALUES (?, ?, ?, ?, ?, ?)",
                (deck_id, session.mode.value, session.style.value, session.seed, to_ms(session.started_at),
                 session.questions),
            )  # fmt: skip
            session_id = int(cursor.lastrowid or 0)
        self._session_decks[session_id] = deck_id
        return session_id

    def record(self, session_id: int, outcome: Outcome) -> None:
        """Save one graded answer (and, in learn mode, the card's new schedule) in one transaction.

        An override's outcome voids the answer it corrects.
        """
        deck_id = self._session_deck(session_id)
        day = (study_day(outcome.answered_at, self.tz) - EPOCH).days
        with self._write() as db:
            card_id = card_row(db, deck_id, outcome.card)
            if outcome.replaces is not None:
                void_answers(db, session_id, (outcome.replaces,))
            insert_answer(db, session_id, deck_id, card_id, day, outcome)

    def undo(self, session_id: int, outcome: Outcome) -> None:
        """Take back an answer the session undid: void its row and restore the card's schedule."""
        deck_id = self._session_deck(session_id)
        with self._write() as db:
            card_id = card_row(db, deck_id, outcome.card)
            void_answers(db, session_id, (outcome.seq,) + ((outcome.replaces,) if outcome.replaces else ()))
            if outcome.schedule is not None:
                if outcome.previous is None:
                    reset_state(db, card_id)
                else:
                    write_state(db, card_id, outcome.previous, first_review=None)

    def finish(self, session_id: int, summary: Summary) -> None:
        """Close a session with its summary."""
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET ended_at = ?, questions = ?, best_streak = ? WHERE id = ?",
                (to_ms(summary.ended_at), summary.questions, summary.best_streak, session_id),
            )

    def rebuild_totals(self) -> None:
        """Recount every running total (sessions, days, cards) from the review log."""
        with self._write() as db:
            rebuild_totals(db)

    def _session_deck(self, session_id: int) -> int:
        known = self._session_decks.get(session_id)
        if known is None:
            rows = self.read("SELECT deck_id FROM sessions WHERE id = ?", (session_id,))
            if not rows:
                raise StoreError(store_message("no_session", session=session_id, path=str(self.path)))
            known = self._session_decks[session_id] = int(rows[0][0])
        return known

    # ----- settings -----------------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.read("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a setting; None removes it."""
        with self._write() as db:
            if value is None:
                db.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                    (key, value, value),
                )

    def retention(self, deck: Deck | None = None) -> float:
        """Desired retention: the learner's choice for this deck, else the deck file's, else the global one."""
        if deck is not None:
            rows = self.read("SELECT retention FROM decks WHERE id = ?", (self._deck_id(deck),))
            if rows and rows[0][0] is not None:
                return float(rows[0][0])
            if deck.retention is not None:
                return deck.retention
        value = self.setting("retention")
        return float(value) if value is not None else DEFAULT_RETENTION

    def set_retention(self, value: float | None, deck: Deck | None = None) -> None:
        """Choose the desired retention for one deck, or globally (``deck`` None); None resets it."""
        if value is not None:
            check_retention(value)
        if deck is None:
            self.set_setting("retention", None if value is None else repr(value))
            return
        deck_id = self._deck_id(deck)
        with self._write() as db:
            db.execute("UPDATE decks SET retention = ? WHERE id = ?", (value, deck_id))

    def scheduler(self, deck: Deck) -> Scheduler:
        """The scheduler for ``deck`` with its desired retention."""
        return scheduler_for(self.retention(deck))
