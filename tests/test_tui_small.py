"""Small terminals: the way to answer stays in sight down to 40x10, dialogs break lines between words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList

from quiz.session import Style
from quiz.tui.app import QuizApp
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.screens.start import StartDialog
from tests.test_tui_flows import drive, settled
from tests.test_tui_qa import app_on
from tests.tui_fixtures import make_app, screen_text

LONG_CLOZE = (
    "title: Lang\ncards:\n  - id: krieg\n    kind: number\n    cloze: Drei ___ Jahre tobte der blutige Krieg, nachdem"
    " Nordkorea 1950 mit Rückendeckung seiner Verbündeten China und auch Russland den Süden angegriffen hatte.\n"
    "    answer: '3'\n"
)


def widget_text(widget: Widget) -> str:
    """The widget's lines as drawn (the screen's text export runs neighbouring columns together)."""
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return "\n".join(line.text for line in lines)


def in_sight(app: QuizApp, selector: str) -> bool:
    """Is the widget drawn whole within the screen (not scrolled away, not cut)?"""
    widget = app.screen.query_one(selector)
    region = widget.region
    return bool(region.area) and app.screen.region.contains_region(region) and widget.visible


@pytest.mark.parametrize("size", [(40, 10), (60, 20), (45, 12)])
def test_the_answer_box_stays_in_sight(tmp_path: Path, size: tuple[int, int]) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert in_sight(app, "#answer") and "Deine Antwort" in screen_text(app)
        assert "Wie heißt die Hauptstadt" in screen_text(app)  # the question too
        await pilot.press(*"Wien", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)

    drive(make_app(tmp_path, play="europa"), scenario, size=size)


def test_a_long_cloze_scrolls_above_the_answer_box(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert in_sight(app, "#answer")
        assert "Drei _____ Jahre" in screen_text(app)  # the start of the sentence
        await pilot.resize_terminal(80, 24)  # room again: the box goes back under the question
        await pilot.pause()
        box = app.screen.query_one("#answer", Input)
        assert not box.compact and box.region.y < 12 and "angegriffen hatte." in screen_text(app)

    drive(app_on(tmp_path, LONG_CLOZE), scenario, size=(40, 10))


def test_choices_and_ratings_stay_in_sight(tmp_path: Path) -> None:
    async def choice(app: QuizApp, pilot: Pilot[None]) -> None:
        text = screen_text(app)
        for option in ("1  ", "2  ", "3  ", "4  ", "Wien", "Graz", "Linz", "Salzburg"):
            assert option in text, option

        await pilot.press("f2")  # the screen is built again, in English: still compact
        await pilot.pause()
        assert all(option in screen_text(app) for option in ("1  ", "4  ", "Wien", "Salzburg"))
        assert app.screen.query_one("#choices", OptionList).compact

    drive(make_app(tmp_path, play="europa", style=Style.CHOICE), choice, size=(40, 10))

    async def flip(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.press("space")
        await pilot.pause()
        text = screen_text(app)
        assert "Antwort: Wien" in text and all(word in text for word in ("Nicht gewusst", "Fast", "Gewusst"))

    drive(make_app(tmp_path / "flip", play="europa", style=Style.FLIP), flip, size=(40, 10))


def test_the_status_line_says_less_rather_than_cut(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        for keys in (("ctrl+s", "enter"), ("ctrl+s", "enter")):  # two repeats queued
            await pilot.press(*keys)
            await pilot.pause()
        line = next(line for line in screen_text(app).splitlines() if "3" in line and "4" in line)
        assert re.search(r"Frage 3 von 4 · \+2|3/4 \+2", line) and "…" not in line, line

    drive(make_app(tmp_path, play="europa"), scenario, size=(30, 10))


def test_the_start_dialog_breaks_lines_between_words(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        for size in ((40, 24), (40, 10), (52, 30), (60, 20), (80, 24), (30, 12)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()  # the lists are filled again for the new size
            assert isinstance(app.screen, StartDialog)
            assert in_sight(app, "#start-mode") and in_sight(app, "#start-style"), size
            assert in_sight(app, "#start-box .dialog-help"), size
            text = "\n".join(widget_text(app.screen.query_one(f"#start-{kind}")) for kind in ("mode", "style"))
            words = set(re.findall(r"\w+", text))
            for word in ("Wiederholungsplan", "Ergebnis", "umdrehen", "bewerten", "schreiben"):
                assert not any(part != word and word.startswith(part) and len(part) > 3 for part in words), (
                    size, word, text)  # fmt: skip
            for name in ("Lernen", "Üben", "Prüfung", "Eintippen", "Auswahl", "Aufdecken"):
                assert name in words, (size, name, text)

    async def start(app: QuizApp, pilot: Pilot[None]) -> None:
        await settled(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await scenario(app, pilot)

    drive(make_app(tmp_path), start)


def test_home_shows_the_decks_before_the_welcome_on_a_short_terminal(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await settled(pilot)
        text = screen_text(app)
        assert "Testdeck" in text and "Willkommen" not in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Willkommen" in screen_text(app)

    drive(make_app(tmp_path), scenario, size=(40, 10))
