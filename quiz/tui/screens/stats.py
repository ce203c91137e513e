"""Statistics: reviews and accuracy over time, a study calendar, the due forecast, the hardest cards.

The queries run in a worker thread; the charts are textual-plotext plots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Label, LoadingIndicator, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot
from textual_plotext.plot import Plot

from quiz import stats
from quiz.i18n import short_date
from quiz.models import Deck
from quiz.store import StoreError
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter
from quiz.tui.widgets.heatmap import Heatmap
from quiz.tui.widgets.marks import BLANK

CALENDAR_DAYS = 7 * 26
TABS = ("history", "calendar", "forecast", "kinds", "hardest")


@dataclass(frozen=True, slots=True)
class StatsData:
    days: list[stats.Counts]
    forecast: list[stats.Forecast]
    kinds: list[stats.Counts]
    missed: list[stats.Missed]
    streak: int


class StatsScreen(QuizScreen[None]):
    """Tabs of charts and tables; Esc goes back."""

    BINDINGS = [
        Binding("escape,q", "back", "key.back"),
        Binding("r", "refresh", "key.refresh"),
        *(Binding(str(n), f"tab('{name}')", "key.next_tab", show=False) for n, name in enumerate(TABS, 1)),
    ]

    def __init__(self) -> None:
        super().__init__(id="stats")
        self.data: StatsData | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Label(self.tr("stats.title"), id="stats-title")
            yield Label("", id="stats-streak")
        yield LoadingIndicator(id="stats-loading")
        with TabbedContent(id="stats-tabs"):
            with TabPane(f"1 {self.tr('stats.tab.history')}", id="history"):
                yield Static("", classes="empty hint")
                yield PlotextPlot(id="plot-reviews", classes="chart")
                yield PlotextPlot(id="plot-accuracy", classes="chart")
            with TabPane(f"2 {self.tr('stats.tab.calendar')}", id="calendar"):
                with VerticalScroll():
                    yield Static("", id="calendar-title", classes="hint")
                    yield Heatmap(id="heatmap")
            with TabPane(f"3 {self.tr('stats.tab.forecast')}", id="forecast"):
                yield PlotextPlot(id="plot-forecast", classes="chart")
            with TabPane(f"4 {self.tr('stats.tab.kinds')}", id="kinds"):
                yield VerticalScroll(Static("", id="kinds-table"))
            with TabPane(f"5 {self.tr('stats.tab.hardest')}", id="hardest"):
                yield VerticalScroll(Static("", id="hardest-table"))
        yield QuizFooter()

    def on_mount(self) -> None:
        self.query_one("#stats-tabs").display = self.data is not None
        if self.data is None:
            self.load()
        else:
            self.query_one("#stats-loading").display = False
            self.show_data(self.data)

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()

    @work(thread=True, exclusive=True, group="stats")
    def load(self) -> None:
        store, now = self.quiz.store, self.quiz.config.clock()
        try:
            data = StatsData(
                days=stats.per_day(store, days=CALENDAR_DAYS, now=now),
                forecast=stats.due_forecast(store, now=now),
                kinds=stats.per_kind(store),
                missed=stats.most_missed(store, limit=20, decks=self._decks()),
                streak=stats.study_streak(store, now)[0],
            )
        except StoreError as error:
            failed = self.tr("stats.failed", error=error.render(self.lang))
            self.app.call_from_thread(self.notify, failed, severity="error")
            return
        self.app.call_from_thread(self._loaded, data)

    def _decks(self) -> list[Deck]:
        """The decks loaded now (Home's, the one played from a file): the hardest cards are named from them."""
        entries = [*(self.quiz.library or []), *([self.quiz.config.play] if self.quiz.config.play else [])]
        return [entry.deck for entry in entries if entry.deck is not None]

    def _loaded(self, data: StatsData) -> None:
        self.data = data
        self.query_one("#stats-loading").display = False
        self.query_one("#stats-tabs").display = True
        self.show_data(data)

    # ----- showing --------------------------------------------------------------------------------

    def show_data(self, data: StatsData) -> None:
        streak = self.tr("stats.streak_one") if data.streak == 1 else self.tr("stats.streak", days=data.streak)
        self.query_one("#stats-streak", Label).update(streak)
        recent = data.days[-stats.HISTORY_DAYS :]
        empty = not any(day.reviews for day in data.days)
        self.query_one("#history .empty", Static).update(self.tr("stats.empty") if empty else "")
        self.query_one("#history .empty", Static).display = empty
        labels = [self._day(date.fromisoformat(day.name)) for day in recent]
        self._bars("#plot-reviews", self.tr("stats.reviews"), labels, [day.reviews for day in recent])
        accuracy = self.query_one("#plot-accuracy", PlotextPlot)
        plt = accuracy.plt
        plt.clear_figure()
        points = [(n, round(day.accuracy * 100)) for n, day in enumerate(recent) if day.reviews]
        if points:
            plt.plot([p[0] for p in points], [p[1] for p in points], marker="braille")
            plt.scatter([p[0] for p in points], [p[1] for p in points], marker="●")
            plt.ylim(0, 100)
            plt.xlim(0, max(1, len(recent) - 1))
            plt.yticks([0.0, 25.0, 50.0, 75.0, 100.0], ["0", "25", "50", "75", "100"])
            self._ticks(plt, labels)
        plt.title(self.tr("stats.accuracy"))
        accuracy.refresh()
        forecast_labels = [self.tr("stats.today")] + [self._day(f.day) for f in data.forecast[1:]]
        self._bars("#plot-forecast", self.tr("stats.forecast"), forecast_labels, [f.due for f in data.forecast])
        weeks = CALENDAR_DAYS // 7
        self.query_one("#calendar-title", Static).update(self.tr("stats.calendar", weeks=weeks))
        calendar = [(date.fromisoformat(day.name), day.reviews) for day in data.days]
        self.query_one(Heatmap).show(calendar, self.lang)
        self.query_one("#kinds-table", Static).update(self._kinds_table(data.kinds))
        self.query_one("#hardest-table", Static).update(self._hardest_table(data.missed))

    def _bars(self, selector: str, title: str, labels: list[str], values: list[int]) -> None:
        widget = self.query_one(selector, PlotextPlot)
        plt = widget.plt
        plt.clear_figure()
        shown = [(float(n), value) for n, value in enumerate(values) if value > 0]
        if shown:
            plt.bar([p for p, _ in shown], [v for _, v in shown], marker="sd", width=0.6)
        plt.xlim(-0.5, len(values) - 0.5)
        peak = max(values, default=0)
        top = max(4, peak)
        plt.ylim(0, top)
        step = max(1, round(top / 4))
        plt.yticks([float(v) for v in range(0, top + 1, step)], [str(v) for v in range(0, top + 1, step)])
        self._ticks(plt, labels)
        plt.title(title)
        widget.refresh()

    def _day(self, day: date) -> str:
        return short_date(day, self.lang)

    @staticmethod
    def _ticks(plt: Plot, labels: list[str]) -> None:
        step = max(1, len(labels) // 5)
        positions = range(0, len(labels), step)
        plt.xticks([float(p) for p in positions], [labels[p] for p in positions])

    def _kinds_table(self, kinds: list[stats.Counts]) -> Table | Content:
        if not kinds:
            return Content(self.tr("stats.empty"))
        table = Table(box=None, header_style="bold", padding=(0, 2, 0, 0))
        table.add_column(self.tr("stats.col.kind"))
        table.add_column(self.tr("stats.col.reviews"), justify="right")
        table.add_column(self.tr("sum.col.correct"), justify="right")
        table.add_column(self.tr("sum.col.almost"), justify="right")
        table.add_column(self.tr("stats.col.rate"), justify="right")
        for row in kinds:
            accuracy = round(row.accuracy * 100)
            bar = "█" * (accuracy // 10) + "░" * (10 - accuracy // 10)
            table.add_row(self.tr(f"kind.{row.name}"), str(row.reviews), str(row.correct), str(row.almost),
                          f"{accuracy} % {bar}")  # fmt: skip
        return table

    def _hardest_table(self, missed: list[stats.Missed]) -> Table | Content:
        if not missed:
            return Content(self.tr("stats.no_missed"))
        table = Table(box=None, header_style="bold", padding=(0, 2, 0, 0), expand=True)
        table.add_column(self.tr("stats.col.card"), ratio=3)
        table.add_column(self.tr("sum.col.answer"), ratio=1)
        table.add_column(self.tr("stats.col.misses"), justify="right")
        table.add_column(self.tr("stats.col.reviews"), justify="right")
        for row in missed:  # the text from a loaded deck, else as the store kept it, else the card's id
            prompt = BLANK.sub("…", row.prompt) if row.prompt else f"{row.deck}: {row.card}"
            table.add_row(Text(prompt), Text(row.answer or "–", style="bold"), str(row.misses), str(row.reviews))
        return table

    # ----- actions ----------------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss(None)

    def action_refresh(self) -> None:
        self.data = None
        self.query_one("#stats-loading").display = True
        self.load()

    def action_tab(self, name: str) -> None:
        self.query_one(TabbedContent).active = name
