"""Statistics: reviews and accuracy over time, a study calendar, the due forecast, the hardest cards."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Label

from quiz.tui.screens.base import QuizScreen


class StatsScreen(QuizScreen[None]):
    BINDINGS = [Binding("escape,q", "back", "key.back")]

    def compose(self) -> ComposeResult:
        yield Label(self.tr("stats.title"), classes="topbar")
        yield Footer()

    def action_back(self) -> None:
        self.dismiss(None)
