"""Help: the keys that work on the screen below and everywhere in the app, in the current language."""

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

Row = tuple[str, str, bool]
"""Keys (joined), what they do, and whether they do it right now."""


def key_rows(screen: Screen[object], lang: str) -> tuple[list[Row], list[Row]]:
    """The keys that work on ``screen`` as it is now, (this screen's, the app's), like its footer sees them.

    Only bindings that apply (a screen's ``check_action``, the focused widget: letters go to an answer box)
    and that are ours (described by a catalogue key, not Textual's editing keys); a hidden key that only
    repeats a shown one (2, 3, 4 beside "1–4", space beside Enter) is left out.
    """
    app = cast(App[object], screen.app)
    active = screen.active_bindings
    shown = {(id(node), _name(binding.action)) for node, binding, _enabled, _tooltip in active.values() if binding.show}
    here: dict[str, tuple[list[str], bool]] = {}
    everywhere: dict[str, tuple[list[str], bool]] = {}
    for key, (node, binding, enabled, _tooltip) in active.items():
        if not _ours(node, key, binding.action):
            continue
        if not binding.show and (id(node), _name(binding.action)) in shown:
            continue
        description = t(binding.description, lang) if binding.description.startswith("key.") else binding.description
        rows = everywhere if node is app else here
        keys, was_enabled = rows.setdefault(description, ([], enabled))
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
        rows[description] = (keys, was_enabled or enabled)
    return ([(" ".join(keys), text, on) for text, (keys, on) in here.items()],
            [(" ".join(keys), text, on) for text, (keys, on) in everywhere.items()])  # fmt: skip


def _name(action: str) -> str:
    """The action without its arguments: ``number`` for ``number(2)``."""
    return action.partition("(")[0]


def _ours(node: object, key: str, action: str) -> bool:
    """Is this binding one of the app's own (its description a catalogue key where it was declared)?"""
    merged = getattr(type(node), "_merged_bindings", None)
    declared = merged.key_to_bindings.get(key, []) if merged is not None else []
    return any(binding.action == action and binding.description.startswith("key.") for binding in declared)


class HelpScreen(QuizModal[None]):
    """A dialog with every binding; Esc or F1 closes it."""

    BINDINGS = [Binding("escape,f1,question_mark,q", "close", "key.close")]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__(id="help")
        self.below = below

    def compose(self) -> ComposeResult:
        here, everywhere = key_rows(self.below, self.lang)
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(Content.styled(self.tr("help.title"), "bold"), classes="dialog-heading")
            if here:
                yield Static(Content.styled(self.tr("help.keys_here"), "bold"), classes="section")
                yield Static(self._table(here))
            yield Static(Content.styled(self.tr("help.keys_everywhere"), "bold"), classes="section")
            yield Static(self._table(everywhere))
            yield Static(self.tr("help.about"), id="help-about")
            yield Static(self.tr("help.close"), classes="dialog-help")

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.query_one("#help-box").focus()

    def _table(self, rows: list[Row]) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, description, enabled in rows:  # a key that does nothing just now is dim, as in the footer
            table.add_row(key, description, style=None if enabled else "dim")
        return table

    def action_close(self) -> None:
        self.dismiss(None)
