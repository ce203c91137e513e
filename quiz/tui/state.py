"""What the app holds between screens: its configuration, the decks, the running session, the settings.

:class:`AppState` is the base of :class:`~quiz.tui.app.QuizApp`; the screen
navigation (:mod:`quiz.tui.navigation`) and the app's commands build on it.
The interface language is kept in the settings file (:mod:`quiz.settings`),
which the CLI reads too; the app's other choices (theme, mode, style) are kept
in the progress database, where an older language choice is still read when no
file has one. A store that cannot be read or written costs the setting, never
the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from textual.app import App
from textual.reactive import reactive

from quiz.i18n import LANGUAGES, default_language, t
from quiz.session import Clock, Mode, Style, utc_now
from quiz.store import DeckOverview, Store, StoreError
from quiz.tui.library import DeckEntry, load_entry, load_library
from quiz.tui.run import Plan, StudyRun

SETTING_LANG = "ui.lang"
SETTING_THEME = "ui.theme"
SETTING_MODE = "ui.mode"
SETTING_STYLE = "ui.style"


class AppConfig(NamedTuple):
    """Everything the app needs from outside; the tests fill it in with fixed values."""

    store: Store
    sources: Sequence[tuple[Path, str]]
    lang: str | None = None
    play: DeckEntry | None = None
    plan: Plan | None = None
    clock: Clock = utc_now
    seed: int | None = None
    theme: str | None = None
    fuzz: bool = True
    """Spread review intervals a little (FSRS fuzz); tests turn it off for exact screens."""
    preload: bool = True
    """Load the grader's word and place tables in the background once the first screen is up."""
    articles: Sequence[Path] = ()
    """Extra folders to look for source articles in (besides the deck's folder and seeds/)."""


class AppState(App[None]):
    """The app's state: the language, the decks and their counts, the session on screen, the last plan."""

    lang = reactive("de", init=False)

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config
        self.store = config.store
        self.library: list[DeckEntry] | None = None
        self.overview: dict[str, DeckOverview] = {}
        self.study: StudyRun | None = None
        saved = self._setting(SETTING_LANG)
        self.set_reactive(AppState.lang, config.lang or (saved if saved in LANGUAGES else None) or default_language())
        self._plan = config.plan or self._saved_plan()

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    # ----- decks ----------------------------------------------------------------------------------

    def load_library(self) -> list[DeckEntry]:
        """Read every deck file (call from a worker thread: big decks take time).

        A deck played from a file outside the decks folders (``quiz play FILE``) is listed first, read again
        like the others, so it can be played again from Home.
        """
        library = load_library(self.config.sources)
        play = self.config.play
        if play is not None and play.path.resolve() not in {entry.path.resolve() for entry in library}:
            library.insert(0, load_entry(play.path, "file"))
        self.library = library
        return library

    def deck_overview(self) -> dict[str, DeckOverview]:
        """Home counts for every loaded deck (from a worker thread)."""
        decks = [entry.deck for entry in self.library or [] if entry.ok and entry.deck is not None]
        try:
            counts = self.store.overview(decks, self.config.clock())
            return {deck.key: info for deck, info in zip(decks, counts, strict=True)}
        except StoreError as error:
            self.call_from_thread(self.notify, error.render(self.lang), severity="error")
            return {}

    # ----- settings ---------------------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        try:
            return self.store.setting(key)
        except StoreError:
            return None

    def _save_setting(self, key: str, value: str) -> None:
        try:
            self.store.set_setting(key, value)
        except StoreError:
            pass

    def _saved_plan(self) -> Plan:
        mode, style = self._setting(SETTING_MODE), self._setting(SETTING_STYLE)
        return Plan(
            Mode(mode) if mode in {m.value for m in Mode} else Mode.LEARN,
            Style(style) if style in {s.value for s in Style} else Style.TYPE,
        )

    def _save_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._save_setting(SETTING_MODE, plan.mode.value)
        self._save_setting(SETTING_STYLE, plan.style.value)
