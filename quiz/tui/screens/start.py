"""The start dialog: pick a mode and a style for one deck, then Enter."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from quiz.session import DEFAULT_RULES, Mode, Style
from quiz.store import DeckOverview
from quiz.tui.run import Plan
from quiz.tui.screens.base import QuizModal

DIALOG_WIDTH = 76
"""As in quiz.tcss (.dialog); with its border and padding, 4 columns more than its text."""
OTHER_ROWS = 9
"""Rows of the dialog besides the lists: border, headings, deck, counts, the line about Enter and the gaps."""
MODE_KEYS = {"l": Mode.LEARN, "p": Mode.PRACTICE, "e": Mode.EXAM}
STYLE_KEYS = {"t": Style.TYPE, "c": Style.CHOICE, "f": Style.FLIP}


class StartDialog(QuizModal[Plan | None]):
    """Mode on the left, style on the right; Enter in either list starts."""

    BINDINGS = [
        Binding("escape", "dismiss_none", "key.back"),
        *(Binding(key, f"set_mode('{mode.value}')", "key.mode", show=False) for key, mode in MODE_KEYS.items()),
        *(Binding(key, f"set_style('{style.value}')", "key.style", show=False) for key, style in STYLE_KEYS.items()),
    ]

    def __init__(self, title: str, plan: Plan, overview: DeckOverview | None) -> None:
        super().__init__(id="start")
        self.deck_title = title
        self.plan = plan
        self.overview = overview
        self.with_help = True
        """Each option has its line of help below it (not on a terminal too small for it)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="start-box", classes="dialog"):
            yield Label(self.tr("start.title"), id="start-heading", classes="dialog-heading")
            yield Label(Content(self.deck_title), id="start-title")
            if self.overview is not None:
                o = self.overview
                counts = self.tr("start.counts", due=o.due, new=o.new_today, cards=self.trn("home.cards", o.total))
                yield Label(counts, id="start-counts")
            with Horizontal(id="start-lists"):
                with Vertical():
                    yield Label(self.tr("start.mode"), classes="dialog-heading")
                    yield OptionList(id="start-mode", compact=True)
                with Vertical():
                    yield Label(self.tr("start.style"), classes="dialog-heading")
                    yield OptionList(id="start-style", compact=True)
            yield Label(self.tr("start.go"), classes="dialog-help")

    def _help(self, kind: str, value: Mode | Style) -> str:
        return self.tr(f"{kind}.{value.value}.help", count=DEFAULT_RULES.exam_size)

    def _options(self, kind: str, values: type[Mode] | type[Style]) -> list[Option]:
        options = []
        for value in values:
            prompt = Content.styled(self.tr(f"{kind}.{value.value}"), "bold")
            if self.with_help:
                prompt = Content.assemble(prompt, "\n", (self._help(kind, value), "dim"))
            options.append(Option(prompt, id=value.value))
        return options

    def on_mount(self) -> None:
        self.with_help = self._help_fits(self.app.size)
        self._fill_lists()
        modes, styles = self.query_one("#start-mode", OptionList), self.query_one("#start-style", OptionList)
        modes.highlighted = list(Mode).index(self.plan.mode)
        styles.highlighted = list(Style).index(self.plan.style)
        modes.focus()

    def on_resize(self, event: events.Resize) -> None:
        with_help = self._help_fits(event.size)
        if with_help != self.with_help:
            self.with_help = with_help
            self._fill_lists()

    def _help_fits(self, size: Size) -> bool:
        """Do the lines of help fit: each word within its column (no word broken in two), every line on screen?"""
        column = (min(DIALOG_WIDTH, size.width) - 4) // 2 - 2  # two lists side by side, 2 apart
        rows = 0
        for kind, values in (("mode", list(Mode)), ("style", list(Style))):
            helps = [self._help(kind, value) for value in values]
            if any(len(word) > column for text in helps for word in text.split()):
                return False
            rows = max(rows, sum(1 + len(Content(text).wrap(column)) for text in helps))
        return rows + OTHER_ROWS <= size.height

    def _fill_lists(self) -> None:
        for kind, values in (("mode", Mode), ("style", Style)):
            options = self.query_one(f"#start-{kind}", OptionList)
            highlighted = options.highlighted
            options.clear_options()
            options.add_options(self._options(kind, values))
            options.highlighted = highlighted

    def chosen(self) -> Plan:
        modes, styles = self.query_one("#start-mode", OptionList), self.query_one("#start-style", OptionList)
        mode = list(Mode)[modes.highlighted or 0]
        style = list(Style)[styles.highlighted or 0]
        return Plan(mode, style)

    @on(OptionList.OptionSelected)
    def _start(self) -> None:
        self.dismiss(self.chosen())

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    def action_set_mode(self, value: str) -> None:
        self.query_one("#start-mode", OptionList).highlighted = list(Mode).index(Mode(value))

    def action_set_style(self, value: str) -> None:
        self.query_one("#start-style", OptionList).highlighted = list(Style).index(Style(value))
