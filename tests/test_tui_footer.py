"""The one-widget footer (keys drawn from the screen's bindings) and the first screen of ``quiz play``."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot

from quiz.session import Style
from quiz.tui.app import QuizApp
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.widgets.footer import HOVER_STYLE, QuizFooter
from tests.test_tui_flows import answer, drive
from tests.tui_fixtures import make_app


def footer_line(app: QuizApp) -> str:
    """The footer as drawn (the screen's text export loses the gaps between keys)."""
    footer = app.screen.query_one(QuizFooter)
    assert footer.region.y == app.size.height - 1 and footer.region.x == 0
    return footer.render().plain


def column_of(app: QuizApp, text: str) -> int:
    line = footer_line(app)
    assert text in line, line
    return line.index(text)


def test_the_footer_shows_the_keys_of_the_question(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        line = footer_line(app)
        assert line.startswith(" ^t Tipp  ^s Überspringen  ^z Rückgängig  esc Ende  f1 Hilfe "), line
        assert line.endswith("▏^p Befehle ") and len(line) == 80, line  # the palette key keeps to the right edge
        assert len(app.screen.query(QuizFooter)) == 1 and not app.screen.query(QuizFooter).first().children

    drive(make_app(tmp_path, play="europa"), scenario)


def test_a_click_on_a_key_runs_it(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await pilot.click(QuizFooter, offset=(column_of(app, "Hilfe"), 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click(QuizFooter, offset=(column_of(app, "Befehle"), 0))  # the key at the right edge
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)

    drive(make_app(tmp_path, play="europa"), scenario)


def test_a_click_on_a_disabled_key_rings_the_bell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bells: list[bool] = []

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        monkeypatch.setattr(app, "bell", lambda: bells.append(True))
        await pilot.click(QuizFooter, offset=(column_of(app, "Rückgängig"), 0))  # nothing to take back yet
        await pilot.pause()
        assert bells == [True]
        assert isinstance(app.screen, QuestionScreen)

    drive(make_app(tmp_path, play="europa"), scenario)


def test_the_footer_follows_the_keys_that_apply(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert "Aufdecken" in footer_line(app) and "Bewerten" not in footer_line(app)
        await pilot.press("space")  # turn the card over: now the number keys rate it
        await pilot.pause()
        line = footer_line(app)
        assert "1–3 Bewerten" in line and "Aufdecken" not in line, line

    drive(make_app(tmp_path, play="europa", style=Style.FLIP), scenario)


def test_the_footer_lights_the_key_under_the_mouse(tmp_path: Path) -> None:
    def lit(footer: QuizFooter) -> list[str]:
        drawn = footer.render()
        return [drawn.plain[span.start : span.end] for span in drawn.spans if span.style == HOVER_STYLE]

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        footer = app.screen.query_one(QuizFooter)
        assert lit(footer) == []
        await pilot.hover(QuizFooter, offset=(column_of(app, "Hilfe"), 0))
        await pilot.pause()
        assert lit(footer) == [" f1 Hilfe "]
        await pilot.hover("#prompt")
        await pilot.pause()
        assert lit(footer) == []

    drive(make_app(tmp_path, play="europa"), scenario)


def whole_items(app: QuizApp) -> list[str]:
    """The keys the footer drew, each checked to be there whole (key and description), nothing else on the line."""
    footer = app.screen.query_one(QuizFooter)
    line = footer_line(app)
    assert len(line) == app.size.width, line
    rest = list(line)
    shown = []
    for start, end, item in footer._spans:
        drawn = line[start:end]
        short = item.palette and drawn.strip() == f"▏{item.display}"  # short of room, the palette key is just "^p"
        assert short or (item.display in drawn and item.description in drawn), (drawn, item)
        shown.append(item.display if short else f"{item.display} {item.description}".strip())
        rest[start:end] = " " * (end - start)
    assert "".join(rest).strip() == "", line  # no piece of a key left over
    return shown


def test_a_narrow_footer_leaves_out_what_does_not_fit(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        line = footer_line(app)
        assert line.startswith("^t Tipp ^s Überspringen"), line  # compact: no padding around the keys
        assert whole_items(app) == ["^t Tipp", "^s Überspringen", "^z Rückgängig", "f1 Hilfe", "^p"]  # no "esc Ende"
        for width, height in ((40, 10), (60, 20), (45, 14), (100, 30)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            shown = whole_items(app)
            assert "f1 Hilfe" in shown, shown  # help lists every key: the last to go
            assert shown[-1].startswith("^p"), shown  # the command palette at the right edge
        assert len(whole_items(app)) == 6  # all of them, given the room

    drive(make_app(tmp_path, play="europa"), scenario, size=(50, 24))


def test_no_key_is_cut_on_any_screen_or_width(tmp_path: Path) -> None:
    """The QA saw "f1 Hi" at 60 columns and "^p Befehlef" at 40: every key is drawn whole or not at all."""

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        for keys in ((), ("enter",), ("enter",), ("escape",), ("f1",), ("escape",), ("escape",)):
            await pilot.press(*keys)
            await pilot.pause()
            for width, height in ((40, 10), (60, 20), (61, 20), (80, 24), (37, 12)):
                await pilot.resize_terminal(width, height)
                await pilot.pause()
                if app.screen.query(QuizFooter):
                    whole_items(app)

    drive(make_app(tmp_path, play="europa", style=Style.CHOICE), scenario)


def test_play_starts_on_the_question_and_leaves_for_home(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert [type(screen) for screen in app.screen_stack] == [QuestionScreen]  # nothing drawn before it
        await answer(pilot, "Graz")
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("enter")
        await pilot.pause()
        app.go_home()  # the session's own screen is replaced by Home
        await pilot.pause()
        assert [type(screen) for screen in app.screen_stack] == [HomeScreen]
        assert app.study is None

    drive(make_app(tmp_path, play="europa"), scenario)


def test_without_a_deck_to_play_home_is_the_first_screen(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert [type(screen) for screen in app.screen_stack] == [HomeScreen]

    drive(make_app(tmp_path), scenario)
