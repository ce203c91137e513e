"""Home, language switch, help, command palette, stats, article and small terminals."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from quiz.session import Mode, Style
from quiz.tui.app import QuizApp
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.start import StartDialog
from quiz.tui.screens.stats import StatsScreen
from quiz.tui.screens.summary import SummaryScreen
from tests.test_tui_flows import RIGHT, answer, current_card, drive, settled
from tests.tui_fixtures import make_app, saved_reviews, screen_text


def test_home_lists_decks_with_counts_and_shows_a_broken_deck(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "Testdeck Europa" in text
        assert "Willkommen!" in text  # first run: how to start
        flat = "".join(text.replace("█", "").split())  # the problem may wrap anywhere
        assert "Nichtgeladen(1)" in flat and "kaputt.yaml:3:5:Karte1('a'):'answer'fehlt" in flat
        assert "2 von 2 Decks" in text
        await pilot.press("down", "enter")  # the broken deck cannot start, and says why
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("up", "enter")  # the good one still works
        await pilot.pause()
        assert isinstance(app.screen, StartDialog)
        await pilot.press("p", "c", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        question = app.screen.question
        assert question is not None and question.style is Style.CHOICE
        assert app.screen.run.session.mode is Mode.PRACTICE

    drive(make_app(tmp_path, broken=True), scenario)


def test_home_filter_by_title_and_tag(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"xyz")
        await pilot.pause()
        text = screen_text(app)
        assert "0 von 2 Decks" in text and "Kein Deck passt zu „xyz“" in text
        await pilot.press("escape")  # clears the filter, back to the list
        await pilot.pause()
        assert "2 von 2 Decks" in screen_text(app)
        await pilot.press("slash", *"europa", "enter")  # a tag of the test deck
        await pilot.pause()
        assert "1 von 2 Decks" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartDialog)

    drive(make_app(tmp_path, broken=True), scenario)


@pytest.mark.slow
def test_home_counts_follow_progress(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("l", "t", "enter")
        await pilot.pause()
        await answer(pilot, RIGHT[current_card(app)])
        await pilot.press("escape")  # end the session early: summary
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, HomeScreen)
        row = [line for line in screen_text(app).splitlines() if "Testdeck Europa" in line][0]
        assert row.split()[2:] == ["0", "3", "4", "100", "%", "0", "%"]  # due, new, cards, last, mastered
        assert "Willkommen!" not in screen_text(app)

    drive(make_app(tmp_path), scenario)


@pytest.mark.slow
def test_switch_language_keeps_the_typed_answer(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("f2")
        await pilot.pause()
        text = screen_text(app)
        assert "Search by title or tag" in text and "Cards" in text and "Start" in text
        assert "Suchen" not in text and "Karten" not in text
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Question 1 of 4" in screen_text(app) and "PLACE" in screen_text(app)
        await pilot.press(*"Wi", "f2")
        await pilot.pause()
        text = screen_text(app)
        assert "Frage 1 von 4" in text and "ORT" in text and "Question" not in text
        assert app.screen.query_one("#answer", Input).value == "Wi"
        await answer(pilot, "en")
        assert "Richtig" in screen_text(app)

    drive(make_app(tmp_path, lang="de"), scenario)


def test_english_feedback_comes_from_the_grader_in_english(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        text = screen_text(app)
        assert "Correct answer: Wien" in text and "Wrong" in text
        assert "Richtig" not in text and "Falsch" not in text

    drive(make_app(tmp_path, lang="en", play="europa"), scenario)


def test_help_lists_the_keys_of_the_screen(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words in ("Tipp", "Überspringen", "Rückgängig", "Ende", "Hilfe", "Befehle"):
            assert words in text, words
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)

    drive(make_app(tmp_path, play="europa"), scenario)


def test_command_palette_offers_the_main_actions(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Statis")
        await settled(pilot)
        assert "Statistik" in screen_text(app)
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, StatsScreen)

    drive(make_app(tmp_path), scenario)


@pytest.mark.slow
def test_stats_after_some_answers(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await settled(pilot)
        assert isinstance(app.screen, StatsScreen)
        text = screen_text(app)
        assert "Wiederholungen pro Tag" in text and "Lernserie: 1 Tag" in text
        await pilot.press("5")
        await pilot.pause()
        text = screen_text(app)
        assert "Wie heißt die Hauptstadt Österreichs?" in text and "Wien" in text
        await pilot.press("2")
        await pilot.pause()
        assert "weniger" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

    drive(make_app(tmp_path, play="europa"), scenario)


@pytest.mark.slow
def test_small_terminal_and_resizing(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert "Wie heißt die Hauptstadt Österreichs?" in screen_text(app)
        for size in ((40, 12), (20, 8), (120, 40), (60, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await answer(pilot, "Graz")
        text = screen_text(app)
        assert "Richtige Antwort: Wien" in text and "Weiter" in text
        await pilot.resize_terminal(45, 14)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert current_card(app) == "mauerfall"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("s")
        await settled(pilot)
        await pilot.resize_terminal(30, 10)
        await pilot.pause()

    drive(make_app(tmp_path, play="europa"), scenario, size=(60, 20))


def test_the_mouse_works_too(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert "Leertaste" in screen_text(app)
        await pilot.click("#prompt")  # turn the card over
        await pilot.pause()
        assert "Antwort: Wien" in screen_text(app)
        await pilot.click("#ratings", offset=(6, 3))  # the third rating: knew it
        await pilot.pause()
        assert current_card(app) == "mauerfall"
        assert saved_reviews(tmp_path) == [("wien", "", "correct", 0)]

    drive(make_app(tmp_path, play="europa", style=Style.FLIP), scenario)


def test_the_grader_tables_load_in_the_background(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.matching

    threads: list[str] = []
    monkeypatch.setattr(quiz.matching, "preload", lambda: threads.append(threading.current_thread().name))

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await settled(pilot)
        assert "Wie heißt die Hauptstadt Österreichs?" in screen_text(app)  # the question came first

    drive(make_app(tmp_path, play="europa", preload=True), scenario)
    assert len(threads) == 1 and threads[0] != threading.main_thread().name


def test_decks_with_one_title_but_different_ids_keep_their_own_counts(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    for name, deck_id, cards in (("a", "deck-a", 1), ("b", "deck-b", 2)):
        body = "".join(f"  - {{id: c{n}, question: Frage {n}?, answer: A{n}}}\n" for n in range(cards))
        (tmp_path / "decks" / f"{name}.yaml").write_text(f"id: {deck_id}\ntitle: Gleich\ncards:\n{body}")
    app.load_library()
    counts = app.deck_overview()
    assert counts["deck-a"].total == 1 and counts["deck-b"].total == 2
    same_title = [entry for entry in app.library or [] if entry.title == "Gleich"]
    assert sorted(entry.key for entry in same_title) == ["deck-a", "deck-b"]
