"""Stats: per day, deck and kind; streaks; the due forecast; the most missed cards; totals kept in step."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from quiz import stats
from quiz.models import Deck
from quiz.scheduling import Scheduler
from quiz.session import Rules, Session, Style
from quiz.store import Store, StoreError
from tests.test_session import CARDS, Clock, make_deck

DAY1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
EXACT = Scheduler(0.9, fuzz=False)
NO_REPEATS = Rules(max_repeats=0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "progress.sqlite3", tz=UTC)
    yield opened
    opened.close()


def study(store: Store, deck: Deck, when: datetime, right: set[str], mode: str = "learn") -> Session:
    clock = Clock(when)
    if mode == "learn":
        session = Session.learn(deck, store.agenda(deck, when, NO_REPEATS), clock=clock, seed=1, scheduler=EXACT,
                                rules=NO_REPEATS)  # fmt: skip
    else:
        session = Session.practice(deck, clock=clock, seed=1)
    session_id = store.begin(session)
    while not session.finished:
        question = session.current
        assert question is not None
        clock.tick(10)
        store.record(session_id, session.answer(question.card.answer if question.card.id in right else "nein", 9_000))
    store.finish(session_id, session.summary())
    return session


def test_reviews_and_accuracy_per_day_include_quiet_days(store: Store) -> None:
    deck = make_deck()
    study(store, deck, DAY1, right={"wien", "bern", "oslo"}, mode="practice")
    study(store, deck, DAY1 + timedelta(days=2), right={"wien"}, mode="practice")
    days = stats.per_day(store, days=4, now=DAY1 + timedelta(days=2, hours=1))
    assert [d.name for d in days] == ["2025-02-28", "2025-03-01", "2025-03-02", "2025-03-03"]
    assert [d.reviews for d in days] == [0, 5, 0, 5]
    assert days[1].accuracy == pytest.approx(0.6) and days[3].accuracy == pytest.approx(0.2)


def test_answers_after_midnight_count_for_the_evening_before(store: Store) -> None:
    study(store, make_deck(), datetime(2025, 3, 2, 1, 30, tzinfo=UTC), right=set(), mode="practice")
    days = stats.per_day(store, days=2, now=datetime(2025, 3, 2, 2, 0, tzinfo=UTC))
    assert [(d.name, d.reviews) for d in days] == [("2025-02-28", 0), ("2025-03-01", 5)]


def test_accuracy_per_deck_and_per_kind(store: Store) -> None:
    places, dates = make_deck(CARDS[0], CARDS[1], title="Orte"), make_deck(CARDS[2], title="Daten")
    study(store, places, DAY1, right={"wien"})
    study(store, dates, DAY1, right={"mauer"})
    study(store, dates, DAY1, right=set(), mode="practice")
    decks = {d.name: (d.reviews, d.accuracy) for d in stats.per_deck(store)}
    assert decks == {"Orte": (2, 0.5), "Daten": (2, 0.5)}
    kinds = {k.name: (k.reviews, k.correct) for k in stats.per_kind(store)}
    assert kinds == {"place": (2, 1), "date": (2, 1)}
    assert [(k.name, k.reviews) for k in stats.per_kind(store, deck="Orte")] == [("place", 2)]
    assert [d.name for d in stats.per_deck(store, deck="Daten")] == ["Daten"]


def test_unknown_deck_names_the_known_ones(store: Store) -> None:
    study(store, make_deck(title="Orte"), DAY1, right=set(), mode="practice")
    with pytest.raises(StoreError, match="no progress for a deck titled 'Ort'.*Orte"):
        stats.per_kind(store, deck="Ort")
    with pytest.raises(StoreError) as raised:
        stats.per_kind(store, deck="Ort")
    assert raised.value.render("de").startswith("kein Fortschritt für ein Deck mit dem Titel 'Ort'")


def test_a_deck_with_an_id_is_found_by_its_title_too(store: Store) -> None:
    deck = replace(make_deck(title="Orte"), id="orte-v1")
    study(store, deck, DAY1, right=set(), mode="practice")
    assert stats.per_kind(store, deck="orte-v1") == stats.per_kind(store, deck="Orte") != []


def test_streak_of_study_days(store: Store) -> None:
    deck = make_deck(CARDS[0])
    assert stats.study_streak(store, DAY1) == (0, False)
    for offset in (0, 1, 2, 4, 5):
        study(store, deck, DAY1 + timedelta(days=offset), right=set(), mode="practice")
    assert stats.study_streak(store, DAY1 + timedelta(days=5, hours=2)) == (2, True)
    assert stats.study_streak(store, DAY1 + timedelta(days=6, hours=2)) == (2, False)  # still alive
    assert stats.study_streak(store, DAY1 + timedelta(days=7, hours=2)) == (0, False)
    assert stats.study_streak(store, DAY1 + timedelta(days=2, hours=2)) == (3, True)


def test_undone_answers_leave_no_trace_in_the_stats(store: Store) -> None:
    deck = make_deck()
    session = Session.practice(deck, seed=1, clock=Clock(DAY1))
    session_id = store.begin(session)
    store.record(session_id, session.answer("falsch", 1_000))
    store.undo(session_id, session.undo())
    store.record(session_id, session.answer("falsch", 1_000))
    store.record(session_id, session.override())
    today = stats.per_day(store, days=1, now=DAY1)[0]
    assert (today.reviews, today.correct) == (1, 1)
    assert stats.most_missed(store) == []


def test_due_forecast_for_the_next_two_weeks(store: Store) -> None:
    deck = make_deck()
    study(store, deck, DAY1 - timedelta(days=40), right=set())  # all due again long ago (overdue)
    clock = Clock(DAY1)
    session = Session.learn(deck, store.agenda(deck, DAY1), clock=clock, seed=1, scheduler=EXACT, rules=NO_REPEATS)
    session_id = store.begin(session)
    store.record(session_id, session.answer("Wien", 1_000))  # easy: due in some days
    forecast = stats.due_forecast(store, now=DAY1 + timedelta(minutes=5))
    assert len(forecast) == 14 and forecast[0].day == date(2025, 3, 1)
    assert forecast[0].due == 4  # the four overdue ones
    due_wien = store.card_states(deck)["wien"].due
    landing = (due_wien - timedelta(hours=4)).date()
    assert [f.due for f in forecast if f.day == landing] == [1]
    assert sum(f.due for f in forecast) == 5
    assert sum(f.due for f in stats.due_forecast(store, deck=deck.title, now=DAY1)) == 5


def test_most_missed_cards_still_in_their_deck(store: Store) -> None:
    deck = make_deck()
    for offset in range(3):
        right = {"wien", "bern"} if offset else {"wien", "bern", "oslo"}
        study(store, deck, DAY1 + timedelta(days=offset), right=right, mode="practice")
    missed = stats.most_missed(store, limit=3)
    assert [(m.card, m.misses, m.reviews) for m in missed] == [("donau", 3, 3), ("mauer", 3, 3), ("oslo", 2, 3)]
    smaller = Deck(deck.title, tuple(c for c in deck.cards if c.id != "donau"))
    store.sync_deck(smaller)
    assert [m.card for m in stats.most_missed(store)] == ["mauer", "oslo"]


def test_report_to_json(store: Store) -> None:
    study(store, make_deck(), DAY1, right={"wien"})
    data = stats.report(store, now=DAY1 + timedelta(hours=1)).to_json()
    assert data["streak"] == {"days": 1, "studied_today": True}
    assert data["days"][-1] == {"day": "2025-03-01", "reviews": 5, "correct": 1, "almost": 0, "accuracy": 0.2}
    assert data["decks"] == [{"deck": "Testdeck", "reviews": 5, "correct": 1, "almost": 0, "accuracy": 0.2}]
    assert {m["card"] for m in data["missed"]} == {"bern", "mauer", "donau", "oslo"}
    assert len(data["forecast"]) == 14


def test_running_totals_match_a_recount_after_any_mix_of_actions(store: Store) -> None:
    rng = random.Random(3)
    deck = make_deck()
    clock = Clock(DAY1)
    for round_number in range(12):
        clock.now += timedelta(hours=rng.choice((1, 20, 30)))
        maker = rng.choice(("learn", "practice", "exam"))
        if maker == "learn":
            session = Session.learn(deck, store.agenda(deck, clock()), clock=clock, seed=round_number, scheduler=EXACT)
        elif maker == "practice":
            session = Session.practice(deck, clock=clock, seed=round_number, style=Style.CHOICE)
        else:
            session = Session.exam(deck, 3, clock=clock, seed=round_number)
        session_id = store.begin(session)
        while not session.finished:
            question = session.current
            assert question is not None
            clock.tick(rng.randint(1, 30))
            choice = rng.random()
            if choice < 0.1:
                outcome = session.skip()
            elif question.style is Style.CHOICE:
                outcome = session.choose(rng.randrange(len(question.choices)))
            else:
                outcome = session.answer(question.card.answer if choice < 0.6 else "nein")
            store.record(session_id, outcome)
            if rng.random() < 0.2 and session.last is not None and session.last.can_override:
                store.record(session_id, session.override())
            if rng.random() < 0.15:
                store.undo(session_id, session.undo())
        store.finish(session_id, session.summary())
        summary = session.summary()
        row = store.read("SELECT answered, correct, almost, points FROM sessions WHERE id = ?", (session_id,))
        assert row == [(summary.answered, summary.total.correct, summary.total.almost, summary.points)]
    tables = ("SELECT * FROM daily ORDER BY day, deck_id, kind", "SELECT id, answers, misses FROM cards ORDER BY id",
              "SELECT id, answered, correct, almost, points, answer_ms FROM sessions ORDER BY id")  # fmt: skip
    kept = [store.read(sql) for sql in tables]
    store.rebuild_totals()
    assert [store.read(sql) for sql in tables] == kept
    assert (
        store.read("SELECT sum(reviews) FROM daily")[0][0]
        == store.read("SELECT count(*) FROM reviews WHERE void = 0")[0][0]
    )


# ----- naming the hardest cards -----------------------------------------------------------------


def forget_card_text(store: Store) -> None:
    """As for answers given before the store kept each card's text (schema 3)."""
    with store._write() as db:
        db.execute("UPDATE cards SET prompt = NULL, answer = NULL")


def test_hardest_cards_carry_question_and_answer_from_the_decks_given(store: Store) -> None:
    """A deck played from a file is not in the library: the caller passes it and its cards are named."""
    deck = Deck("Matching-Test", tuple(CARDS), id="matching-test")
    study(store, deck, DAY1, right={"wien", "bern", "oslo"}, mode="practice")
    forget_card_text(store)
    unnamed = stats.most_missed(store)
    assert {(m.card, m.prompt, m.answer) for m in unnamed} == {("mauer", None, None), ("donau", None, None)}
    named = stats.most_missed(store, decks=[make_deck(title="Anderes Deck"), deck])
    assert {(m.deck, m.card, m.prompt, m.answer) for m in named} == {
        ("Matching-Test", "mauer", "Frage mauer?", "9. November 1989"),
        ("Matching-Test", "donau", "Frage donau?", "2.850"),
    }
    report = stats.report(store, now=DAY1, decks=[deck]).to_json()
    assert {(m["card"], m["prompt"], m["answer"]) for m in report["missed"]} == {
        ("mauer", "Frage mauer?", "9. November 1989"), ("donau", "Frage donau?", "2.850"),
    }  # fmt: skip


def test_a_deck_of_the_same_title_but_another_id_does_not_name_cards(store: Store) -> None:
    deck = Deck("Matching-Test", tuple(CARDS), id="matching-test")
    study(store, deck, DAY1, right={"wien", "bern", "oslo"}, mode="practice")
    forget_card_text(store)
    other = Deck("Matching-Test", tuple(CARDS), id="something-else")
    assert all(m.prompt is None for m in stats.most_missed(store, decks=[other]))


def test_hardest_cards_are_named_from_the_text_the_store_kept(store: Store) -> None:
    """Once the store keeps each card's prompt and answer (cards.prompt, cards.answer), no deck file is needed."""
    deck = Deck("Matching-Test", tuple(CARDS), id="matching-test")
    study(store, deck, DAY1, right={"wien", "bern", "oslo"}, mode="practice")
    with store._write() as db:  # mauer: as answered under another question; donau: answered before schema 3
        db.execute("UPDATE cards SET prompt = 'Wann fiel die Mauer?', answer = '9. November 1989' WHERE key = 'mauer'")
        db.execute("UPDATE cards SET prompt = NULL, answer = NULL WHERE key = 'donau'")
    named = {m.card: (m.prompt, m.answer) for m in stats.most_missed(store)}
    assert named == {"mauer": ("Wann fiel die Mauer?", "9. November 1989"), "donau": (None, None)}
    fresher = {m.card: m.prompt for m in stats.most_missed(store, decks=[deck])}
    assert fresher == {"mauer": "Frage mauer?", "donau": "Frage donau?"}  # the deck as loaded now wins
