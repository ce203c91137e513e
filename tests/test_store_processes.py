"""Real processes on one database: ``kill -9`` in the middle of answering, and two app instances at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.store import Store

pytestmark = pytest.mark.slow

# A stand-in for the app: learn (or practise) a deck, recording every answer;
# prints "saved <seq>" once store.record() has returned.
CHILD = """
import sys
from quiz.models import Card, Deck, Kind
from quiz.session import Rules, Session
from quiz.store import Store

path, mode, answers = sys.argv[1], sys.argv[2], int(sys.argv[3])
deck = Deck("Prozesse", tuple(Card(f"k{i}", Kind.TEXT, f"Antwort {i}", question=f"Frage {i}?") for i in range(400)))
store = Store.open(path)
rules = Rules(new_per_day=1000, max_repeats=0)
if mode == "learn":
    session = Session.learn(deck, store.agenda(deck, rules=rules), rules=rules, scheduler=store.scheduler(deck))
else:
    session = Session.practice(deck)
session_id = store.begin(session)
print("session", session_id, flush=True)
for n in range(answers):
    question = session.current
    text = question.card.answer if n % 3 else "falsch"
    store.record(session_id, session.answer(text, 5_000))
    print("saved", n + 1, flush=True)
store.finish(session_id, session.summary())
store.close()
print("done", flush=True)
"""


def start(path: Path, mode: str, answers: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), mode, str(answers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def consistent(store: Store) -> None:
    """The file is intact and every running total matches the log."""
    assert store.read("PRAGMA integrity_check")[0][0] == "ok"
    assert store.read("PRAGMA foreign_key_check") == []
    tables = ("SELECT * FROM daily ORDER BY day, deck_id, kind", "SELECT id, answers, misses FROM cards ORDER BY id",
              "SELECT id, answered, correct, almost, points, answer_ms FROM sessions ORDER BY id")  # fmt: skip
    kept = [store.read(sql) for sql in tables]
    store.rebuild_totals()
    assert [store.read(sql) for sql in tables] == kept


def test_kill_9_in_the_middle_of_answering_loses_nothing_saved(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    rng = random.Random(9)
    expected_total = 0
    for run in range(6):
        child = start(path, "learn" if run % 2 else "practice", 100_000)
        assert child.stdout is not None
        header = child.stdout.readline().split()
        assert header[0] == "session", child.stderr.read() if child.stderr else ""
        session_id = int(header[1])
        target = rng.randint(5, 150)
        acknowledged = 0
        while acknowledged < target:
            line = child.stdout.readline()
            assert line.startswith("saved"), line + (child.stderr.read() if child.stderr else "")
            acknowledged = int(line.split()[1])
        time.sleep(rng.uniform(0, 0.02))  # land anywhere: between answers or inside a transaction
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
        with Store.open(path) as store:
            assert store.notices == ()
            saved = store.read("SELECT count(*) FROM reviews WHERE session_id = ?", (session_id,))[0][0]
            # Everything acknowledged survived; at most the answers after the last acknowledgement
            # (committed while we slept) are there too, never half of one.
            assert saved >= acknowledged
            answered, ended = store.read("SELECT answered, ended_at FROM sessions WHERE id = ?", (session_id,))[0]
            assert answered == saved and ended is None
            expected_total += saved
            assert store.read("SELECT count(*) FROM reviews")[0][0] == expected_total
            consistent(store)


def test_two_app_instances_on_one_database(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    Store.open(path).close()
    answers = 300
    children = [start(path, "learn", answers), start(path, "practice", answers), start(path, "learn", answers)]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.splitlines()[-1] == "done"
    with Store.open(path) as store:
        assert store.read("SELECT count(*) FROM reviews")[0][0] == 3 * answers
        assert store.read("SELECT answered, ended_at IS NOT NULL FROM sessions") == [(answers, 1)] * 3
        assert store.read("SELECT count(*) FROM (SELECT session_id, seq FROM reviews GROUP BY 1, 2)")[0][0] == 900
        assert store.read("SELECT count(*) FROM cards WHERE phase IS NOT NULL")[0][0] > 0
        consistent(store)
