"""The way through the app's screens: Home, a session's questions and feedback, its summary, back Home.

Screens are imported where they are first shown: ``quiz play`` draws its
first question without loading Home, the dialogs, stats or help.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen

from quiz.models import Card, Deck
from quiz.session import Mode, Outcome
from quiz.store import StoreError
from quiz.tui.library import DeckEntry
from quiz.tui.run import Plan, StudyRun
from quiz.tui.state import AppState


class Navigation(AppState):
    """Which screen comes next; every session is saved and closed on the way out."""

    def get_default_screen(self) -> Screen[None]:
        """The bottom screen: the first question of ``quiz play`` (nothing else is drawn first), else Home."""
        play = self.config.play
        screen = self._question_screen(play, self._plan) if play is not None else None
        if screen is None:
            from quiz.tui.screens.home import HomeScreen

            screen = HomeScreen()
        # What push_screen does for the screens above it: without it switch_screen, which
        # replaces the session's bottom screen by its summary or Home, fails.
        screen._push_result_callback(self, None)
        return screen

    def choose_plan(self, entry: DeckEntry) -> None:
        from quiz.tui.screens.start import StartDialog

        def chosen(plan: Plan | None) -> None:
            if plan is not None:
                self._save_plan(plan)
                self.begin(entry, plan)

        self.push_screen(StartDialog(entry.title, self._plan, self.overview.get(entry.key)), chosen)

    def begin(self, entry: DeckEntry, plan: Plan) -> None:
        """Start a session on ``entry`` and show its first question."""
        question = self._question_screen(entry, plan)
        if question is not None:
            self.push_screen(question)

    def _question_screen(self, entry: DeckEntry, plan: Plan) -> Screen[None] | None:
        """The first question of a new session on ``entry``, or None (with a notice why).

        Learn mode with nothing due falls back to free practice.
        """
        from quiz.tui.screens.question import QuestionScreen

        deck = entry.deck
        if deck is None or not deck.cards:
            self.notify(self.tr("home.empty_deck", deck=entry.title), severity="warning")
            return None
        try:
            run = self._start(deck, plan)
            if run is None and plan.mode is Mode.LEARN:
                self.notify(self.tr("home.nothing_due", deck=entry.title), timeout=6)
                run = self._start(deck, Plan(Mode.PRACTICE, plan.style))
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=error.render(self.lang)), severity="error", timeout=10)
            return None
        if run is None:
            self.notify(self.tr("home.empty_deck", deck=entry.title), severity="warning")
            return None
        self.study = run
        return QuestionScreen(run, entry)

    def _start(self, deck: Deck, plan: Plan) -> StudyRun | None:
        config = self.config
        return StudyRun.start(
            self.store, deck, plan, clock=config.clock, seed=config.seed, lang=self.lang, fuzz=config.fuzz
        )

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
            self.notify(self.tr("app.save_failed", error=error.render(self.lang)), severity="error", timeout=10)
            return
        if follow_up is None:
            self.notify(self.tr("sum.nothing_missed"), timeout=3)
            return
        self.study = follow_up
        self.switch_screen(QuestionScreen(follow_up, entry))

    def go_home(self) -> None:
        """Back to the list of decks; a session still running is closed (its answers are saved already).

        After ``quiz play`` the bottom screen is the session's, not Home: it is replaced.
        """
        from quiz.tui.screens.home import HomeScreen

        if self.study is not None:
            self._close(self.study)
            self.study = None
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())

    def show_article(self, entry: DeckEntry, card: Card) -> None:
        from quiz.tui.screens.article import ArticleScreen

        self.push_screen(ArticleScreen(entry, card, self.config.articles))

    def _close(self, run: StudyRun) -> None:
        try:
            run.close()
        except StoreError:
            pass
