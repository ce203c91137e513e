"""Forward migrations, from every earlier schema version to the current one, keeping the data."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import quiz.store_migrations as migrations
from quiz.models import Deck
from quiz.session import Session
from quiz.store import Store
from quiz.store_migrations import SCHEMA_VERSION, migrate
from tests.test_session import make_deck

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
NOW_MS = int(NOW.timestamp() * 1000)
TODAY = (NOW - timedelta(hours=4)).date().toordinal() - datetime(1970, 1, 1).toordinal()


def fill_v1(db: sqlite3.Connection) -> None:
    """Progress as schema 1 stored it: one deck, two studied cards, a session with three answers (one undone)."""
    db.execute("INSERT INTO decks (id, key, title, created_at) VALUES (1, 'Testdeck', 'Testdeck', ?)", (NOW_MS,))
    for position, key in enumerate(("wien", "bern", "mauer", "donau", "oslo")):
        db.execute(
            "INSERT INTO cards (id, deck_id, key, kind, position) VALUES (?, 1, ?, ?, ?)",
            (position + 1, key, "date" if key == "mauer" else "place", position),
        )
    db.execute(
        "UPDATE cards SET phase = 'review', due = ?, stability = 8.3, difficulty = 2.1, last_review = ?, reps = 1,"
        " first_review = ? WHERE key IN ('wien', 'mauer')",
        (NOW_MS + 8 * 86_400_000, NOW_MS, NOW_MS),
    )
    db.execute(
        "INSERT INTO sessions (id, deck_id, mode, style, seed, started_at, ended_at, questions, answered, correct,"
        " almost, points, max_points, best_streak, answer_ms) VALUES (1, 1, 'learn', 'type', 7, ?, ?, 5, 2, 1, 0,"
        " 10, 20, 1, 5000)",
        (NOW_MS, NOW_MS + 60_000),
    )
    answers = [  # seq, card, kind, verdict, void
        (1, 1, "place", "correct", 0),
        (2, 3, "date", "wrong", 0),
        (3, 2, "place", "wrong", 1),
    ]
    for seq, card, kind, verdict, void in answers:
        db.execute(
            "INSERT INTO reviews (session_id, seq, card_id, deck_id, kind, at, day, mode, style, given, verdict,"
            " graded, rating, answer_ms, points, void)"
            " VALUES (1, ?, ?, 1, ?, ?, ?, 'learn', 'type', 'x', ?, ?, ?, 2500, ?, ?)",
            (seq, card, kind, NOW_MS + seq * 1000, TODAY, verdict, verdict, 3 if verdict == "correct" else 1,
             10 if verdict == "correct" else 0, void),
        )  # fmt: skip
    db.execute("INSERT INTO settings (key, value) VALUES ('retention', '0.85')")


def fill_v2(db: sqlite3.Connection) -> None:
    """Progress as schema 2 stored it: schema 1's, with the running totals the store kept beside the log."""
    fill_v1(db)
    db.execute(
        "INSERT INTO daily (day, deck_id, kind, reviews, correct, almost, answer_ms)"
        " VALUES (?, 1, 'date', 1, 0, 0, 2500), (?, 1, 'place', 1, 1, 0, 2500)",
        (TODAY, TODAY),
    )
    db.execute("UPDATE cards SET answers = 1, misses = (key = 'mauer') WHERE key IN ('wien', 'mauer')")


FILL: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: lambda db: None,  # a new, empty file
    1: fill_v1,
    2: fill_v2,
}
"""Data as each earlier version stored it. A new migration needs an entry for the version before it."""


def test_every_earlier_version_has_test_data() -> None:
    assert set(FILL) == set(range(SCHEMA_VERSION))


def database_at(path: Path, version: int) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=version)
    db.execute("BEGIN")
    FILL[version](db)
    db.execute("COMMIT")
    assert db.execute("PRAGMA user_version").fetchone()[0] == version
    db.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrating_from_each_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "progress.sqlite3"
    database_at(path, version)
    with Store.open(path, tz=UTC) as store:
        assert store.notices == ()
        assert store.read("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert store.read("PRAGMA integrity_check")[0][0] == "ok"
        assert store.read("PRAGMA foreign_key_check") == []
        deck = make_deck()
        if version >= 1:
            states = store.card_states(deck)
            assert set(states) == {"wien", "mauer"} and states["wien"].stability == 8.3
            assert store.retention(deck) == 0.85
            assert store.read("SELECT count(*), sum(void) FROM reviews")[0] == (3, 1)
        check_running_totals(store, version)
        # and it keeps working: a new session on the migrated file
        assert store.overview([deck], NOW)[0].total == 5
        check_card_text(store, deck)


def check_card_text(store: Store, deck: Deck) -> None:
    """Schema 3 keeps each card's text: empty for answers from before, set by the next answer."""
    assert store.read("SELECT count(*) FROM cards WHERE prompt IS NOT NULL OR answer IS NOT NULL")[0][0] == 0
    session = Session.practice(deck, [deck.cards[2]], clock=lambda: NOW, seed=1)
    session_id = store.begin(session)
    store.record(session_id, session.answer("1989", 4_000))
    card = deck.cards[2]
    assert store.read("SELECT prompt, answer FROM cards WHERE key = ?", (card.id,)) == [(card.prompt, card.answer)]


def check_running_totals(store: Store, version: int) -> None:
    """Totals added by schema 2 are rebuilt from the log by the migration."""
    if version == 0:
        assert store.read("SELECT count(*) FROM daily")[0][0] == 0
        return
    assert store.read("SELECT day, deck_id, kind, reviews, correct FROM daily ORDER BY kind") == [
        (TODAY, 1, "date", 1, 0),
        (TODAY, 1, "place", 1, 1),
    ]
    assert store.read("SELECT key, answers, misses FROM cards WHERE answers > 0 ORDER BY key") == [
        ("mauer", 1, 1),
        ("wien", 1, 0),
    ]


def test_a_new_database_runs_every_migration(tmp_path: Path) -> None:
    with Store.open(tmp_path / "progress.sqlite3") as store:
        tables = {row[0] for row in store.read("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"decks", "cards", "sessions", "reviews", "settings", "daily"} <= tables


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "progress.sqlite3"
    database_at(path, 1)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrate(db, target=2)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    db.close()


def test_migrating_twice_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    database_at(path, 1)
    Store.open(path).close()
    with Store.open(path) as store:
        assert store.read("SELECT count(*) FROM daily")[0][0] == 2
