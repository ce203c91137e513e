"""Home: every deck with what is due, a filter, and the way into a session."""

from __future__ import annotations

import shlex
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Input, Label, LoadingIndicator, Static

from quiz import paths
from quiz.store import DeckOverview
from quiz.tui.library import DeckEntry
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.decktable import DeckTable
from quiz.tui.widgets.footer import QuizFooter

MAX_BROKEN_LINES = 4


def check_command(broken: list[DeckEntry]) -> str:
    """The ``quiz check`` command that lists every problem of these decks: it names their folders.

    (Plain ``quiz check`` would look in the default data folder, not one chosen with ``--data-dir``.)
    """
    folders = dict.fromkeys(entry.path.parent for entry in broken)
    return " ".join(["quiz check", *(typed_path(folder) for folder in folders)])


def typed_path(path: Path) -> str:
    """A path as one would type it in a shell: ``~`` for the home folder, quoted where needed."""
    absolute = path.absolute()
    home = Path.home()
    if absolute.is_relative_to(home) and absolute != home:
        return "~/" + shlex.quote(str(absolute.relative_to(home)))
    return shlex.quote(str(absolute))


class HomeScreen(QuizScreen[None]):
    """The list of decks."""

    BINDINGS = [
        Binding("slash", "filter", "key.filter", key_display="/", show=False),  # the search box says so
        Binding("s", "app.stats", "key.stats"),
        Binding("r", "reload", "key.reload", show=False),
        Binding("q", "app.quit", "key.quit"),
        Binding("f2", "app.switch_language", "key.language"),
        Binding("question_mark", "app.help", "key.help", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="home")
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="home-top", classes="topbar"):
            yield Label(self.tr("app.title"), id="home-title")
            yield Label("", id="home-count")
        yield Input(value=self.filter_text, placeholder=self.tr("home.filter"), id="filter", compact=True)
        yield Static(self.tr("home.first_run"), id="first-run", classes="hint")
        yield LoadingIndicator(id="home-loading")
        yield DeckTable(id="decks")
        yield Static("", id="detail")
        yield VerticalScroll(Static("", id="broken-list"), id="broken")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.query_one("#first-run").display = False
        self.query_one("#broken").display = False
        if self.quiz.library is None:
            self.query_one("#decks").display = False
            self.load()
        else:
            self.query_one("#home-loading").display = False
            self.show_library()
            self.refresh_counts()
        self.query_one("#decks").focus()

    def on_screen_resume(self) -> None:
        if self.quiz.library is not None and self.is_mounted:
            self.refresh_counts()

    def cramped_changed(self, cramped: bool) -> None:
        if self.quiz.library is not None and self.is_mounted:
            self.show_library()

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()

    # ----- loading (in threads: large decks and the database never freeze the screen) ------------

    @work(thread=True, exclusive=True, group="home")
    def load(self) -> None:
        self.quiz.load_library()
        overview = self.quiz.deck_overview()
        self.app.call_from_thread(self._loaded, overview)

    @work(thread=True, exclusive=True, group="home")
    def refresh_counts(self) -> None:
        overview = self.quiz.deck_overview()
        self.app.call_from_thread(self._counted, overview)

    def _loaded(self, overview: dict[str, DeckOverview]) -> None:
        self.query_one("#home-loading").display = False
        self.query_one("#decks").display = True
        self.show_library(overview)
        self.query_one("#decks").focus()

    def _counted(self, overview: dict[str, DeckOverview]) -> None:
        self.show_library(overview)

    # ----- showing --------------------------------------------------------------------------------

    def show_library(self, overview: dict[str, DeckOverview] | None = None) -> None:
        library = self.quiz.library or []
        if overview is not None:
            self.quiz.overview = overview
        shown = [(n, entry) for n, entry in enumerate(library) if entry.matches(self.filter_text)]
        table = self.query_one(DeckTable)
        table.show(shown, self.quiz.overview, self.lang)
        self.query_one("#home-count", Label).update(self.trn("home.count", len(library), shown=len(shown)))
        first_run = bool(library) and not any(o.last_studied for o in self.quiz.overview.values())
        # On a terminal of few rows the list of decks comes before the welcome.
        self.query_one("#first-run").display = first_run and not self.filter_text and not self.has_class("-cramped")
        self._show_broken(library)
        self._show_detail()

    def _show_broken(self, library: list[DeckEntry]) -> None:
        broken = [entry for entry in library if not entry.ok]
        box = self.query_one("#broken")
        box.display = bool(broken)
        if not broken:
            return
        lines: list[Content] = [Content.styled(self.tr("home.broken_title", count=len(broken)), "bold $error")]
        for entry in broken[:MAX_BROKEN_LINES]:
            lines.append(Content.assemble(("⚠ ", "$error"), self._problem(entry)))
        extra = sum(entry.error_count for entry in broken) - min(len(broken), MAX_BROKEN_LINES)
        if extra > 0:
            more = self.trn("home.broken_more", extra, command=check_command(broken))
            lines.append(Content.styled(more, "dim"))
        self.query_one("#broken-list", Static).update(Content("\n").join(lines))

    def _show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        library = self.quiz.library or []
        entry = self.selected()
        if not library:
            loaded = self.quiz.library is not None
            detail.update(self.tr("home.empty", folder=str(paths.user_decks_dir())) if loaded else "")
        elif entry is None:
            detail.update(self.tr("home.no_match", text=self.filter_text))
        elif not entry.ok:
            detail.update(Content.assemble(("⚠ ", "$error"), self._problem(entry)))
        elif entry.deck is not None:
            text = entry.deck.description or ""
            tags = ", ".join(entry.tags[:6])
            facts = " · ".join(
                part for part in (self.trn("home.cards", len(entry.deck.cards)), tags,
                                  self.tr(f"home.origin.{entry.origin}", file=entry.path.name)) if part
            )  # fmt: skip
            detail.update(Content.assemble((facts, "dim"), "\n" if text else "", " ".join(text.split())))

    def _problem(self, entry: DeckEntry) -> str:
        """The first error of a broken deck, in the screen's language (its file name if it has none)."""
        return entry.error.render(self.lang) if entry.error else entry.path.name

    def selected(self) -> DeckEntry | None:
        table = self.query_one(DeckTable)
        library = self.quiz.library or []
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        index = int(row_key.value or 0)
        return library[index] if index < len(library) else None

    # ----- events ---------------------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#decks")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(DataTable.RowSelected, "#decks")
    def _selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not entry.ok:
            self.notify(self.tr("home.broken_selected", problem=self._problem(entry)), severity="error")
            return
        self.quiz.choose_plan(entry)

    @on(Input.Changed, "#filter")
    def _filtered(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.show_library()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#decks").focus()

    def on_key(self, event: events.Key) -> None:
        focused = self.focused
        if isinstance(focused, Input) and event.key in ("down", "escape"):
            if event.key == "escape" and focused.value:
                focused.value = ""
            self.query_one("#decks").focus()
            event.stop()

    def action_filter(self) -> None:
        self.query_one("#filter").focus()

    def action_reload(self) -> None:
        self.quiz.library = None
        self.query_one("#home-loading").display = True
        self.query_one("#decks").display = False
        self.load()
