"""Make the README screenshots (SVG, 80x24) by playing the bundled example deck.

    python docs/screenshots/generate.py
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from textual.widgets import Input

from quiz import paths
from quiz.session import Mode, Style
from quiz.tui.app import QuizApp, create_app
from quiz.tui.library import load_entry
from quiz.tui.run import Plan

HERE = Path(__file__).resolve().parent
DECK = paths.bundled_decks_dir() / "beispiel-europa.yaml"
WHEN = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def save(app: QuizApp, name: str) -> None:
    for box in app.screen.query(Input):
        box.cursor_blink = False
    (HERE / name).write_text(app.export_screenshot(title="quiz"), encoding="utf-8")
    print(HERE / name)


async def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        app = create_app(
            data_dir=data, lang="de", play=load_entry(DECK, "bundled"), plan=Plan(Mode.LEARN, Style.TYPE),
            clock=lambda: WHEN, seed=1, theme="textual-dark", fuzz=False,
        )  # fmt: skip
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press(*"Wien", "enter")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("ctrl+t")
            await pilot.press(*"3. Okt")
            await pilot.pause(0.3)
            save(app, "question.svg")
            await pilot.press(*"ober 1990", "enter")
            await pilot.pause(0.3)
            save(app, "feedback.svg")
        app.store.close()


if __name__ == "__main__":
    asyncio.run(main())
