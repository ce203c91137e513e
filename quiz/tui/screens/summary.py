"""The end of a session: score, accuracy per kind, time, best streak, and the missed cards."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quiz.models import Kind
from quiz.session import Summary
from quiz.store import StoreError
from quiz.tui.library import DeckEntry
from quiz.tui.run import StudyRun, elapsed_text
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter

MAX_MISSED_SHOWN = 50


class SummaryScreen(QuizScreen[None]):
    """Shown when a session ends (or is ended early)."""

    BINDINGS = [
        Binding("p", "practise_missed", "key.practise_missed"),
        Binding("enter,escape", "home", "key.home"),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self, run: StudyRun, entry: DeckEntry) -> None:
        super().__init__(id="summary")
        self.run = run
        self.entry = entry
        try:
            self.summary = run.close()
        except StoreError:
            self.summary = run.summary()

    def compose(self) -> ComposeResult:
        summary = self.summary
        with VerticalScroll(id="summary-body"):
            yield Static(self._title(summary), id="summary-title")
            yield Static(self._figures(summary), id="summary-figures")
            if summary.by_kind:
                yield Static(Content.styled(self.tr("sum.by_kind"), "bold"), classes="section")
                yield Static(self._kinds(summary), id="summary-kinds")
            yield Static(Content.styled(self.tr("sum.missed", count=len(summary.missed)), "bold"), classes="section")
            yield Static(self._missed(summary), id="summary-missed")
            if summary.missed:
                yield Static(self.tr("sum.practise_hint"), classes="hint")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.query_one("#summary-body").focus()

    def _title(self, summary: Summary) -> Content:
        if summary.answered and summary.total.correct == summary.answered and summary.complete:
            key, style = "sum.title_perfect", "bold $success"
        elif summary.complete:
            key, style = "sum.title", "bold $accent"
        else:
            key, style = "sum.title_partial", "bold $warning"
        return Content.assemble((self.tr(key), style), ("  ·  ", "dim"), self.entry.title)

    def _figures(self, summary: Summary) -> Table:
        # Missed cards come back only after the session's own cards: the answers past those are the repeats.
        cards = summary.total_cards or summary.questions
        answered_cards, answered_repeats = min(summary.answered, cards), max(0, summary.answered - cards)
        figures = [
            ("sum.score", self.tr("sum.of", value=summary.points, total=summary.max_points)),
            ("sum.accuracy", f"{round(summary.accuracy * 100)} %"),
            ("sum.answered", self.tr("sum.of", value=answered_cards, total=self.trn("home.cards", cards))),
            ("sum.time", elapsed_text(summary.started_at, summary.ended_at)),
            ("sum.best_streak", str(summary.best_streak)),
        ]
        if summary.repeats:
            figures.insert(3, ("sum.repeats", self.tr("sum.of", value=answered_repeats, total=summary.repeats)))
        table = Table.grid(padding=(0, 2, 0, 0))
        for _ in range(2):
            table.add_column()
            table.add_column(style="bold", min_width=10)
        for n in range(0, len(figures), 2):
            pair = figures[n : n + 2]
            cells: list[str] = []
            for label, value in pair:
                cells += [self.tr(label), value]
            table.add_row(*cells)
        return table

    def _kinds(self, summary: Summary) -> Table:
        table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False, header_style="bold")
        table.add_column(self.tr("sum.col.kind"))
        for key in ("sum.col.correct", "sum.col.almost", "sum.col.wrong", "sum.col.rate"):
            table.add_column(self.tr(key), justify="right")
        for kind in Kind:
            tally = summary.by_kind.get(kind)
            if tally is None:
                continue
            table.add_row(
                self.tr(f"kind.{kind.value}"), str(tally.correct), str(tally.almost), str(tally.wrong),
                f"{round(tally.accuracy * 100)} %",
            )  # fmt: skip
        return table

    def _missed(self, summary: Summary) -> Table | Content:
        if not summary.missed:
            return Content.styled(self.tr("sum.none_missed"), "dim")
        given = {o.card.id: o.given for o in self.run.session.outcomes if not o.correct}
        table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False, header_style="bold", expand=True)
        table.add_column(self.tr("sum.col.question"), ratio=3)
        table.add_column(self.tr("sum.col.answer"), ratio=1, style="bold green")
        table.add_column(self.tr("sum.col.given"), ratio=1, style="dim")
        for card in summary.missed[:MAX_MISSED_SHOWN]:
            table.add_row(Text(card.prompt.replace("___", "…")), Text(card.answer), Text(given.get(card.id) or "–"))
        return table

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practise_missed":
            return bool(self.summary.missed)
        return True

    def action_practise_missed(self) -> None:
        if not self.summary.missed:
            self.notify(self.tr("sum.nothing_missed"), timeout=3)
            return
        self.quiz.practise_missed(self.run, self.entry)

    def action_home(self) -> None:
        self.quiz.go_home()
