"""A study-day calendar: one cell per day, weeks as columns, shaded by the number of answers.

Shading glyphs (· ░ ▒ ▓ █) carry the intensity as well as the colour, so the
calendar reads the same without colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from textual.color import Color
from textual.content import Content
from textual.widget import Widget

from quiz.i18n import t

GLYPHS = ("·", "░", "▒", "▓", "█")
WEEKDAYS = {"de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"), "en": ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")}
CELL = 2
LABEL = 3


def level(count: int, peak: int) -> int:
    """0 for no answers, else 1 to 4 by the share of the busiest day."""
    if count <= 0 or peak <= 0:
        return 0
    return min(4, 1 + (4 * count - 1) // peak)


class Heatmap(Widget):
    """Days as cells, Monday on top; the newest week on the right, as many weeks as fit."""

    DEFAULT_CSS = """
    Heatmap { height: 10; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.days: list[tuple[date, int]] = []
        self.lang = "de"

    def show(self, days: Sequence[tuple[date, int]], lang: str) -> None:
        self.days = sorted(days)
        self.lang = lang
        self.refresh()

    def weeks_shown(self) -> int:
        newest, oldest = self.days[-1][0], self.days[0][0]
        available = (newest - oldest).days // 7 + 1
        return max(1, min(available, (self.size.width - LABEL) // CELL))

    def render(self) -> Content:
        if not self.days:
            return Content("")
        counts = dict(self.days)
        last = self.days[-1][0]
        weeks = self.weeks_shown()
        first_monday = last - timedelta(days=last.weekday()) - timedelta(weeks=weeks - 1)
        peak = max(counts.values(), default=0)
        colours = self._colours()
        rows: list[Content] = []
        for weekday in range(7):
            parts: list[str | tuple[str, str]] = [(WEEKDAYS[self.lang][weekday].ljust(LABEL), "dim")]
            for week in range(weeks):
                day = first_monday + timedelta(weeks=week, days=weekday)
                if day > last:
                    parts.append(" " * CELL)
                    continue
                shade = level(counts.get(day, 0), peak)
                parts.append((GLYPHS[shade] * (CELL - 1) + " ", colours[shade]))
            rows.append(Content.assemble(*parts))
        legend: list[str | tuple[str, str]] = [" " * LABEL, (t("stats.less", self.lang) + " ", "dim")]
        for shade, glyph in enumerate(GLYPHS):
            legend.append((glyph + " ", colours[shade]))
        legend.append((t("stats.more", self.lang), "dim"))
        rows.append(Content(""))
        rows.append(Content.assemble(*legend))
        return Content("\n").join(rows)

    def _colours(self) -> list[str]:
        variables = self.app.theme_variables
        background = Color.parse(variables.get("background", "#000000"))
        accent = Color.parse(variables.get("success", "#00aa00"))
        muted = Color.parse(variables.get("foreground", "#888888")).with_alpha(0.4)
        return [background.blend(muted, 0.6).hex] + [background.blend(accent, f).hex for f in (0.4, 0.6, 0.8, 1.0)]
