"""The footer of every quiz screen: the keys that work now, drawn by one widget.

Textual's footer is a container with a widget per key that rebuilds itself
after the first frame and on every change of the bindings; that alone cost a
frame of start-up and a noticeable moment on every screen change. This one
draws the same line (same styles, same places) from the screen's active
bindings each time it renders, so it is complete in the first frame, and a
change of keys costs one repaint. Keys are clickable (a disabled key rings the
bell) and light up under the mouse; the command palette key stays at the right
edge. A key that does not fit is left out whole, never cut (help, F1, lists
every key and is the last to go).
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

COMPACT_BELOW = 80
"""Narrower than this, keys drop their padding so more of them fit."""
HELP_KEY = "f1"
KEY_STYLE = "bold $footer-key-foreground on $footer-key-background"
DESCRIPTION_STYLE = "$footer-description-foreground on $footer-description-background"
ITEM_STYLE = "on $footer-item-background"
HOVER_STYLE = "$footer-key-foreground on $block-hover-background"
DISABLED_STYLE = "dim"
EDGE = ("▏", "$foreground 20%")
"""The line left of the command palette key (Textual's ``vkey`` border)."""


class FooterItem(NamedTuple):
    """One key as the footer shows it (a named tuple: cheaper to define than a frozen dataclass)."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str
    palette: bool = False


class QuizFooter(Widget, can_focus=False):
    """The keys of the current screen, in one line at the bottom."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    QuizFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[FooterItem, ...] = ()
        self._spans: list[tuple[int, int, FooterItem]] = []
        """Where each item was drawn (screen columns, end exclusive)."""
        self._hover: FooterItem | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen and self.items() != self._shown:
            self.refresh()

    def items(self) -> tuple[FooterItem, ...]:
        """The keys to show: one per action, in binding order, then the command palette key."""
        app = self.app
        active = self.screen.active_bindings
        items: list[FooterItem] = []
        actions: set[str] = set()
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                items.append(FooterItem(binding.key, app.get_key_display(binding), binding.description, enabled,
                                        tooltip))  # fmt: skip
        palette = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        if palette is not None:
            _node, binding, enabled, _tooltip = palette
            items.append(FooterItem(binding.key, app.get_key_display(binding), binding.description, enabled,
                                    binding.tooltip or binding.description, palette=True))  # fmt: skip
        return tuple(items)

    # ----- drawing --------------------------------------------------------------------------------

    def render(self) -> Content:
        width = self.size.width
        compact = width < COMPACT_BELOW
        self._shown = items = self.items()
        keys = [item for item in items if not item.palette]
        drawn = {item: self._item(item, compact=compact) for item in keys}
        gap = 1 if compact else 0  # compact keys keep a space between them
        palette = next((item for item in items if item.palette), None)
        edge = Content("")
        if palette is not None:
            edge = self._item(palette, compact=True, padding=0 if compact else 1)
        room = max(0, width - edge.cell_length)
        kept = _fitting(keys, drawn, gap, room)
        if palette is not None and len(kept) < len(keys):  # short of room: the palette key is just "^p"
            short = self._item(palette._replace(description=""), compact=True)
            more = _fitting(keys, drawn, gap, max(0, width - short.cell_length))
            if len(more) > len(kept):
                edge, room, kept = short, max(0, width - short.cell_length), more
        parts: list[Content] = []
        spans: list[tuple[int, int, FooterItem]] = []
        position = 0
        for item in keys:
            if item in kept:
                spans.append((position, position + drawn[item].cell_length, item))
                parts.append(drawn[item].pad_right(gap))
                position += parts[-1].cell_length
        line = Content("").join(parts)[:room]
        self._spans = spans
        if palette is not None:
            self._spans.append((room, width, palette))
        return line.pad_right(room - line.cell_length) + edge

    def _item(self, item: FooterItem, *, compact: bool, padding: int = 0) -> Content:
        """One key like Textual's FooterKey: the key, its description, the hover and disabled looks."""
        if item.description:
            key = item.display if compact else f" {item.display} "
            description = f" {item.description}" if compact else f"{item.description} "
            drawn = Content.assemble((key, KEY_STYLE), (description, DESCRIPTION_STYLE))
        else:
            drawn = Content.styled(item.display, KEY_STYLE)
        drawn = drawn.pad_right(padding)
        if item.palette:
            drawn = Content.assemble(EDGE, drawn)
        look = [ITEM_STYLE]
        if item == self._hover:
            look.append(HOVER_STYLE)
        if not item.enabled:
            look.append(DISABLED_STYLE)
        for style in reversed(look):
            drawn = drawn.stylize_before(style, 1 if item.palette else 0)
        return drawn

    # ----- mouse ------------------------------------------------------------------------------------

    def _item_at(self, x: int) -> FooterItem | None:
        return next((item for start, end, item in self._spans if start <= x < end), None)

    def _set_hover(self, item: FooterItem | None) -> None:
        if item != self._hover:
            self._hover = item
            self.tooltip = item.tooltip if item is not None and item.tooltip else None
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._item_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        item = self._item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()


def _fitting(keys: list[FooterItem], drawn: dict[FooterItem, Content], gap: int, room: int) -> set[FooterItem]:
    """The keys that fit in ``room`` cells, whole: help first (it lists the rest), then in binding order."""
    kept: set[FooterItem] = set()
    used = 0
    for item in sorted(keys, key=lambda item: item.key != HELP_KEY):
        size = drawn[item].cell_length
        if used + size <= room:
            kept.add(item)
            used += size + gap
    return kept
