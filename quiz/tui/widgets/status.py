"""The two lines above every question and answer: where you are and how you are doing."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Label, ProgressBar

from quiz.i18n import t


class StatusBar(Widget):
    """Deck and mode; question n of m with a bar; points and streak."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="status-top"):
            yield Label(id="status-deck")
            yield Label(id="status-mode")
        with Horizontal(id="status-bottom"):
            yield Label(id="status-count")
            yield ProgressBar(show_percentage=False, show_eta=False, id="status-bar")
            yield Label(id="status-score")

    def show(
        self, *, lang: str, deck: str, mode: str, number: int, total: int, done: int, points: int, streak: int
    ) -> None:
        """Update every part; ``done`` is how many questions are answered (fills the bar)."""
        self.query_one("#status-deck", Label).update(Content(deck))
        self.query_one("#status-mode", Label).update(Content(t(f"mode.{mode}", lang)))
        self.query_one("#status-count", Label).update(Content(t("q.progress", lang, number=number, total=total)))
        self.query_one("#status-bar", ProgressBar).update(total=max(total, 1), progress=done)
        score = Content.assemble(
            ("★ ", "$warning"), t("q.points", lang, points=points), "  ", ("» ", "$success"),
            t("q.streak", lang, streak=streak),
        )  # fmt: skip
        self.query_one("#status-score", Label).update(score)
