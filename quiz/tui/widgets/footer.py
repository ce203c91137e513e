"""A footer that rebuilds itself only when the keys it shows change.

Textual's footer rebuilds all its keys on every bindings signal (each focus
change, each screen change), several times per answer; that alone made the
step from question to feedback feel slow. This one compares what it would
show with what it shows and skips the rebuild when they match.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, str | None, bool], ...]


class QuizFooter(Footer):
    """The footer of every quiz screen."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Shown | None = None
        self._pending = False

    def _what_to_show(self) -> Shown:
        return tuple(
            (key, binding.action, binding.description, binding.key_display, enabled)
            for key, (_, binding, enabled, _) in self.screen.active_bindings.items()
            if binding.show
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen or self._pending:
            return
        self._pending = True
        self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._pending = False
        if not self.is_attached:  # its screen has gone meanwhile
            return
        shown = self._what_to_show()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()
