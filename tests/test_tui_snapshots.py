"""Every screen at 80x24, compared with an approved SVG (pytest-textual-snapshot).

After an intended change to a screen, look at the report and run
``pytest tests/test_tui_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from quiz.session import Mode, Style
from quiz.tui.screens.question import QuestionScreen
from tests.test_tui_flows import RIGHT, current_card, settled
from tests.tui_fixtures import make_app

SnapCompare = Callable[..., bool]


@pytest.fixture(autouse=True)
def _same_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Deck paths relative to the working folder, and study days in UTC: the same on every machine."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


class Text(str):
    """Typed letter by letter (other strings are key names)."""


def steps(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Press keys, wait for workers, stop the cursor blinking."""

    async def run(pilot: Pilot[Any]) -> None:
        await settled(pilot)
        for key in keys:
            await pilot.press(*key) if isinstance(key, Text) else await pilot.press(key)
            await pilot.pause()
        await settled(pilot)
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False

    return run


def test_home(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, broken=True), run_before=steps())


def test_start_dialog(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path), run_before=steps("enter"))


def test_question_typed(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa"), run_before=steps("ctrl+t"))


def test_question_cloze(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, play="europa")
    assert snap_compare(app, run_before=steps(Text("Wien"), "enter", "enter", Text("9. Nov")))


def test_question_choice(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa", style=Style.CHOICE), run_before=steps())


def test_question_flip_revealed(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa", style=Style.FLIP), run_before=steps("space"))


def test_feedback_correct(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa"), run_before=steps(Text("Wien"), "enter"))


def test_feedback_almost(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, play="europa")
    keys = (Text("Wien"), "enter", "enter", "ctrl+s", "enter", Text("Osterreich"), "enter")
    assert snap_compare(app, run_before=steps(*keys))


def test_feedback_wrong(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa"), run_before=steps(Text("Graz"), "enter"))


@pytest.mark.slow
def test_summary(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """An exam: every card answered right except the country, which is answered "Bern"."""

    async def run(pilot: Pilot[Any]) -> None:
        await settled(pilot)
        while isinstance(pilot.app.screen, QuestionScreen):
            card = current_card(pilot.app)
            await pilot.press(*("Bern" if card == "land" else RIGHT[card]), "enter")
            await pilot.pause()
        await settled(pilot)

    assert snap_compare(make_app(tmp_path, play="europa", mode=Mode.EXAM), run_before=run)


@pytest.mark.slow
def test_stats(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, play="europa")
    keys = (Text("Wien"), "enter", "enter", Text("Mai"), "enter", "escape", "escape", "s")
    assert snap_compare(app, run_before=steps(*keys))


def test_stats_calendar(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, play="europa")
    keys = (Text("Wien"), "enter", "escape", "escape", "s")
    assert snap_compare(app, run_before=steps(*keys, "2"))


def test_article(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa"), run_before=steps(Text("Graz"), "enter", "a"))


def test_help(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, play="europa"), run_before=steps("f1"))


def test_home_english(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, lang="en"), run_before=steps())
