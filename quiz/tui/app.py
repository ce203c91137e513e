"""The Textual app: screens on top of the headless core, wired by :func:`create_app`.

The app keeps no quiz logic: sessions grade and schedule, the store saves,
and the screens show what they produce. :func:`create_app` is the one way to
build it, for the ``quiz`` command and for the tests alike. Its state lives in
:mod:`quiz.tui.state`, the way between screens in :mod:`quiz.tui.navigation`;
this module adds the app's lifecycle, its keys and its commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import ClassVar, cast

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from quiz import paths
from quiz.i18n import LANGUAGES
from quiz.session import Clock, utc_now
from quiz.settings import LANG, read_setting, save_setting
from quiz.store import Store
from quiz.tui.library import DeckEntry, default_sources
from quiz.tui.navigation import Navigation
from quiz.tui.run import Plan
from quiz.tui.screens.base import Localized, localize_bindings
from quiz.tui.state import SETTING_THEME, AppConfig


class QuizApp(Navigation):
    """Home, question, feedback, summary, stats, article and help screens."""

    CSS_PATH = "quiz.tcss"
    TITLE = "quiz"
    ENABLE_COMMAND_PALETTE = True
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-normal")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (22, "-tall")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+c", "quit", "key.quit", show=False, priority=True),
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True),
        Binding("f1", "help", "key.help"),
        Binding("f2", "switch_language", "key.language", show=False),
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True),
    ]

    def __init__(self, config: AppConfig) -> None:
        super().__init__(config)
        localize_bindings(self, self.lang)  # before the first screen is drawn
        theme = config.theme or self._setting(SETTING_THEME)
        if theme and theme in self.available_themes:
            self.theme = theme  # in effect from the first frame

    # ----- lifecycle --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        for notice in self.store.notices:
            self.notify(self.tr("app.store_notice", notice=notice), severity="warning", timeout=15)
        if self.config.preload:
            self.call_after_refresh(self._preload_grader)

    def _preload_grader(self) -> None:
        """The grader's tables take about a second to load: do it while the learner reads, not after Enter."""

        def load() -> None:
            from quiz.matching import preload  # importing it is part of the cost: off the UI thread

            preload()

        self.run_worker(load, thread=True, group="preload", exit_on_error=False)

    async def watch_lang(self, lang: str) -> None:
        localize_bindings(self, lang)
        folder = self.store.path.parent  # the data folder: the next start (and the quiz command) speaks it too
        if not save_setting(folder, LANG, lang):
            self.notify(self.tr("app.language_not_saved", folder=str(folder)), severity="warning", timeout=6)
        if self.study is not None:
            self.study.session.lang = lang
        for screen in list(self.screen_stack):
            if isinstance(screen, Localized):
                await screen.retranslate()
        self.refresh_bindings()

    def watch_theme(self, theme: str) -> None:
        if self.is_running and theme != self._setting(SETTING_THEME):
            self._save_setting(SETTING_THEME, theme)

    # ----- actions ----------------------------------------------------------------------------------

    def action_help(self) -> None:
        from quiz.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(self.screen))

    def action_stats(self) -> None:
        from quiz.tui.screens.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_reload_decks(self) -> None:
        """Read the deck files again (after editing one) and show Home."""
        from quiz.tui.screens.home import HomeScreen

        self.go_home()
        if isinstance(self.screen, HomeScreen) and self.screen.is_mounted:
            self.screen.action_reload()
        else:
            self.library = None

    def action_switch_language(self) -> None:
        self.lang = "en" if self.lang == "de" else "de"
        self.notify(self.tr("app.language_switched"), timeout=2)

    def search_themes(self) -> None:
        """Textual's theme picker, its search box in the app's language."""
        from textual.command import CommandPalette
        from textual.theme import ThemeProvider

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder=self.tr("app.theme_placeholder")))

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(cast(App[object], self)):
            self.push_screen(CommandPalette(placeholder=self.tr("app.palette_placeholder"), id="--command-palette"))

    async def action_quit(self) -> None:
        """Quit from anywhere; every answer is already saved, the running session gets its summary."""
        if self.study is not None:
            self._close(self.study)
        self.exit()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        def command(name: str, callback: Callable[[], object]) -> SystemCommand:
            return SystemCommand(self.tr(f"cmd.{name}"), self.tr(f"cmd.{name}.help"), callback)

        yield command("home", self.go_home)
        yield command("stats", self.action_stats)
        yield command("help", self.action_help)
        yield command("language", self.action_switch_language)
        yield command("theme", self.action_change_theme)
        yield command("reload", self.action_reload_decks)
        yield command("screenshot", lambda: self.set_timer(0.1, self.deliver_screenshot))
        yield command("quit", self.action_quit)


def create_app(
    *,
    data_dir: str | Path | None = None,
    lang: str | None = None,
    play: DeckEntry | None = None,
    plan: Plan | None = None,
    sources: Sequence[tuple[Path, str]] | None = None,
    clock: Clock = utc_now,
    seed: int | None = None,
    theme: str | None = None,
    fuzz: bool = True,
    preload: bool = True,
) -> QuizApp:
    """The app, with its progress database opened (raises :class:`StoreError` with a one-line message)."""
    store = Store.open(paths.database_path(data_dir))
    if lang is None:  # the language last chosen with F2 (else the app's own default: the locale)
        saved = read_setting(paths.data_dir(data_dir), LANG)
        lang = saved if saved in LANGUAGES else None
    if sources is None:
        sources = [(paths.bundled_decks_dir(), "bundled"), (paths.user_decks_dir(data_dir), "user")]
    config = AppConfig(
        store=store, sources=sources, lang=lang, play=play, plan=plan, clock=clock, seed=seed, theme=theme,
        fuzz=fuzz, preload=preload, articles=[Path.cwd() / "seeds", paths.bundled_decks_dir().parent / "seeds"],
    )  # fmt: skip
    return QuizApp(config)


__all__ = ["AppConfig", "QuizApp", "create_app", "default_sources"]
