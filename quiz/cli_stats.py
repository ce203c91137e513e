"""``quiz stats``: study statistics as Rich tables, or JSON for scripts.

The tables use the app's words (:mod:`quiz.i18n`) and its short dates, and name
the hardest cards by question and answer: from the decks the app would show,
else from what the store kept of each card (a deck once played from a file).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import TYPE_CHECKING

from quiz import paths
from quiz.cli_base import EXIT_OK, UserError, language, say

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

    from quiz.models import Deck
    from quiz.stats import Counts, Missed

PROMPT_WIDTH = 60
BLANK = re.compile(r"_{3,}")
"""A cloze's blank (three or more underscores), shown as … like the app does."""
RECENT_DAYS = 13
"""Study days shown before today."""


def cmd_stats(args: argparse.Namespace) -> int:
    """Study statistics; ``--json`` for scripts, ``--deck TITLE`` narrows them to one deck."""
    import json

    from rich.console import Console

    from quiz import stats
    from quiz.i18n import short_date, t
    from quiz.messages import localized
    from quiz.store import Store, StoreError

    lang = language(args)
    try:
        with Store.open(paths.database_path()) as store:
            for notice in store.notices:
                print(f"quiz stats: {localized(notice, lang)}", file=sys.stderr)
            report = stats.report(store, deck=args.deck, decks=library_decks())
    except StoreError as error:
        raise UserError(f"quiz stats: {error.render(lang)}") from error
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    console = Console()
    heading = t("stats.title", lang) + (f": {args.deck}" if args.deck else "")
    streak = t("stats.streak_one", lang) if report.streak == 1 else t("stats.streak", lang, days=report.streak)
    console.print(f"[bold]{heading}[/bold]  {streak}", highlight=False)
    if not any(row.reviews for row in report.decks):
        console.print(t("stats.empty", lang))
    else:
        tries, rate = t("stats.col.reviews", lang), t("stats.col.rate", lang)
        days = table(t("stats.reviews", lang), say("stats_day", lang), tries, rate)
        today = report.days[-1]
        for row in [day for day in report.days[:-1] if day.reviews][-RECENT_DAYS:] + [today]:
            name = t("stats.today", lang) if row is today else short_date(date.fromisoformat(row.name), lang)
            days.add_row(name, str(row.reviews), accuracy(row))
        decks = table(say("stats_by_deck", lang), t("home.col.deck", lang), tries, rate)
        for row in report.decks:
            decks.add_row(row.name, str(row.reviews), accuracy(row))
        kinds = table(t("stats.tab.kinds", lang), t("stats.col.kind", lang), tries, rate)
        for row in report.kinds:
            kinds.add_row(t(f"kind.{row.name}", lang), str(row.reviews), accuracy(row))
        missed = table(t("stats.tab.hardest", lang), t("stats.col.card", lang), t("sum.col.answer", lang),
                       t("home.col.deck", lang), t("stats.col.misses", lang), tries, text_columns=3)  # fmt: skip
        for card in report.missed:
            missed.add_row(*hardest(card), card.deck, str(card.misses), str(card.reviews))
        for part in (days, decks, kinds, missed):
            if part.row_count:
                console.print(part)
    if any(row.due for row in report.forecast):
        forecast = table(t("stats.forecast", lang), say("stats_day", lang), t("home.col.due", lang))
        for number, due in enumerate(report.forecast):
            forecast.add_row(t("stats.today", lang) if number == 0 else short_date(due.day, lang), str(due.due))
        console.print(forecast)
    return EXIT_OK


def table(title: str, *columns: str, text_columns: int = 1) -> Table:
    """A plain table: the first ``text_columns`` columns left, the figures right."""
    from rich.table import Table

    grid = Table(title=title, title_justify="left", title_style="bold", min_width=len(title))
    for number, column in enumerate(columns):
        grid.add_column(column, justify="left" if number < text_columns else "right")
    return grid


def accuracy(row: Counts) -> str:
    return f"{row.accuracy:.0%}" if row.reviews else "–"


def hardest(card: Missed) -> tuple[Text, Text]:
    """A hard card as the app shows it: its question with the blank as …, and its answer; else its id."""
    from rich.text import Text

    answer = Text(card.answer or "–", style="bold" if card.answer else "")
    if card.prompt is None:
        return Text(card.card), answer
    return Text(shorten(BLANK.sub("…", card.prompt), PROMPT_WIDTH)), answer


def shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def library_decks() -> list[Deck]:
    """The bundled and the user's decks, as the app loads them (to name the hardest cards)."""
    from quiz.tui.library import default_sources, load_library

    return [entry.deck for entry in load_library(default_sources()) if entry.deck is not None]
