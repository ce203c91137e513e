"""The progress store at scale, and the same workload in Anki's real backend.

Usage: python bench/store.py [--cards N] [--reviews N] [--skip-anki]
       (default 100,000 cards and 1,000,000 review-log rows; needs ``pip install -e ".[bench]"`` for Anki)

Targets (issue 5): next-card selection and the due count under 20 ms, recording
an answer under 5 ms p99, every stats query under 300 ms, the database under
300 MB; and at least as fast as Anki on "add 100,000 cards, answer 10,000
reviews, count due cards".
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz import stats  # noqa: E402
from quiz.models import Card, Deck, Kind  # noqa: E402
from quiz.scheduling import MASTERED_DAYS, study_day  # noqa: E402
from quiz.session import Rules, Session  # noqa: E402
from quiz.store import EPOCH, Store, to_ms  # noqa: E402

KINDS = (Kind.DATE, Kind.PLACE, Kind.NUMBER, Kind.TEXT)
DAY_MS = 86_400_000


def big_deck(count: int, title: str = "Benchmark") -> Deck:
    cards = tuple(
        Card(id=f"karte-{i:06d}", kind=KINDS[i % 4], answer=f"Antwort {i}", question=f"Frage Nummer {i}?")
        for i in range(count)
    )
    return Deck(title=title, cards=cards)


def millis(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered) * 1000:7.2f} ms   p99 {p99 * 1000:7.2f} ms"


def timed(action: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def fill_history(store: Store, deck: Deck, reviews: int, now: datetime, rng: random.Random) -> None:
    """A year of study: 80 % of the cards scheduled, ``reviews`` answers spread over 365 days."""
    deck_id = store.sync_deck(deck)
    ids = [row[0] for row in store.read("SELECT id FROM cards WHERE deck_id = ? ORDER BY position", (deck_id,))]
    studied = ids[: int(len(ids) * 0.8)]
    now_ms = to_ms(now)
    today = (study_day(now, store.tz) - EPOCH).days
    db = store._db  # bulk loading only: the bench stands in for a year of app use
    db.execute("BEGIN")
    states = []
    for card_id in studied:
        stability = rng.lognormvariate(2.5, 1.2)
        last = now_ms - int(rng.uniform(0, 120) * DAY_MS)
        due = last + int(stability * DAY_MS)
        phase = "review" if rng.random() < 0.93 else "relearning"
        first = last - int(rng.uniform(0, 240) * DAY_MS)
        states.append((phase, due, stability, rng.uniform(1, 10), last, rng.randint(1, 30), rng.randint(0, 3), first,
                       card_id))  # fmt: skip
    db.executemany(
        "UPDATE cards SET phase = ?, due = ?, stability = ?, difficulty = ?, last_review = ?, reps = ?, lapses = ?,"
        " first_review = ? WHERE id = ?",
        states,
    )
    per_session = 25
    sessions = (reviews + per_session - 1) // per_session
    db.executemany(
        "INSERT INTO sessions (id, deck_id, mode, style, started_at) VALUES (?, ?, 'learn', 'type', ?)",
        ((n + 1, deck_id, now_ms - (reviews - n * per_session) * 30_000) for n in range(sessions)),
    )
    verdicts = ("correct",) * 15 + ("almost",) * 2 + ("wrong",) * 3
    ratings = {"correct": 3, "almost": 2, "wrong": 1}
    modes = ("learn",) * 16 + ("practice",) * 3 + ("exam",)

    def rows() -> Any:
        for n in range(reviews):
            card_id = studied[rng.randrange(len(studied))]
            at = now_ms - (reviews - n) * 30_000  # one answer every 30 s, ending now
            verdict = verdicts[rng.randrange(20)]
            yield (n // per_session + 1, n % per_session + 1, card_id, deck_id, KINDS[card_id % 4].value, at,
                   today - (now_ms - at) // DAY_MS, modes[rng.randrange(20)], "type", f"Antwort {card_id}",
                   verdict, verdict, ratings[verdict], rng.randint(1_500, 20_000), 10 if verdict == "correct" else 0,
                   1 if rng.random() < 0.01 else 0)  # fmt: skip

    db.executemany(
        "INSERT INTO reviews (session_id, seq, card_id, deck_id, kind, at, day, mode, style, given, verdict, graded,"
        " rating, answer_ms, points, void) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    db.execute("UPDATE sessions SET ended_at = (SELECT max(at) FROM reviews r WHERE r.session_id = sessions.id)")
    db.execute("COMMIT")
    store.rebuild_totals()


def scale(cards: int, reviews: int, folder: Path) -> None:
    print(f"== scale: {cards:,} cards, {reviews:,} review-log rows")
    path = folder / "progress.sqlite3"
    now = datetime.now(UTC)
    deck = big_deck(cards)
    store = Store.open(path)
    start = time.perf_counter()
    store.sync_deck(deck)
    print(f"add {cards:,} cards (first sync):     {time.perf_counter() - start:8.2f} s")
    start = time.perf_counter()
    fill_history(store, deck, reviews, now, random.Random(5))
    print(f"fill {reviews:,} reviews (bulk, setup):  {time.perf_counter() - start:8.2f} s")
    store.close()

    start = time.perf_counter()
    store = Store.open(path)
    print(f"open the database:                     {(time.perf_counter() - start) * 1000:8.1f} ms")
    start = time.perf_counter()
    store.sync_deck(deck)
    print(f"sync the unchanged deck:               {(time.perf_counter() - start) * 1000:8.1f} ms")
    due = store.due_count(deck, now)
    print(f"due now: {due:,}")
    print(f"next-card selection (agenda):  {millis(timed(lambda: store.agenda(deck, now), 50))}")
    print(f"due count:                     {millis(timed(lambda: store.due_count(deck, now), 50))}")
    print(f"home-screen overview:          {millis(timed(lambda: store.overview([deck], now), 20))}")

    session = Session.learn(deck, store.agenda(deck, now, Rules(review_limit=2_000)), seed=1,
                            scheduler=store.scheduler(deck))  # fmt: skip
    session_id = store.begin(session)
    record_times, answer_times = [], []
    while not session.finished and len(record_times) < 2_000:
        question = session.current
        assert question is not None
        start = time.perf_counter()
        outcome = session.answer(question.card.answer if len(record_times) % 5 else "falsch", 6_000)
        middle = time.perf_counter()
        store.record(session_id, outcome)
        record_times.append(time.perf_counter() - middle)
        answer_times.append(middle - start)
    store.finish(session_id, session.summary())
    print(f"record an answer ({len(record_times):,}x):      {millis(record_times)}")
    print(f"grade + schedule an answer:    {millis(answer_times)}")

    queries: dict[str, Callable[[], Any]] = {
        "reviews per day (30 days)": lambda: stats.per_day(store, now=now),
        "reviews per day, one deck": lambda: stats.per_day(store, deck=deck.title, now=now),
        "accuracy per deck": lambda: stats.per_deck(store),
        "accuracy per kind": lambda: stats.per_kind(store),
        "accuracy per kind, one deck": lambda: stats.per_kind(store, deck=deck.title),
        "study-day streak": lambda: stats.study_streak(store, now),
        "due forecast (14 days)": lambda: stats.due_forecast(store, now=now),
        "most missed cards": lambda: stats.most_missed(store),
        "the whole report": lambda: stats.report(store, now=now),
    }
    for name, query in queries.items():
        print(f"stats: {name:28s} {millis(timed(query, 5))}")
    report = stats.report(store, now=now)
    print(f"  (streak {report.streak} days, {sum(d.reviews for d in report.days):,} answers in 30 days,"
          f" mastered ≥ {MASTERED_DAYS:.0f} d: {store.overview([deck], now)[0].mastered:,})")  # fmt: skip
    store.read("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    size = sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith(path.name))
    print(f"database size:                         {size / 1e6:8.1f} MB")


def quiz_workload(cards: int, answers: int, folder: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    store = Store.open(folder / "progress.sqlite3")
    start = time.perf_counter()
    deck = big_deck(cards)
    store.sync_deck(deck)
    times["add cards"] = time.perf_counter() - start

    start = time.perf_counter()
    rules = Rules(new_per_day=answers, review_limit=answers)
    session = Session.learn(deck, store.agenda(deck, rules=rules), rules=rules, scheduler=store.scheduler(deck))
    session_id = store.begin(session)
    for _ in range(answers):
        question = session.current
        assert question is not None
        store.record(session_id, session.answer(question.card.answer, 20_000))  # Good (not fast: Easy)
    store.finish(session_id, session.summary())
    times["answer reviews"] = time.perf_counter() - start

    start = time.perf_counter()
    due = store.due_count(deck)
    times["count due"] = time.perf_counter() - start
    times["due"] = due
    store.close()
    return times


def anki_workload(cards: int, answers: int, folder: Path) -> dict[str, float] | None:
    try:
        from anki.collection import AddNoteRequest, Collection
    except ImportError:
        return None
    times: dict[str, float] = {}
    col = Collection(str(folder / "collection.anki2"))
    col.set_config("fsrs", True)
    deck_id = col.decks.id("Benchmark")
    config = col.decks.config_dict_for_deck_id(deck_id)
    config["new"]["perDay"] = config["rev"]["perDay"] = 9_999  # Anki's highest limit
    col.decks.update_config(config)
    col.decks.select(deck_id)
    col.sched.extend_limits(answers, 0)  # "custom study": today's new-card limit past 9,999
    model = col.models.by_name("Basic")

    start = time.perf_counter()
    requests = []
    for i in range(cards):
        note = col.new_note(model)
        note["Front"], note["Back"] = f"Frage Nummer {i}?", f"Antwort {i}"
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
    col.add_notes(requests)
    times["add cards"] = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(answers):
        queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
        card = col.get_card(queued.card.id)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=queued.states, rating=3))  # Good
    times["answer reviews"] = time.perf_counter() - start

    start = time.perf_counter()
    due = len(col.find_cards("deck:Benchmark is:due"))
    times["count due"] = time.perf_counter() - start
    times["due"] = due
    col.close()
    return times


def versus_anki(cards: int, answers: int, folder: Path) -> None:
    print(f"\n== the same workload in quiz and Anki: add {cards:,} cards, answer {answers:,} reviews, count due")
    (folder / "quiz").mkdir()
    (folder / "anki").mkdir()
    ours = quiz_workload(cards, answers, folder / "quiz")
    theirs = anki_workload(cards, answers, folder / "anki")
    if theirs is None:
        print("anki is not installed (pip install -e '.[bench]'); quiz alone:")
    from importlib.metadata import version

    label = f"anki {version('anki')}" if theirs else "anki"
    print(f"{'step':16s} {'quiz':>10s} {label:>14s} {'anki/quiz':>10s}")
    for step in ("add cards", "answer reviews", "count due"):
        mine = ours[step]
        other = theirs[step] if theirs else float("nan")
        print(f"{step:16s} {mine * 1000:8.1f} ms {other * 1000:11.1f} ms {other / mine:9.2f}x")
    total_ours = sum(ours[s] for s in ("add cards", "answer reviews", "count due"))
    if theirs:
        total_theirs = sum(theirs[s] for s in ("add cards", "answer reviews", "count due"))
        print(f"{'total':16s} {total_ours:8.2f} s  {total_theirs:11.2f} s  {total_theirs / total_ours:9.2f}x")
        print(f"(due after the run: quiz {int(ours['due']):,}, anki {int(theirs['due']):,}; both FSRS, steps 1m/10m)")
    else:
        print(f"{'total':16s} {total_ours:8.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--answers", type=int, default=10_000, help="reviews answered in the Anki comparison")
    parser.add_argument("--skip-anki", action="store_true")
    args = parser.parse_args()
    print(f"SQLite {__import__('sqlite3').sqlite_version}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        scale(args.cards, args.reviews, Path(tmp) / "scale")
        if not args.skip_anki:
            versus_anki(args.cards, args.answers, Path(tmp))


if __name__ == "__main__":
    main()
