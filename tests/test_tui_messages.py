"""Deck problems and store notices on screen speak the app's language, and switch with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from quiz import paths
from quiz.tui.app import QuizApp
from quiz.tui.screens.home import HomeScreen
from tests.test_tui_flows import drive
from tests.tui_fixtures import make_app, screen_text


def flat(app: QuizApp) -> str:
    """The screen's text without spaces or scroll bars: a problem line may wrap anywhere."""
    return "".join(screen_text(app).replace("█", "").split())


def notices(app: QuizApp) -> list[str]:
    """Every notification the app shows from now on (toasts are not in the screenshot)."""
    said: list[str] = []
    notify = app.notify

    def record(message: str, *args: Any, **kwargs: Any) -> None:
        said.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    return said


def test_home_shows_a_broken_deck_in_the_app_language(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert isinstance(app.screen, HomeScreen)
        german = flat(app)
        assert "Nichtgeladen(1)" in german and "kaputt.yaml:3:5:Karte1('a'):'answer'fehlt" in german
        assert "ismissing" not in german and "card1" not in german
        await pilot.press("down")  # the broken deck's detail line says it too
        await pilot.pause()
        assert flat(app).count("Karte1('a'):'answer'fehlt") == 2
        await pilot.press("enter")  # it cannot start, and the notice says why
        await pilot.pause()
        assert said == [f"Dieses Deck hat Fehler: {tmp_path}/decks/kaputt.yaml:3:5: Karte 1 ('a'): 'answer' fehlt"]
        await pilot.press("f2")
        await pilot.pause()
        english = flat(app)
        assert "Notloaded(1)" in english and "kaputt.yaml:3:5:card1('a'):'answer'ismissing" in english
        assert "fehlt" not in english

    app = make_app(tmp_path, broken=True)
    said = notices(app)
    drive(app, scenario, size=(120, 30))


def test_a_database_set_aside_is_announced_in_the_app_language(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    database = tmp_path / "data" / paths.DATABASE_NAME
    database.write_text("kaputt", encoding="utf-8")

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        [notice] = said
        assert notice.startswith(f"Fortschritt: {database} ist keine Datenbank; in {paths.DATABASE_NAME}.unknown-")
        assert notice.endswith(" umbenannt und eine neue Fortschrittsdatenbank angelegt")

    app = make_app(tmp_path, lang="de")
    said = notices(app)
    drive(app, scenario)


def test_home_names_the_check_command_for_the_folder_of_the_broken_decks(tmp_path: Path) -> None:
    """More problems than Home shows: it names the ``quiz check`` that lists them, with the decks' folder."""
    from quiz.tui.library import DeckEntry
    from quiz.tui.screens.home import check_command

    def broken_list(app: QuizApp) -> str:  # the whole box: its last lines are scrolled out of sight
        return str(app.screen.query_one("#broken-list", Static).content)

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert broken_list(app).endswith(f"weitere Probleme – „quiz check {tmp_path}/decks“ zeigt alle")
        await pilot.press("f2")
        await pilot.pause()
        assert broken_list(app).endswith(f"more problems – “quiz check {tmp_path}/decks” shows all")

    app = make_app(tmp_path, broken=True)
    for n in range(5):  # six broken decks in all: four are listed, each with its first problem
        (tmp_path / "decks" / f"kaputt-{n}.yaml").write_text("title: K\ncards:\n  - {id: a}\n", encoding="utf-8")
    drive(app, scenario, size=(140, 40))

    home = Path.home()
    entries = [DeckEntry(home / ".local/share/quiz/decks/a.yaml", "user", None, ()),
               DeckEntry(Path("/srv/mit Leerzeichen/b.yaml"), "bundled", None, ()),
               DeckEntry(home / ".local/share/quiz/decks/c.yaml", "user", None, ())]  # fmt: skip
    assert check_command(entries) == "quiz check ~/.local/share/quiz/decks '/srv/mit Leerzeichen'"
