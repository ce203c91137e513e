"""The two lines above every question and answer: where you are and how you are doing.

One widget that draws its own bar (cheaper to start than a ProgressBar with
its children: the first question appears sooner).
"""

from __future__ import annotations

from typing import NamedTuple

from textual.content import Content
from textual.widget import Widget

from quiz.i18n import t

BAR_DONE = "━"
BAR_TODO = "─"


class Status(NamedTuple):
    """What the bar shows (a named tuple: cheaper to define than a frozen dataclass)."""

    lang: str
    deck: str
    mode: str
    number: int
    total: int
    done: int
    points: int
    streak: int


class StatusBar(Widget):
    """Deck and mode; question n of m with a bar; points and streak."""

    DEFAULT_CSS = """
    StatusBar { height: 2; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.status: Status | None = None

    def show(
        self, *, lang: str, deck: str, mode: str, number: int, total: int, done: int, points: int, streak: int
    ) -> None:
        """Update every part; ``done`` is how many questions are answered (fills the bar)."""
        self.status = Status(lang, deck, mode, number, total, done, points, streak)
        self.refresh()

    def render(self) -> Content:
        status = self.status
        if status is None:
            return Content("")
        width = max(10, self.content_region.width)
        lang = status.lang
        mode = Content.styled(t(f"mode.{status.mode}", lang), "$accent")
        deck = Content.styled(status.deck, "bold").truncate(max(1, width - mode.cell_length - 1), ellipsis=True)
        top = Content.assemble(deck, " " * max(1, width - deck.cell_length - mode.cell_length), mode)
        count = Content(t("q.progress", lang, number=status.number, total=status.total))
        score = Content.assemble(
            ("★ ", "$warning"), t("q.points", lang, points=status.points), "  ", ("» ", "$success"),
            t("q.streak", lang, streak=status.streak),
        )  # fmt: skip
        if status.mode == "exam":  # points would give the verdicts away before the end
            score = Content("")
        room = width - count.cell_length - score.cell_length - 2
        if room < 6 and score.cell_length:  # narrow: drop the bar, then the streak
            score = Content.assemble(("★ ", "$warning"), str(status.points))
            room = width - count.cell_length - score.cell_length - 2
        filled = round(max(0, room) * min(status.done, status.total) / max(status.total, 1))
        bar = Content.assemble((BAR_DONE * filled, "$accent"), (BAR_TODO * max(0, room - filled), "$panel-lighten-2"))
        bottom = Content.assemble(count, " ", bar, " ", score) if room > 0 else Content.assemble(count, " ", score)
        return Content("\n").join([top, bottom.truncate(width)])
