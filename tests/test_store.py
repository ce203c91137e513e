"""The progress store: answers saved at once, schedules, decks that change, overview counts, settings."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.models import Card, Deck, Kind, Source
from quiz.scheduling import Phase, Rating, Scheduler
from quiz.session import DEFAULT_RULES, Rules, Session
from quiz.store import Store
from quiz.store_migrations import APPLICATION_ID, SCHEMA_VERSION
from tests.test_session import CARDS, Clock, make_deck

BERLIN_WINTER = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
EXACT = Scheduler(0.9, fuzz=False)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data" / "progress.sqlite3", tz=UTC)
    yield opened  # type: ignore[misc]
    opened.close()


def other_connection(store: Store) -> sqlite3.Connection:
    return sqlite3.connect(store.path)


def run_learn(store: Store, deck: Deck, clock: Clock, right: set[str], rules: Rules = DEFAULT_RULES) -> Session:
    session = Session.learn(deck, store.agenda(deck, clock(), rules), clock=clock, seed=1, scheduler=EXACT, rules=rules)
    session_id = store.begin(session)
    while not session.finished:
        question = session.current
        assert question is not None
        clock.tick(20)
        text = question.card.answer if question.card.id in right else "falsch"
        store.record(session_id, session.answer(text, 20_000))
    store.finish(session_id, session.summary())
    return session


def test_a_new_database_is_created_in_wal_mode_with_our_marks(store: Store) -> None:
    assert store.path.exists() and store.notices == ()
    assert store.read("PRAGMA journal_mode")[0][0] == "wal"
    assert store.read("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    assert store.read("PRAGMA application_id")[0][0] == APPLICATION_ID


def test_each_answer_is_saved_the_moment_it_is_recorded(store: Store) -> None:
    deck = make_deck()
    session = Session.learn(deck, store.agenda(deck, BERLIN_WINTER), clock=Clock(), seed=1, scheduler=EXACT)
    session_id = store.begin(session)
    store.record(session_id, session.answer("Wien", 3_000))
    with other_connection(store) as peek:
        row = peek.execute("SELECT given, verdict, graded, rating, answer_ms, mode, kind FROM reviews").fetchall()
        state = peek.execute("SELECT phase, reps FROM cards WHERE key = 'wien'").fetchone()
        answered = peek.execute("SELECT answered, correct, points, ended_at FROM sessions").fetchone()
    assert row == [("Wien", "correct", "correct", int(Rating.EASY), 3_000, "learn", "place")]
    assert state == ("review", 1)
    assert answered == (1, 1, 10, None)


def test_schedules_come_back_through_the_agenda(store: Store) -> None:
    deck = make_deck()
    clock = Clock(BERLIN_WINTER)
    run_learn(store, deck, clock, right={"wien", "bern", "oslo"}, rules=Rules(max_repeats=0))
    states = store.card_states(deck)
    assert set(states) == {c.id for c in deck.cards}
    assert states["wien"].phase is Phase.LEARNING and states["mauer"].phase is Phase.LEARNING
    assert store.due_count(deck, BERLIN_WINTER) == 0
    assert store.due_count(deck, clock() + timedelta(minutes=15)) == 5  # all in short learning steps
    later = clock() + timedelta(days=2)
    agenda = store.agenda(deck, later)
    assert [key for key, _ in agenda.due] == [key for key, _ in sorted(states.items(), key=lambda kv: kv[1].due)]
    assert agenda.due[0][1] == states[agenda.due[0][0]]
    assert agenda.new == ()


def test_the_daily_new_card_cap_holds_across_sessions(store: Store) -> None:
    deck = make_deck()
    clock = Clock(BERLIN_WINTER)
    rules = Rules(new_per_day=2, max_repeats=0)
    first = run_learn(store, deck, clock, right={c.id for c in deck.cards}, rules=rules)
    assert first.questions == 2
    assert store.new_today(deck, clock()) == 2
    assert store.agenda(deck, clock(), rules).new == ()
    tomorrow = clock() + timedelta(days=1)
    assert store.agenda(deck, tomorrow, rules).new == ("mauer", "donau")


def sentence_deck(sentences: int) -> Deck:
    """A generated deck's shape: three cards about each sentence (cloze, W-question, spelling), in file order."""
    cards = []
    for n in range(sentences):
        source = Source("artikel.txt", f"Im Jahr {1900 + n} wurde die Brücke Nummer {n} gebaut.")
        cards += [
            Card(f"s{n}-cloze", Kind.DATE, str(1900 + n), cloze=f"Im Jahr ___ wurde die Brücke Nummer {n} gebaut.",
                 source=source),
            Card(f"s{n}-wann", Kind.DATE, str(1900 + n), question=f"Wann wurde die Brücke Nummer {n} gebaut?",
                 source=source),
            Card(f"s{n}-zahl", Kind.TEXT, f"Zahl {n}", question=f"Schreibe {1900 + n} in Worten.", source=source),
        ]  # fmt: skip
    return Deck("Brücken", tuple(cards))


def test_a_learn_session_from_the_store_asks_one_card_per_sentence(store: Store) -> None:
    deck = sentence_deck(12)
    rules = Rules(new_per_day=5, max_repeats=0)
    agenda = store.agenda(deck, BERLIN_WINTER, rules)
    assert agenda.new == ("s0-cloze", "s0-wann", "s0-zahl", "s1-cloze", "s1-wann")
    assert agenda.spare[:2] == ("s1-zahl", "s2-cloze") and len(agenda.spare) == len(deck.cards) - 5
    session = run_learn(store, deck, Clock(BERLIN_WINTER), right={c.id for c in deck.cards}, rules=rules)
    asked = [outcome.card.id for outcome in session.outcomes]
    assert asked == ["s0-cloze", "s1-cloze", "s2-cloze", "s3-cloze", "s4-cloze"]
    assert store.new_today(deck, BERLIN_WINTER + timedelta(hours=1)) == 5  # the daily cap still counts five


def test_spare_cards_are_capped_and_none_once_the_daily_share_is_used(store: Store) -> None:
    deck = sentence_deck(40)
    assert len(store.agenda(deck, BERLIN_WINTER, Rules(new_per_day=3)).spare) == 3 * 10 - 3
    run_learn(store, deck, Clock(BERLIN_WINTER), right=set(), rules=Rules(new_per_day=3, max_repeats=0))
    used = store.agenda(deck, BERLIN_WINTER + timedelta(minutes=1), Rules(new_per_day=3))
    assert used.new == () and used.spare == ()


def test_undo_takes_an_answer_back_in_the_database(store: Store) -> None:
    deck = make_deck()
    session = Session.learn(deck, store.agenda(deck, BERLIN_WINTER), clock=Clock(), seed=1, scheduler=EXACT)
    session_id = store.begin(session)
    first = session.answer("Wien", 3_000)
    store.record(session_id, first)
    store.record(session_id, session.answer("Bern", 3_000))
    store.undo(session_id, session.undo())
    assert store.card_states(deck).keys() == {"wien"}
    assert store.new_today(deck, BERLIN_WINTER) == 1
    assert store.read("SELECT seq, void FROM reviews ORDER BY id") == [(1, 0), (2, 1)]
    assert store.read("SELECT answered, points FROM sessions") == [(1, 10)]
    store.undo(session_id, session.undo())
    assert store.card_states(deck) == {} and store.new_today(deck, BERLIN_WINTER) == 0


def test_undo_of_a_review_restores_the_earlier_schedule(store: Store) -> None:
    deck = make_deck(CARDS[0])
    clock = Clock(BERLIN_WINTER)
    run_learn(store, deck, clock, right={"wien"})
    before = store.card_states(deck)["wien"]
    clock.now = before.due + timedelta(days=1)
    session = Session.learn(deck, store.agenda(deck, clock()), clock=clock, seed=1, scheduler=EXACT)
    session_id = store.begin(session)
    store.record(session_id, session.answer("Graz", 3_000))
    assert store.card_states(deck)["wien"] != before
    store.undo(session_id, session.undo())
    assert store.card_states(deck)["wien"] == before


def test_an_override_voids_the_answer_it_corrects(store: Store) -> None:
    deck = make_deck()
    session = Session.learn(deck, store.agenda(deck, BERLIN_WINTER), clock=Clock(), seed=1, scheduler=EXACT)
    session_id = store.begin(session)
    store.record(session_id, session.answer("Vienna, Austria", 3_000))
    fixed = session.override()
    store.record(session_id, fixed)
    rows = store.read("SELECT seq, verdict, graded, overridden, void, rating FROM reviews ORDER BY id")
    # rated exactly like "Wien" typed right in the same 3 s: fast, so Easy (quiz.session_grading.rating_for)
    assert rows == [(1, "wrong", "wrong", 0, 1, 1), (2, "correct", "wrong", 1, 0, int(Rating.EASY))]
    assert store.read("SELECT answered, correct FROM sessions") == [(1, 1)]
    assert store.card_states(deck)["wien"] == fixed.schedule
    store.undo(session_id, session.undo())
    assert store.read("SELECT void FROM reviews ORDER BY id") == [(1,), (1,)]
    assert store.card_states(deck) == {}


def test_progress_follows_the_card_id_when_the_deck_changes(store: Store) -> None:
    deck = make_deck()
    clock = Clock(BERLIN_WINTER)
    run_learn(store, deck, clock, right={"wien", "bern"})
    studied = store.card_states(deck)
    changed = Deck(deck.title, (Card("neu", Kind.TEXT, "Neu", question="Neu?"), *reversed(deck.cards[1:])))
    assert store.card_states(changed) == {k: v for k, v in studied.items() if k != "wien"}
    assert store.overview([changed], clock())[0].total == 5
    later = clock() + timedelta(days=30)
    assert "wien" not in {key for key, _ in store.agenda(changed, later).due}
    assert store.agenda(changed, later).new == ("neu",)
    assert store.read("SELECT count(*) FROM reviews r JOIN cards c ON c.id = r.card_id WHERE c.key = 'wien'")[0][0] > 0
    store.sync_deck(deck)  # the card returns with its progress
    assert store.card_states(deck)["wien"] == studied["wien"]


def test_a_deck_with_an_id_keeps_its_progress_when_its_title_changes(store: Store) -> None:
    clock = Clock(BERLIN_WINTER)
    deck = Deck(title="Hauptstädte", cards=CARDS, id="hauptstaedte")
    run_learn(store, deck, clock, right={"wien"})
    studied = store.card_states(deck)
    renamed = Deck(title="Hauptstädte Europas", cards=CARDS, id="hauptstaedte")
    assert store.card_states(renamed) == studied
    assert store.overview([renamed], clock())[0].title == "Hauptstädte Europas"
    assert store.read("SELECT title FROM decks") == [("Hauptstädte Europas",)]
    without_id = Deck(title="Hauptstädte Europas", cards=CARDS)  # keyed by title: another deck
    assert store.card_states(without_id) == {}


def test_progress_kept_under_a_title_moves_to_a_new_deck_id(store: Store) -> None:
    clock = Clock(BERLIN_WINTER)
    by_title = make_deck()
    run_learn(store, by_title, clock, right={"wien", "bern"})
    studied = store.card_states(by_title)
    with_id = Deck(title=by_title.title, cards=by_title.cards, id="testdeck")
    assert store.card_states(with_id) == studied
    assert store.read("SELECT key FROM decks") == [("testdeck",)]


def test_overview_counts_for_the_home_screen(store: Store) -> None:
    deck = make_deck()
    other = make_deck(CARDS[0], title="Anderes")
    clock = Clock(BERLIN_WINTER)
    empty = store.overview([deck, other], clock(), Rules(new_per_day=3))
    assert [(o.title, o.total, o.due, o.new, o.new_today, o.last_score) for o in empty] == [
        ("Testdeck", 5, 0, 5, 3, None),
        ("Anderes", 1, 0, 1, 1, None),
    ]
    run_learn(store, deck, clock, right={"wien", "bern", "mauer"}, rules=Rules(new_per_day=3, max_repeats=0))
    seen = store.overview([deck], clock(), Rules(new_per_day=3))[0]
    assert (seen.new, seen.new_today, seen.studied, seen.mastered) == (2, 0, 3, 0)
    assert seen.last_score == 1.0 and seen.last_studied == BERLIN_WINTER
    assert store.overview([deck], clock() + timedelta(days=400))[0].due == 3


def test_mastery_counts_cards_stable_for_three_weeks(store: Store) -> None:
    deck = make_deck(CARDS[0], CARDS[1])
    clock = Clock(BERLIN_WINTER)
    for _ in range(4):
        run_learn(store, deck, clock, right={"wien"}, rules=Rules(max_repeats=0))
        clock.now = max(s.due for s in store.card_states(deck).values()) + timedelta(hours=1)
    overview = store.overview([deck], clock())[0]
    assert overview.mastered == 1 and overview.mastery == 0.5


def test_retention_per_deck_over_deck_file_over_global(store: Store) -> None:
    plain, strict = make_deck(), Deck("Streng", CARDS, retention=0.95)
    assert store.retention(plain) == 0.9 and store.retention(strict) == 0.95
    store.set_retention(0.85)
    assert store.retention(plain) == 0.85 and store.retention(strict) == 0.95
    store.set_retention(0.8, strict)
    assert store.retention(strict) == 0.8 and store.scheduler(strict).retention == 0.8
    store.set_retention(None, strict)
    store.set_retention(None)
    assert store.retention(strict) == 0.95 and store.retention(plain) == 0.9
    with pytest.raises(ValueError):
        store.set_retention(1.5)


def test_settings_round_trip(store: Store) -> None:
    assert store.setting("lang") is None and store.setting("lang", "de") == "de"
    store.set_setting("lang", "en")
    store.set_setting("lang", "de")
    assert store.setting("lang") == "de"
    store.set_setting("lang", None)
    assert store.setting("lang") is None


def test_practice_and_exam_answers_are_logged_but_leave_the_schedule(store: Store) -> None:
    deck = make_deck()
    for session in (Session.practice(deck, seed=1), Session.exam(deck, 2, seed=1)):
        session_id = store.begin(session)
        while not session.finished:
            store.record(session_id, session.skip(1_000))
        store.finish(session_id, session.summary())
    assert store.card_states(deck) == {}
    assert store.read("SELECT mode, count(*) FROM reviews GROUP BY mode ORDER BY mode") == [
        ("exam", 2),
        ("practice", 5),
    ]
    assert store.read("SELECT mode, questions, answered, ended_at IS NOT NULL FROM sessions ORDER BY id") == [
        ("practice", 5, 5, 1),
        ("exam", 2, 2, 1),
    ]


def test_each_answer_keeps_the_card_text_as_asked(store: Store) -> None:
    """Stats can name a card after its deck file is gone: the store keeps its prompt and answer, as last asked."""
    from quiz import stats

    deck = sentence_deck(2)
    session = Session.practice(deck, [deck.cards[0], deck.cards[1]], clock=Clock(BERLIN_WINTER), seed=1)
    session_id = store.begin(session)
    while not session.finished:
        store.record(session_id, session.answer("falsch", 2_000))
    assert store.read("SELECT key, prompt, answer FROM cards WHERE prompt IS NOT NULL ORDER BY key") == [
        ("s0-cloze", "Im Jahr ___ wurde die Brücke Nummer 0 gebaut.", "1900"),
        ("s0-wann", "Wann wurde die Brücke Nummer 0 gebaut?", "1900"),
    ]
    edited = Deck(deck.title, (Card("s0-cloze", Kind.DATE, "1901", cloze="Im Jahr ___ wurde sie gebaut."),
                               *deck.cards[1:]))  # fmt: skip
    session = Session.practice(edited, [edited.cards[0]], clock=Clock(BERLIN_WINTER), seed=1)
    session_id = store.begin(session)
    store.record(session_id, session.answer("1901", 2_000))
    missed = {row.card: (row.prompt, row.answer) for row in stats.most_missed(store)}  # no deck given: the store's
    assert missed == {
        "s0-cloze": ("Im Jahr ___ wurde sie gebaut.", "1901"),
        "s0-wann": ("Wann wurde die Brücke Nummer 0 gebaut?", "1900"),
    }
