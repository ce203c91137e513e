"""The app's study loop, driven by keys like a learner would: every answer is saved at once."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from quiz.session import DEFAULT_RULES, Mode, Style
from quiz.tui.app import QuizApp
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.summary import SummaryScreen
from tests.tui_fixtures import Clock, make_app, saved_reviews, screen_text

Scenario = Callable[[QuizApp, Pilot[None]], Awaitable[None]]


def drive(app: QuizApp, scenario: Scenario, size: tuple[int, int] = (80, 24)) -> None:
    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await settled(pilot)
            await scenario(app, pilot)
        app.store.close()

    asyncio.run(main())


async def settled(pilot: Pilot[Any]) -> None:
    """Wait until background work (loading decks, stats queries) is done and shown."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def answer(pilot: Pilot[None], text: str) -> None:
    """Type an answer and press Enter (the text is put in the box at once: typing each key only costs time)."""
    box = pilot.app.screen.query_one("#answer", Input)
    box.value = box.value + text
    await pilot.press("enter")
    await pilot.pause()


def current_card(app: QuizApp) -> str:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), type(screen).__name__
    question = screen.question
    assert question is not None
    return question.card.id


RIGHT = {"wien": "Wien", "mauerfall": "9. November 1989", "land": "Österreich", "donau": "2.850"}


def test_right_answer_shows_correct_and_is_saved_at_once(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert current_card(app) == "wien"
        assert "Wie heißt die Hauptstadt Österreichs?" in screen_text(app)
        assert "Frage 1 von 4" in screen_text(app)
        await answer(pilot, "Wien")
        assert isinstance(app.screen, FeedbackScreen)
        text = screen_text(app)
        assert "Richtig" in text and f"+{DEFAULT_RULES.points_correct} Punkte" in text
        assert saved_reviews(tmp_path) == [("wien", "Wien", "correct", 0)]  # before Enter: saved when graded
        await pilot.press("enter")
        await pilot.pause()
        assert current_card(app) == "mauerfall"

    drive(make_app(tmp_path, play="europa"), scenario)


def test_almost_shows_the_right_spelling(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Wien")
        await pilot.press("enter", "ctrl+s", "enter")  # next, skip the date, next
        await pilot.pause()
        assert current_card(app) == "land"
        await answer(pilot, "Osterreich")
        text = screen_text(app)
        assert "Fast richtig" in text
        assert "Richtig geschrieben: Österreich" in text
        assert saved_reviews(tmp_path)[-1] == ("land", "Osterreich", "almost", 0)

    drive(make_app(tmp_path, play="europa"), scenario)


def test_wrong_answer_shows_answer_source_and_article_then_override(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        text = screen_text(app)
        assert "Leider falsch" in text or "Falsch" in text
        assert "Richtige Antwort: Wien" in text
        assert "„Die Hauptstadt Wien liegt an der Donau.“" in text
        assert "artikel.txt" in text
        await pilot.press("a")
        await pilot.pause()
        article = screen_text(app)
        assert "Artikel: artikel.txt" in article and "Salzburg liegt in Österreich" in article
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("r")  # "I was right"
        await pilot.pause()
        assert "Als richtig gezählt" in screen_text(app)
        assert saved_reviews(tmp_path) == [("wien", "Graz", "wrong", 1), ("wien", "Graz", "correct", 0)]

    drive(make_app(tmp_path, play="europa"), scenario)


def test_hint_costs_points(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "Tipp: Sie liegt an der Donau." in screen_text(app)
        await answer(pilot, "Wien")
        expected = DEFAULT_RULES.points_correct - DEFAULT_RULES.hint_cost
        assert f"+{expected} Punkte" in screen_text(app)

    drive(make_app(tmp_path, play="europa"), scenario)


def test_skip_counts_as_missed_and_shows_the_answer(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "Übersprungen" in text and "Richtige Antwort: Wien" in text
        assert saved_reviews(tmp_path) == [("wien", "", "wrong", 0)]

    drive(make_app(tmp_path, play="europa"), scenario)


def test_undo_from_feedback_returns_to_the_question_with_the_answer_typed(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        await pilot.press("u")
        await pilot.pause()
        assert current_card(app) == "wien"
        assert app.screen.query_one("#answer", Input).value == "Graz"
        assert saved_reviews(tmp_path) == [("wien", "Graz", "wrong", 1)]
        await pilot.press(*["backspace"] * 4)
        await answer(pilot, "Wien")
        await pilot.press("enter")
        await pilot.pause()
        assert current_card(app) == "mauerfall"
        await pilot.press("ctrl+z")  # undo from the next question too
        await pilot.pause()
        assert current_card(app) == "wien"
        assert [row[3] for row in saved_reviews(tmp_path)] == [1, 1]

    drive(make_app(tmp_path, play="europa"), scenario)


@pytest.mark.slow
def test_finish_summary_and_practise_the_missed_ones(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        for _ in range(4):
            card = current_card(app)
            await answer(pilot, "Deutschland" if card == "land" else RIGHT[card])
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Geschafft!" in text
        assert "Verpasst (1)" in text and "Österreich" in text and "Deutschland" in text
        assert re.search(r"Treffer\s*75 %", text)
        await pilot.press("p")
        await pilot.pause()
        assert current_card(app) == "land"
        assert "Üben" in screen_text(app)
        await answer(pilot, "Österreich")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Perfekt" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

    drive(make_app(tmp_path, play="europa", mode=Mode.PRACTICE), scenario)


def test_choice_style_answers_with_number_keys(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.question is not None
        choices = screen.question.choices
        assert len(choices) == 4 and "Wien" in choices
        assert "1  " in screen_text(app)
        await pilot.press(str(choices.index("Wien") + 1))
        await pilot.pause()
        assert "Richtig" in screen_text(app)
        assert saved_reviews(tmp_path) == [("wien", "Wien", "correct", 0)]

    drive(make_app(tmp_path, play="europa", style=Style.CHOICE), scenario)


def test_flip_style_reveals_then_rates(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert "Leertaste" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        assert "Antwort: Wien" in screen_text(app)
        await pilot.press("3")
        await pilot.pause()
        assert current_card(app) == "mauerfall"
        assert saved_reviews(tmp_path) == [("wien", "", "correct", 0)]

    drive(make_app(tmp_path, play="europa", style=Style.FLIP), scenario)


def test_exam_gives_no_feedback_and_no_hints(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        first = current_card(app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "Tipp:" not in screen_text(app)
        await answer(pilot, "irgendwas")
        assert isinstance(app.screen, QuestionScreen) and current_card(app) != first
        assert len(saved_reviews(tmp_path)) == 1
        assert "Frage 2 von 4" in screen_text(app) and "Punkte" not in screen_text(app)  # no hint of the verdict

    drive(make_app(tmp_path, play="europa", mode=Mode.EXAM), scenario)


@pytest.mark.slow
def test_quitting_mid_session_keeps_every_answer(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Wien")
        await pilot.press("enter")
        await answer(pilot, "1. Mai 1990")
        await pilot.press("ctrl+c")
        await pilot.pause()

    drive(make_app(tmp_path, play="europa"), scenario)
    assert [row[:3] for row in saved_reviews(tmp_path)] == [
        ("wien", "Wien", "correct"), ("mauerfall", "1. Mai 1990", "wrong"),
    ]  # fmt: skip

    async def home(app: QuizApp, pilot: Pilot[None]) -> None:  # the next start shows the progress
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Testdeck Europa" in text
        assert "50 %" in text  # last score: one of two answers right

    drive(make_app(tmp_path), home)


@pytest.mark.slow
def test_learn_with_nothing_due_practises_instead(tmp_path: Path) -> None:
    clock = Clock()

    async def learn_all(app: QuizApp, pilot: Pilot[None]) -> None:
        while isinstance(app.screen, QuestionScreen):  # cards that come back within the session
            question = app.screen.question
            assert question is not None
            await answer(pilot, question.card.answer)
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)

    drive(make_app(tmp_path, play="europa", clock=clock), learn_all)

    said: list[str] = []

    async def again(app: QuizApp, pilot: Pilot[None]) -> None:
        assert isinstance(app.screen, QuestionScreen)
        assert "Üben" in screen_text(app)
        assert any("heute nichts fällig" in notice for notice in said)  # while the first screen was made

    app = make_app(tmp_path, play="europa", clock=clock)
    notify = app.notify

    def record(message: str, **kwargs: Any) -> None:
        said.append(message)
        notify(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    drive(app, again)
