"""The two lines above every question and answer: where you are and how you are doing.

One widget that draws its own bar (cheaper to start than a ProgressBar with
its children: the first question appears sooner).
"""

from __future__ import annotations

from typing import NamedTuple

from textual.content import Content
from textual.widget import Widget

from quiz.i18n import t, tn

BAR_DONE = "━"
BAR_TODO = "─"
MIN_BAR = 6
"""Fewer cells than this for the bar: no bar."""


class Status(NamedTuple):
    """What the bar shows (a named tuple: cheaper to define than a frozen dataclass)."""

    lang: str
    deck: str
    mode: str
    number: int
    """The card's number among the session's cards ("Frage 6 von 20")."""
    total: int
    """The session's cards, each counted once: never grows."""
    repeats: int
    """Missed cards waiting to come back (" · 3 Wiederholungen")."""
    done: int
    """Questions answered (fills the bar) ..."""
    questions: int
    """... of all questions, repeats included."""
    points: int
    streak: int


class StatusBar(Widget):
    """Deck and mode; question n of m (and the repeats to come) with a bar; points and streak.

    Narrow, the bar goes first, then the words get shorter; one line high, only the second line is drawn.
    """

    DEFAULT_CSS = """
    StatusBar { height: 2; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.status: Status | None = None

    def show(
        self, *, lang: str, deck: str, mode: str, number: int, total: int, repeats: int, done: int, questions: int,
        points: int, streak: int,
    ) -> None:  # fmt: skip
        self.status = Status(lang, deck, mode, number, total, repeats, done, questions, points, streak)
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
        bottom = self._progress_line(status, width)
        return bottom if self.content_region.height == 1 else Content("\n").join([top, bottom])

    def _progress_line(self, status: Status, width: int) -> Content:
        """Count, bar and score in ``width`` cells: the longest wording that fits, a bar only where it has room."""
        for count, score in self._wordings(status):
            room = width - count.cell_length - score.cell_length - 2
            if room >= MIN_BAR:
                filled = round(room * min(status.done, status.questions) / max(status.questions, 1))
                bar = Content.assemble((BAR_DONE * filled, "$accent"), (BAR_TODO * (room - filled), "$panel-lighten-2"))
                return Content.assemble(count, " ", bar, " ", score)
            if room >= 0:
                return Content.assemble(count, " " * (room + 2), score)
        count, score = self._wordings(status)[-1]
        return Content.assemble(count, " ", score).truncate(width)

    @staticmethod
    def _wordings(status: Status) -> list[tuple[Content, Content]]:
        """(count, score) from the longest wording to the shortest."""
        lang = status.lang
        number, total, repeats = status.number, status.total, status.repeats
        full = t("q.progress", lang, number=number, total=total)
        short = t("q.progress_short", lang, number=number, total=total)
        counts = [full, short]
        if repeats:
            plus = t("q.repeats_short", lang, count=repeats)
            counts = [f"{full} · {tn('q.repeats', repeats, lang)}", f"{full} · {plus}", f"{short} {plus}"]
        if status.mode == "exam":  # points would give the verdicts away before the end
            scores = [Content("")]
        else:
            points = Content.assemble(("★ ", "$warning"), tn("q.points", status.points, lang))
            streak = Content.assemble(("» ", "$success"), t("q.streak", lang, streak=status.streak))
            bare = Content.assemble(("★ ", "$warning"), str(status.points))
            scores = [Content.assemble(points, "  ", streak), points, bare]
        wordings = [(Content(counts[0]), score) for score in scores]
        wordings += [(Content(count), scores[-1]) for count in counts[1:]]
        return wordings
