"""The Textual app: screens on top of the headless core, wired by :func:`create_app`.

The app keeps no quiz logic: sessions grade and schedule, the store saves,
and the screens show what they produce. :func:`create_app` is the one way to
build it, for the ``quiz`` command and for the tests alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, cast

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.reactive import reactive
from textual.screen import Screen

from quiz import paths
from quiz.i18n import LANGUAGES, default_language, t
from quiz.models import Card, Deck
from quiz.session import Clock, Mode, Outcome, Style, utc_now
from quiz.store import DeckOverview, Store, StoreError
from quiz.tui.library import DeckEntry, default_sources, load_library
from quiz.tui.run import Plan, StudyRun
from quiz.tui.screens.base import Localized, localize_bindings

SETTING_LANG = "ui.lang"
SETTING_THEME = "ui.theme"
SETTING_MODE = "ui.mode"
SETTING_STYLE = "ui.style"


@dataclass
class AppConfig:
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
    articles: Sequence[Path] = field(default_factory=list)
    """Extra folders to look for source articles in (besides the deck's folder and seeds/)."""


class QuizApp(App[None]):
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

    lang = reactive("de", init=False)

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config
        self.store = config.store
        self.library: list[DeckEntry] | None = None
        self.overview: dict[str, DeckOverview] = {}
        self.study: StudyRun | None = None
        saved = self._setting(SETTING_LANG)
        self.set_reactive(QuizApp.lang, config.lang or (saved if saved in LANGUAGES else None) or default_language())
        self._plan = config.plan or self._saved_plan()

    # ----- lifecycle --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        theme = self.config.theme or self._setting(SETTING_THEME)
        if theme and theme in self.available_themes:
            self.theme = theme
        for notice in self.store.notices:
            self.notify(self.tr("app.store_notice", notice=notice), severity="warning", timeout=15)
        if self.config.play is not None:
            self.begin(self.config.play, self._plan)
        if self.study is None:
            self.go_home()
        if self.config.preload:
            self.call_after_refresh(self._preload_grader)

    def _preload_grader(self) -> None:
        """The grader's tables take about a second to load: do it while the learner reads, not after Enter."""
        def load() -> None:
            from quiz.matching import preload  # importing it is part of the cost: off the UI thread

            preload()

        self.run_worker(load, thread=True, group="preload", exit_on_error=False)

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    async def watch_lang(self, lang: str) -> None:
        localize_bindings(self, lang)
        self._save_setting(SETTING_LANG, lang)
        if self.study is not None:
            self.study.session.lang = lang
        for screen in list(self.screen_stack):
            if isinstance(screen, Localized):
                await screen.retranslate()
        self.refresh_bindings()

    def watch_theme(self, theme: str) -> None:
        if self.is_running and theme != self._setting(SETTING_THEME):
            self._save_setting(SETTING_THEME, theme)

    # ----- decks ----------------------------------------------------------------------------------

    def load_library(self) -> list[DeckEntry]:
        """Read every deck file (call from a worker thread: big decks take time)."""
        self.library = load_library(self.config.sources)
        return self.library

    def deck_overview(self) -> dict[str, DeckOverview]:
        """Home counts for every loaded deck (from a worker thread)."""
        decks = [entry.deck for entry in self.library or [] if entry.ok and entry.deck is not None]
        try:
            counts = self.store.overview(decks, self.config.clock())
            return {deck.key: info for deck, info in zip(decks, counts, strict=True)}
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error")
            return {}

    # ----- sessions -------------------------------------------------------------------------------

    def choose_plan(self, entry: DeckEntry) -> None:
        from quiz.tui.screens.start import StartDialog

        def chosen(plan: Plan | None) -> None:
            if plan is not None:
                self._plan = plan
                self._save_setting(SETTING_MODE, plan.mode.value)
                self._save_setting(SETTING_STYLE, plan.style.value)
                self.begin(entry, plan)

        self.push_screen(StartDialog(entry.title, self._plan, self.overview.get(entry.key)), chosen)

    def begin(self, entry: DeckEntry, plan: Plan) -> None:
        """Start a session on ``entry``; learn mode with nothing due falls back to free practice."""
        deck = entry.deck
        if deck is None or not deck.cards:
            self.notify(self.tr("home.empty_deck", deck=entry.title), severity="warning")
            return
        try:
            run = self._start(deck, plan)
            if run is None and plan.mode is Mode.LEARN:
                self.notify(self.tr("home.nothing_due", deck=entry.title), timeout=6)
                run = self._start(deck, Plan(Mode.PRACTICE, plan.style))
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=str(error)), severity="error", timeout=10)
            return
        if run is None:
            self.notify(self.tr("home.empty_deck", deck=entry.title), severity="warning")
            return
        self._open_run(run, entry)

    def _start(self, deck: Deck, plan: Plan) -> StudyRun | None:
        config = self.config
        return StudyRun.start(
            self.store, deck, plan, clock=config.clock, seed=config.seed, lang=self.lang, fuzz=config.fuzz
        )

    def _open_run(self, run: StudyRun, entry: DeckEntry) -> None:
        from quiz.tui.screens.question import QuestionScreen

        self.study = run
        self.push_screen(QuestionScreen(run, entry))

    def show_feedback(
        self, run: StudyRun, entry: DeckEntry, outcome: Outcome, done: Callable[[str | None], None]
    ) -> None:
        from quiz.tui.screens.feedback import FeedbackScreen

        self.push_screen(FeedbackScreen(run, entry, outcome), done)

    def show_summary(self, run: StudyRun, entry: DeckEntry) -> None:
        from quiz.tui.screens.summary import SummaryScreen

        self.study = None
        self.switch_screen(SummaryScreen(run, entry))

    def end_run(self, run: StudyRun, entry: DeckEntry) -> None:
        """Leave a session early: a summary if anything was answered, else straight home."""
        if run.answered:
            self.show_summary(run, entry)
            return
        self._close(run)
        self.study = None
        self.go_home()

    def practise_missed(self, run: StudyRun, entry: DeckEntry) -> None:
        from quiz.tui.screens.question import QuestionScreen

        try:
            follow_up = run.missed(self.config.seed)
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=str(error)), severity="error", timeout=10)
            return
        if follow_up is None:
            self.notify(self.tr("sum.nothing_missed"), timeout=3)
            return
        self.study = follow_up
        self.switch_screen(QuestionScreen(follow_up, entry))

    def go_home(self) -> None:
        """Back to the list of decks; a session still running is closed (its answers are saved already)."""
        from quiz.tui.screens.home import HomeScreen

        if self.study is not None:
            self._close(self.study)
            self.study = None

        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.push_screen(HomeScreen())

    def show_article(self, entry: DeckEntry, card: Card) -> None:
        from quiz.tui.screens.article import ArticleScreen

        self.push_screen(ArticleScreen(entry, card, self.config.articles))

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

    def action_command_palette(self) -> None:
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

    # ----- settings ---------------------------------------------------------------------------------

    def _close(self, run: StudyRun) -> None:
        try:
            run.close()
        except StoreError:
            pass

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
    if sources is None:
        sources = [(paths.bundled_decks_dir(), "bundled"), (paths.user_decks_dir(data_dir), "user")]
    config = AppConfig(
        store=store, sources=sources, lang=lang, play=play, plan=plan, clock=clock, seed=seed, theme=theme,
        fuzz=fuzz, preload=preload, articles=[Path.cwd() / "seeds", paths.bundled_decks_dir().parent / "seeds"],
    )  # fmt: skip
    return QuizApp(config)


__all__ = ["AppConfig", "QuizApp", "create_app", "default_sources"]
