"""The progress database's schema and its forward migrations.

``PRAGMA user_version`` holds the schema version. Each entry of
:data:`MIGRATIONS` takes a database from version ``n`` to ``n + 1``; a new
database runs them all. Never edit a released migration: add a new one, and a
test that starts from the version before it (tests/test_store_migrations.py).

Times are integers: milliseconds since 1970 in UTC. ``day`` columns hold the
study day (days since 1970-01-01 in the learner's zone, starting at 4 a.m.).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x5155_495A  # "QUIZ": marks the file as ours (PRAGMA application_id)

_V1 = """
CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,   -- the deck's id, else its title: progress follows it
    title       TEXT NOT NULL,
    retention   REAL,                   -- desired retention chosen by the learner; NULL: deck file or global
    fingerprint TEXT,                   -- hash of the card ids last synced, to skip unchanged decks
    created_at  INTEGER NOT NULL
);

CREATE TABLE cards (
    id           INTEGER PRIMARY KEY,
    deck_id      INTEGER NOT NULL REFERENCES decks(id),
    key          TEXT NOT NULL,         -- the card's stable id in its deck
    kind         TEXT NOT NULL,
    position     INTEGER NOT NULL,      -- order in the deck file (new cards come in this order)
    present      INTEGER NOT NULL DEFAULT 1,  -- 0: no longer in the deck; progress kept, card not shown
    phase        TEXT,                  -- learning, review, relearning; NULL: never scheduled (new)
    due          INTEGER,
    stability    REAL,
    difficulty   REAL,
    step         INTEGER,
    last_review  INTEGER,
    reps         INTEGER NOT NULL DEFAULT 0,
    lapses       INTEGER NOT NULL DEFAULT 0,
    first_review INTEGER,               -- first scheduled review: counts against the daily new-card cap
    UNIQUE (deck_id, key)
);
CREATE INDEX cards_due ON cards (deck_id, present, due) WHERE due IS NOT NULL;
CREATE INDEX cards_new ON cards (deck_id, present, position) WHERE phase IS NULL;
CREATE INDEX cards_first_review ON cards (deck_id, first_review) WHERE first_review IS NOT NULL;

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    deck_id     INTEGER NOT NULL REFERENCES decks(id),
    mode        TEXT NOT NULL,
    style       TEXT NOT NULL,
    seed        INTEGER,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER,                -- NULL: still running, or the app stopped before the end
    questions   INTEGER NOT NULL DEFAULT 0,
    answered    INTEGER NOT NULL DEFAULT 0,
    correct     INTEGER NOT NULL DEFAULT 0,
    almost      INTEGER NOT NULL DEFAULT 0,
    points      INTEGER NOT NULL DEFAULT 0,
    max_points  INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    answer_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_deck ON sessions (deck_id, started_at);

-- Append-only: rows are never deleted or rewritten. Taking an answer back
-- (undo) or correcting it ("I was right") only sets ``void`` on the old row;
-- the correction is a new row with ``overridden`` = 1.
CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id),
    seq        INTEGER,                 -- the answer's number within its session
    card_id    INTEGER NOT NULL REFERENCES cards(id),
    deck_id    INTEGER NOT NULL REFERENCES decks(id),
    kind       TEXT NOT NULL,           -- the card's kind when answered (stats per kind)
    at         INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    mode       TEXT NOT NULL,
    style      TEXT NOT NULL,
    given      TEXT NOT NULL,
    verdict    TEXT NOT NULL,           -- what counts: correct, almost, wrong
    graded     TEXT NOT NULL,           -- what the grader said (differs after an override)
    rating     INTEGER NOT NULL,        -- 1 Again, 2 Hard, 3 Good, 4 Easy
    answer_ms  INTEGER NOT NULL,
    points     INTEGER NOT NULL DEFAULT 0,
    hints      INTEGER NOT NULL DEFAULT 0,
    skipped    INTEGER NOT NULL DEFAULT 0,
    overridden INTEGER NOT NULL DEFAULT 0,
    void       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reviews_session_seq ON reviews (session_id, seq);
CREATE INDEX reviews_day ON reviews (day, verdict) WHERE void = 0;
CREATE INDEX reviews_card ON reviews (card_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""


_V2 = """
-- Running totals kept with every answer, so stats never scan the review log.
-- Both are derived data: rebuilt here from the log, and kept in step by the store.
ALTER TABLE cards ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN misses INTEGER NOT NULL DEFAULT 0;  -- wrong or almost right
UPDATE cards SET (answers, misses) = (
    SELECT count(*), coalesce(sum(verdict != 'correct'), 0) FROM reviews r WHERE r.card_id = cards.id AND r.void = 0
) WHERE id IN (SELECT card_id FROM reviews);
CREATE INDEX cards_misses ON cards (misses) WHERE misses > 0;
CREATE INDEX cards_due_any_deck ON cards (due) WHERE present = 1 AND due IS NOT NULL;

CREATE TABLE daily (
    day       INTEGER NOT NULL,
    deck_id   INTEGER NOT NULL REFERENCES decks(id),
    kind      TEXT NOT NULL,
    reviews   INTEGER NOT NULL DEFAULT 0,
    correct   INTEGER NOT NULL DEFAULT 0,
    almost    INTEGER NOT NULL DEFAULT 0,
    answer_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, deck_id, kind)
) WITHOUT ROWID;
INSERT INTO daily (day, deck_id, kind, reviews, correct, almost, answer_ms)
    SELECT day, deck_id, kind, count(*), sum(verdict = 'correct'), sum(verdict = 'almost'), sum(answer_ms)
    FROM reviews WHERE void = 0 GROUP BY day, deck_id, kind;

-- Stats no longer read the log by day; the card index serves its history.
DROP INDEX reviews_day;
"""


_V3 = """
-- Each card's text as last answered, so stats can name a card whose deck file is gone.
-- Set with every answer; NULL for cards answered before.
ALTER TABLE cards ADD COLUMN prompt TEXT;  -- the question, or the cloze sentence with its ___ blank
ALTER TABLE cards ADD COLUMN answer TEXT;
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(connection: sqlite3.Connection) -> None:
        # Statement by statement: executescript() would commit the migration's transaction.
        buffer = ""
        for line in sql.splitlines(keepends=True):
            buffer += line
            if sqlite3.complete_statement(buffer):
                connection.execute(buffer)
                buffer = ""
        if buffer.strip(" \n"):
            connection.execute(buffer)

    return run


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_script(_V1), _script(_V2), _script(_V3))
"""``MIGRATIONS[n]`` takes the schema from version n to n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target``, one version per transaction; returns the version before."""
    start = int(connection.execute("PRAGMA user_version").fetchone()[0])
    for version in range(start, target):
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            current = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if current <= version:
                MIGRATIONS[version](connection)
                connection.execute(f"PRAGMA user_version = {version + 1}")
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return start
