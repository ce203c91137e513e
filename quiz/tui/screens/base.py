"""What every quiz screen shares: catalogue lookups and key descriptions in the current language.

Binding descriptions are written as catalogue keys (``"key.hint"``) and
translated per screen instance, so the footer and help follow a language
switch without restarting the app.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual import events
from textual.binding import Binding
from textual.dom import DOMNode
from textual.geometry import Size
from textual.screen import ModalScreen, Screen

from quiz.i18n import t, tn
from quiz.session import Outcome, SessionError
from quiz.store import StoreError

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp
    from quiz.tui.run import StudyRun

ResultType = TypeVar("ResultType")
CRAMPED_BELOW = 16
"""Fewer rows than this: a screen is "-cramped" and leaves out what it can do without (see quiz.tcss)."""


def localize_bindings(node: DOMNode, lang: str) -> bool:
    """Replace the node's binding descriptions (catalogue keys) with text in ``lang``; True if any changed."""
    merged = type(node)._merged_bindings
    if merged is None:
        return False
    changed = False
    current = node._bindings.key_to_bindings
    for key, bindings in merged.key_to_bindings.items():
        localized = [_localized(binding, lang) for binding in bindings]
        if current.get(key) != localized:
            current[key] = localized
            changed = True
    return changed


def _localized(binding: Binding, lang: str) -> Binding:
    if binding.description.startswith("key."):
        return replace(binding, description=t(binding.description, lang))
    return binding


class Localized:
    """Mixin for screens: ``tr()`` and bindings that follow the app's language."""

    app: Any

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    @property
    def lang(self) -> str:
        return str(self.quiz.lang)

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def trn(self, key: str, count: int, **values: object) -> str:
        """``tr`` for a count: "1 Karte", "3 Karten" (see :func:`quiz.i18n.tn`)."""
        return tn(key, count, self.lang, **values)

    def localize(self) -> None:
        """Translate the key descriptions of the screen and of its widgets (the footer hears of it if any changed)."""
        screen = cast(Screen[Any], self)
        changed = False
        for node in (screen, *screen.query("*")):
            merged = type(node)._merged_bindings
            if merged is not None and merged.key_to_bindings:
                changed = localize_bindings(node, self.lang) or changed
        if changed:
            screen.refresh_bindings()

    async def retranslate(self) -> None:
        """Show the screen in the app's new language (default: build it again)."""
        await cast(Screen[Any], self).recompose()
        self.localize()

    # ----- small terminals ----------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.fit(event.size)

    def on_screen_resume(self) -> None:
        self.fit(self.app.size)  # the terminal may have changed while another screen was on top

    def fit(self, size: Size) -> None:
        """Mark the screen "-cramped" on a terminal of few rows (the stylesheet and the screen leave things out)."""
        screen = cast(Screen[Any], self)
        cramped = size.height < CRAMPED_BELOW
        if screen.has_class("-cramped") != cramped:
            screen.set_class(cramped, "-cramped")
            self.cramped_changed(cramped)

    def cramped_changed(self, cramped: bool) -> None:
        """The screen became "-cramped" or roomy again (for what the stylesheet alone cannot change)."""


class QuizScreen(Localized, Screen[ResultType]):
    """A full screen of the app."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        localize_bindings(self, self.lang)  # before the footer is first built

    def on_mount(self) -> None:
        self.localize()
        self.fit(self.app.size)

    def undo_last(self, run: StudyRun) -> Outcome | None:
        """Take the last answer back, in the session and the database; says why when it cannot."""
        try:
            return run.undo()
        except SessionError:
            self.notify(self.tr("q.nothing_to_undo"), timeout=3)
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=error.render(self.lang)), severity="error", timeout=10)
        return None


class QuizModal(Localized, ModalScreen[ResultType]):
    """A dialog over the current screen."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        localize_bindings(self, self.lang)

    def on_mount(self) -> None:
        self.localize()
        self.fit(self.app.size)
