"""The table of decks on Home: one row per deck file, columns that fit the terminal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.widgets import DataTable

from quiz.i18n import t
from quiz.store import DeckOverview
from quiz.tui.library import DeckEntry

NUMBER_COLUMNS = (("due", 6), ("new", 5), ("total", 6), ("last", 7), ("mastery", 8))
NARROW_DROP = ("last", "mastery")
NARROW_BELOW = 66
MIN_TITLE = 12


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


class DeckTable(DataTable[Text]):
    """Decks with due, new and total cards, last score and mastery; broken decks marked."""

    BINDINGS = [Binding("enter", "select_cursor", "key.start")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.lang = "de"
        self.entries: list[tuple[int, DeckEntry]] = []
        self.overview: Mapping[str, DeckOverview] = {}
        self._layout_width = 0

    def show(self, entries: Sequence[tuple[int, DeckEntry]], overview: Mapping[str, DeckOverview], lang: str) -> None:
        """Fill the table; row keys are the entries' positions in the library."""
        self.entries = list(entries)
        self.overview = overview
        self.lang = lang
        self._rebuild()

    def on_resize(self, event: Resize) -> None:
        if abs(event.size.width - self._layout_width) >= 1 and self.entries:
            self._rebuild()

    def _columns(self) -> list[tuple[str, int]]:
        width = self.size.width or 80
        columns = [(key, size) for key, size in NUMBER_COLUMNS if width >= NARROW_BELOW or key not in NARROW_DROP]
        fixed = sum(size + 2 for _, size in columns) + 2 + 1
        return [("deck", max(MIN_TITLE, width - fixed)), *columns]

    def _rebuild(self) -> None:
        selected = self.cursor_row
        self._layout_width = self.size.width
        self.clear(columns=True)
        columns = self._columns()
        for key, size in columns:
            label = t(f"home.col.{key}", self.lang)
            self.add_column(Text(label if key == "deck" else label.rjust(size)), width=size, key=key)
        for index, entry in self.entries:
            self.add_row(*self._cells(entry, columns), key=str(index))
        if self.row_count:
            self.move_cursor(row=min(max(selected, 0), self.row_count - 1), animate=False)

    def _colour(self, name: str) -> str:
        return self.app.theme_variables.get(name, "")

    def _cells(self, entry: DeckEntry, columns: list[tuple[str, int]]) -> list[Text]:
        title_width = columns[0][1]
        if not entry.ok:
            error = self._colour("error")
            name = Text.assemble(("⚠ ", error), entry.path.name)
            name.truncate(title_width, overflow="ellipsis")
            flag = Text(t("home.broken_row", self.lang).rjust(columns[1][1]), style=error)
            return [name] + [flag if n == 0 else Text("") for n in range(len(columns) - 1)]
        title = Text(entry.title, no_wrap=True, overflow="ellipsis")
        if entry.origin == "file":  # played from a file named on the command line: not in a decks folder
            mark = Text(f" · {t('home.file_mark', self.lang)}", style="dim")
            title.truncate(max(1, title_width - mark.cell_len), overflow="ellipsis")
            title.append_text(mark)
        info = self.overview.get(entry.key)
        values: dict[str, Text] = {}
        if info is not None:
            due_style = f"bold {self._colour('warning')}" if info.due else ""
            values["due"] = Text(str(info.due), style=due_style)
            values["new"] = Text(str(info.new))
            values["total"] = Text(str(info.total))
            values["last"] = Text(percent(info.last_score))
            values["mastery"] = Text(percent(info.mastery) if info.studied else "–")
        else:
            count = len(entry.deck.cards) if entry.deck else 0
            values = {"total": Text(str(count))}
        cells = [title]
        for key, size in columns[1:]:
            cell = values.get(key, Text("…"))
            cell.pad_left(max(0, size - cell.cell_len))
            cells.append(cell)
        return cells
