"""Help: every key of the screen below and of the app, in the current language."""

from __future__ import annotations

from typing import cast

from rich.table import Table
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from quiz.i18n import t
from quiz.tui.screens.base import QuizModal, localize_bindings


def key_rows(node: object, app: object, lang: str) -> list[tuple[str, str]]:
    """(key, description) for each described binding of a node, keys joined where they share an action."""
    merged = getattr(type(node), "_merged_bindings", None)
    if merged is None:
        return []
    by_action: dict[str, tuple[list[str], str]] = {}
    for bindings in merged.key_to_bindings.values():
        for binding in bindings:
            if not binding.description.startswith("key."):
                continue
            display = cast(App[object], app).get_key_display(binding)
            keys, _ = by_action.setdefault(binding.action, ([], t(binding.description, lang)))
            if display not in keys:
                keys.append(display)
    return [(" ".join(keys), description) for keys, description in by_action.values()]


class HelpScreen(QuizModal[None]):
    """A dialog with every binding; Esc or F1 closes it."""

    BINDINGS = [Binding("escape,f1,question_mark,q", "close", "key.close")]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__(id="help")
        self.below = below

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(Content.styled(self.tr("help.title"), "bold"), classes="dialog-heading")
            rows = key_rows(self.below, self.app, self.lang)
            focused = self.below.focused
            if focused is not None:
                rows = key_rows(focused, self.app, self.lang) + rows
            yield Static(Content.styled(self.tr("help.keys_here"), "bold"), classes="section")
            yield Static(self._table(rows))
            yield Static(Content.styled(self.tr("help.keys_everywhere"), "bold"), classes="section")
            yield Static(self._table(key_rows(self.app, self.app, self.lang)))
            yield Static(self.tr("help.about"), classes="hint")
            yield Static(self.tr("help.close"), classes="dialog-help")

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.query_one("#help-box").focus()

    def _table(self, rows: list[tuple[str, str]]) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, description in rows:
            table.add_row(key, description)
        return table

    def action_close(self) -> None:
        self.dismiss(None)
