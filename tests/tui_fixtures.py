"""Shared set-up for the app's tests: a small deck on disk, a fixed clock, an app built by create_app."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path

from quiz.session import Mode, Style
from quiz.store import Store
from quiz.tui.app import QuizApp, create_app
from quiz.tui.library import load_entry
from quiz.tui.run import Plan
from tests.test_session import Clock as SessionClock

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
SEED = 7

DECK_YAML = """\
format: 1
title: Testdeck Europa
language: de
description: Ein kleines Deck für die Tests der App.
tags: [europa, test]
cards:
  - id: wien
    kind: place
    question: Wie heißt die Hauptstadt Österreichs?
    answer: Wien
    aliases: [Vienna]
    choices: [Graz, Salzburg, Linz]
    hint: Sie liegt an der Donau.
    explanation: Wien ist seit 1918 die Hauptstadt der Republik Österreich.
    source:
      article: artikel.txt
      sentence: Die Hauptstadt Wien liegt an der Donau.
  - id: mauerfall
    kind: date
    cloze: Die Berliner Mauer fiel am ___.
    answer: "9. November 1989"
    choices: ["3. Oktober 1990", "9. November 1988", "13. August 1961"]
  - id: land
    kind: place
    question: In welchem Land liegt Salzburg?
    answer: Österreich
    choices: [Deutschland, Schweiz, Italien]
    source:
      article: artikel.txt
      sentence: Salzburg liegt in Österreich, nahe der Grenze zu Deutschland.
  - id: donau
    kind: number
    question: Wie viele Kilometer ist die Donau ungefähr lang?
    answer: "2.850"
    choices: ["1.233", "3.690", "2.100"]
"""

ARTICLE = """\
Europa im Überblick

Die Hauptstadt Wien liegt an der Donau. Salzburg liegt in Österreich, nahe der Grenze zu Deutschland.
"""

BROKEN_YAML = "title: Kaputt\ncards:\n  - id: a\n    question: Was fehlt?\n"


class Clock(SessionClock):
    """A clock the test moves by hand (UTC), starting at the app tests' own moment."""

    def __init__(self, start: datetime = START) -> None:
        super().__init__(start)


def write_decks(folder: Path, broken: bool = False) -> Path:
    """The test deck (and its article) in ``folder``; optionally a broken deck beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "europa.yaml").write_text(DECK_YAML, encoding="utf-8")
    (folder / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    if broken:
        (folder / "kaputt.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    return folder / "europa.yaml"


def make_app(
    tmp_path: Path,
    *,
    lang: str = "de",
    play: str | None = None,
    mode: Mode = Mode.LEARN,
    style: Style = Style.TYPE,
    broken: bool = False,
    clock: Clock | None = None,
    preload: bool = False,
) -> QuizApp:
    """The app on the test deck; ``play`` ("europa") opens a session at once, like ``quiz play``."""
    deck_path = write_decks(tmp_path / "decks", broken=broken)
    entry = load_entry(deck_path, "file") if play else None
    return create_app(
        data_dir=tmp_path / "data",
        lang=lang,
        play=entry,
        plan=Plan(mode, style),
        sources=[(tmp_path / "decks", "user")],
        clock=clock or Clock(),
        seed=SEED,
        theme="textual-dark",
        fuzz=False,
        preload=preload,  # off by default: a second of table loading per test, for nothing most tests look at
    )


def saved_reviews(tmp_path: Path) -> list[tuple[str, str, str, int]]:
    """(card, given answer, verdict, void) of every answer in the database, in order."""
    with Store.open(tmp_path / "data" / "progress.sqlite3") as store:
        rows = store.read(
            "SELECT cards.key, reviews.given, reviews.verdict, reviews.void FROM reviews"
            " JOIN cards ON cards.id = reviews.card_id ORDER BY reviews.id"
        )
    return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


def screen_text(app: QuizApp) -> str:
    """The text on screen, one line per terminal row (from the app's own SVG export)."""
    svg = app.export_screenshot()
    rows: dict[float, list[str]] = {}
    for y, body in re.findall(r'<text[^>]*?y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        rows.setdefault(float(y), []).append(html.unescape(body).replace("\xa0", " "))
    return "\n".join("".join(parts).rstrip() for _, parts in sorted(rows.items()))
